package io.chipgate.examples;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Frontier;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Research example: which catalog parts changed status when the 2023 rule replaced the 2022 one on 2023-11-17,
 * and how fast the catalog's TPP grows per year (a least-squares fit of log₂ TPP on the release year, with
 * Commons Math).
 *
 * <p>Run: {@code java -cp examples/target/chipgate.jar io.chipgate.examples.ResearchReport}
 */
public final class ResearchReport {
    private ResearchReport() {
    }

    public static void main(String[] args) {
        Catalog catalog = Catalog.builtin();
        Regime before = Regimes.byId("3a090-2022");
        Regime after = Regimes.byId("3a090-2023");
        LocalDate day = LocalDate.of(2023, 11, 17);
        System.out.println("Parts whose status changed on " + day + " (3a090-2022 → 3a090-2023):");
        for (Part p : catalog.byKind(PartKind.ACCELERATOR)) {
            Outcome o1 = before.classify(p, day.minusDays(1)).outcome();
            Outcome o2 = after.classify(p, day).outcome();
            // a change of status: controlled ↔ free, or a definite answer where there was none (or the reverse)
            if (Frontier.controlled(o1) != Frontier.controlled(o2) || (o1 == Outcome.INDETERMINATE) != (o2 == Outcome.INDETERMINATE)) {
                System.out.printf("  %-28s %-16s → %s%n", p.id(), o1.code(), o2.code());
            }
        }
        SimpleRegression fit = new SimpleRegression();
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (Part p : catalog.byKind(PartKind.ACCELERATOR)) {
            PartMetrics m = PartMetrics.of(p);
            if (p.year().isPresent() && m.tpp().isKnown() && m.tpp().value().get().signum() > 0) {
                // double is fine here: a trend for a chart, not a threshold comparison
                fit.addData(p.year().getAsInt(), Math.log(m.tpp().value().get().doubleValue()) / Math.log(2));
                perYear.merge(p.year().getAsInt(), 1, Integer::sum);
            }
        }
        System.out.println();
        System.out.println("TPP growth across " + fit.getN() + " accelerators with a known TPP and year " + perYear + ":");
        System.out.printf("  log2(TPP) = %.3f × year %+.1f   (R² = %.2f)%n", fit.getSlope(), fit.getIntercept(), fit.getRSquare());
        System.out.printf("  TPP grows about %.2f× per year; doubling every %.1f years%n", Math.pow(2, fit.getSlope()), 1 / fit.getSlope());
    }
}
