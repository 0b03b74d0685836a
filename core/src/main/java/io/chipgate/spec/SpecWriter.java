package io.chipgate.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.IoLink;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Source;
import io.chipgate.model.Sourced;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Writes parts in the spec format (see docs/spec-format.md), the exact inverse of {@link SpecReader}: numbers
 * are written as plain decimals exactly as held ({@code 1978.9}, never {@code 1.9789E+3}), unknown values are
 * left out. This class is immutable and thread-safe.
 */
public final class SpecWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance; // keeps BigDecimals as given (Jackson ≥ 2.15)
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .nodeFactory(F)
        .build();

    private static final SpecWriter INSTANCE = new SpecWriter();

    private SpecWriter() {
    }

    /**
     * The writer.
     *
     * @return the one instance
     */
    public static SpecWriter instance() {
        return INSTANCE;
    }

    /**
     * One part as a JSON document.
     *
     * @param part the part, not null
     * @return the document text, indented
     */
    public String write(Part part) {
        return toText(toJson(part));
    }

    /**
     * Parts as a JSON array.
     *
     * @param parts the parts, in the order written
     * @return the document text, indented
     */
    public String writeAll(Collection<Part> parts) {
        ArrayNode a = F.arrayNode();
        parts.forEach(p -> a.add(toJson(p)));
        return toText(a);
    }

    /** One part as a JSON tree (Jackson stays an implementation detail). */
    private static ObjectNode toJson(Part p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("vendor", p.vendor());
        o.put("name", p.name());
        if (!p.aliases().isEmpty()) {
            ArrayNode a = o.putArray("aliases");
            p.aliases().forEach(a::add);
        }
        if (!p.partNumbers().isEmpty()) {
            ArrayNode a = o.putArray("partNumbers");
            p.partNumbers().forEach(a::add);
        }
        if (p.kind() != PartKind.ACCELERATOR) {
            o.put("kind", p.kind().name());
        }
        p.year().ifPresent(y -> o.put("year", y));
        p.formFactor().ifPresent(f -> o.put("formFactor", f));
        p.datacenter().ifPresent(d -> o.put("datacenter", d));
        p.datacenterEvidence().ifPresent(e -> {
            ObjectNode n = o.putObject("datacenterEvidence");
            n.put("text", e.text());
            e.source().ifPresent(s -> n.put("source", s));
        });
        if (!p.dies().isEmpty()) {
            ArrayNode a = o.putArray("dies");
            for (Die d : p.dies()) {
                ObjectNode n = a.addObject();
                d.name().ifPresent(x -> n.put("name", x));
                n.put("role", d.role().name());
                if (d.count() != 1) {
                    n.put("count", d.count());
                }
                d.areaMm2().ifPresent(x -> n.put("areaMm2", x));
                d.nonPlanar().ifPresent(x -> n.put("nonPlanar", x));
                d.process().ifPresent(x -> n.put("process", x));
                d.transistors().ifPresent(x -> n.put("transistors", x));
                provenance(n, d);
            }
        }
        if (!p.compute().isEmpty()) {
            ArrayNode a = o.putArray("compute");
            for (ComputeRate c : p.compute()) {
                ObjectNode n = a.addObject();
                n.put("precision", c.precision().name());
                if (!c.precision().isKnown()) {
                    n.put("bits", c.precision().fixedBitLength().getAsInt());
                }
                c.denseTops().ifPresent(x -> n.put("denseTops", x));
                c.sparseTops().ifPresent(x -> n.put("sparseTops", x));
                provenance(n, c);
            }
        }
        if (!p.io().isEmpty()) {
            ArrayNode a = o.putArray("io");
            for (IoLink l : p.io()) {
                ObjectNode n = a.addObject();
                n.put("kind", l.kind().name());
                l.bidirectionalGBs().ifPresent(x -> n.put("bidirectionalGBs", x));
                l.note().ifPresent(x -> n.put("note", x));
                provenance(n, l);
            }
        }
        p.memory().ifPresent(m -> memory(o.putObject("memory"), m));
        if (!p.contains().isEmpty()) {
            ArrayNode a = o.putArray("contains");
            p.contains().forEach(c -> a.addObject().put("part", c.part()).put("count", c.count()));
        }
        p.declared().ifPresent(d -> {
            ObjectNode n = o.putObject("declared");
            d.tpp().ifPresent(x -> n.put("tpp", x));
            d.eccn().ifPresent(x -> n.put("eccn", x));
            d.note().ifPresent(x -> n.put("note", x));
            provenance(n, d);
        });
        if (!p.sources().isEmpty()) {
            ArrayNode a = o.putArray("sources");
            for (Source s : p.sources()) {
                ObjectNode n = a.addObject();
                n.put("id", s.id());
                s.url().ifPresent(x -> n.put("url", x));
                n.put("title", s.title());
                s.retrieved().ifPresent(x -> n.put("retrieved", x.toString()));
                n.put("grade", s.grade().name());
            }
        }
        p.notes().ifPresent(x -> o.put("notes", x));
        p.replaces().ifPresent(x -> o.put("replaces", x));
        p.approximatedTransistors().ifPresent(a -> {
            ObjectNode n = o.putObject("approximatedTransistors");
            n.put("count", a.count());
            n.put("method", a.method());
            a.source().ifPresent(x -> n.put("source", x));
        });
        return o;
    }

    private static void memory(ObjectNode n, MemoryInterface m) {
        m.type().ifPresent(x -> n.put("type", x.name()));
        m.capacityGB().ifPresent(x -> n.put("capacityGB", x));
        m.bandwidthGBs().ifPresent(x -> n.put("bandwidthGBs", x));
        m.stacks().ifPresent(x -> n.put("stacks", x));
        m.packageAreaMm2().ifPresent(x -> n.put("packageAreaMm2", x));
        provenance(n, m);
    }

    private static void provenance(ObjectNode n, Sourced s) {
        s.source().ifPresent(x -> n.put("source", x));
        s.grade().ifPresent(x -> n.put("grade", x.name()));
        if (!s.ranges().isEmpty()) {
            ObjectNode r = n.putObject("ranges");
            s.ranges().forEach((k, v) -> r.putObject(k).put("low", v.low()).put("high", v.high()));
        }
        if (!s.figureSources().isEmpty()) {
            ObjectNode f = n.putObject("figureSources");
            s.figureSources().forEach((k, v) -> {
                ObjectNode one = f.putObject(k).put("source", v.source());
                v.grade().ifPresent(g -> one.put("grade", g.name()));
                v.note().ifPresent(t -> one.put("note", t));
            });
        }
    }

    private static String toText(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
