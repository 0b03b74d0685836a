package io.chipgate.orderbook;

import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.VendorRow;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseOption;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.screening.ScreenedLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The screening as one rectangular table, one row per order line (invalid lines too, with --skip-invalid), with
 * stable columns ({@link #COLUMNS}, documented in docs/screening.md): what the CSV writes and the XLSX output's
 * Lines sheet holds. Cells are plain text, not yet neutralised against formulas (each writer does that).
 *
 * <p>Thread-safe: rows may be made in parallel (it remembers the cells of recent decisions and parts in concurrent memos).
 */
public final class LineTable {
    /** The columns, in order. Stable: new columns are added at the end. */
    public static final List<String> COLUMNS = List.of("line", "id", "consignee", "end_user", "part_as_given", "part", "part_name",
        "vendor_part_number", "vendor_eccn", "hts", "quantity", "destination", "headquarters", "date", "action", "license_required",
        "review_policy", "usable_exceptions", "notification_needed", "parties", "unknown_because", "settled_by", "decision",
        "problems", "origin", "us_tech", "us_content", "subject_to_ear");

    /** The index of the quantity column (a number in XLSX). */
    public static final int QUANTITY = COLUMNS.indexOf("quantity");
    /** The index of the date column (a date in XLSX). */
    public static final int DATE = COLUMNS.indexOf("date");
    /** The index of the line column (a number in XLSX). */
    public static final int LINE = COLUMNS.indexOf("line");

    /** The longest unknown_because cell; the decision's detail has the whole text. */
    public static final int MAX_UNKNOWN_BECAUSE = 300;

    /** The action of an invalid line. */
    public static final String INVALID = "INVALID";

    /** The cells of recent decisions; concurrent (rows are made in parallel), emptied when full: the cells are made alike again. */
    private final Map<Long, List<String>> decisionCells = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Vendor> vendors = new java.util.concurrent.ConcurrentHashMap<>();
    /** The most entries each memo keeps. */
    private static final int MEMO = 4096;

    /** A new table writer's cell maker. */
    public LineTable() {
    }

    /** The vendor's part number, ECCN and HTS codes for a line, as the vendor tables give them ("" when none). */
    record Vendor(String partNumber, String eccn, String hts) {
    }

    /**
     * The row of a screened line.
     *
     * @param l the line
     * @param valid the line as read (part as given, end user)
     * @return the cells, one per column
     */
    public List<String> row(ScreenedLine l, OrderFile.Valid valid) {
        LicenseDetermination d = l.determination();
        List<String> tail = remembered(decisionCells, l.decision(), () -> decisionCells(l));
        Vendor v = vendorOf(l, valid);
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(Long.toString(l.order().lineNumber()));
        c.add(l.order().id());
        c.add(l.order().consignee());
        c.add(valid.endUser());
        c.add(valid.partAsGiven());
        c.add(d.partId());
        c.add(d.partName());
        c.add(v.partNumber());
        c.add(v.eccn());
        c.add(v.hts());
        c.add(Long.toString(d.quantity()));
        c.add(d.destination());
        c.add(d.headquarters().orElse("unknown"));
        c.add(d.date().toString());
        c.addAll(tail);
        io.chipgate.license.ItemOrigin o = d.shipment().itemOrigin();
        boolean foreign = o.origin().orElse(null) == io.chipgate.license.Origin.FOREIGN;
        c.add(o.origin().map(io.chipgate.license.Origin::code).orElse(""));
        c.add(foreign ? yesNo(o.directProduct()) : "");
        c.add(foreign ? o.usContentPercent().map(java.math.BigDecimal::toPlainString).orElse("unknown") : "");
        c.add(d.jurisdiction().assumed() ? "assumed" : yesNo(d.subjectToEar()));
        return c;
    }

    /** The vendor's data of a line (remembered per part and text given). */
    Vendor vendorOf(ScreenedLine l, OrderFile.Valid valid) {
        return remembered(vendors, l.order().shipment().part().id() + '\u0000' + valid.partAsGiven(),
            () -> vendor(l.order().shipment().part(), valid.partAsGiven()));
    }

    /** The value remembered for a key, else made and remembered (the memo emptied when full; two threads may both make it). */
    private static <K, V> V remembered(Map<K, V> memo, K key, java.util.function.Supplier<V> make) {
        V v = memo.get(key);
        if (v == null) {
            v = make.get();
            if (memo.size() >= MEMO) {
                memo.clear();
            }
            memo.put(key, v);
        }
        return v;
    }

    /**
     * The row of an invalid line: its cells as given, action {@value #INVALID} and the problems.
     *
     * @param i the invalid line
     * @return the cells, one per column
     */
    public List<String> row(OrderFile.Invalid i) {
        Map<String, String> given = i.cells();
        Map<String, String> m = new LinkedHashMap<>();
        COLUMNS.forEach(col -> m.put(col, ""));
        m.put("line", Long.toString(i.lineNumber()));
        m.put("id", i.id());
        m.put("consignee", given.getOrDefault("consignee", ""));
        m.put("end_user", given.getOrDefault("end_user", ""));
        m.put("part_as_given", given.getOrDefault("part", ""));
        m.put("quantity", given.getOrDefault("quantity", ""));
        m.put("destination", given.getOrDefault("destination", ""));
        m.put("headquarters", given.getOrDefault("headquarters", ""));
        m.put("date", given.getOrDefault("date", ""));
        m.put("action", INVALID);
        m.put("problems", String.join(" | ", i.problems()));
        m.put("origin", given.getOrDefault("origin", ""));
        m.put("us_tech", given.getOrDefault("us_tech", ""));
        m.put("us_content", given.getOrDefault("us_content", ""));
        return new ArrayList<>(m.values());
    }

    /**
     * The parties cell: "not screened" when the line names no consignee or end user, "no match (list of DATE)" when
     * none matched, else each match as "role: list — listed name (band score)".
     */
    static String parties(LicenseDetermination d) {
        if (!d.partiesScreened()) {
            return "not screened";
        }
        if (d.parties().isEmpty()) {
            return "no match (list of " + d.partiesListDate().map(Object::toString).orElse("?") + ")";
        }
        return shortened(String.join(" | ", d.parties().stream().map(f -> f.party().role().name().toLowerCase(java.util.Locale.ROOT)
            + ": " + f.hit().list().code() + " — " + f.hit().listedName() + " (" + f.hit().band() + " " + f.hit().score() + ")")
            .toList()), MAX_UNKNOWN_BECAUSE);
    }

    /** The cells from action to problems, the same for every line of a decision. */
    private static List<String> decisionCells(ScreenedLine l) {
        LicenseDetermination d = l.determination();
        List<String> c = new ArrayList<>();
        c.add(l.action().name());
        c.add(yesNo(d.licenseRequired()));
        c.add(d.reviewPolicy().kind().label() + (d.reviewPolicy().citation().equals("-") ? "" : " (" + d.reviewPolicy().citation() + ")"));
        List<LicenseOption> usable = l.licenseRequired() == Tri.FALSE ? List.of() : l.usableExceptions();
        c.add(String.join(" | ", usable.stream().map(o -> o.code() + " (available: " + o.available().label() + ")").toList()));
        c.add(usable.stream().anyMatch(o -> !o.notification().isEmpty()) ? "yes" : "no");
        c.add(parties(d));
        c.add(shortened(String.join(" | ", l.unknownBecause()), MAX_UNKNOWN_BECAUSE));
        c.add(shortened(String.join(" | ", d.settledBy().stream().map(q -> q.question()).toList()), MAX_UNKNOWN_BECAUSE));
        c.add("D" + l.decision());
        c.add("");
        return List.copyOf(c);
    }

    /**
     * The vendor's data for a line: the row of the part number given, when the part was given by one; else the
     * part's own part numbers that the vendor tables list (their distinct ECCNs and HTS codes), else the ECCN the
     * catalog records as the vendor's declaration.
     */
    static Vendor vendor(Part part, String partAsGiven) {
        Optional<VendorRow> given = Catalog.vendorRow(partAsGiven);
        if (given.isPresent()) {
            VendorRow r = given.get();
            return new Vendor(r.partNumber(), r.eccn(), String.join(" / ", r.htsCodes()));
        }
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> eccns = new LinkedHashSet<>();
        Set<String> hts = new LinkedHashSet<>();
        for (String pn : part.partNumbers()) {
            Optional<VendorRow> r = Catalog.vendorRow(pn);
            if (r.isPresent()) {
                numbers.add(r.get().partNumber());
                eccns.add(r.get().eccn());
                hts.addAll(r.get().htsCodes());
            }
        }
        if (eccns.isEmpty()) {
            part.declared().flatMap(x -> x.eccn()).ifPresent(eccns::add);
        }
        return new Vendor(shortened(String.join(" / ", numbers), 200), String.join(" / ", eccns), String.join(" / ", hts));
    }

    /** At most {@code max} characters: longer text is cut and ends with "…". */
    static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String yesNo(Tri t) {
        return t == Tri.TRUE ? "yes" : t == Tri.FALSE ? "no" : "unknown";
    }
}
