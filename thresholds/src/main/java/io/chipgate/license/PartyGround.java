package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.parties.ListKind;
import io.chipgate.parties.MatchBand;
import io.chipgate.parties.PartyHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a listed party does to the licence answer, one basis per hit on a Commerce list:
 * <ul>
 *   <li>Entity List (§ 744.11; supplement no. 4 to part 744): "the license requirement … for all items subject to the
 *       EAR" as the entry states it, with the entry's review policy; licence exceptions are not available unless the
 *       entry says so (read here as: none);
 *   <li>Denied Persons List (§ 764.3, the denial order): no export, reexport or transfer with the person at all;
 *   <li>Military End User List (§ 744.21): a licence for the items of supplement no. 2 to part 744 — whether this item
 *       is one of them is a question the answer names;
 *   <li>Unverified List (§ 744.15): no licence requirement of its own, but no licence exception may be used and a UVL
 *       statement is needed before export.
 * </ul>
 * A PROBABLE match counts as the listed party; a POSSIBLE match is a question (is this party the listed one?) whose
 * two answers are readings, so the answer is unknown and names the party to confirm. OFAC and State lists are outside
 * the EAR: stated as flags, never ignored.
 */
final class PartyGround implements LicenceGround {
    /** Whether the item is among those of supplement no. 2 to part 744 (the MEU rule's items). */
    static final Question MEU_ITEMS = new Question("meu-supplement-2",
        "Is the item listed in supplement no. 2 to part 744 (the items § 744.21 reaches for military end users)?",
        List.of(new Reading("listed", "meu-supplement-2", "the item is listed in supplement no. 2 to part 744",
                "15 CFR 744.21(a); supplement no. 2 to part 744 (not assessed here)"),
            new Reading("not-listed", "meu-supplement-2", "the item is not listed there",
                "15 CFR 744.21(a); supplement no. 2 to part 744 (not assessed here)")));

    @Override
    public Ground key() {
        return Ground.PARTY_LISTING;
    }

    /** The affiliates rule's reported suspension: one year from 2025-11-10 (90 FR 47201 as reported) [S]. */
    static final java.time.LocalDate AFFILIATES_SUSPENDED = java.time.LocalDate.of(2025, 11, 10);

    @Override
    public void apply(Assessment.Run run) {
        if (run.screened && !run.date.isBefore(java.time.LocalDate.of(2025, 9, 29))) {
            run.warn(LicenceNotice.Code.AFFILIATES_RULE, "affiliates rule (\"Expansion of End-User Controls to Cover Affiliates of Certain Listed Entities\", 90 FR "
                + "47201 as reported [S]): entities 50 % or more owned by Entity List or MEU parties are covered too — "
                + (run.date.isBefore(AFFILIATES_SUSPENDED) ? "in force on this date"
                    : run.date.isBefore(AFFILIATES_SUSPENDED.plusYears(1)) ? "reported suspended for one year from 2025-11-10"
                    : "its one-year suspension from 2025-11-10 has run out; whether it was extended is UNCONFIRMED")
                + "; ownership is invisible to name screening: check the owners of each party");
        }
        Map<Party, List<PartyHit>> byParty = new LinkedHashMap<>();
        for (PartyFinding f : run.findings) {
            byParty.computeIfAbsent(f.party(), k -> new ArrayList<>()).add(f.hit());
        }
        for (Map.Entry<Party, List<PartyHit>> e : byParty.entrySet()) {
            Party party = e.getKey();
            Tri possible = null;
            for (PartyHit h : e.getValue()) {
                Tri match;
                if (h.band() == MatchBand.PROBABLE) {
                    match = Tri.TRUE;
                } else if (h.list().agency() != ListKind.Agency.COMMERCE) {
                    match = Tri.UNKNOWN; // outside the EAR: a flag either way, so no reading to explore
                } else {
                    if (possible == null) {
                        possible = Tri.of(!"not-listed".equals(run.chooser.choose(question(party, e.getValue())).id()));
                    }
                    match = possible;
                }
                apply(run, party, h, match);
            }
        }
    }

    /** One question per party for its POSSIBLE matches: is this party one of the listed parties its name resembles? */
    static Question question(Party party, List<PartyHit> hits) {
        String id = "party:" + party.role().name() + ":" + party.name();
        PartyHit best = hits.stream().filter(h -> h.band() == MatchBand.POSSIBLE && h.list().agency() == ListKind.Agency.COMMERCE)
            .findFirst().orElse(hits.get(0));
        String q = "Is the " + role(party) + " '" + party.name() + "' the listed party '" + best.listedName() + "' ("
            + best.list().title() + ")?";
        if (q.length() > OpenQuestion.MAX_QUESTION) {
            q = q.substring(0, OpenQuestion.MAX_QUESTION - 2) + "…?";
        }
        String cite = best.citation().orElse("Consolidated Screening List (trade.gov)");
        return new Question(id, q, List.of(
            new Reading("listed", id, q + " yes (a POSSIBLE name match, score " + best.score() + ")", cite),
            new Reading("not-listed", id, "no: a different party with a similar name", cite)));
    }

