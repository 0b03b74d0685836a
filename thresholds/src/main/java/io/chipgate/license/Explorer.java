package io.chipgate.license;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates a computation under every combination of readings it touches. The computation asks a
 * {@link Chooser} whenever it meets an open {@link Question}; the explorer runs it once with the first reading
 * of each question it meets, then again for every other reading of each question met, depth first, so each
 * combination the computation can reach is evaluated exactly once and questions it never asks cost nothing.
 */
final class Explorer {
    /** At most this many combinations per determination: far above what the built-in questions reach. */
    static final int MAX_WORLDS = 256;

    /** What the evaluated computation asks. */
    interface Chooser {
        /** The reading to use for this question in the current combination; the same for every ask. */
        Reading choose(Question q);
    }

    /** One combination of readings and what the computation gave under it. */
    record World<R>(List<Reading> readings, R result) {
        World {
            readings = List.copyOf(readings);
        }
    }

    private Explorer() {
    }

    static <R> List<World<R>> explore(Function<Chooser, R> computation) {
        return explore(computation, Map.of());
    }

    /**
     * Explores with some questions answered in advance (question id → reading id): those are never
     * branched on.
     */
    static <R> List<World<R>> explore(Function<Chooser, R> computation, Map<String, String> answered) {
        List<World<R>> out = new ArrayList<>();
        Deque<Map<String, Integer>> todo = new ArrayDeque<>();
        todo.push(new LinkedHashMap<>());
        while (!todo.isEmpty()) {
            if (out.size() >= MAX_WORLDS) {
                throw new IllegalStateException("more than " + MAX_WORLDS + " combinations of readings: a question is asked in a loop");
            }
            Map<String, Integer> fixed = todo.pop();
            Recorder rec = new Recorder(fixed, answered);
            R r = computation.apply(rec);
            out.add(new World<>(rec.chosen, r));
            Map<String, Integer> prefix = new LinkedHashMap<>(fixed);
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Question q : rec.defaulted) {
                for (int i = 1; i < q.readings().size(); i++) {
                    Map<String, Integer> m = new LinkedHashMap<>(prefix);
                    m.put(q.id(), i);
                    next.add(m);
                }
                prefix.put(q.id(), 0);
            }
            for (int i = next.size() - 1; i >= 0; i--) {
                todo.push(next.get(i));
            }
        }
        return out;
    }

    private static final class Recorder implements Chooser {
        private final Map<String, Integer> fixed;
        private final Map<String, String> answered;
        private final Map<String, Reading> asked = new LinkedHashMap<>();
        final List<Reading> chosen = new ArrayList<>();
        final List<Question> defaulted = new ArrayList<>();

        Recorder(Map<String, Integer> fixed, Map<String, String> answered) {
            this.fixed = fixed;
            this.answered = answered;
        }

        @Override
        public Reading choose(Question q) {
            Reading r = asked.get(q.id());
            if (r != null) {
                return r;
            }
            Integer i = fixed.get(q.id());
            String given = answered.get(q.id());
            if (given != null) {
                r = q.reading(given);
                asked.put(q.id(), r);
                chosen.add(r);
                return r;
            }
            if (i == null) {
                defaulted.add(q);
                i = 0;
            }
            r = q.readings().get(i);
            asked.put(q.id(), r);
            chosen.add(r);
            return r;
        }
    }
}
