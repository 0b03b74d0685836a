package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The working record of one rule evaluation, turned into a {@link Determination} by {@link Regime}. */
final class Evaluation {
    Outcome outcome = Outcome.INDETERMINATE;
    final List<Clause> clauses = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<LicenseException> exceptions = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();
    final Set<String> citations = new LinkedHashSet<>();

    Clause clause(Threshold t, Inputs in) {
        Clause c = t.evaluate(in);
        clauses.add(c);
        citations.add(t.citation());
        if (c.result() == Tri.UNKNOWN) {
            missing.addAll(c.input().missing());
        }
        return c;
    }

    Tri test(Threshold t, Inputs in) {
        return clause(t, in).result();
    }

    void condition(String text) {
        conditions.add(text);
    }

    Evaluation outcome(Outcome o) {
        this.outcome = o;
        return this;
    }
}
