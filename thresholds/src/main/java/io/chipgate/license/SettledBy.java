package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Finds what settles an UNKNOWN licence answer: the smallest set of open questions (facts not given, questions of
 * reading) such that every combination of their answers gives a definite answer. Facts are tried by answering them
 * each way (a headquarters in China/D:5 or elsewhere; datacenter or not; a UAE end user approved or not), readings by
 * fixing each of the readings the determination met. A missing figure of the part cannot be tried that way: it is
 * named when the classification is INDETERMINATE and nothing smaller settles the answer.
 */
final class SettledBy {
    /** Sets larger than this are not searched: all candidates are then named. */
    private static final int MAX_SET = 3;

    private SettledBy() {
    }

    /**
     * A candidate question and the ways to answer it: each a changed shipment (a fact, numbered from 0 in the order of the
     * candidates) or an answered reading (fact -1).
     */
    private record Candidate(int fact, OpenQuestion question, List<UnaryOperator<Shipment>> facts, String readingQuestion,
                             List<String> readings) {
        int answers() {
            return readingQuestion == null ? facts.size() : readings.size();
        }
    }

    /**
     * One combination of readings a shipment's enforced exploration reached (the readings its runs asked, in order) and
     * whether a licence is required under it.
     */
    record World(List<Reading> readings, Tri required) {
    }

    /** How the shipment and its variants are evaluated as enforced. */
    interface Evaluator {
        /**
         * {@return every combination of readings the shipment's enforced exploration reaches, with its answer}
         * @throws IllegalStateException past {@link Explorer#MAX_WORLDS} combinations
         */
        List<World> worlds(Shipment s);

        /** {@return whether a licence is required as enforced, some reading questions answered in advance} */
        Tri required(Shipment s, Map<String, String> answered);
    }

    /**
     * What settles the answer, each shipment (the given one, or one with some facts answered) explored once: whether a
     * licence is required with some reading questions answered in advance is the agreement of the worlds of the shipment's
     * full exploration whose readings agree with those answers (the exploration branches on every reading of every question
     * it meets, so the worlds reached with a question answered are exactly those). The given shipment's worlds are the
     * determination's own enforced readings. Gives what {@link #find(LicenseDetermination, Shipment, BiFunction)} gives.
     */
    static List<OpenQuestion> find(LicenseDetermination d, Shipment s, Evaluator evaluator) {
        List<World> given = new ArrayList<>(d.asEnforced().readings().size());
        for (ReadingAnswer ra : d.asEnforced().readings()) {
            given.add(new World(ra.readings(), ra.licenseRequired()));
        }
        // the worlds of each shipment evaluated, by the facts answered (a fact candidate's answer + 1 in its two bits)
        Map<Integer, List<World>> explored = new HashMap<>();
        explored.put(0, given);
        return search(d, s, (subset, idx) -> {
            Shipment t = s;
            int key = 0;
            Map<String, String> answered = new HashMap<>();
            for (int i = 0; i < idx.length; i++) {
                Candidate c = subset.get(i);
                if (c.readingQuestion() == null) {
                    t = c.facts().get(idx[i]).apply(t);
                    key |= (idx[i] + 1) << (2 * c.fact());
                } else {
                    answered.put(c.readingQuestion(), c.readings().get(idx[i]));
                }
            }
            List<World> worlds = explored.get(key);
            if (worlds == null && !explored.containsKey(key)) {
                try {
                    worlds = evaluator.worlds(t);
                } catch (IllegalStateException tooMany) {
                    worlds = null; // explored with the answers given instead, as each combination asks
                }
                explored.put(key, worlds);
            }
            Tri r = worlds == null ? null : agreed(worlds, answered);
            return r != null ? r : evaluator.required(t, answered);
        });
    }

    /**
     * {@return whether a licence is required in every world whose readings agree with the answered ones: the answer they
     * agree on, UNKNOWN where they differ; null when no world agrees}
     */
    private static Tri agreed(List<World> worlds, Map<String, String> answered) {
        Tri required = null;
        for (World w : worlds) {
            if (agrees(w, answered)) {
                Tri r = w.required();
                required = required == null ? r : required == r ? required : Tri.UNKNOWN;
                if (required == Tri.UNKNOWN) {
                    return required;
                }
            }
        }
        return required;
    }

