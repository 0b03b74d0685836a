package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.VendorTable;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * chipgate's arithmetic against what the vendors declare: per catalog part of a vendor with a built-in
 * export-classification table (NVIDIA, AMD), the computed TPP, the declared TPP, their difference, the vendor's
 * ECCN, chipgate's outcome under the 3A090 regime in force on the vendor table's date, whether the two agree, and
 * the explanation of every difference above 1 % and every disagreement.
 *
 * <p>Vendor ECCNs are for products, not dies: 4A090.a and the .z.1 items (5A002.z.1, 4A003.z.1, 5A992.z.1) are
 * read as "meets 3A090.a", 4A090.b and .z.2 as "meets 3A090.b", a bare .z as "meets 3A090.a or .b", and 4A994,
 * 5A992 (not .z), 5A991, 3A991, 3A992, 5A002.a and EAR99 as "meets neither". This class is immutable.
 */
final class Reconciliation {
    /** How a part's vendor declaration and chipgate's determination compare. */
    enum Status {
        /** The vendor's ECCN and chipgate's outcome fall in the same 3A090 paragraph, and any TPP difference is at most 1 %. */
        AGREE,
        /** They agree on the paragraph, and a TPP difference above 1 % is explained. */
        EXPLAINED,
        /** The vendor's ECCN and chipgate's outcome differ; the explanation says why. */
        DISAGREE,
        /** chipgate answers INDETERMINATE; the explanation names what is missing. */
        OPEN,
        /** No row of the vendor's table is mapped to the part. */
        NO_VENDOR_ROW
    }

    /** One part's line of the reconciliation. */
    record Row(Part part, String vendor, Figure computedTpp, Optional<BigDecimal> declaredTpp, Optional<BigDecimal> differencePercent,
               Optional<String> vendorEccn, String vendorReading, Determination determination, Status status, List<String> explanations) {
        boolean unexplained() {
            return explanations.isEmpty() && status != Status.AGREE;
        }
    }

    static final BigDecimal ONE_PERCENT = BigDecimal.ONE;
    private static final Pattern A = Pattern.compile("^(3A090\\.a|4A090\\.a)|\\.z\\.1");
    private static final Pattern B = Pattern.compile("^(3A090\\.b|4A090\\.b)|\\.z\\.2");
    private static final Pattern Z = Pattern.compile("\\.z$");

    private Reconciliation() {
    }

    /** "a", "b", "c", "a or b" or "none": the 3A090 paragraph a vendor ECCN says its product's IC meets. */
    static String reading(String eccn) {
        if (eccn.startsWith("3A090.c")) {
            return "c";
        }
        if (A.matcher(eccn).find()) {
            return "a";
        }
        if (B.matcher(eccn).find()) {
            return "b";
        }
        if (Z.matcher(eccn).find()) {
            return "a or b";
        }
        return "none";
    }

    /** The paragraph chipgate's outcome falls in: "a", "b", "c", "none" or "open" (INDETERMINATE). */
    static String reading(Outcome o) {
        String c = o.code();
        if (o == Outcome.INDETERMINATE) {
            return "open";
        }
        if (c.startsWith("3A090.a") || c.startsWith("4A090.a")) {
            return "a";
        }
        if (c.startsWith("3A090.b") || c.startsWith("4A090.b")) {
            return "b";
        }
        if (c.startsWith("3A090.c")) {
            return "c";
        }
        return "none";
    }

    /** The tables of these vendors, NVIDIA and AMD. */
    static Optional<VendorTable> table(String vendor) {
        return VendorTable.builtinTables().stream().filter(t -> t.vendor().equalsIgnoreCase(vendor)).findFirst();
    }

