package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.parties.ListKind;
import io.chipgate.parties.MatchBand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Entity List foreign-direct-product rules: a foreign-produced item is subject to the EAR when it meets the product
 * scope (a "direct product" of US-origin technology or software of the listed ECCNs, or made by a plant that is) and
 * the end-user scope ("knowledge" that an entity whose Entity List entry carries the footnote is a party to the
 * transaction, or will incorporate the item or use it in production or development) — both.
 * <ul>
 *   <li>footnote 1, § 734.9(e)(1): read in the eCFR text as amended through 87 FR 22131 (2022-04-14): "any entity
 *       with a footnote 1 designation in the license requirement column of the Entity List"; modelled from the
 *       consolidation of 87 FR 6022 (2022-02-03);
 *   <li>footnote 3, § 734.9(g) (Russia/Belarus 'military end user' FDP rule): read in the same text, "a footnote 3
 *       designation"; modelled from 2022-03-03 (87 FR 12226 as amended at 87 FR 12236) [S: date];
 *   <li>footnote 4, § 734.9(e)(2): added by 87 FR 62186 (FDP provisions in force from 2022-10-21) — text not read,
 *       UNCONFIRMED;
 *   <li>footnote 5, § 734.9(e)(3): added by 89 FR 96790 (2024-12-02) — text not read, UNCONFIRMED; its item scope is
 *       therefore UNKNOWN for chips and servers.
 * </ul>
 * The Consolidated Screening List carries no footnote field: the footnote is read from the paragraph the entry's
 * licence-requirement text cites ("see §§ 734.9(e)(2) and 744.11", "734.9(e)1", "734.9(g),3"); an entry citing
 * § 734.9(e) without a sub-paragraph counts under (e) with its footnote unknown. Only named parties are seen: an
 * entity that will incorporate the item downstream, or one owning a party, is not.
 */
final class EntityListFdpRule implements JurisdictionRule {
    /** The rule's id prefix; each footnote's finding is {@code fdp-entity-list-fn1} etc. */
    static final String ID = "fdp-entity-list";

    /** The footnote designations the list's text cites, with the paragraph each invokes. */
    enum Footnote {
        /** Footnote 1: § 734.9(e)(1). */
        FN1("fn1", "15 CFR 734.9(e)(1)", "Entity List FDP rule (footnote 1)", LocalDate.of(2022, 2, 3),
            "end-user scope as read (then § 734.9(e)(2); eCFR through 87 FR 22131): \"any entity with a footnote 1 designation in the license requirement "
                + "column of the Entity List\" is a party, or will incorporate or use the item", "87 FR 6022; 87 FR 62186", true),
        /** Footnote 3: § 734.9(g), the Russia/Belarus-'military end user' FDP rule. */
        FN3("fn3", "15 CFR 734.9(g)", "Russia/Belarus-Military End User FDP rule (footnote 3)", LocalDate.of(2022, 3, 3),
            "§ 734.9(g)(2) as read (eCFR through 87 FR 22131): \"any entity with a footnote 3 designation\" is a party, or will "
                + "incorporate or use the item", "87 FR 12226; 87 FR 12236 [S: date]", true),
        /** Footnote 4: § 734.9(e)(2). */
        FN4("fn4", "15 CFR 734.9(e)(2)", "Entity List FDP rule (footnote 4)", AdvancedComputingFdpRule.FROM_2022,
            "paragraph (e)(2) added by 87 FR 62186 for entities with a footnote 4 designation: its words were not read (UNCONFIRMED)",
            "87 FR 62186", true),
        /** Footnote 5: § 734.9(e)(3). */
        FN5("fn5", "15 CFR 734.9(e)(3)", "Entity List FDP rule (footnote 5)", LocalDate.of(2024, 12, 2),
            "paragraph (e)(3) added by 89 FR 96790 for entities with a footnote 5 designation: its words, and so its item scope, "
                + "were not read (UNCONFIRMED)", "89 FR 96790", false),
        /** An entry citing § 734.9(e) with no sub-paragraph: one of the Entity List FDP rules, footnote not determinable. */
        E("e", "15 CFR 734.9(e)", "Entity List FDP rule (footnote not determinable from the list's text)", LocalDate.of(2022, 2, 3),
            "the entry cites § 734.9(e) without a sub-paragraph; which footnote applies was not determinable from the list's text",
            "87 FR 6022", true);

        final String code;
        final String paragraph;
        final String title;
        final LocalDate from;
        final String text;
        final String citation;
        /** Whether any foreign-produced direct product is within the item scope (false: the scope was not read). */
        final boolean anyItem;

        Footnote(String code, String paragraph, String title, LocalDate from, String text, String citation, boolean anyItem) {
            this.code = code;
            this.paragraph = paragraph;
            this.title = title;
            this.from = from;
            this.text = text;
            this.citation = citation;
            this.anyItem = anyItem;
        }
    }

    private static final Pattern E_SUB = Pattern.compile("734\\.9\\s*\\(e\\)\\s*\\((\\d)\\)");
    private static final Pattern E_FN = Pattern.compile("734\\.9\\s*\\(e\\)\\s*,?\\s*(\\d)\\b");
    private static final Pattern E_ANY = Pattern.compile("734\\.9\\s*\\(e\\)");
    private static final Pattern G = Pattern.compile("734\\.9\\s*\\(g\\)");

