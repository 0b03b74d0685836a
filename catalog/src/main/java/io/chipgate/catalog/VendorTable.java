package io.chipgate.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.chipgate.model.Grade;
import io.chipgate.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's export-classification table, as published by the vendor and captured on a date: NVIDIA's export
 * regulations lookup (ECCN, HTS, TPP per GPU by part number) and AMD's product master (ECCN, HTS, "Meets
 * 3A090.a.1" by OPN).
 *
 * <p>The built-in tables ({@link #nvidia()}, {@link #amd()}) are data files under
 * {@code io/chipgate/catalog/vendor/}, each naming the vendor's page (the source), the snapshot it was read from
 * and the capture date. Lookup ({@link #row(String)}) is by part number, case-insensitively, and also without
 * hyphens or spaces when that is unambiguous. This class is immutable and thread-safe.
 */
public final class VendorTable {
    private static final String BASE = "/io/chipgate/catalog/vendor/";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .build();
    private static volatile List<VendorTable> builtin;

    private final String vendor;
    private final String title;
    private final String url;
    private final LocalDate captured;
    private final Optional<LocalDate> asOf;
    private final String readFrom;
    private final LocalDate retrieved;
    private final int rowCount;
    private final List<VendorRow> rows;
    private final Map<String, VendorRow> exact;
    private final Map<String, VendorRow> loose;

    private VendorTable(String vendor, String title, String url, LocalDate captured, Optional<LocalDate> asOf,
                        String readFrom, LocalDate retrieved, int rowCount, List<VendorRow> rows) {
        this.vendor = vendor;
        this.title = title;
        this.url = url;
        this.captured = captured;
        this.asOf = asOf;
        this.readFrom = readFrom;
        this.retrieved = retrieved;
        this.rowCount = rowCount;
        this.rows = List.copyOf(rows);
        Map<String, VendorRow> e = new LinkedHashMap<>();
        Map<String, List<VendorRow>> l = new LinkedHashMap<>();
        for (VendorRow r : this.rows) {
            e.put(exactKey(r.partNumber()), r);
            l.computeIfAbsent(looseKey(r.partNumber()), k -> new ArrayList<>()).add(r);
        }
        Map<String, VendorRow> lo = new LinkedHashMap<>();
        l.forEach((k, v) -> {
            if (v.size() == 1) {
                lo.put(k, v.get(0));
            }
        });
        this.exact = Collections.unmodifiableMap(e);
        this.loose = Collections.unmodifiableMap(lo);
    }

    /** NVIDIA's table, captured 2026-07-31 (1,352 rows, 1,323 part numbers). */
    public static VendorTable nvidia() {
        return builtinTables().get(0);
    }

    /** AMD's product master, classification data as of 2026-06-30, captured 2026-07-31 (8,554 OPNs). */
    public static VendorTable amd() {
        return builtinTables().get(1);
    }

    /** Both built-in tables, NVIDIA first. */
    public static List<VendorTable> builtinTables() {
        List<VendorTable> t = builtin;
        if (t == null) {
            synchronized (VendorTable.class) {
                t = builtin;
                if (t == null) {
                    t = List.of(load("nvidia-export.json"), load("amd-export.json"));
                    builtin = t;
                }
            }
        }
        return t;
    }

    private static VendorTable load(String name) {
        try (InputStream in = VendorTable.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in vendor table vendor/" + name + " is missing from the jar");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "catalog/vendor/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the built-in vendor table is invalid: " + e.getMessage(), e);
        }
    }

    /** Reads a table in the vendor-table format (see catalog/src/main/resources/io/chipgate/catalog/vendor/README.md). */
    static VendorTable read(String json, String file) {
        return read(new StringReader(json), file);
    }

    /**
     * Reads a table in the vendor-table format.
     *
     * @throws IllegalArgumentException naming the file, field, value and what was expected
     */
    static VendorTable read(Reader json, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": expected well-formed JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object with vendor, url, captured, columns and rows");
        }
        String vendor = text(root, "vendor", file);
        JsonNode source = root.get("source");
        if (source == null || !source.isObject()) {
            throw new IllegalArgumentException(file + ": $.source: expected an object citing the vendor's page "
                + "(title, url, captured, asOf, readFrom, retrieved, grade), got " + source);
        }
        String title = text(source, "source.title", file);
        String url = text(source, "source.url", file);
        LocalDate captured = date(source, "source.captured", file);
        Optional<LocalDate> asOf = source.hasNonNull("asOf") ? Optional.of(date(source, "source.asOf", file)) : Optional.empty();
        String readFrom = text(source, "source.readFrom", file);
        LocalDate retrieved = date(source, "source.retrieved", file);
        if (!"VENDOR".equals(text(source, "source.grade", file))) {
            throw new IllegalArgumentException(file + ": $.source.grade: expected \"VENDOR\" (the table is the vendor's own "
                + "declaration), got " + source.get("grade"));
        }
        JsonNode count = root.get("rowCount");
        if (count == null || !count.canConvertToInt()) {
            throw new IllegalArgumentException(file + ": $.rowCount: expected the number of rows, got " + count);
        }
        List<String> columns = new ArrayList<>();
        JsonNode cols = root.get("columns");
        if (cols == null || !cols.isArray()) {
            throw new IllegalArgumentException(file + ": $.columns: expected an array of column names");
        }
        cols.forEach(c -> columns.add(c.asText()));
        int pn = column(columns, "partNumber", file, true);
        int eccn = column(columns, "eccn", file, true);
        int hts = column(columns, "htsUs", file, true);
        int desc = column(columns, "description", file, false);
        int tpp = column(columns, "tppPerGpu", file, false);
        int meets = column(columns, "meets3A090a1", file, false);
        int ccats = column(columns, "ccats", file, false);
        int type = column(columns, "partType", file, false);
        int life = column(columns, "lifecycleState", file, false);
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new IllegalArgumentException(file + ": $.rows: expected an array of rows");
        }
        if (rows.size() != count.intValue()) {
            throw new IllegalArgumentException(file + ": $.rowCount: " + count.intValue() + " does not match the " + rows.size() + " rows");
        }
        Map<String, ImmutableVendorRow.Builder> merged = new LinkedHashMap<>();
        Map<String, VendorRow> firstSeen = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            String at = file + ": $.rows[" + i + "]";
            if (!r.isArray() || r.size() != columns.size()) {
                throw new IllegalArgumentException(at + ": expected an array of " + columns.size() + " values " + columns + ", got " + r);
            }
            String partNumber = cell(r, pn, at, columns).orElseThrow(() -> new IllegalArgumentException(at + ": partNumber is empty"));
            ImmutableVendorRow.Builder b = VendorRow.builder().vendor(vendor).partNumber(partNumber)
                .eccn(cell(r, eccn, at, columns).orElseThrow(() -> new IllegalArgumentException(at + ": eccn is empty for " + partNumber)));
            cell(r, hts, at, columns).ifPresent(b::addHtsCodes);
            if (desc >= 0) {
                cell(r, desc, at, columns).ifPresent(b::description);
            }
            if (tpp >= 0 && !r.get(tpp).isNull()) {
                JsonNode t = r.get(tpp);
                if (!t.isNumber() || t.decimalValue().signum() <= 0) {
                    throw new IllegalArgumentException(at + "[" + tpp + "] (tppPerGpu): expected a positive number or null, got " + t);
                }
                BigDecimal v = t.decimalValue().stripTrailingZeros();
                b.tppPerGpu(v.scale() < 0 ? v.setScale(0) : v);
            }
            if (meets >= 0) {
                Optional<String> m = cell(r, meets, at, columns);
                if (m.isPresent()) {
                    if (!m.get().equals("Y") && !m.get().equals("N")) {
                        throw new IllegalArgumentException(at + "[" + meets + "] (meets3A090a1): expected \"Y\" or \"N\", got \"" + m.get() + "\"");
                    }
                    b.meets3A090a1(m.get().equals("Y"));
                }
            }
            if (ccats >= 0) {
                cell(r, ccats, at, columns).ifPresent(b::ccats);
            }
            if (type >= 0) {
                cell(r, type, at, columns).ifPresent(b::partType);
            }
            if (life >= 0) {
                cell(r, life, at, columns).ifPresent(b::lifecycleState);
            }
            VendorRow row = b.build();
            VendorRow first = firstSeen.get(partNumber);
            if (first == null) {
                firstSeen.put(partNumber, row);
                merged.put(partNumber, VendorRow.builder().from(row));
            } else {
                if (!first.eccn().equals(row.eccn()) || !first.tppPerGpu().equals(row.tppPerGpu())
                    || !first.description().equals(row.description())) {
                    throw new IllegalArgumentException(at + ": part number " + partNumber
                        + " appears twice with a different ECCN, TPP or description");
                }
                merged.get(partNumber).addAllHtsCodes(row.htsCodes());
            }
        }
        List<VendorRow> out = new ArrayList<>();
        merged.values().forEach(b -> out.add(b.build()));
        return new VendorTable(vendor, title, url, captured, asOf, readFrom, retrieved, rows.size(), out);
    }

    private static int column(List<String> columns, String name, String file, boolean required) {
        int i = columns.indexOf(name);
        if (i < 0 && required) {
            throw new IllegalArgumentException(file + ": $.columns: expected a column \"" + name + "\" among " + columns);
        }
        return i;
    }

    private static Optional<String> cell(JsonNode row, int i, String at, List<String> columns) {
        JsonNode n = row.get(i);
        if (n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException(at + "[" + i + "] (" + columns.get(i) + "): expected a string or null, got " + n);
        }
        String t = n.asText().trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** The text at {@code path} ("vendor", "source.title") under {@code node}, which holds its last segment. */
    private static String text(JsonNode node, String path, String file) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = node.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": $." + path + ": expected a non-empty string, got " + n);
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode node, String path, String file) {
        String t = text(node, path, file);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": $." + path + ": expected an ISO date such as \"2026-07-31\", got \"" + t + "\"");
        }
    }

    static String exactKey(String partNumber) {
        return io.chipgate.internal.AsciiNames.upper(partNumber.trim());
    }

    static String looseKey(String partNumber) {
        return io.chipgate.internal.AsciiNames.upper(partNumber).replaceAll("[\\s_.\\-]+", "");
    }

    /** The row of this part number, matched case-insensitively, or without hyphens and spaces if unambiguous. */
    public Optional<VendorRow> row(String partNumber) {
        VendorRow r = exact.get(exactKey(partNumber));
        if (r == null) {
            r = loose.get(looseKey(partNumber));
        }
        return Optional.ofNullable(r);
    }

    /** Every part number once, in table order (rows listed twice merged). */
    public List<VendorRow> rows() {
        return rows;
    }

    /** The number of rows of the vendor's table as captured, counting a part number listed twice twice. */
    public int rowCount() {
        return rowCount;
    }

    public String vendor() {
        return vendor;
    }

    /** The vendor's page, the source of every row. */
    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    /** The date the vendor's table was captured. */
    public LocalDate captured() {
        return captured;
    }

    /** The date the vendor's table says its data is as of, if it says (AMD: 2026-06-30). */
    public Optional<LocalDate> asOf() {
        return asOf;
    }

    /** Where the capture was read: the snapshot file at a fixed commit. */
    public String readFrom() {
        return readFrom;
    }

    /** The date chipgate read the snapshot. */
    public LocalDate retrieved() {
        return retrieved;
    }

    /** The date the vendor's declarations speak for: its "as of" date, else the capture date. */
    public LocalDate effectiveDate() {
        return asOf.orElse(captured);
    }

    /** The table as a part's source entry (graded VENDOR), under the given id. */
    public Source source(String id) {
        return Source.builder().id(id).url(url).grade(Grade.VENDOR).retrieved(retrieved)
            .title(title + "; captured " + captured + (asOf.map(d -> ", data as of " + d).orElse("")) + "; read from " + readFrom)
            .build();
    }

    /** A one-line citation: the vendor's page, the capture date and the snapshot. */
    public String citation() {
        return vendor + ": " + title + " <" + url + ">, captured " + captured
            + asOf.map(d -> " (data as of " + d + ")").orElse("") + "; read from " + readFrom;
    }

    @Override
    public String toString() {
        return "VendorTable " + vendor + " captured " + captured + " (" + rowCount + " rows, " + rows.size() + " part numbers)";
    }
}
