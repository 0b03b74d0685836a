package io.chipgate.atlas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Quantity;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Threshold;
import io.chipgate.spec.SpecReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The TPP calculator: the what-if part of {@code chipgate tpp} and, for the atlas's calculator page, every regime's
 * answer for such a part laid out as a table the page looks up with exact decimal comparisons.
 *
 * <p>A what-if part has one rate (TOPS × bit length is its TPP, Technical Note 2 to 3A090), optionally one non-planar
 * logic die (the applicable die area), and a datacenter designation; every other figure is unknown. Its outcome under
 * a regime changes only where the regime draws a line, so the page needs no rule logic of its own: the TPP and
 * density axes are cut at every TPP and density line of every built-in regime, and each cell — an open interval
 * between two lines, or a line itself — holds the outcome {@link Regime#classify} gives a part inside it. A value
 * exactly on a line falls in the line's own cell, so "4800 or more" and "less than 21,000" are decided as the rule
 * text decides them. The page computes TPP and density from the decimals typed with scaled integers (no binary
 * floating point) and finds the cell by comparing exactly; a density line is compared by cross-multiplication
 * (TPP ≥ 5.92 × area). This class is immutable and thread-safe.
 */
public final class Calculator {
    /** Largest accepted rate, in TOPS: the spec format's limit on any number. */
    public static final BigDecimal MAX_TOPS = new BigDecimal("1e12");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int TABLE_BITS = 8;

    private Calculator() {
    }

    /**
     * The what-if part: one rate of the given bit length, one non-planar logic die of the given area (if any),
     * designed for datacenters or not.
     *
     * @param tops the rate as the datasheet states it (2 × MacTOPS), not null
     * @param bits the bit length of the operation
     * @param sparse whether the rate is stated with structured sparsity
     * @param areaMm2 the applicable die area in mm², or null when unknown
     * @param datacenter whether the part is designed or marketed for datacenters
     * @return the part, id {@code tpp-calculator}
     */
    public static Part part(BigDecimal tops, int bits, boolean sparse, BigDecimal areaMm2, boolean datacenter) {
        ComputeRate.Builder rate = ComputeRate.builder().precision(Precision.of("RATE", bits));
        if (sparse) {
            rate.sparseTops(tops);
        } else {
            rate.denseTops(tops);
        }
        Part.Builder b = Part.builder().id("tpp-calculator").vendor("chipgate").name("TPP calculator input")
            .datacenter(datacenter).addCompute(rate.build());
        if (areaMm2 != null) {
            b.addDies(Die.builder().name("applicable die area").role(DieRole.LOGIC).count(1).areaMm2(areaMm2).nonPlanar(true).build());
        }
        return b.build();
    }

    /** The lines of every regime on one quantity, ascending and distinct. */
    static List<BigDecimal> cuts(List<Regime> regimes, Quantity q) {
        TreeSet<BigDecimal> s = new TreeSet<>();
        for (Regime r : regimes) {
            for (Threshold t : r.thresholds()) {
                if (t.quantity() == q) {
                    s.add(t.line().stripTrailingZeros());
                }
            }
            for (Threshold t : r.frontierLines()) {
                if (t.quantity() == q) {
                    s.add(t.line().stripTrailingZeros());
                }
            }
        }
        return new ArrayList<>(s);
    }

    /** The cell index of a value among ascending cuts: 2k + 1 on cut k, 2k strictly below cut k and above cut k − 1. */
    static int index(BigDecimal v, List<BigDecimal> cuts) {
        for (int k = 0; k < cuts.size(); k++) {
            int c = v.compareTo(cuts.get(k));
            if (c < 0) {
                return 2 * k;
            }
            if (c == 0) {
                return 2 * k + 1;
            }
        }
        return 2 * cuts.size();
    }

    /** A value inside cell {@code i}: the cut itself, the midpoint between two cuts, half the first or twice the last. */
    static BigDecimal representative(int i, List<BigDecimal> cuts) {
        int k = i / 2;
        if (i % 2 == 1) {
            return cuts.get(k);
        }
        if (k == 0) {
            return cuts.get(0).divide(TWO);
        }
        if (k == cuts.size()) {
            return cuts.get(k - 1).multiply(TWO);
        }
        return cuts.get(k - 1).add(cuts.get(k)).divide(TWO);
    }

    /**
     * A part in the cell (TPP cell {@code ti}, density cell {@code pi}, or density unknown when {@code pi} is
     * empty), or empty when no decimal die area reaches it (a TPP line and a density line whose quotient does not
     * terminate: no typed input lands there).
     */
    static Optional<Part> inCell(int ti, Optional<Integer> pi, List<BigDecimal> tppCuts, List<BigDecimal> pdCuts, boolean datacenter) {
        BigDecimal t = representative(ti, tppCuts);
        if (pi.isEmpty()) {
            return Optional.of(part(t.divide(BigDecimal.valueOf(TABLE_BITS)), TABLE_BITS, false, null, datacenter));
        }
        BigDecimal p = representative(pi.get(), pdCuts);
        BigDecimal area;
        if (pi.get() % 2 == 1 && ti % 2 == 1) {
            try {
                area = t.divide(p);
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        } else if (pi.get() % 2 == 1) {
            // density on its line, TPP free inside an open interval: a rounded area, and TPP = line × area exactly
            area = t.divide(p, new MathContext(9));
            t = p.multiply(area);
        } else {
            area = t.divide(p, new MathContext(9));
        }
        Part part = part(t.divide(BigDecimal.valueOf(TABLE_BITS)), TABLE_BITS, false, area, datacenter);
        PartMetrics m = PartMetrics.of(part);
        Exact tpp = m.tpp().value().orElseThrow();
        Exact pd = m.performanceDensity().value().orElseThrow();
        if (index(tpp.toBigDecimal(MathContext.UNLIMITED), tppCuts) != ti || cellOf(pd, pdCuts) != pi.get()) {
            throw new IllegalStateException("the representative of cell " + ti + "/" + pi.get() + " left it: TPP " + tpp + ", PD " + pd);
        }
        return Optional.of(part);
    }

    private static int cellOf(Exact v, List<BigDecimal> cuts) {
        for (int k = 0; k < cuts.size(); k++) {
            int c = v.compareTo(cuts.get(k));
            if (c < 0) {
                return 2 * k;
            }
            if (c == 0) {
                return 2 * k + 1;
            }
        }
        return 2 * cuts.size();
    }

    /**
     * The page's table: the cuts, the limits on input, and for every regime and designation the outcome of each cell
     * (an index into {@code answers}, or -1 where no input lands), density unknown last.
     */
    static ObjectNode table(List<Regime> regimes, LocalDate on, JsonNodeFactory f) {
        List<BigDecimal> tppCuts = cuts(regimes, Quantity.TPP);
        List<BigDecimal> pdCuts = cuts(regimes, Quantity.PERFORMANCE_DENSITY);
        ObjectNode o = f.objectNode();
        ArrayNode tc = o.putArray("tppCuts");
        tppCuts.forEach(c -> tc.add(c.toPlainString()));
        ArrayNode pc = o.putArray("pdCuts");
        pdCuts.forEach(c -> pc.add(c.toPlainString()));
        ObjectNode limits = o.putObject("limits");
        limits.put("topsMax", MAX_TOPS.toPlainString());
        limits.put("bitsMin", 1).put("bitsMax", 128);
        limits.put("areaMin", SpecReader.MIN_AREA_MM2.toPlainString()).put("areaMax", SpecReader.MAX_AREA_MM2.toPlainString());
        Map<String, Integer> answerIds = new LinkedHashMap<>();
        ArrayNode answers = o.putArray("answers");
        ArrayNode rs = o.putArray("regimes");
        for (Regime r : regimes) {
            ObjectNode rn = rs.addObject().put("id", r.id()).put("title", r.title()).put("status", r.status(on).name())
                .put("citation", r.instrument().citation());
            for (boolean dc : new boolean[] {true, false}) {
                ArrayNode rows = rn.putArray(dc ? "datacenter" : "nonDatacenter");
                for (int ti = 0; ti <= 2 * tppCuts.size(); ti++) {
                    ArrayNode row = rows.addArray();
                    for (int pi = 0; pi <= 2 * pdCuts.size() + 1; pi++) {
                        Optional<Integer> cell = pi == 2 * pdCuts.size() + 1 ? Optional.empty() : Optional.of(pi);
                        Optional<Part> p = inCell(ti, cell, tppCuts, pdCuts, dc);
                        if (p.isEmpty()) {
                            row.add(-1);
                            continue;
                        }
                        Determination d = r.classify(p.get(), Interpretation.defaults(), on, id -> Optional.empty());
                        String missing = String.join("; ", d.missing());
                        String key = d.outcome().code() + "\u0000" + missing;
                        Integer id = answerIds.get(key);
                        if (id == null) {
                            id = answerIds.size();
                            answerIds.put(key, id);
                            answers.addObject().put("code", d.outcome().code()).put("cls", Outcomes.colourClass(d.outcome()))
                                .put("text", Outcomes.description(d.outcome())).put("missing", missing);
                        }
                        row.add(id);
                    }
                }
            }
        }
        return o;
    }
}
