package io.chipgate.atlas;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.model.Designation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Exact;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Quantity;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Threshold;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a regime draws on a plane of two figures, found by asking the regime itself: its lines cut the
 * plane into rectangles, and the outcome of a hypothetical part strictly inside each rectangle is the outcome of
 * the whole rectangle (outcomes only change at the lines). The rectangles are for drawing; the colour of each
 * part's point comes from its own determination.
 */
final class PlaneRegions {
    /** The TPP × performance-density plane (the 2023 text and later). */
    static final String DENSITY = "density";
    /** The TPP × I/O plane (the 2022 text). */
    static final String IO = "io";
    /** The TPP × total DRAM bandwidth plane (the January 2026 China/Macau review box). */
    static final String DRAM = "dram";

    static final BigDecimal TPP_MIN = new BigDecimal("300");
    static final BigDecimal TPP_MAX = new BigDecimal("200000");
    static final BigDecimal PD_MIN = new BigDecimal("0.2");
    static final BigDecimal PD_MAX = new BigDecimal("200");
    static final BigDecimal IO_MIN = new BigDecimal("20");
    static final BigDecimal IO_MAX = new BigDecimal("10000");
    static final BigDecimal DRAM_MIN = new BigDecimal("20");
    static final BigDecimal DRAM_MAX = new BigDecimal("50000");
    /**
     * The density of the hypothetical parts of the DRAM plane: high enough that the 3A090 classification the review
     * policy rests on is .a or .b wherever the part's TPP allows (PD ≥ 5.92), so the regions show the box itself.
     */
    private static final BigDecimal DRAM_PLANE_DENSITY = new BigDecimal("100");
    private static final BigDecimal IO_PLANE_AREA = new BigDecimal("800");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private PlaneRegions() {
    }

    /** Which plane shows this regime's lines, or empty when its lines are on other figures (memory, transistors). */
    static Optional<String> plane(Regime r) {
        Set<Quantity> qs = new java.util.HashSet<>();
        r.thresholds().forEach(t -> qs.add(t.quantity()));
        qs.remove(Quantity.MEMORY_BANDWIDTH_DENSITY); // 3A090.c: memory parts only, not on the accelerator plane
        if (qs.contains(Quantity.PERFORMANCE_DENSITY) && Set.of(Quantity.TPP, Quantity.PERFORMANCE_DENSITY).containsAll(qs)) {
            return Optional.of(DENSITY);
        }
        if (qs.contains(Quantity.IO_BIDIRECTIONAL) && Set.of(Quantity.TPP, Quantity.IO_BIDIRECTIONAL).containsAll(qs)) {
            return Optional.of(IO);
        }
        if (qs.contains(Quantity.MEMORY_BANDWIDTH) && qs.contains(Quantity.TPP) && Set.of(Quantity.TPP, Quantity.MEMORY_BANDWIDTH).containsAll(qs)) {
            return Optional.of(DRAM);
        }
        return Optional.empty();
    }

    /** The rectangles of one plane for a datacenter designation, each with the regime's outcome inside it. */
    static ArrayNode regions(Regime r, String plane, boolean datacenter, LocalDate date, JsonNodeFactory f) {
        boolean dram = DRAM.equals(plane);
        Quantity yq = DENSITY.equals(plane) ? Quantity.PERFORMANCE_DENSITY : dram ? Quantity.MEMORY_BANDWIDTH : Quantity.IO_BIDIRECTIONAL;
        BigDecimal yMin = DENSITY.equals(plane) ? PD_MIN : dram ? DRAM_MIN : IO_MIN;
        BigDecimal yMax = DENSITY.equals(plane) ? PD_MAX : dram ? DRAM_MAX : IO_MAX;
        // the DRAM plane's outcome also turns on the 3A090 classification beneath it: cut at its TPP lines too
        List<BigDecimal> xs = cuts(dram ? r.frontierLines() : r.thresholds(), Quantity.TPP, TPP_MIN, TPP_MAX);
        List<BigDecimal> ys = cuts(r.thresholds(), yq, yMin, yMax);
        ArrayNode out = f.arrayNode();
        for (int i = 0; i + 1 < xs.size(); i++) {
            for (int j = 0; j + 1 < ys.size(); j++) {
                BigDecimal x = xs.get(i).add(xs.get(i + 1)).divide(TWO);
                BigDecimal y = ys.get(j).add(ys.get(j + 1)).divide(TWO);
                Inputs in;
                if (DENSITY.equals(plane)) {
                    BigDecimal area = x.divide(y, MathContext.DECIMAL64);
                    in = Inputs.hypothetical(x, ApplicableDieArea.ofSquareMillimetres(area), Designation.of(datacenter));
                } else if (dram) {
                    BigDecimal area = x.divide(DRAM_PLANE_DENSITY, MathContext.DECIMAL64);
                    in = Inputs.hypothetical(x, ApplicableDieArea.ofSquareMillimetres(area), Designation.of(datacenter)).withMemoryBandwidth(Exact.of(y));
                } else {
                    in = Inputs.hypothetical(x, ApplicableDieArea.ofSquareMillimetres(IO_PLANE_AREA), Designation.of(datacenter)).withIo(Exact.of(y));
                }
                Outcome o = r.outcome(in, date);
                ObjectNode n = out.addObject();
                n.put("x0", xs.get(i));
                n.put("x1", xs.get(i + 1));
                n.put("y0", ys.get(j));
                n.put("y1", ys.get(j + 1));
                n.put("outcome", o.code());
                n.put("cls", Outcomes.colourClass(o));
            }
        }
        return out;
    }

    private static List<BigDecimal> cuts(List<Threshold> lines, Quantity q, BigDecimal min, BigDecimal max) {
        TreeSet<BigDecimal> s = new TreeSet<>();
        s.add(min);
        s.add(max);
        for (Threshold t : lines) {
            if (t.quantity() == q && t.line().compareTo(min) > 0 && t.line().compareTo(max) < 0) {
                s.add(t.line());
            }
        }
        return new ArrayList<>(s);
    }
}
