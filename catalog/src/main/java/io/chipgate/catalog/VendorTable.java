package io.chipgate.catalog;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.Node;
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
        } catch (DocumentFormatException e) {
            throw new IllegalStateException("the built-in vendor table is invalid: " + e.getMessage(), e);
        }
    }

    /** Reads a table in the vendor-table format (see catalog/src/main/resources/io/chipgate/catalog/vendor/README.md). */
    static VendorTable read(String json, String file) {
        return read(new StringReader(json), file);
    }

    /**
     * Reads a table in the vendor-table format, with the one document reader every chipgate format uses.
     *
     * @throws DocumentFormatException naming the file, field, value and what was expected
     */
    static VendorTable read(Reader json, String file) {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[65536];
        try {
            for (int n = json.read(buf); n >= 0; n = json.read(buf)) {
                text.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new DocumentFormatException(file, "$", null, "a readable document (" + e.getMessage() + ")");
        }
        Node root = Documents.json(text.toString(), file);
        if (!root.isObject()) {
            throw root.bad("a JSON object with vendor, source, rowCount, columns and rows");
        }
        String vendor = root.field("vendor").exactText();
        if (!root.has("source") || !root.field("source").isObject()) {
            throw root.errorAt("source", root.has("source") ? root.field("source").show() : null,
                "an object citing the vendor's page (title, url, captured, asOf, readFrom, retrieved, grade)");
        }
        Node source = root.field("source");
        String title = source.field("title").exactText();
        String url = source.field("url").exactText();
        LocalDate captured = source.field("captured").date("\"2026-07-31\"");
        Optional<LocalDate> asOf = source.optional("asOf").map(n -> n.date("\"2026-07-31\""));
        String readFrom = source.field("readFrom").exactText();
        LocalDate retrieved = source.field("retrieved").date("\"2026-07-31\"");
        Node grade = source.field("grade");
        if (!"VENDOR".equals(grade.exactText())) {
            throw grade.bad("\"VENDOR\" (the table is the vendor's own declaration)");
        }
        int count = root.field("rowCount").integer(0, MAX_ROWS);
        List<String> columns = new ArrayList<>();
        for (Node c : root.field("columns").elements(64)) {
            columns.add(c.exactText());
        }
        Node cols = root.field("columns");
        int pn = column(columns, "partNumber", cols, true);
        int eccn = column(columns, "eccn", cols, true);
        int hts = column(columns, "htsUs", cols, true);
        int desc = column(columns, "description", cols, false);
        int tpp = column(columns, "tppPerGpu", cols, false);
        int meets = column(columns, "meets3A090a1", cols, false);
        int ccats = column(columns, "ccats", cols, false);
        int type = column(columns, "partType", cols, false);
        int life = column(columns, "lifecycleState", cols, false);
        List<Node> rows = root.field("rows").elements(MAX_ROWS);
        if (rows.size() != count) {
            throw root.field("rowCount").bad("the number of rows (" + rows.size() + ")");
        }
        Map<String, ImmutableVendorRow.Builder> merged = new LinkedHashMap<>();
        Map<String, VendorRow> firstSeen = new LinkedHashMap<>();
        for (Node r : rows) {
            if (!r.isArray() || r.size() != columns.size()) {
                throw r.bad("an array of " + columns.size() + " values " + columns);
            }
            String partNumber = cell(r, pn).orElseThrow(() -> r.get(pn).bad("a part number"));
            ImmutableVendorRow.Builder b = VendorRow.builder().vendor(vendor).partNumber(partNumber)
                .eccn(cell(r, eccn).orElseThrow(() -> r.get(eccn).bad("the ECCN of " + partNumber)));
            cell(r, hts).ifPresent(b::addHtsCodes);
            if (desc >= 0) {
                cell(r, desc).ifPresent(b::description);
            }
            if (tpp >= 0 && !r.get(tpp).isNull()) {
                Node t = r.get(tpp);
                if (!t.isNumber() || t.number("").signum() <= 0) {
                    throw t.bad("a positive number or null (tppPerGpu)");
                }
                BigDecimal v = t.number("").stripTrailingZeros();
                b.tppPerGpu(v.scale() < 0 ? v.setScale(0) : v);
            }
            if (meets >= 0) {
                Optional<String> m = cell(r, meets);
                if (m.isPresent()) {
                    if (!m.get().equals("Y") && !m.get().equals("N")) {
                        throw r.get(meets).bad("\"Y\" or \"N\" (meets3A090a1)");
                    }
                    b.meets3A090a1(m.get().equals("Y"));
                }
            }
            if (ccats >= 0) {
                cell(r, ccats).ifPresent(b::ccats);
            }
            if (type >= 0) {
                cell(r, type).ifPresent(b::partType);
            }
            if (life >= 0) {
                cell(r, life).ifPresent(b::lifecycleState);
            }
            VendorRow row = b.build();
            VendorRow first = firstSeen.get(partNumber);
            if (first == null) {
                firstSeen.put(partNumber, row);
                merged.put(partNumber, VendorRow.builder().from(row));
            } else {
                if (!first.eccn().equals(row.eccn()) || !first.tppPerGpu().equals(row.tppPerGpu())
                    || !first.description().equals(row.description())) {
                    throw r.error(Node.quote(partNumber), "a part number listed once, or again with the same ECCN, TPP and "
                        + "description (it appears twice with a different ECCN, TPP or description)");
                }
                merged.get(partNumber).addAllHtsCodes(row.htsCodes());
            }
        }
        List<VendorRow> out = new ArrayList<>();
        merged.values().forEach(b -> out.add(b.build()));
        return new VendorTable(vendor, title, url, captured, asOf, readFrom, retrieved, rows.size(), out);
    }

    /** Most rows in a vendor table. */
    static final int MAX_ROWS = 1_000_000;

    private static int column(List<String> columns, String name, Node cols, boolean required) {
        int i = columns.indexOf(name);
        if (i < 0 && required) {
            throw cols.bad("a column \"" + name + "\" among " + columns);
        }
        return i;
    }

    private static Optional<String> cell(Node row, int i) {
        Node n = row.get(i);
        if (n.isNull()) {
            return Optional.empty();
        }
        if (!n.isText()) {
            throw n.bad("a string or null");
        }
        String t = n.rawText().trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
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