    /** Whether a world read every answered question it asked as answered. */
    private static boolean agrees(World w, Map<String, String> answered) {
        if (answered.isEmpty()) {
            return true;
        }
        for (Reading r : w.readings()) {
            String a = answered.get(r.question());
            if (a != null && !a.equals(r.id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * What settles the answer, each combination of answers evaluated by a new exploration of the shipment with the
     * reading questions answered in advance: the reference {@link #find(LicenseDetermination, Shipment, Evaluator)} gives
     * the same answer as.
     */
    static List<OpenQuestion> find(LicenseDetermination d, Shipment s,
                                   BiFunction<Shipment, Map<String, String>, Tri> evaluate) {
        return search(d, s, (subset, idx) -> {
            Shipment t = s;
            Map<String, String> answered = new HashMap<>();
            for (int i = 0; i < idx.length; i++) {
                Candidate c = subset.get(i);
                if (c.readingQuestion() == null) {
                    t = c.facts().get(idx[i]).apply(t);
                } else {
                    answered.put(c.readingQuestion(), c.readings().get(idx[i]));
                }
            }
            return evaluate.apply(t, answered);
        });
    }

    /** Whether a licence is required as enforced under one combination of answers (idx[i]: the answer to subset[i]). */
    private interface Combination {
        Tri required(List<Candidate> subset, int[] idx);
    }

    private static List<OpenQuestion> search(LicenseDetermination d, Shipment s, Combination evaluate) {
        List<Candidate> cands = candidates(d, s);
        List<OpenQuestion> figures = figures(d);
        if (cands.isEmpty()) {
            return figures;
        }
        for (int size = 1; size <= Math.min(MAX_SET, cands.size()); size++) {
            for (List<Candidate> subset : subsets(cands, size)) {
                if (settles(subset, evaluate)) {
                    return subset.stream().map(Candidate::question).toList();
                }
            }
        }
        List<OpenQuestion> all = new ArrayList<>(cands.stream().map(Candidate::question).toList());
        all.addAll(figures);
        return all;
    }

    private static boolean settles(List<Candidate> subset, Combination evaluate) {
        int[] idx = new int[subset.size()];
        while (true) {
            if (evaluate.required(subset, idx) == Tri.UNKNOWN) {
                return false;
            }
            int k = 0;
            while (k < idx.length && ++idx[k] == subset.get(k).answers()) {
                idx[k] = 0;
                k++;
            }
            if (k == idx.length) {
                return true;
            }
        }
    }

    private static List<Candidate> candidates(LicenseDetermination d, Shipment s) {
        List<Candidate> out = new ArrayList<>();
        if (s.headquarters().isEmpty() && s.destination() != null) {
            out.add(new Candidate(out.size(), new OpenQuestion("headquarters",
                "Where is the end user (or its ultimate parent) headquartered: in China, Macau or a Country Group D:5 country, or elsewhere?",
                "not given", "15 CFR 744.23(a)(3); 742.6(b)(10); the reported 'is informed' letters"),
                List.of(x -> x.withHeadquarters(CountryCode.of("CN")), x -> x.withHeadquarters(CountryCode.of("DE"))), null, List.of()));
        }
        Part p = s.part();
        if (p.kind() != PartKind.SYSTEM && p.datacenter().isEmpty()) {
            out.add(new Candidate(out.size(), new OpenQuestion("datacenter",
                "Is the part designed or marketed for use in a datacenter?",
                "no designation for " + p.name(), "Note to 3A090 (datacenter); 15 CFR 740.8(a) (NAC/ACA exclusion)"),
                List.of(x -> withPart(x, datacenter(p, true)), x -> withPart(x, datacenter(p, false))), null, List.of()));
        }
        if ("AE".equals(s.destination().code()) && !s.date().isBefore(Licensing.UAE_2026) && s.uaeApprovedEndUser() == Tri.UNKNOWN) {
            out.add(new Candidate(out.size(), new OpenQuestion("uae-approved-end-user",
                "Is the end user the UAE Government or an entity approved under 91 FR 43034 on the shipment date?",
                "not given", "91 FR 43034; 15 CFR 740.2(a)(26)"),
                List.of(x -> x.withUaeApprovedEndUser(true), x -> x.withUaeApprovedEndUser(false)), null, List.of()));
        }
        Map<String, List<Reading>> met = new LinkedHashMap<>();
        for (LicenseAnswer a : List.of(d.asEnforced(), d.asWritten())) {
            for (ReadingAnswer ra : a.readings()) {
                for (Reading r : ra.readings()) {
                    List<Reading> rs = met.computeIfAbsent(r.question(), k -> new ArrayList<>());
                    if (rs.stream().noneMatch(x -> x.id().equals(r.id()))) {
                        rs.add(r);
                    }
                }
            }
        }
        for (Map.Entry<String, List<Reading>> e : met.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Question q = question(e.getKey());
            String text = q != null ? q.text()
                : e.getKey().startsWith("party:") ? e.getValue().get(0).assumption().replaceAll(" yes \\(a POSSIBLE.*$", "")
                : "Which reading of '" + e.getKey() + "' applies?";
            if (text.length() > OpenQuestion.MAX_QUESTION) {
                text = text.substring(0, OpenQuestion.MAX_QUESTION - 1) + "…";
            }
            StringBuilder known = new StringBuilder("open: ");
            StringBuilder cite = new StringBuilder();
            for (Reading r : e.getValue()) {
                known.append(r.id()).append(" | ");
                if (cite.indexOf(r.citation()) < 0) {
                    cite.append(cite.length() == 0 ? "" : "; ").append(r.citation());
                }
            }
            known.setLength(known.length() - 3);
            out.add(new Candidate(-1, new OpenQuestion(e.getKey(), text, known.toString(), cite.toString()), List.of(), e.getKey(),
                e.getValue().stream().map(Reading::id).toList()));
        }
        return out;
    }

    /** The built-in question with this id, or null for a data-made one (a country-group change, an embargo date). */
    private static Question question(String id) {
        for (Question q : Readings.builtIn()) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        return id.equals(PartyGround.MEU_ITEMS.id()) ? PartyGround.MEU_ITEMS : null;
    }

    private static List<OpenQuestion> figures(LicenseDetermination d) {
        List<OpenQuestion> out = new ArrayList<>();
        for (Determination det : d.classifications()) {
            if (det.outcome() == Outcome.INDETERMINATE && !det.missing().isEmpty()) {
                String q = "What are the part's missing figures: " + String.join("; ", det.missing()) + "?";
                if (q.length() > OpenQuestion.MAX_QUESTION) {
                    q = q.substring(0, OpenQuestion.MAX_QUESTION - 2) + "…?";
                }
                out.add(new OpenQuestion("figures:" + det.regimeId(), q, det.regimeId() + ": INDETERMINATE",
                    String.join("; ", det.citations().isEmpty() ? List.of(det.regimeId()) : det.citations().subList(0, 1))));
                break;
            }
        }
        return out;
    }

    /**
     * The part with a datacenter designation: the same object each time for a part met again (kept in {@link #VARIANTS}),
     * so that the classifications of the variants, cached by the part's identity ({@link Classifications}), are made once.
     */
    static Part datacenter(Part p, boolean dc) {
        int h = System.identityHashCode(p) * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & (VARIANT_SLOTS - 1);
        Variants v = VARIANTS.get(slot);
        if (v == null || v.of() != p) {
            v = new Variants(p, Part.builder().from(p).datacenter(true).build(), Part.builder().from(p).datacenter(false).build());
            VARIANTS.set(slot, v);
        }
        return dc ? v.datacenter() : v.not();
    }

    /** A part and its two variants with a datacenter designation (parts are immutable). */
    private record Variants(Part of, Part datacenter, Part not) {
    }

    /** The number of parts whose variants are kept (a new part takes its slot). */
    static final int VARIANT_SLOTS = 256;
    /** Entries are immutable and published through the array: two threads may make the same entry; either is kept. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<Variants> VARIANTS =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(VARIANT_SLOTS);

    private static Shipment withPart(Shipment s, Part p) {
        return s.withPart(p);
    }

    private static <T> List<List<T>> subsets(List<T> xs, int size) {
        List<List<T>> out = new ArrayList<>();
        collect(xs, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void collect(List<T> xs, int size, int from, List<T> acc, List<List<T>> out) {
        if (acc.size() == size) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int i = from; i < xs.size(); i++) {
            acc.add(xs.get(i));
            collect(xs, size, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }
}
