package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The working record of one rule evaluation, turned into a {@link Determination} by {@link Regime}. */
final class Evaluation {
    Outcome outcome = Outcome.INDETERMINATE;
    final List<Clause> clauses = new ArrayList<>(16);
    final List<Notice> conditions = new ArrayList<>(4);
    final Set<String> missing = new LinkedHashSet<>(4);
    final List<Notice> warnings = new ArrayList<>(2);
    /** Distinct citations in first-use order (a set: a custom regime may have thousands of paragraphs). */
    final Set<String> citations = new LinkedHashSet<>(8);

    Clause clause(Threshold t, Inputs in) {
        Clause c = t.evaluate(in);
        clauses.add(c);
        String citation = t.citation();
        citations.add(citation);
        if (c.result() == Tri.UNKNOWN) {
            missing.addAll(c.input().missing());
        }
        return c;
    }

    Tri test(Threshold t, Inputs in) {
        return clause(t, in).result();
    }

    void condition(Notice.Code code, String text) {
        conditions.add(Notice.of(code, text));
    }

    void condition(Notice.Code code, String text, String citation) {
        conditions.add(Notice.of(code, text, citation));
    }

    void warning(Notice.Code code, String text) {
        warnings.add(Notice.of(code, text));
    }

    Evaluation outcome(Outcome o) {
        this.outcome = o;
        return this;
    }
}
