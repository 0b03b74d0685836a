package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.VendorRow;
import io.chipgate.catalog.VendorTable;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Component;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.model.Precision;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Reports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The vendors' tables checked against themselves, row by row (issue 23 § 2): not chipgate against a vendor, but a
 * vendor's declared TPP against the same row's ECCN under the 3A090 text in force on the table's date, and rows of
 * one board declared at a TPP no described product of that board carries.
 *
 * <p>Two kinds of finding:
 * <ul>
 * <li>{@link Kind#ECCN_VS_TPP}: the row's declared TPP per GPU, classified by chipgate's regime (as the only
 *     compute figure, with the die area of the catalog products that share the row's part number or board code when
 *     they agree on one), gives a 3A090 paragraph other than the one its ECCN reads as, under both datacenter
 *     designations. A TPP of at least 4,800 is 3A090.a whatever the die area; below 1,600 it is neither .a nor .b;
 *     between, the die area decides, and without one the row is not a finding. For AMD, whose rows carry no TPP, the
 *     row's own "meets 3A090.a.1" flag is checked against its ECCN.</li>
 * <li>{@link Kind#BOARD_TPP}: on one board code (NVIDIA's part number's first two groups, e.g. {@code 900-2G147}),
 *     rows without a product description carry a TPP that no described row of that board carries. One board code
 *     may hold several products (an H100 PCIe and an H200 NVL share {@code 900-21010}), so only a TPP that matches
 *     no described product is reported.</li>
 * </ul>
 * A finding is a question to the vendor's table, not an error of chipgate's: the explanation says what cannot both
 * be right. This class is immutable.
 */
final class TableChecks {
    /** What a finding is about. */
    enum Kind {
        /** The declared TPP (or AMD's own flag) and the ECCN cannot both be right. */
        ECCN_VS_TPP,
        /** Rows of one board declared at a TPP no described row of the board carries. */
        BOARD_TPP
    }

    /** One finding: the rows it concerns (up to a few part numbers), what they declare and why it is a question. */
    record Finding(String vendor, Kind kind, List<String> partNumbers, String description, String eccn, Optional<BigDecimal> tppPerGpu,
                   String explanation) {
    }

    private static final int SHOWN_PART_NUMBERS = 6;

    private TableChecks() {
    }

    /** The findings in every built-in table (or one vendor's), in table order. */
    static List<Finding> of(Catalog catalog, String vendorOrNull) {
        List<Finding> out = new ArrayList<>();
        for (VendorTable t : VendorTable.builtinTables()) {
            if (vendorOrNull == null || t.vendor().equalsIgnoreCase(vendorOrNull)) {
                out.addAll(inTable(catalog, t));
            }
        }
        return out;
    }

    /** The findings in one table. */
    static List<Finding> inTable(Catalog catalog, VendorTable t) {
        LocalDate date = t.effectiveDate();
        Regime regime = Reconciliation.regimeOn(date);
        Map<String, Part> byNumber = new LinkedHashMap<>();
        Map<String, List<Part>> byBoard = new LinkedHashMap<>();
        for (Part p : catalog.parts()) {
            if (!p.vendor().equalsIgnoreCase(t.vendor())) {
                continue;
            }
            for (String pn : p.partNumbers()) {
                byNumber.putIfAbsent(pn, p);
                byBoard.computeIfAbsent(board(pn), k -> new ArrayList<>()).add(p);
            }
        }
        // rows with the same declaration are one finding: (ECCN, TPP, description, area) → part numbers
        Map<String, Finding> eccnFindings = new LinkedHashMap<>();
        Map<String, List<VendorRow>> boards = new LinkedHashMap<>();
        for (VendorRow r : t.rows()) {
            if (r.tppPerGpu().isPresent()) {
                boards.computeIfAbsent(board(r.partNumber()), k -> new ArrayList<>()).add(r);
                eccnVsTpp(catalog, regime, date, r, byNumber, byBoard).ifPresent(f -> merge(eccnFindings, f));
            } else if (r.meets3A090a1().isPresent()) {
                eccnVsFlag(r).ifPresent(f -> merge(eccnFindings, f));
            }
        }
        List<Finding> out = new ArrayList<>(eccnFindings.values());
        for (Map.Entry<String, List<VendorRow>> e : boards.entrySet()) {
            boardTpp(t.vendor(), e.getKey(), e.getValue()).ifPresent(out::add);
        }
        return out;
    }

    private static void merge(Map<String, Finding> into, Finding f) {
        String key = f.kind() + "|" + f.eccn() + "|" + f.tppPerGpu().map(BigDecimal::toPlainString).orElse("") + "|" + f.description() + "|"
            + f.explanation();
        Finding old = into.get(key);
        if (old == null) {
            into.put(key, f);
        } else if (old.partNumbers().size() < SHOWN_PART_NUMBERS) {
            List<String> pns = new ArrayList<>(old.partNumbers());
            pns.addAll(f.partNumbers());
            into.put(key, new Finding(old.vendor(), old.kind(), List.copyOf(pns), old.description(), old.eccn(), old.tppPerGpu(), old.explanation()));
        }
    }

    /** The part number's first two groups ("900-2G147-0000-000" → "900-2G147"): NVIDIA's board code. */
    static String board(String partNumber) {
        String[] g = partNumber.split("-");
        return g.length >= 2 ? g[0] + "-" + g[1] : partNumber;
    }

    private static Optional<Finding> eccnVsTpp(Catalog catalog, Regime regime, LocalDate date, VendorRow r, Map<String, Part> byNumber,
                                                Map<String, List<Part>> byBoard) {
        String vendorReading = Reconciliation.reading(r.eccn());
        BigDecimal tpp = r.tppPerGpu().get();
        if (tpp.signum() <= 0) {
            return Optional.empty();
        }
        Area area = area(catalog, r.partNumber(), byNumber, byBoard);
        // the row does not say whether the product is designed or marketed for datacenters: both designations
        Determination dc = regime.classify(declared(tpp, area.mm2().orElse(null), true), Interpretation.defaults(), date, PartResolver.none());
        Determination other = regime.classify(declared(tpp, area.mm2().orElse(null), false), Interpretation.defaults(), date, PartResolver.none());
        String ours = Reconciliation.reading(dc.outcome());
        String oursOther = Reconciliation.reading(other.outcome());
        if (ours.equals("open") || oursOther.equals("open") || Reconciliation.agrees(vendorReading, ours)
            || Reconciliation.agrees(vendorReading, oursOther)) {
            return Optional.empty(); // the die area or the designation could make the row right
        }
        String meets = vendorReading.equals("none") ? "meets neither 3A090.a nor 3A090.b"
            : vendorReading.equals("a or b") ? "meets 3A090.a or .b" : "meets 3A090." + vendorReading;
        String whatIf = ours.equals(oursOther) ? paragraph(dc) + (area.mm2().isEmpty() ? " whatever the die area" : "")
            : paragraph(dc) + " if designed or marketed for datacenters, " + paragraph(other) + " if not";
        String why = "declared TPP per GPU " + num(tpp) + (area.mm2().isPresent() ? " on " + area.why() : "")
            + ", under " + regime.id() + ": " + whatIf + "; but ECCN " + r.eccn() + " reads as: its product's IC " + meets;
        return Optional.of(new Finding(r.vendor(), Kind.ECCN_VS_TPP, List.of(r.partNumber()), r.description().orElse(""), r.eccn(), Optional.of(tpp), why));
    }

    private static Optional<Finding> eccnVsFlag(VendorRow r) {
        // AMD's column is "Meets 3A090.a.1": a Y row's ECCN must read as 3A090.a (and not name .a.2); an N row may
        // still be 3A090.a.2 or a product incorporating such an IC, so only an ECCN naming 3A090.a.1 contradicts it
        boolean flag = r.meets3A090a1().get();
        String e = r.eccn();
        String reading = Reconciliation.reading(e);
        boolean contradicts = flag ? !(reading.equals("a") || reading.equals("a or b")) || e.startsWith("3A090.a.2") : e.startsWith("3A090.a.1");
        if (!contradicts) {
            return Optional.empty();
        }
        String why = "the row's own \"meets 3A090.a.1\" is " + (flag ? "Y" : "N") + ", but ECCN " + e + (flag
            ? " reads as " + (reading.equals("none") ? "meeting neither 3A090.a nor .b" : e.startsWith("3A090.a.2") ? "3A090.a.2" : "meeting 3A090." + reading)
            : " names 3A090.a.1");
        return Optional.of(new Finding(r.vendor(), Kind.ECCN_VS_TPP, List.of(r.partNumber()), r.description().orElse(""), e, Optional.empty(), why));
    }

    private static Optional<Finding> boardTpp(String vendor, String board, List<VendorRow> rows) {
        Map<BigDecimal, List<VendorRow>> described = new TreeMap<>();
        Map<BigDecimal, List<VendorRow>> generic = new TreeMap<>();
        for (VendorRow r : rows) {
            (r.isGeneric() ? generic : described).computeIfAbsent(r.tppPerGpu().get().stripTrailingZeros(), k -> new ArrayList<>()).add(r);
        }
        if (described.isEmpty()) {
            return Optional.empty();
        }
        List<String> odd = new ArrayList<>();
        List<String> pns = new ArrayList<>();
        String eccn = "";
        BigDecimal first = null;
        for (Map.Entry<BigDecimal, List<VendorRow>> e : generic.entrySet()) {
            if (!described.containsKey(e.getKey())) {
                odd.add(num(e.getKey()) + " (" + e.getValue().size() + " row" + (e.getValue().size() == 1 ? "" : "s") + ")");
                for (VendorRow r : e.getValue()) {
                    if (pns.size() < SHOWN_PART_NUMBERS) {
                        pns.add(r.partNumber());
                    }
                    eccn = r.eccn();
                }
                first = first == null ? e.getKey() : first;
            }
        }
        if (odd.isEmpty()) {
            return Optional.empty();
        }
        List<String> products = new ArrayList<>();
        described.forEach((tpp, rs) -> products.add(num(tpp) + " (" + rs.get(0).description().orElse("") + (rs.size() > 1
            ? " and " + (rs.size() - 1) + " more" : "") + ")"));
        String why = "board " + board + ": rows without a product description declare TPP per GPU " + String.join(", ", odd)
            + ", which no described row of the board declares; described: " + String.join("; ", products);
        return Optional.of(new Finding(vendor, Kind.BOARD_TPP, List.copyOf(pns), "Generic Part Number", eccn, Optional.ofNullable(first), why));
    }

    /** A die area for a row: of the catalog part with its part number, else of the parts sharing its board, if they agree. */
    record Area(Optional<BigDecimal> mm2, String why) {
    }

    private static Area area(Catalog catalog, String partNumber, Map<String, Part> byNumber, Map<String, List<Part>> byBoard) {
        Part own = byNumber.get(partNumber);
        List<Part> parts = own != null ? List.of(own) : byBoard.getOrDefault(board(partNumber), List.of());
        Set<BigDecimal> areas = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Part p : parts) {
            Optional<BigDecimal> a = icArea(catalog, p);
            if (a.isEmpty()) {
                return new Area(Optional.empty(), "");
            }
            areas.add(a.get().stripTrailingZeros());
            ids.add(p.id());
        }
        if (areas.size() != 1) {
            return new Area(Optional.empty(), "");
        }
        BigDecimal a = areas.iterator().next();
        return new Area(Optional.of(a), num(a) + " mm² (the applicable die area of " + String.join(", ", ids)
            + (own != null ? ", which lists the part number" : ", which share" + (ids.size() == 1 ? "s" : "") + " the board code " + board(partNumber)) + ")");
    }

    /** The applicable die area of an accelerator, or of the one accelerator kind a system or board incorporates. */
    private static Optional<BigDecimal> icArea(Catalog catalog, Part p) {
        if (p.kind() == PartKind.ACCELERATOR || p.contains().isEmpty()) {
            Figure f = PartMetrics.of(p, Interpretation.defaults()).applicableDieAreaMm2();
            return f.value().filter(Exact::isTerminating).map(v -> v.toBigDecimal(java.math.MathContext.UNLIMITED));
        }
        Set<String> ics = new LinkedHashSet<>();
        for (Component c : p.contains()) {
            ics.add(c.part());
        }
        if (ics.size() != 1) {
            return Optional.empty();
        }
        return catalog.find(ics.iterator().next()).flatMap(ic -> icArea(catalog, ic));
    }

    /** A part whose only compute figure is the declared TPP (as TOPS at one bit) with the die area, if any. */
    static Part declared(BigDecimal tpp, BigDecimal areaMm2, boolean datacenter) {
        Part.Builder b = Part.builder().id("vendor-row").vendor("-").name("vendor table row").datacenter(datacenter)
            .addCompute(ComputeRate.dense(Precision.of("TPP", 1), tpp));
        if (areaMm2 != null) {
            b.addDies(Die.builder().role(DieRole.LOGIC).count(1).areaMm2(areaMm2).nonPlanar(true).build());
        }
        return b.build();
    }

    private static String paragraph(Determination d) {
        String r = Reconciliation.reading(d.outcome());
        return (r.equals("none") ? "neither 3A090.a nor .b" : "3A090." + r) + " (" + d.outcome().code() + ")";
    }

    /** A number as the rules write it: plain, with thousands separators from 10,000. */
    static String num(BigDecimal x) {
        return Reports.grouped(x.stripTrailingZeros().toPlainString());
    }
}