    static String role(Party p) {
        return p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void apply(Assessment.Run run, Party party, PartyHit h, Tri match) {
        ListKind list = h.list();
        String who = role(party) + " '" + party.name() + "'" + (party.name().equalsIgnoreCase(h.listedName()) ? "" : " matches "
            + (h.matchedAlias() ? "the alias '" + h.matchedName() + "' of " : "") + "'" + h.listedName() + "'")
            + " (" + h.band() + ", score " + h.score() + ")";
        String cite = list.title() + h.citation().map(c -> " (" + c + ")").orElse("") + h.entityNumber().map(n -> ", entry " + n).orElse("");
        String key = "party:" + party.role() + ":" + list.code() + ":" + h.listedName();
        switch (list) {
            case ENTITY_LIST -> {
                String req = h.licenceRequirement().orElse("not stated in the list");
                String footnote = req.matches(".*\\D(\\d)\\s*$") ? "; footnote " + req.replaceAll(".*\\D(\\d)\\s*$", "$1")
                    + " of the entry: a foreign-direct-product rule of § 734.9(e) may also reach foreign-made items" : "";
                String policyText = h.reviewPolicy().orElse("not stated in the list");
                ReviewPolicy p = ReviewPolicy.of(kind(policyText), "15 CFR 744.11; supplement no. 4 to part 744; " + cite,
                    "the entry's review policy: " + policyText);
                run.grounds.add(Basis.of(Ground.PARTY_LISTING, key, "Entity List entry of '" + h.listedName() + "': licence requirement "
                    + req + "; review policy " + policyText, "15 CFR 744.11 (Entity List)", match, BasisStatus.IN_FORCE,
                    who + " is on the Entity List: licence requirement " + req + footnote + "; no licence exception unless the entry "
                        + "allows one", p, cite));
                run.partyBars = run.partyBars.or(match);
            }
            case DENIED_PERSONS -> {
                ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 764.3; the denial order; " + cite,
                    "a denial order: no one may take part in an export, reexport or transfer with the denied person");
                run.grounds.add(Basis.of(Ground.PARTY_LISTING, key, "Denied Persons List: '" + h.listedName() + "' is under a denial "
                    + "order", "15 CFR 764.3 (denial order)", match, BasisStatus.IN_FORCE, who + " is a denied person: the "
                    + "transaction is prohibited, not merely licensable", p, cite));
                run.partyBars = run.partyBars.or(match);
            }
            case MILITARY_END_USER -> {
                Tri items = Tri.of("listed".equals(run.chooser.choose(MEU_ITEMS).id()));
                ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 744.21(e); " + cite,
                    "§ 744.21(e): presumption of denial");
                run.grounds.add(Basis.of(Ground.PARTY_LISTING, key, "Military End User List: '" + h.listedName() + "'",
                    "15 CFR 744.21 (military end user)", match.and(items), BasisStatus.IN_FORCE, who + " is on the Military End "
                        + "User List: a licence for the items of supplement no. 2 to part 744 (whether this item is one: "
                        + items.label() + ")", p, cite));
            }
            case UNVERIFIED -> {
                run.partyBars = run.partyBars.or(match);
                if (match != Tri.FALSE) {
                    run.warn(LicenceNotice.Code.UNVERIFIED_LIST, "Unverified List (15 CFR 744.15): " + who + " — no licence exception may be used, and a UVL "
                        + "statement from the party is needed before export (" + cite + ")");
                }
            }
            default -> {
                if (match != Tri.FALSE) {
                    run.warn(LicenceNotice.Code.OUTSIDE_THE_EAR, "OUTSIDE THE EAR: " + who + " is on the " + list.title() + " (" + list.agency() + ")"
                        + (h.entry().programmes().isEmpty() ? "" : ", programmes " + String.join(", ", h.entry().programmes()))
                        + ": its prohibitions may forbid the transaction whatever the EAR answer (" + cite + ")");
                }
            }
        }
    }

    /** The review policy an Entity List entry states, as a kind; UNKNOWN when the text names none. */
    static ReviewPolicy.Kind kind(String policy) {
        String t = policy.toLowerCase(Locale.ROOT);
        if (t.contains("denial")) {
            return ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL;
        }
        if (t.contains("case-by-case") || t.contains("case by case")) {
            return ReviewPolicy.Kind.CASE_BY_CASE;
        }
        if (t.contains("approval")) {
            return ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL;
        }
        return ReviewPolicy.Kind.UNKNOWN;
    }
}
