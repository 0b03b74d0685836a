package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order measured against the caps of the AI-diffusion framework as written (90 FR 4544; not enforced since
 * 2025-05-13): the total TPP of its 3A090.a ICs (systems expanded into their ICs), H100-equivalents, and its
 * share of each cap — the per-country allocation of 790,000,000 TPP for 2025–2027 (§ 742.6(b)(10)(iii)(B)),
 * License Exception LPP's 26,900,000 TPP per consignee per year (§ 740.29, figure from secondary sources) and
 * the AIA reporting line of 253,000,000 TPP (§ 740.27).
 *
 * <p>Only ICs that are 3A090.a count toward the allocations. Quantities are counted exactly: a line holds at
 * most {@value #MAX_QUANTITY} units, and a count that would not fit a {@code long} once systems are expanded is
 * refused, never wrapped. Each distinct warning is given once, with the number of times it arose. This class is
 * immutable and thread-safe.
 */
public final class Quota {
    /**
     * One H100-equivalent, in TPP: the H100 SXM's 1,978.9 dense FP8 TFLOPS × 8 = 15,831.2 (secondary sources
     * use 15,832 from the rounded 1,979; 790,000,000 ÷ 15,831.2 ≈ 49,901 H100e, the figure they quote).
     */
    public static final BigDecimal H100_EQUIVALENT_TPP = new BigDecimal("15831.2");

    /** Most units of one order line (a billion accelerators is beyond any order). */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    /** One order line: a part and how many of it. */
    public static final class Line {
        private final Part part;
        private final long quantity;

        /**
         * An order line.
         *
         * @param part the part ordered, not null
         * @param quantity how many units, from 1 to {@link #MAX_QUANTITY}
         * @throws IllegalArgumentException if the quantity is out of range
         */
        public Line(Part part, long quantity) {
            this.part = Objects.requireNonNull(part);
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new IllegalArgumentException("Invalid quantity for " + part.id() + " (valid values 1 to " + MAX_QUANTITY + "): " + quantity);
            }
            this.quantity = quantity;
        }

        /** {@return the part ordered} */
        public Part part() {
            return part;
        }

        /** {@return how many units of the part the line orders} */
        public long quantity() {
            return quantity;
        }
    }

    private final Figure totalTpp;
    private final Map<String, Figure> tppByPart;
    private final List<String> warnings;

    private Quota(Figure totalTpp, Map<String, Figure> tppByPart, List<String> warnings) {
        this.totalTpp = totalTpp;
        this.tppByPart = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tppByPart)); // keeps the order of the lines
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Measures an order.
     *
     * @param lines the order
     * @param resolver finds the ICs of systems
     * @param date the date of the order (for the classification's dated parts)
     * @throws IllegalArgumentException if a line's systems hold more ICs than a {@code long} counts
     * @param interpretation the reading the parts' TPP is computed under
     * @return the order's total TPP, the TPP per part and the warnings
     */
    public static Quota of(List<Line> lines, PartResolver resolver, Interpretation interpretation, LocalDate date) {
        Regime rule = Regimes.byId("ai-diffusion-2025");
        Figure total = Figure.known(Exact.ZERO);
        Map<String, Figure> byPart = new LinkedHashMap<>();
        Map<String, Long> warnings = new LinkedHashMap<>();
        rule.standingWarnings().forEach(w -> warnings.merge(w, 1L, Long::sum));
        // one expansion per distinct part, shared by every line and every system that contains it: a catalog of
        // systems sharing subsystems (4 wide, 14 deep) is linear in its size, not 4^14
        Map<String, Expansion> memo = new java.util.HashMap<>();
        for (Line l : lines) {
            Map<Part, Long> ics = new LinkedHashMap<>();
            try {
                Expansion x = expansion(l.part(), resolver, memo);
                for (Map.Entry<Part, Long> ic : x.ics.entrySet()) {
                    ics.merge(ic.getKey(), Math.multiplyExact(ic.getValue(), l.quantity()), Math::addExact);
                }
                x.warnings.forEach((w, n) -> warnings.merge(w, n, Math::addExact));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("Invalid quantity for " + l.part().id() + ": " + l.quantity()
                    + " units hold more ICs than can be counted (over " + Long.MAX_VALUE + ")");
            }
            for (Map.Entry<Part, Long> ic : ics.entrySet()) {
                Determination d = rule.classify(ic.getKey(), interpretation, date, resolver);
                Figure each;
                if (d.outcome() == Outcome.WORLDWIDE_LICENSE) {
                    each = d.tpp();
                } else if (d.outcome() == Outcome.INDETERMINATE) {
                    each = d.tpp().upper().map(u -> Figure.between(Exact.ZERO, u, d.missing()))
                        .orElseGet(() -> Figure.boundedBelow(Exact.ZERO, d.missing()));
                    warnings.merge(ic.getKey().id() + ": classification INDETERMINATE; counted as between 0 and its TPP", 1L, Long::sum);
                } else {
                    each = Figure.known(Exact.ZERO);
                    warnings.merge(ic.getKey().id() + ": " + d.outcome() + ", not 3A090.a: does not count toward the allocations", 1L, Long::sum);
                }
                Figure line = each.times(BigDecimal.valueOf(ic.getValue()));
                byPart.merge(ic.getKey().id(), line, Figure::plus);
                total = total.plus(line);
            }
        }
        return new Quota(total, byPart, distinct(warnings));
    }

    /** Each distinct warning once, in first-seen order, with " (×n)" when it arose n > 1 times. */
    private static List<String> distinct(Map<String, Long> counts) {
        List<String> out = new ArrayList<>(counts.size());
        counts.forEach((w, n) -> out.add(n == 1 ? w : w + " (×" + n + ")"));
        return List.copyOf(out);
    }

    /** The ICs in one unit of a part, with their counts, and the warnings met on the way, with the number of places. */
    private static final class Expansion {
        final Map<Part, Long> ics = new LinkedHashMap<>();
        final Map<String, Long> warnings = new LinkedHashMap<>();
    }

    /** One unit of a part expanded to its ICs, each distinct system expanded once (memoised by id). */
    private static Expansion expansion(Part p, PartResolver resolver, Map<String, Expansion> memo) {
        Expansion done = memo.get(p.id());
        if (done != null) {
            return done;
        }
        Expansion x = new Expansion();
        if (p.kind() != PartKind.SYSTEM) {
            x.ics.put(p, 1L);
        } else {
            for (Component c : p.contains()) {
                Part ic = resolver.find(c.part()).orElse(null);
                if (ic == null) {
                    x.warnings.merge(p.id() + ": contains '" + c.part() + "', which is not in the catalog; not counted", 1L, Math::addExact);
                    continue;
                }
                Expansion child = expansion(ic, resolver, memo);
                child.ics.forEach((k, n) -> x.ics.merge(k, Math.multiplyExact(n, (long) c.count()), Math::addExact));
                child.warnings.forEach((k, n) -> x.warnings.merge(k, n, Math::addExact)); // once per place met, as before
            }
        }
        memo.put(p.id(), x);
        return x;
    }

    /** {@return total TPP of the 3A090.a ICs in the order} */
    public Figure totalTpp() {
        return totalTpp;
    }

    /**
     * TPP counted per IC id, in the order of the lines.
     *
     * @return an unmodifiable map
     */
    public Map<String, Figure> tppByPart() {
        return tppByPart;
    }

    /** {@return total TPP ÷ {@link #H100_EQUIVALENT_TPP}} */
    public Figure h100Equivalents() {
        return totalTpp.dividedBy(Figure.known(H100_EQUIVALENT_TPP));
    }

    /** {@return the caps, by name, with their lines and citations} */
    public static Map<String, BigDecimal> caps() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("country allocation 2025–2027 (§ 742.6(b)(10)(iii)(B)(1))", Thresholds.AI_DIFFUSION_COUNTRY_ALLOCATION_TPP);
        m.put("LPP per consignee per year (§ 740.29)", Thresholds.LPP_TPP_PER_YEAR);
        m.put("AIA reporting line (§ 740.27)", Thresholds.AIA_REPORTING_TPP);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * {@return the order's share of each cap (0.5 = half), exact; a figure without a value when the total is unknown}
     */
    public Map<String, Figure> shares() {
        Map<String, Figure> m = new LinkedHashMap<>();
        caps().forEach((k, v) -> m.put(k, totalTpp.dividedBy(Figure.known(v))));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Warnings about the order (unknown parts, systems whose ICs are not in the catalog).
     *
     * @return an unmodifiable list
     */
    public List<String> warnings() {
        return warnings;
    }

    /** {@return a short text report} */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("AI diffusion caps (90 FR 4544, as written; NOT ENFORCED since 2025-05-13)\n");
        sb.append("total TPP of 3A090.a ICs: ").append(Reports.grouped(totalTpp.toString())).append('\n');
        sb.append("H100-equivalents: ").append(h100Equivalents().value().map(v -> v.round(1).toPlainString()).orElse(h100Equivalents().toString())).append('\n');
        shares().forEach((k, v) -> sb.append(k).append(": ")
            .append(v.value().map(x -> x.multiply(BigDecimal.valueOf(100)).toBigDecimal(new MathContext(6)).stripTrailingZeros().toPlainString() + "%").orElse("unknown"))
            .append(" of ").append(Reports.grouped(caps().get(k).toPlainString())).append('\n'));
        warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
        return sb.toString();
    }
}
