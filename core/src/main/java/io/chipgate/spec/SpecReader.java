package io.chipgate.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.chipgate.internal.AsciiNames;
import io.chipgate.internal.BoundedNumbers;
import io.chipgate.internal.JsonScalars;
import io.chipgate.model.Component;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Declaration;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Evidence;
import io.chipgate.model.Grade;
import io.chipgate.model.ImmutableComputeRate;
import io.chipgate.model.ImmutableDeclaration;
import io.chipgate.model.ImmutableDie;
import io.chipgate.model.ImmutableIoLink;
import io.chipgate.model.ImmutableMemoryInterface;
import io.chipgate.model.ImmutablePart;
import io.chipgate.model.Interval;
import io.chipgate.model.IoLink;
import io.chipgate.model.LinkKind;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Precision;
import io.chipgate.model.Source;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads parts from the spec format (see docs/spec-format.md): one JSON object per part, or an array of them.
 *
 * <p>Numbers are read exactly as their decimal text. Every error — truncated JSON, a wrong type, a duplicate
 * key, an unknown field, a negative, zero or absurd value, the same precision twice, a dangling source
 * reference — is one {@link SpecFormatException} naming the file, JSON path, value and what was expected.
 * No Jackson default typing is used: the reader maps a JSON tree field by field.
 *
 * <p>Hostile input ends in the same exception, in bounded time and memory: every number must have at most
 * {@value io.chipgate.internal.BoundedNumbers#MAX_SIGNIFICANT_DIGITS} significant digits and a magnitude between
 * 1e-30 and 1e30 (so {@code 1e-99999999} is refused before any arithmetic); every string must be free of control
 * characters (a newline, ESC or NUL is refused, not trimmed); enumerated names ({@code kind}, {@code role},
 * {@code precision}…) match ignoring ASCII case only; arrays are capped ({@value #MAX_DIES} die entries,
 * {@value #MAX_ENTRIES} entries of other arrays, {@value #MAX_CONTAINS} components); an empty array of parts, trailing content
 * after the document and a leading byte-order mark are handled (the last is skipped). This class is immutable and
 * thread-safe.
 */
public final class SpecReader {
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
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    private static final SpecReader INSTANCE = new SpecReader();

    private SpecReader() {
    }

    /** The reader. */
    public static SpecReader instance() {
        return INSTANCE;
    }

    /**
     * Reads one part from a document holding one JSON object.
     *
     * @param json the document text
     * @param file a name for messages (a file name or "stdin")
     * @throws SpecFormatException if the document is not a valid spec
     */
    public Part readPart(String json, String file) {
        JsonNode root = parse(new StringReader(json), file);
        if (!root.isObject()) {
            throw new SpecFormatException(file, "$", kind(root), "a JSON object describing one part");
        }
        return part(new Cursor(file, "$", root));
    }

    /**
     * Reads the parts of a document holding one JSON object or an array of them.
     *
     * @throws SpecFormatException if the document is not valid or two parts share an id
     */
    public List<Part> readParts(Reader json, String file) {
        JsonNode root = parse(json, file);
        List<Part> parts = new ArrayList<>();
        if (root.isObject()) {
            parts.add(part(new Cursor(file, "$", root)));
        } else if (root.isArray()) {
            if (root.isEmpty()) {
                throw new SpecFormatException(file, "$", "[]", "at least one part (a JSON object, or a non-empty array of them)");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < root.size(); i++) {
                Cursor c = new Cursor(file, "$[" + i + "]", root.get(i));
                if (!c.node.isObject()) {
                    throw c.error(kind(c.node), "a JSON object describing one part");
                }
                Part p = part(c);
                if (!ids.add(p.id())) {
                    throw new SpecFormatException(file, c.path + ".id", quote(p.id()), "an id not used by another part of this file");
                }
                parts.add(p);
            }
        } else {
            throw new SpecFormatException(file, "$", kind(root), "a JSON object or an array of objects");
        }
        return List.copyOf(parts);
    }

    /** Reads the parts of a document held in a string. */
    public List<Part> readParts(String json, String file) {
        return readParts(new StringReader(json), file);
    }

    private static JsonNode parse(Reader json, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(skipBom(json));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new SpecFormatException(file, "$" + where, null, "well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SpecFormatException(file, "$", null, "a readable document: " + e.getMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            // a number whose exponent does not fit an int ("1e2147483648")
            throw new SpecFormatException(file, "$", null, BoundedNumbers.expectation());
        }
        if (root == null || root.isMissingNode()) {
            throw new SpecFormatException(file, "$", null, "a JSON document, but the input is empty");
        }
        JsonScalars.check(file, "$", root);
        return root;
    }

    private static Reader skipBom(Reader r) throws IOException {
        PushbackReader p = new PushbackReader(r, 1);
        int c = p.read();
        if (c != -1 && c != '\uFEFF') {
            p.unread(c);
        }
        return p;
    }

    // ------------------------------------------------------------------------------------------------ part

    private static final Set<String> PART_FIELDS = Set.of("id", "vendor", "name", "aliases", "partNumbers", "kind", "year",
        "formFactor", "datacenter", "datacenterEvidence", "dies", "compute", "io", "memory", "contains", "declared",
        "sources", "notes", "replaces");

    private Part part(Cursor c) {
        c.onlyFields(PART_FIELDS);
        ImmutablePart.Builder b = Part.builder();
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
            Cursor e = c.field("datacenterEvidence");
            e.onlyFields(Set.of("text", "source"));
            io.chipgate.model.ImmutableEvidence.Builder eb = io.chipgate.model.ImmutableEvidence.builder().text(e.requiredText("text"));
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
        List<Cursor> unnamed = new ArrayList<>();
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
        for (Cursor s : unnamed) {
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
        checkSourceReferences(c, named);
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw c.error(null, "a consistent part: " + e.getMessage());
        }
    }

    private static void checkSourceReferences(Cursor c, Set<String> ids) {
        for (String arr : List.of("dies", "compute", "io")) {
            if (c.has(arr)) {
                JsonNode a = c.node.get(arr);
                for (int i = 0; i < a.size(); i++) {
                    checkRef(new Cursor(c.file, c.path + "." + arr + "[" + i + "]", a.get(i)), ids);
                }
            }
        }
        for (String one : List.of("memory", "declared", "datacenterEvidence")) {
            if (c.has(one)) {
                checkRef(c.field(one), ids);
            }
        }
    }

    private static void checkRef(Cursor entry, Set<String> ids) {
        if (entry.has("source")) {
            String ref = entry.node.get("source").asText();
            if (!ids.contains(ref)) {
                throw entry.field("source").error(quote(ref), "the id of an entry of $.sources " + ids);
            }
        }
    }

    private static final Set<String> DIE_FIELDS = Set.of("name", "role", "count", "areaMm2", "nonPlanar", "process",
        "transistors", "source", "grade", "ranges");

    private Die die(Cursor c) {
        c.onlyFields(DIE_FIELDS);
        ImmutableDie.Builder b = Die.builder();
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
        provenance(c, b::source, b::grade, b::putRanges, Map.of("areaMm2", c.node.path("areaMm2")));
        return b.build();
    }

    private static final Set<String> COMPUTE_FIELDS = Set.of("precision", "bits", "denseTops", "sparseTops",
        "source", "grade", "ranges");

    private ComputeRate compute(Cursor c) {
        c.onlyFields(COMPUTE_FIELDS);
        ImmutableComputeRate.Builder b = ComputeRate.builder();
        Cursor pc = c.field("precision");
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
        provenance(c, b::source, b::grade, b::putRanges, Map.of("denseTops", c.node.path("denseTops")));
        return b.build();
    }

    private IoLink link(Cursor c) {
        c.onlyFields(Set.of("kind", "bidirectionalGBs", "note", "source", "grade", "ranges"));
        ImmutableIoLink.Builder b = IoLink.builder().kind(c.field("kind").enumValue(LinkKind.class));
        if (c.has("bidirectionalGBs")) {
            b.bidirectionalGBs(c.field("bidirectionalGBs").positive(MAX_GBS, "GB/s"));
        }
        c.optionalText("note").ifPresent(b::note);
        provenance(c, b::source, b::grade, b::putRanges, Map.of("bidirectionalGBs", c.node.path("bidirectionalGBs")));
        return b.build();
    }

    private MemoryInterface memory(Cursor c) {
        c.onlyFields(Set.of("type", "capacityGB", "bandwidthGBs", "stacks", "packageAreaMm2", "source", "grade", "ranges"));
        ImmutableMemoryInterface.Builder b = MemoryInterface.builder();
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
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("bandwidthGBs", c.node.path("bandwidthGBs"));
        values.put("packageAreaMm2", c.node.path("packageAreaMm2"));
        values.put("capacityGB", c.node.path("capacityGB"));
        provenance(c, b::source, b::grade, b::putRanges, values);
        return b.build();
    }

    private Declaration declaration(Cursor c) {
        c.onlyFields(Set.of("tpp", "eccn", "note", "source", "grade", "ranges"));
        ImmutableDeclaration.Builder b = Declaration.builder();
        if (c.has("tpp")) {
            b.tpp(c.field("tpp").positive(new BigDecimal("1e9"), "TPP"));
        }
        c.optionalText("eccn").ifPresent(b::eccn);
        c.optionalText("note").ifPresent(b::note);
        if (!c.has("tpp") && !c.has("eccn")) {
            throw c.error(null, "\"tpp\" or \"eccn\" in a declaration");
        }
        provenance(c, b::source, b::grade, b::putRanges, Map.of("tpp", c.node.path("tpp")));
        return b.build();
    }

    private static final Set<String> SOURCE_FIELDS = Set.of("id", "url", "title", "retrieved", "grade");

    private Source source(Cursor c, String id) {
        c.onlyFields(SOURCE_FIELDS);
        io.chipgate.model.ImmutableSource.Builder b = Source.builder()
            .id(id).title(c.requiredText("title"))
            .grade(c.field("grade").enumValue(Grade.class));
        c.optionalText("url").ifPresent(b::url);
        if (c.has("retrieved")) {
            Cursor r = c.field("retrieved");
            String t = r.text();
            try {
                b.retrieved(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw r.error(quote(t), "an ISO date such as \"2026-11-29\"");
            }
        }
        return b.build();
    }

    private static void provenance(Cursor c, Consumer<String> source, Consumer<Grade> grade,
                                   java.util.function.BiConsumer<String, Interval> range, Map<String, JsonNode> values) {
        c.optionalText("source").ifPresent(source);
        if (c.has("grade")) {
            grade.accept(c.field("grade").enumValue(Grade.class));
        }
        if (c.has("ranges")) {
            Cursor r = c.field("ranges");
            if (!r.node.isObject()) {
                throw r.error(kind(r.node), "an object of field name to {\"low\", \"high\"}");
            }
            Iterator<String> names = r.node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                Cursor iv = r.field(name);
                JsonNode v = values.get(name);
                if (!values.containsKey(name) || v == null || v.isMissingNode() || !v.isNumber()) {
                    throw iv.error(null, "a range for a field of this entry that has a value (one of " + values.keySet() + ")");
                }
                iv.onlyFields(Set.of("low", "high"));
                BigDecimal low = iv.field("low").positive(MAX_GBS.multiply(MAX_GBS), "");
                BigDecimal high = iv.field("high").positive(MAX_GBS.multiply(MAX_GBS), "");
                BigDecimal point = v.decimalValue();
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

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    static String kind(JsonNode n) {
        if (n.isNumber()) {
            return BoundedNumbers.show(n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue());
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return quote(n.asText());
        }
        return n.toString();
    }

    /** A position in the document: the node and its JSON path. */
    private static final class Cursor {
        final String file;
        final String path;
        final JsonNode node;

        Cursor(String file, String path, JsonNode node) {
            this.file = file;
            this.path = path;
            this.node = node;
        }

        SpecFormatException error(String value, String expected) {
            return new SpecFormatException(file, path, value, expected);
        }

        boolean has(String name) {
            JsonNode n = node.get(name);
            return n != null && !n.isNull();
        }

        Cursor field(String name) {
            JsonNode n = node.get(name);
            if (n == null || n.isNull()) {
                throw new SpecFormatException(file, path + "." + name, null, "a value for the required field \"" + name + "\"");
            }
            return new Cursor(file, path + "." + name, n);
        }

        void onlyFields(Set<String> allowed) {
            if (!node.isObject()) {
                throw error(kind(node), "an object");
            }
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!allowed.contains(n)) {
                    throw new SpecFormatException(file, path + "." + n, null,
                        "a known field (unknown field \"" + n + "\"; valid fields are " + new java.util.TreeSet<>(allowed) + ")");
                }
            }
        }

        String text() {
            if (!node.isTextual()) {
                throw error(kind(node), "a string");
            }
            String t = node.asText().trim();
            if (t.isEmpty()) {
                throw error("\"\"", "a non-empty string");
            }
            return t;
        }

        String requiredText(String name) {
            return field(name).text();
        }

        java.util.Optional<String> optionalText(String name) {
            return has(name) ? java.util.Optional.of(field(name).text()) : java.util.Optional.empty();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw error(kind(node), "true or false");
            }
            return node.booleanValue();
        }

        int integer(int min, int max) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(kind(node), "a whole number from " + min + " to " + max);
            }
            int v = node.intValue();
            if (v < min || v > max) {
                throw error(Integer.toString(v), "a whole number from " + min + " to " + max);
            }
            return v;
        }

        BigDecimal atLeast(BigDecimal min, BigDecimal max, String unit) {
            BigDecimal v = positive(max, unit);
            if (v.compareTo(min) < 0) {
                throw error(v.toPlainString(), "a number from " + min.toPlainString() + " to " + max.toPlainString()
                    + (unit.isEmpty() ? "" : " (" + unit + ")"));
            }
            return v;
        }

        BigDecimal positive(BigDecimal max, String unit) {
            if (!node.isNumber()) {
                throw error(kind(node), "a number" + (unit.isEmpty() ? "" : " (" + unit + ")") + ", written without quotes");
            }
            BigDecimal v = node.isBigInteger() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
            if (v.signum() <= 0 || v.compareTo(max) > 0) {
                throw error(v.toPlainString(), "a number above 0 and at most " + max.toPlainString()
                    + (unit.isEmpty() ? "" : " (" + unit + ")"));
            }
            return v;
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String t = text();
            for (E e : type.getEnumConstants()) {
                if (AsciiNames.equalsIgnoringCase(e.name(), t)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            throw error(quote(t), "one of " + names);
        }

        void array(String name, int max, Consumer<Cursor> each) {
            if (!has(name)) {
                return;
            }
            JsonNode a = node.get(name);
            if (!a.isArray()) {
                throw new SpecFormatException(file, path + "." + name, kind(a), "an array");
            }
            if (a.size() > max) {
                throw new SpecFormatException(file, path + "." + name, "an array of " + a.size() + " entries",
                    "at most " + max + " entries");
            }
            for (int i = 0; i < a.size(); i++) {
                each.accept(new Cursor(file, path + "." + name + "[" + i + "]", a.get(i)));
            }
        }
    }
}