    /** The 3A090 regime in force on a date (3a090-2024 from 2024-12-02). */
    static Regime regimeOn(LocalDate date) {
        return Regimes.inForceOn(date).stream().filter(r -> r.id().startsWith("3a090-")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no 3A090 regime in force on " + date));
    }

    /** The reconciliation of every accelerator and system of the catalog from a vendor with a table (or of one vendor). */
    static List<Row> of(Catalog catalog, String vendorOrNull) {
        List<Row> out = new ArrayList<>();
        for (Part p : catalog.parts()) {
            if (p.kind() == PartKind.MEMORY || (vendorOrNull != null && !p.vendor().equalsIgnoreCase(vendorOrNull))) {
                continue;
            }
            Optional<VendorTable> t = table(p.vendor());
            if (t.isEmpty()) {
                continue;
            }
            out.add(row(catalog, p, t.get()));
        }
        return out;
    }

    static Row row(Catalog catalog, Part p, VendorTable t) {
        LocalDate date = t.effectiveDate();
        Determination d = regimeOn(date).classify(p, Interpretation.defaults(), date, catalog::find);
        Figure computed = PartMetrics.of(p, Interpretation.defaults().withTppBasis(Interpretation.TppBasis.COMPUTED)).tpp();
        Optional<BigDecimal> declared = p.declared().flatMap(x -> x.tpp());
        Optional<BigDecimal> diff = Optional.empty();
        if (declared.isPresent() && computed.isKnown()) {
            Exact delta = computed.value().get().subtract(Exact.of(declared.get()));
            diff = Optional.of(Reports.number(delta.multiply(new BigDecimal("100")).divide(Exact.of(declared.get())))
                .setScale(2, RoundingMode.HALF_EVEN));
        }
        Optional<String> eccn = p.declared().flatMap(x -> x.eccn());
        String note = p.declared().flatMap(x -> x.note()).orElse("");
        List<String> why = new ArrayList<>();
        Status status;
        String vendorReading = eccn.map(Reconciliation::reading).orElse("");
        String ours = reading(d.outcome());
        if (eccn.isEmpty() && declared.isEmpty()) {
            status = Status.NO_VENDOR_ROW;
            why.add(t.vendor().equals("AMD")
                ? "AMD's product master lists OPNs without product names; no source read maps an OPN to this product, so its rows stay searchable by number only"
                : t.vendor() + "'s table has no row mapped to this product");
        } else if (ours.equals("open")) {
            status = Status.OPEN;
            why.add("chipgate answers INDETERMINATE: missing " + String.join("; ", d.missing()));
        } else if (eccn.isPresent() && !agrees(vendorReading, ours)) {
            status = Status.DISAGREE;
            int i = note.indexOf("ECCN difference: ");
            if (i >= 0) {
                why.add(note.substring(i));
            }
        } else {
            boolean big = diff.map(x -> x.abs().compareTo(ONE_PERCENT) > 0).orElse(false);
            status = big ? Status.EXPLAINED : Status.AGREE;
        }
        if (diff.map(x -> x.abs().compareTo(ONE_PERCENT) > 0).orElse(false)) {
            int i = note.indexOf("Difference: ");
            if (i >= 0) {
                String s = note.substring(i);
                int j = s.indexOf(" ECCN difference: ");
                why.add(j >= 0 ? s.substring(0, j) : s);
            } else if (status == Status.EXPLAINED) {
                why.clear();
            }
        }
        if (eccn.isPresent() && (status == Status.AGREE || status == Status.EXPLAINED)) {
            String meets = vendorReading.equals("none") ? "neither 3A090.a nor 3A090.b"
                : vendorReading.equals("a or b") ? "3A090.a or 3A090.b" : "3A090." + vendorReading;
            why.add(0, "vendor " + eccn.get() + " (its product's IC meets " + meets + ") ↔ chipgate " + d.outcome().code());
        }
        return new Row(p, t.vendor(), computed, declared, diff, eccn, vendorReading, d, status, List.copyOf(why));
    }

    static boolean agrees(String vendor, String ours) {
        return vendor.equals(ours) || (vendor.equals("a or b") && (ours.equals("a") || ours.equals("b")));
    }

    /** Whether a row needs an explanation it lacks: a difference above 1 %, a disagreement or an open answer with none. */
    static boolean unexplained(Row r) {
        boolean big = r.differencePercent().map(x -> x.abs().compareTo(ONE_PERCENT) > 0).orElse(false);
        boolean hasDifference = r.explanations().stream().anyMatch(e -> e.startsWith("Difference: "));
        if (big && !hasDifference) {
            return true;
        }
        if (r.status() == Status.DISAGREE) {
            return r.explanations().stream().noneMatch(e -> e.startsWith("ECCN difference: "));
        }
        return r.status() != Status.AGREE && r.explanations().isEmpty();
    }

    static String percent(Optional<BigDecimal> p) {
        return p.map(x -> (x.signum() > 0 ? "+" : "") + x.toPlainString() + " %").orElse("");
    }

    static String lower(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
