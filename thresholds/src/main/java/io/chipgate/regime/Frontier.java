package io.chipgate.regime;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Bandwidth;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Designation;
import io.chipgate.model.Part;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What-if questions on a regime's lines, answered exactly.
 *
 * <ul>
 *   <li>{@link #tppBoundary}: for a die area and datacenter designation, the least TPP at which a part is
 *   controlled — parts below it are not (814 mm² under 3a090-2023: 2400; 600 mm²: 1920);
 *   <li>{@link #flips}: for a part, the smallest change of each input that changes its outcome.
 * </ul>
 *
 * <p>Outcomes only change at the regime's lines (TPP lines, density lines × area, bandwidth lines), so testing
 * the lines and one point between each pair of them is exact. Controlled means an ECCN or licence outcome
 * (severity above {@link Outcome#PRESUMPTION_OVERCOME}).
 */
public final class Frontier {
    private Frontier() {
    }

    /**
     * {@return whether an outcome places a licence requirement, classification or presumption on the part}
     *
     * @param o the outcome, not null
     */
    public static boolean controlled(Outcome o) {
        return o.severity() > Outcome.PRESUMPTION_OVERCOME.severity();
    }

    /**
     * The TPP boundary for a hypothetical part with this applicable die area and datacenter designation, for
     * regimes without an I/O line (a regime with one, the 2022 text, then sees an unknown I/O rate): the least TPP at
     * which the part is controlled.
     *
     * <pre>{@code
     * Frontier.tppBoundary(Regimes.byId("3a090-2023"), ApplicableDieArea.ofSquareMillimetres("600"), Designation.DATACENTER, date)
     * // TPP ≥ 1920 (5.92 × 600: 3A090.a.2)
     * }</pre>
     *
     * @param regime not null
     * @param area the applicable die area, not null
     * @param datacenter the designation; {@link Designation#UNKNOWN} leaves rules that need it open
     * @param date the date asked, for the dated parts of the rule
     * @return the boundary and whether it is itself controlled; empty if no TPP makes the part controlled
     */
    public static Optional<Boundary> tppBoundary(Regime regime, ApplicableDieArea area, Designation datacenter, LocalDate date) {
        return boundary(regime, area, datacenter, Optional.empty(), date);
    }

    /**
     * The TPP boundary for a hypothetical part with this applicable die area, datacenter designation and aggregate
     * bidirectional I/O rate (for regimes with an I/O line: the 2022 text).
     *
     * @param regime not null
     * @param area the applicable die area, not null
     * @param datacenter the designation, not null
     * @param io the I/O rate, not null
     * @param date the date asked
     * @return the boundary and whether it is itself controlled; empty if no TPP makes the part controlled
     */
    public static Optional<Boundary> tppBoundary(Regime regime, ApplicableDieArea area, Designation datacenter, Bandwidth io,
                                                 LocalDate date) {
        return boundary(regime, area, datacenter, Optional.of(io), date);
    }

    private static Optional<Boundary> boundary(Regime regime, ApplicableDieArea area, Designation datacenter,
                                               Optional<Bandwidth> io, LocalDate date) {
        java.util.Objects.requireNonNull(regime, "regime");
        java.util.Objects.requireNonNull(datacenter, "datacenter");
        java.util.Objects.requireNonNull(area, "area");
        java.util.Objects.requireNonNull(date, "date");
        Inputs base = Inputs.hypothetical(BigDecimal.ONE, area, datacenter);
        Function<Exact, Inputs> at = t -> {
            Inputs in = base.withTpp(t);
            return io.map(b -> in.withIo(b.gigabytesPerSecond())).orElse(in);
        };
        TreeSet<Exact> cands = new TreeSet<>();
        for (Threshold t : regime.frontierLines()) {
            if (t.quantity() == Quantity.TPP) {
                cands.add(Exact.of(t.line()));
            } else if (t.quantity() == Quantity.PERFORMANCE_DENSITY) {
                cands.add(area.squareMillimetres().multiply(t.line()));
            }
        }
        List<Exact> pts = new ArrayList<>(cands);
        for (int i = 0; i < pts.size(); i++) {
            Exact c = pts.get(i);
            if (controlled(regime.outcome(at.apply(c), date))) {
                return Optional.of(new Boundary(c, true));
            }
            Exact next = i + 1 < pts.size() ? pts.get(i + 1) : c.multiply(BigDecimal.valueOf(2));
            Exact mid = c.add(next).multiply(new BigDecimal("0.5"));
            if (controlled(regime.outcome(at.apply(mid), date))) {
                return Optional.of(new Boundary(c, false));
            }
        }
        return Optional.empty();
    }

    /** A TPP boundary: parts with TPP below {@code tpp} are not controlled; at it, controlled iff {@code inclusive}. */
    public static final class Boundary {
        private final Exact tpp;
        private final boolean inclusive;

        Boundary(Exact tpp, boolean inclusive) {
            this.tpp = tpp;
            this.inclusive = inclusive;
        }

        /** {@return the TPP at which the outcome changes} */
        public Exact tpp() {
            return tpp;
        }

        /** {@return whether a part with exactly {@link #tpp()} is controlled (a "≥" line) or not (a "&gt;" line)} */
        public boolean inclusive() {
            return inclusive;
        }

        @Override
        public String toString() {
            return (inclusive ? "TPP ≥ " : "TPP > ") + tpp;
        }
    }

    /**
     * {@return the smallest change of each input (TPP, applicable die area, I/O, DRAM bandwidth, datacenter
     * designation) that changes the part's outcome under the regime, in each direction} Inputs that are unknown are
     * skipped.
     *
     * @param regime not null
     * @param part not null
     * @param interpretation the reading the part's figures are computed under, not null
     * @param date the date the rule is applied on, not null
     */
    public static List<Flip> flips(Regime regime, Part part, Interpretation interpretation, LocalDate date) {
        Inputs in = Inputs.of(part, interpretation);
        Outcome now = regime.outcome(in, date);
        List<Flip> out = new ArrayList<>();
        List<Threshold> ts = regime.frontierLines();
        Figure area = in.applicableDieAreaMm2();
        Figure tpp = in.tpp();
        Figure io = in.ioBidirectionalGBs();
        Figure mem = in.memoryBandwidthGBs();
        if (tpp.isKnown()) {
            TreeSet<Exact> c = new TreeSet<>();
            for (Threshold t : ts) {
                if (t.quantity() == Quantity.TPP) {
                    c.add(Exact.of(t.line()));
                } else if (t.quantity() == Quantity.PERFORMANCE_DENSITY && area.isKnown()) {
                    c.add(area.value().get().multiply(t.line()));
                }
            }
            search("TPP", tpp.value().get(), c, in::withTpp, regime, now, date, out);
        }
        if (tpp.isKnown() && area.isKnown() && area.value().get().signum() > 0) {
            TreeSet<Exact> c = new TreeSet<>();
            for (Threshold t : ts) {
                if (t.quantity() == Quantity.PERFORMANCE_DENSITY && t.line().signum() > 0) {
                    c.add(tpp.value().get().divide(Exact.of(t.line())));
                }
            }
            search("applicable die area (mm²)", area.value().get(), c, in::withApplicableDieArea, regime, now, date, out);
        }
        if (io.isKnown()) {
            TreeSet<Exact> c = new TreeSet<>();
            for (Threshold t : ts) {
                if (t.quantity() == Quantity.IO_BIDIRECTIONAL) {
                    c.add(Exact.of(t.line()));
                } else if (t.quantity() == Quantity.IO_PLUS_MEMORY_BANDWIDTH && mem.isKnown()) {
                    c.add(Exact.of(t.line()).subtract(mem.value().get()));
                }
            }
            search("I/O (GB/s)", io.value().get(), c, in::withIo, regime, now, date, out);
        }
        if (mem.isKnown()) {
            TreeSet<Exact> c = new TreeSet<>();
            for (Threshold t : ts) {
                if (t.quantity() == Quantity.MEMORY_BANDWIDTH) {
                    c.add(Exact.of(t.line()));
                } else if (t.quantity() == Quantity.IO_PLUS_MEMORY_BANDWIDTH && io.isKnown()) {
                    c.add(Exact.of(t.line()).subtract(io.value().get()));
                }
            }
            search("DRAM bandwidth (GB/s)", mem.value().get(), c, in::withMemoryBandwidth, regime, now, date, out);
        }
        if (in.designation() != Designation.UNKNOWN) {
            Outcome o = regime.outcome(in.withDatacenter(in.designation().negate()), date);
            if (o != now) {
                out.add(Flip.ofDesignation("datacenter designation → " + (in.designation().negate() == Designation.DATACENTER), o));
            }
        }
        return out;
    }

    private static void search(String name, Exact current, TreeSet<Exact> lines, Function<Exact, Inputs> with,
                               Regime regime, Outcome now, LocalDate date, List<Flip> out) {
        lines.removeIf(c -> c.signum() <= 0);
        TreeSet<Exact> pts = new TreeSet<>(lines);
        pts.add(current);
        // upward: points above current, and the open intervals between them
        Exact prev = current;
        for (Exact p : pts.tailSet(current, false)) {
            Exact mid = prev.add(p).multiply(new BigDecimal("0.5"));
            Outcome o = regime.outcome(with.apply(mid), date);
            if (o != now) {
                out.add(Flip.of(name, current, prev, false, o));
                prev = null;
                break;
            }
            o = regime.outcome(with.apply(p), date);
            if (o != now) {
                out.add(Flip.of(name, current, p, true, o));
                prev = null;
                break;
            }
            prev = p;
        }
        if (prev != null) {
            Exact beyond = prev.multiply(BigDecimal.valueOf(2));
            Outcome o = regime.outcome(with.apply(beyond), date);
            if (o != now) {
                out.add(Flip.of(name, current, prev, false, o));
            }
        }
        // downward
        Exact upper = current;
        for (Exact p : pts.headSet(current, false).descendingSet()) {
            Exact mid = p.add(upper).multiply(new BigDecimal("0.5"));
            Outcome o = regime.outcome(with.apply(mid), date);
            if (o != now) {
                out.add(Flip.of(name, current, upper, false, o));
                return;
            }
            o = regime.outcome(with.apply(p), date);
            if (o != now) {
                out.add(Flip.of(name, current, p, true, o));
                return;
            }
            upper = p;
        }
        Exact toward0 = upper.multiply(new BigDecimal("0.5"));
        if (toward0.signum() > 0) {
            Outcome o = regime.outcome(with.apply(toward0), date);
            if (o != now) {
                out.add(Flip.of(name, current, upper, false, o));
            }
        }
    }
}
