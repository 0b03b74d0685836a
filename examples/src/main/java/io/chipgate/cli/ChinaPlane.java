package io.chipgate.cli;

import io.chipgate.regime.Comparison;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Quantity;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Threshold;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * The plane of the January 2026 China/Macau licence review (91 FR 1684, 15 CFR 742.6(b)(10)(iii)(A)(1)): TPP against
 * total DRAM bandwidth. The case-by-case box — TPP below 21,000 and total DRAM bandwidth below 6,500 GB/s — is read
 * from the regime's own thresholds, never typed here; so is the scope line, the least TPP at which any 3A090.a/.b
 * paragraph of the underlying classification can apply (1,600: a.2 and b.2), below which the policy does not apply.
 *
 * @param tpp the box's TPP line (the box holds TPP strictly below it)
 * @param dram the box's total DRAM bandwidth line in GB/s (strictly below)
 * @param scopeTpp the least TPP line of the 3A090.a/.b classification the policy applies to
 * @param citation the paragraphs the box's lines cite
 */
record ChinaPlane(BigDecimal tpp, BigDecimal dram, BigDecimal scopeTpp, String citation) {
    /** The regime whose plane this is. */
    static final String REGIME = "china-review-2026";

    /** The series of the chart, one per outcome a part can have under the policy. */
    static final List<String> SERIES = List.of(
        "CASE_BY_CASE (3A090.a/.b inside the box)",
        "PRESUMPTION_OF_DENIAL (3A090.a/.b outside the box)",
        "NOT_APPLICABLE (not 3A090.a/.b)",
        "INDETERMINATE (a figure or reading is open)");

    /** The series' colours, in the order of {@link #SERIES}. */
    static final List<Color> COLOURS = List.of(new Color(0x2ca02c), new Color(0xd62728), new Color(0x1f77b4), new Color(0x7f7f7f));

    /** The index in {@link #SERIES} of an outcome under the policy. */
    static int series(Outcome o) {
        switch (o) {
            case CASE_BY_CASE:
                return 0;
            case PRESUMPTION_OF_DENIAL:
                return 1;
            case NOT_APPLICABLE:
                return 2;
            default:
                return 3;
        }
    }

    /** The box and scope line of the regime, from its thresholds; fails when it has no TPP and DRAM bandwidth line. */
    static ChinaPlane of(Regime r) {
        Threshold t = line(r.thresholds(), Quantity.TPP);
        Threshold d = line(r.thresholds(), Quantity.MEMORY_BANDWIDTH);
        BigDecimal scope = r.frontierLines().stream()
            .filter(x -> x.quantity() == Quantity.TPP && x.comparison() == Comparison.AT_LEAST)
            .map(Threshold::line).min(BigDecimal::compareTo)
            .orElseThrow(() -> new IllegalStateException(r.id() + " has no 3A090 TPP line"));
        String citation = d.paragraph().startsWith(t.paragraph()) ? d.paragraph() : t.paragraph() + "; " + d.paragraph();
        return new ChinaPlane(t.line(), d.line(), scope, citation);
    }

    private static Threshold line(List<Threshold> ts, Quantity q) {
        return ts.stream().filter(x -> x.quantity() == q && x.comparison() == Comparison.LESS_THAN).findFirst()
            .orElseThrow(() -> new IllegalStateException("no " + q + " line below which the box lies"));
    }
}
