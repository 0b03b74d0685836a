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

    /** A candidate question and the ways to answer it: each a changed shipment and/or an answered reading. */
    private record Candidate(OpenQuestion question, List<UnaryOperator<Shipment>> facts, String readingQuestion, List<String> readings) {
        int answers() {
            return readingQuestion == null ? facts.size() : readings.size();
        }
    }

    static List<OpenQuestion> find(LicenseDetermination d, Shipment s,
                                   BiFunction<Shipment, Map<String, String>, Tri> evaluate) {
        List<Candidate> cands = candidates(d, s);
        List<OpenQuestion> figures = figures(d);
        if (cands.isEmpty()) {
            return figures;
        }
        for (int size = 1; size <= Math.min(MAX_SET, cands.size()); size++) {
            for (List<Candidate> subset : subsets(cands, size)) {
                if (settles(subset, s, evaluate)) {
                    return subset.stream().map(Candidate::question).toList();
                }
            }
        }
        List<OpenQuestion> all = new ArrayList<>(cands.stream().map(Candidate::question).toList());
        all.addAll(figures);
        return all;
    }

    private static boolean settles(List<Candidate> subset, Shipment s, BiFunction<Shipment, Map<String, String>, Tri> evaluate) {
        int[] idx = new int[subset.size()];
        while (true) {
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
            if (evaluate.apply(t, answered) == Tri.UNKNOWN) {
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
            out.add(new Candidate(new OpenQuestion("headquarters",
                "Where is the end user (or its ultimate parent) headquartered: in China, Macau or a Country Group D:5 country, or elsewhere?",
                "not given", "15 CFR 744.23(a)(3); 742.6(b)(10); the reported 'is informed' letters"),
                List.of(x -> x.withHeadquarters(CountryCode.of("CN")), x -> x.withHeadquarters(CountryCode.of("DE"))), null, List.of()));
        }
        Part p = s.part();
        if (p.kind() != PartKind.SYSTEM && p.datacenter().isEmpty()) {
            out.add(new Candidate(new OpenQuestion("datacenter",
                "Is the part designed or marketed for use in a datacenter?",
                "no designation for " + p.name(), "Note to 3A090 (datacenter); 15 CFR 740.8(a) (NAC/ACA exclusion)"),
                List.of(x -> withPart(x, datacenter(p, true)), x -> withPart(x, datacenter(p, false))), null, List.of()));
        }
        if ("AE".equals(s.destination().code()) && !s.date().isBefore(Licensing.UAE_2026) && s.uaeApprovedEndUser() == Tri.UNKNOWN) {
            out.add(new Candidate(new OpenQuestion("uae-approved-end-user",
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
            out.add(new Candidate(new OpenQuestion(e.getKey(), text, known.toString(), cite.toString()), List.of(), e.getKey(),
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

    private static Part datacenter(Part p, boolean dc) {
        return Part.builder().from(p).datacenter(dc).build();
    }

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
