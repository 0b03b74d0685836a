package io.chipgate.internal;

import static io.chipgate.internal.Node.quote;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.model.Component;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Declaration;
import io.chipgate.model.Die;
import io.chipgate.model.Evidence;
import io.chipgate.model.DieRole;
import io.chipgate.model.FigureSource;
import io.chipgate.model.Grade;
import io.chipgate.model.Interval;
import io.chipgate.model.IoLink;
import io.chipgate.model.LinkKind;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Precision;
import io.chipgate.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Maps a document of the spec format (see docs/spec-format.md), JSON or YAML, read by {@link Documents}, to
 * parts: one object per part, or an array of them. Every error is one {@link DocumentFormatException}. Used by
 * {@link io.chipgate.spec.SpecReader} and by the catalog's YAML reader. Not API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartReader {
    /** Smallest accepted die or package area, mm² (a die of 0.1 mm × 0.1 mm). */
    public static final BigDecimal MIN_AREA_MM2 = new BigDecimal("0.01");
    /** Largest accepted die or package area, mm². */
    public static final BigDecimal MAX_AREA_MM2 = new BigDecimal("100000");
    /** Largest accepted rate, TOPS. */
    public static final BigDecimal MAX_TOPS = new BigDecimal("1000000");
    /** Largest accepted bandwidth, GB/s. */
    public static final BigDecimal MAX_GBS = new BigDecimal("1000000");
    /** Largest accepted transistor count per die. */
    public static final BigDecimal MAX_TRANSISTORS = new BigDecimal("1e14");
    /** Most entries of a part's {@code dies} array. */
    public static final int MAX_DIES = 256;
    /** Most entries of a part's {@code contains} array. */
    public static final int MAX_CONTAINS = 1024;
    /** Most entries of any other array (aliases, compute, io, sources). */
    public static final int MAX_ENTRIES = 256;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private PartReader() {
    }

    /**
     * One part from a document holding one object.
     *
     * @throws DocumentFormatException if the document is not a valid spec
     */
    public static Part readPart(Node root) {
        if (!root.isObject()) {
            throw root.bad("a JSON object describing one part");
        }
        return part(root);
    }

    /**
     * The parts of a document holding one object or a non-empty array of them, with distinct ids.
     *
     * @throws DocumentFormatException if the document is not valid or two parts share an id
     */
    public static List<Part> readParts(Node root) {
        List<Part> parts = new ArrayList<>();
        if (root.isObject()) {
            parts.add(part(root));
        } else if (root.isArray()) {
            if (root.size() == 0) {
                throw root.error("[]", "at least one part (a JSON object, or a non-empty array of them)");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < root.size(); i++) {
                Node c = root.get(i);
                if (!c.isObject()) {
                    throw c.bad("a JSON object describing one part");
                }
                Part p = part(c);
                if (!ids.add(p.id())) {
                    throw c.errorAt("id", quote(p.id()), "an id not used by another part of this file");
                }
                parts.add(p);
            }
        } else {
            throw root.bad("a JSON object or an array of objects");
        }
        return List.copyOf(parts);
    }

    private static final Set<String> PART_FIELDS = Set.of("id", "vendor", "name", "aliases", "partNumbers", "kind", "year",
        "formFactor", "datacenter", "datacenterEvidence", "dies", "compute", "io", "memory", "contains", "declared",
        "sources", "notes", "replaces", "approximatedTransistors");

    static Part part(Node c) {
        c.onlyFields(PART_FIELDS);
        Part.Builder b = Part.builder();
        String id = c.requiredText("id");
        if (!ID.matcher(id).matches()) {
            throw c.field("id").error(quote(id), "lower-case letters, digits, '.' and '-' (e.g. \"nvidia-h100-sxm\")");
        }
        b.id(id).vendor(c.requiredText("vendor")).name(c.requiredText("name"));
        c.array("aliases", MAX_ENTRIES, a -> b.addAliases(a.text()));
        Set<String> partNumbers = new HashSet<>();
        c.array("partNumbers", MAX_ENTRIES, a -> {
            String pn = a.text();
            if (!partNumbers.add(AsciiNames.upper(pn))) {
                throw a.error(quote(pn), "a part number listed once");
            }
            b.addPartNumbers(pn);
        });
        PartKind kind = c.has("kind") ? c.field("kind").enumValue(PartKind.class) : PartKind.ACCELERATOR;
        b.kind(kind);
        if (c.has("year")) {
            b.year(c.field("year").integer(1990, 2100));
        }
        c.optionalText("formFactor").ifPresent(b::formFactor);
        if (c.has("datacenter")) {
            b.datacenter(c.field("datacenter").bool());
        }
        if (c.has("datacenterEvidence")) {
            Node e = c.field("datacenterEvidence");
            e.onlyFields(Set.of("text", "source"));
            Evidence.Builder eb = Evidence.builder().text(e.requiredText("text"));
            e.optionalText("source").ifPresent(eb::source);
            b.datacenterEvidence(eb.build());
        }
        c.array("dies", MAX_DIES, d -> b.addDies(die(d)));
        Set<Precision> precisions = new HashSet<>();
        c.array("compute", MAX_ENTRIES, r -> {
            ComputeRate rate = compute(r);
            if (!precisions.add(rate.precision())) {
                throw r.field("precision").error(quote(rate.precision().name()), "each precision at most once per part");
            }
            b.addCompute(rate);
        });
        c.array("io", MAX_ENTRIES, l -> b.addIo(link(l)));
        if (c.has("memory")) {
            b.memory(memory(c.field("memory")));
        }
        c.array("contains", MAX_CONTAINS, x -> {
            x.onlyFields(Set.of("part", "count"));
            b.addContains(Component.of(x.requiredText("part"), x.field("count").integer(1, 1_000_000)));
        });
        if (kind != PartKind.SYSTEM && c.has("contains")) {
            throw c.field("contains").error(null, "'contains' only on a part of kind SYSTEM");
        }
        if (c.has("declared")) {
            b.declared(declaration(c.field("declared")));
        }
        Set<String> sourceIds = new HashSet<>();
        List<Node> unnamed = new ArrayList<>();
        c.array("sources", MAX_ENTRIES, s -> {
            if (!s.has("id")) {
                s.onlyFields(SOURCE_FIELDS);
                unnamed.add(s);
                return;
            }
            Source src = source(s, s.requiredText("id"));
            if (!sourceIds.add(src.id())) {
                throw s.field("id").error(quote(src.id()), "a source id not used by another source of this part");
            }
            b.addSources(src);
        });
        // a source without an id (the published format of issue 2) is accepted: no figure can refer to it
        Set<String> named = Set.copyOf(sourceIds);
        int n = 0;
        for (Node s : unnamed) {
            String generated;
            do {
                generated = "source-" + (++n);
            } while (sourceIds.contains(generated));
            sourceIds.add(generated);
            b.addSources(source(s, generated));
        }
        c.optionalText("notes").ifPresent(b::notes);
        if (c.has("replaces")) {
            String r = c.field("replaces").text();
            if (!ID.matcher(r).matches()) {
                throw c.field("replaces").error(quote(r), "the id of a built-in part (lower-case letters, digits, '.' and '-')");
            }
            b.replaces(r);
        }
        if (c.has("approximatedTransistors")) {
            Node a = c.field("approximatedTransistors");
            a.onlyFields(Set.of("count", "method", "source"));
            BigDecimal t = a.field("count").positive(MAX_TRANSISTORS, "approximatedTransistors.count");
            java.math.BigInteger count;
            try {
                count = t.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw a.field("count").error(t.toPlainString(), "a whole number of transistors");
            }
            java.util.Optional<String> src = a.optionalText("source");
            if (src.isPresent() && !named.contains(src.get())) {
                throw a.field("source").error(quote(src.get()), "the id of one of this part's sources");
            }
            b.approximatedTransistors(new io.chipgate.model.ApproximatedTransistorCount(count, a.requiredText("method"), src));
        }
        checkSourceReferences(c, named);
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw c.error(null, "a consistent part: " + e.getMessage());
        }
    }

    private static void checkSourceReferences(Node c, Set<String> ids) {
        for (String arr : List.of("dies", "compute", "io")) {
            if (c.has(arr)) {
                Node a = c.field(arr);
                for (int i = 0; i < a.size(); i++) {
                    checkRef(a.get(i), ids);
                }
            }
        }
        for (String one : List.of("memory", "declared", "datacenterEvidence")) {
            if (c.has(one)) {
                checkRef(c.field(one), ids);
            }
        }
    }

    private static void checkRef(Node entry, Set<String> ids) {
        List<Node> refs = new ArrayList<>();
        if (entry.has("source")) {
            refs.add(entry.field("source"));
        }
        if (entry.has("figureSources") && entry.field("figureSources").isObject()) {
            Node f = entry.field("figureSources");
            for (String name : f.fieldNames()) {
                if (f.field(name).isObject() && f.field(name).has("source")) {
                    refs.add(f.field(name).field("source"));
                }
            }
        }
        for (Node r : refs) {
            String ref = r.text();
            if (!ids.contains(ref)) {
                throw r.error(quote(ref), "the id of an entry of $.sources " + ids);
            }
        }
    }

    private static final Set<String> DIE_FIELDS = Set.of("name", "role", "count", "areaMm2", "nonPlanar", "process",
        "transistors", "source", "grade", "ranges", "figureSources");

    private static Die die(Node c) {
        c.onlyFields(DIE_FIELDS);
        Die.Builder b = Die.builder();
        c.optionalText("name").ifPresent(b::name);
        b.role(c.field("role").enumValue(DieRole.class));
        if (c.has("count")) {
            b.count(c.field("count").integer(1, 10_000));
        }
        if (c.has("areaMm2")) {
            b.areaMm2(c.field("areaMm2").atLeast(MIN_AREA_MM2, MAX_AREA_MM2, "mm²"));
        }
        if (c.has("nonPlanar")) {
            b.nonPlanar(c.field("nonPlanar").bool());
        }
        c.optionalText("process").ifPresent(b::process);
        if (c.has("transistors")) {
            BigDecimal t = c.field("transistors").positive(MAX_TRANSISTORS, "transistors");
            try {
                b.transistors(t.toBigIntegerExact());
            } catch (ArithmeticException e) {
                throw c.field("transistors").error(t.toPlainString(), "a whole number of transistors");
            }
        }
        provenance(c, b::source, b::grade, b::putRanges, b::putFigureSources, List.of("areaMm2"));
        return b.build();
    }

    private static final Set<String> COMPUTE_FIELDS = Set.of("precision", "bits", "denseTops", "sparseTops",
        "source", "grade", "ranges", "figureSources");

    private static ComputeRate compute(Node c) {
        c.onlyFields(COMPUTE_FIELDS);
        ComputeRate.Builder b = ComputeRate.builder();
        Node pc = c.field("precision");
        String name = pc.text();
        Precision p;
        if (c.has("bits")) {
            int bits = c.field("bits").integer(1, 128);
            try {
                p = Precision.of(name, bits);
            } catch (IllegalArgumentException e) {
                throw c.field("bits").error(Integer.toString(bits), "the bit length of " + name + ": " + e.getMessage());
            }
        } else {
            p = Precision.known(name).orElseThrow(() -> pc.error(quote(name),
                "one of " + Precision.knownValues() + ", or another name together with \"bits\""));
        }
        b.precision(p);
        BigDecimal dense = c.has("denseTops") ? c.field("denseTops").positive(MAX_TOPS, "TOPS") : null;
        BigDecimal sparse = c.has("sparseTops") ? c.field("sparseTops").positive(MAX_TOPS, "TOPS") : null;
        if (dense == null && sparse == null) {
            throw c.error(null, "\"denseTops\" or \"sparseTops\" for " + p);
        }
        if (dense != null && sparse != null && sparse.compareTo(dense) < 0) {
            throw c.field("sparseTops").error(sparse.toPlainString(), "a sparse rate at least the dense rate " + dense.toPlainString());
        }
        if (dense != null) {
            b.denseTops(dense);
        }
        if (sparse != null) {
            b.sparseTops(sparse);
        }
        provenance(c, b::source, b::grade, b::putRanges, b::putFigureSources, List.of("denseTops"));
        return b.build();
    }

    private static IoLink link(Node c) {
        c.onlyFields(Set.of("kind", "bidirectionalGBs", "note", "source", "grade", "ranges", "figureSources"));
        IoLink.Builder b = IoLink.builder().kind(c.field("kind").enumValue(LinkKind.class));
        if (c.has("bidirectionalGBs")) {
            b.bidirectionalGBs(c.field("bidirectionalGBs").positive(MAX_GBS, "GB/s"));
        }
        c.optionalText("note").ifPresent(b::note);
        provenance(c, b::source, b::grade, b::putRanges, b::putFigureSources, List.of("bidirectionalGBs"));
        return b.build();
    }

    private static MemoryInterface memory(Node c) {
        c.onlyFields(Set.of("type", "capacityGB", "bandwidthGBs", "stacks", "packageAreaMm2", "source", "grade", "ranges",
            "figureSources"));
        MemoryInterface.Builder b = MemoryInterface.builder();
        if (c.has("type")) {
            b.type(c.field("type").enumValue(MemoryType.class));
        }
        if (c.has("capacityGB")) {
            b.capacityGB(c.field("capacityGB").positive(new BigDecimal("100000"), "GB"));
        }
        if (c.has("bandwidthGBs")) {
            b.bandwidthGBs(c.field("bandwidthGBs").positive(MAX_GBS, "GB/s"));
        }
        if (c.has("stacks")) {
            b.stacks(c.field("stacks").integer(1, 64));
        }
        if (c.has("packageAreaMm2")) {
            b.packageAreaMm2(c.field("packageAreaMm2").atLeast(MIN_AREA_MM2, MAX_AREA_MM2, "mm²"));
        }
        provenance(c, b::source, b::grade, b::putRanges, b::putFigureSources, List.of("bandwidthGBs", "packageAreaMm2", "capacityGB"));
        return b.build();
    }

    private static Declaration declaration(Node c) {
        c.onlyFields(Set.of("tpp", "eccn", "note", "source", "grade", "ranges", "figureSources"));
        Declaration.Builder b = Declaration.builder();
        if (c.has("tpp")) {
            b.tpp(c.field("tpp").positive(new BigDecimal("1e9"), "TPP"));
        }
        c.optionalText("eccn").ifPresent(b::eccn);
        c.optionalText("note").ifPresent(b::note);
        if (!c.has("tpp") && !c.has("eccn")) {
            throw c.error(null, "\"tpp\" or \"eccn\" in a declaration");
        }
        provenance(c, b::source, b::grade, b::putRanges, b::putFigureSources, List.of("tpp"));
        return b.build();
    }

    private static final Set<String> SOURCE_FIELDS = Set.of("id", "url", "title", "retrieved", "grade");

    private static Source source(Node c, String id) {
        c.onlyFields(SOURCE_FIELDS);
        Source.Builder b = Source.builder()
            .id(id).title(c.requiredText("title"))
            .grade(c.field("grade").enumValue(Grade.class));
        c.optionalText("url").ifPresent(b::url);
        if (c.has("retrieved")) {
            Node r = c.field("retrieved");
            String t = r.text();
            try {
                b.retrieved(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw r.error(quote(t), "an ISO date such as \"2026-11-29\"");
            }
        }
        return b.build();
    }

    /** Fields of an entry that are not figures, and so cannot have a source of their own. */
    private static final Set<String> NOT_FIGURES = Set.of("name", "note", "source", "grade", "ranges", "figureSources");

    private static void provenance(Node c, Consumer<String> source, Consumer<Grade> grade,
                                   java.util.function.BiConsumer<String, Interval> range,
                                   java.util.function.BiConsumer<String, FigureSource> figureSource, List<String> values) {
        c.optionalText("source").ifPresent(source);
        if (c.has("grade")) {
            grade.accept(c.field("grade").enumValue(Grade.class));
        }
        if (c.has("figureSources")) {
            Node f = c.field("figureSources");
            if (!f.isObject()) {
                throw f.bad("an object of field name to {\"source\", \"grade\", \"note\"}");
            }
            for (String name : f.fieldNames()) {
                Node one = f.field(name);
                if (NOT_FIGURES.contains(name) || !c.has(name)) {
                    throw one.error(null, "a source for a figure this entry gives (a field with a value, not " + NOT_FIGURES + ")");
                }
                one.onlyFields(Set.of("source", "grade", "note"));
                FigureSource.Builder fb = FigureSource.builder().source(one.requiredText("source"));
                if (one.has("grade")) {
                    fb.grade(one.field("grade").enumValue(Grade.class));
                }
                one.optionalText("note").ifPresent(fb::note);
                figureSource.accept(name, fb.build());
            }
        }
        if (c.has("ranges")) {
            Node r = c.field("ranges");
            if (!r.isObject()) {
                throw r.bad("an object of field name to {\"low\", \"high\"}");
            }
            for (String name : r.fieldNames()) {
                Node iv = r.field(name);
                if (!values.contains(name) || !c.has(name) || !c.field(name).isNumber()) {
                    throw iv.error(null, "a range for a field of this entry that has a value (one of " + values + ")");
                }
                iv.onlyFields(Set.of("low", "high"));
                BigDecimal low = iv.field("low").positive(MAX_GBS.multiply(MAX_GBS), "");
                BigDecimal high = iv.field("high").positive(MAX_GBS.multiply(MAX_GBS), "");
                BigDecimal point = c.field(name).number("");
                if (low.compareTo(high) > 0) {
                    throw iv.field("low").error(low.toPlainString(), "low at most high " + high.toPlainString());
                }
                if (point.compareTo(low) < 0 || point.compareTo(high) > 0) {
                    throw iv.error("[" + low.toPlainString() + ", " + high.toPlainString() + "]",
                        "an interval that contains the value " + point.toPlainString());
                }
                range.accept(name, Interval.of(low, high));
            }
        }
    }
}