    /**
     * {@return the FDP footnote an Entity List entry's licence-requirement text invokes; empty when it cites none}
     *
     * @param licenceRequirement the entry's licence-requirement column, as the list gives it
     */
    static Optional<Footnote> footnote(String licenceRequirement) {
        Matcher m = E_SUB.matcher(licenceRequirement);
        if (m.find()) {
            return switch (m.group(1)) {
                case "1" -> Optional.of(Footnote.FN1);
                case "2" -> Optional.of(Footnote.FN4);
                case "3" -> Optional.of(Footnote.FN5);
                default -> Optional.of(Footnote.E);
            };
        }
        m = E_FN.matcher(licenceRequirement);
        if (m.find() && "1".equals(m.group(1))) {
            return Optional.of(Footnote.FN1);
        }
        if (E_ANY.matcher(licenceRequirement).find()) {
            String t = licenceRequirement.strip();
            return Optional.of(t.matches(".*\\)\\s*4\\.?$") ? Footnote.FN4 : Footnote.E);
        }
        if (G.matcher(licenceRequirement).find()) {
            return Optional.of(Footnote.FN3);
        }
        return Optional.empty();
    }

    @Override
    public List<RuleFinding> evaluate(Jurisdiction.Facts f) {
        LocalDate date = f.date();
        Tri direct = f.origin().directProduct();
        if (!f.screened()) {
            Prong product = Prong.of("product scope", direct, "direct product of US-origin technology or software of the listed ECCNs, "
                + "or of a plant that is: " + ItemOrigin.yesNo(direct), Jurisdiction.US_TECHNOLOGY);
            Prong endUser = Prong.of("end-user scope", Tri.UNKNOWN, "no party named: whether an entity with an FDP footnote (1, 3, 4 or 5) "
                + "is a party was not screened", Jurisdiction.PARTIES);
            return List.of(RuleFinding.allOf(ID, "15 CFR 734.9(e), (g)", "Entity List FDP rules (footnotes 1, 3, 4, 5)",
                "the paragraphs in force on " + date, List.of(product, endUser), "end-user scope: an entity whose Entity List entry carries "
                    + "the footnote is a party to the transaction, or will incorporate or use the item (§ 734.9(e)(2), (g)(2) as read)",
                "15 CFR 734.9(e), (g); supplement no. 4 to part 744"));
        }
        Map<Footnote, List<PartyFinding>> hits = new LinkedHashMap<>();
        for (PartyFinding pf : f.findings()) {
            if (pf.hit().list() != ListKind.ENTITY_LIST) {
                continue;
            }
            Optional<Footnote> fn = pf.hit().licenceRequirement().flatMap(EntityListFdpRule::footnote);
            fn.ifPresent(x -> hits.computeIfAbsent(x, k -> new ArrayList<>()).add(pf));
        }
        if (hits.isEmpty()) {
            Prong endUser = Prong.of("end-user scope", Tri.FALSE, "no named party matched an Entity List entry carrying an FDP footnote "
                + "(by name; owners and downstream producers are not seen)");
            Prong product = Prong.of("product scope", direct, "direct product of US-origin technology or software of the listed ECCNs, "
                + "or of a plant that is: " + ItemOrigin.yesNo(direct), Jurisdiction.US_TECHNOLOGY);
            return List.of(RuleFinding.allOf(ID, "15 CFR 734.9(e), (g)", "Entity List FDP rules (footnotes 1, 3, 4, 5)",
                "the paragraphs in force on " + date, List.of(product, endUser), "end-user scope not met by any named party",
                "15 CFR 734.9(e), (g); supplement no. 4 to part 744"));
        }
        List<RuleFinding> out = new ArrayList<>();
        for (Map.Entry<Footnote, List<PartyFinding>> e : hits.entrySet()) {
            Footnote fn = e.getKey();
            boolean inForce = !date.isBefore(fn.from);
            Tri itemScope = fn.anyItem ? Tri.TRUE : Tri.UNKNOWN;
            Prong product = Prong.of("product scope", direct.and(itemScope), "direct product of US-origin technology or software of the "
                + "listed ECCNs, or of a plant that is: " + ItemOrigin.yesNo(direct) + (fn.anyItem ? "" : "; the paragraph's item scope "
                + "was not read (UNCONFIRMED)"), direct == Tri.UNKNOWN ? Jurisdiction.US_TECHNOLOGY : Jurisdiction.FN5_SCOPE);
            Tri party = Tri.FALSE;
            List<String> names = new ArrayList<>();
            List<OpenQuestion> confirm = new ArrayList<>();
            for (PartyFinding pf : e.getValue()) {
                Tri t = pf.hit().band() == MatchBand.PROBABLE ? Tri.TRUE : Tri.UNKNOWN;
                party = party.or(t);
                names.add("'" + pf.party().name() + "' ~ '" + pf.hit().listedName() + "' (" + pf.hit().band() + ")");
                if (t == Tri.UNKNOWN) {
                    confirm.add(new OpenQuestion("party-identity", Jurisdiction.clip("Is '" + pf.party().name() + "' the listed entity '"
                        + pf.hit().listedName() + "' (footnote " + fn.code.substring(2) + ")?"), "possible match, score " + pf.hit().score(),
                        fn.paragraph));
                }
            }
            Tri endUserValue = inForce ? party : Tri.FALSE;
            Prong endUser = Prong.of("end-user scope", endUserValue, (inForce ? "" : "the paragraph was not in force on " + date + ": ")
                + "party on the Entity List with this footnote: " + String.join("; ", names)
                + " (the entry as listed on the list's date; its designation on the shipment date is assumed the same)",
                confirm.toArray(OpenQuestion[]::new));
            out.add(RuleFinding.allOf(ID + "-" + fn.code, fn.paragraph, fn.title, "in force from " + fn.from, List.of(product, endUser),
                fn.text, fn.paragraph + "; " + fn.citation + "; supplement no. 4 to part 744"));
        }
        return out;
    }
}
