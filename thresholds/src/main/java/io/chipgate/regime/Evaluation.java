package io.chipgate.regime;

import io.chipgate.metrics.Tri;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The working record of one rule evaluation, turned into a {@link Determination} by {@link Regime}.
 *
 * <p>An evaluation {@linkplain #outcomeOnly() for the outcome only} runs the same rule code but keeps no
 * explanation: its clauses, conditions, missing inputs, warnings and citations are discarded as they are added,
 * and rules skip building text when {@link #explains()} is false. The outcome is the same either way: no rule
 * reads back what it recorded to decide an outcome.
 */
final class Evaluation {
    Outcome outcome = Outcome.INDETERMINATE;
    final List<Clause> clauses;
    final List<Notice> conditions;
    final Set<String> missing;
    final List<Notice> warnings;
    /** Distinct citations in first-use order (a set: a custom regime may have thousands of paragraphs). */
    final Set<String> citations;
    private final boolean explains;
    /** The citation added last: consecutive clauses of one paragraph share it, and need not be hashed again. */
    private String lastCitation;

    /** An evaluation that records the full explanation. */
    Evaluation() {
        this.explains = true;
        this.clauses = new ArrayList<>(16);
        this.conditions = new ArrayList<>(4);
        this.missing = new SmallOrderedSet<>(4);
        this.warnings = new ArrayList<>(2);
        this.citations = new SmallOrderedSet<>(8);
    }

    /** An evaluation that discards its explanation ({@link #outcomeOnly()}); the argument only tells the constructors apart. */
    @SuppressWarnings("unchecked")
    private Evaluation(Void discarding) {
        this.explains = false;
        this.clauses = (List<Clause>) (List<?>) DiscardList.INSTANCE;
        this.conditions = (List<Notice>) (List<?>) DiscardList.INSTANCE;
        this.missing = (Set<String>) (Set<?>) DiscardSet.INSTANCE;
        this.warnings = (List<Notice>) (List<?>) DiscardList.INSTANCE;
        this.citations = (Set<String>) (Set<?>) DiscardSet.INSTANCE;
    }

    /** An evaluation that computes the outcome and discards the explanation. */
    static Evaluation outcomeOnly() {
        return new Evaluation((Void) null);
    }

    /** A full evaluation when {@code explain}, else {@link #outcomeOnly()}. */
    static Evaluation of(boolean explain) {
        return explain ? new Evaluation() : outcomeOnly();
    }

    /** Whether this evaluation records the explanation; rules build explanatory text only when it does. */
    boolean explains() {
        return explains;
    }

    Clause clause(Threshold t, Inputs in) {
        Clause c = t.evaluate(in);
        clauses.add(c);
        String citation = t.citation();
        if (citation != lastCitation) {
            citations.add(citation);
            lastCitation = citation;
        }
        if (c.result() == Tri.UNKNOWN) {
            missing.addAll(c.input().missing());
        }
        return c;
    }

    Tri test(Threshold t, Inputs in) {
        return explains ? clause(t, in).result() : t.test(in);
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

    /** A list that stays empty: what an outcome-only evaluation records into. */
    private static final class DiscardList extends AbstractList<Object> {
        static final DiscardList INSTANCE = new DiscardList();

        @Override
        public boolean add(Object o) {
            return false;
        }

        @Override
        public boolean addAll(Collection<?> c) {
            return false;
        }

        @Override
        public Object get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }

    /** A set that stays empty. */
    private static final class DiscardSet extends AbstractSet<Object> {
        static final DiscardSet INSTANCE = new DiscardSet();

        @Override
        public boolean add(Object o) {
            return false;
        }

        @Override
        public boolean addAll(Collection<?> c) {
            return false;
        }

        @Override
        public Iterator<Object> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
