package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Outcome;
import java.time.LocalDate;
import java.util.List;

/**
 * The advanced-computing foreign-direct-product rule, 15 CFR 734.9(h): a foreign-produced item is subject to the EAR
 * when it meets the product scope (it is specified in ECCN 3A090 or 4A090 — from 2023 also a .z item — and is a
 * "direct product" of US-origin technology or software of the listed ECCNs, or is made by a plant or 'major component'
 * of a plant that is) and the destination scope, both.
 *
 * <p>Versions, as dated data:
 * <ul>
 *   <li>2022 text (87 FR 62186), in force from 2022-10-21 [S: the rule's staged effective dates as summarised]:
 *       destined to the People's Republic of China (Hong Kong counts as China), and Macau from 2023-01-17
 *       (88 FR 2821, "Updates to the Controls To Add Macau");
 *   <li>2023 text (88 FR 73458), in force from 2023-11-17: Macau or Country Group D:5, or D:1/D:4 excluding A:5/A:6
 *       (read here as the destinations of § 742.6(a)(6)(iii) on the date);
 *   <li>90 FR 4544 (AI diffusion) as written is reported to widen the destination scope worldwide for some items; BIS
 *       announced it would not enforce that rule from 2025-05-13, before its compliance date: not applied, and said.
 * </ul>
 * The verbatim text of paragraph (h) in each version was not read in the sources available: its prongs are
 * modelled from the structure of § 734.9 (whose introductory text and paragraphs (b)–(g) were read) and from the
 * rules' summaries, and every finding says UNCONFIRMED. The technology-for-masks limb of the destination scope (an
 * entity headquartered in China, later Macau/D:5, developing masks or wafers) concerns technology, not chips or
 * servers, and is not modelled.
 */
final class AdvancedComputingFdpRule implements JurisdictionRule {
    /** The rule's id. */
    static final String ID = "fdp-advanced-computing";
    /** The 2022 FDP provisions' effective date (87 FR 62186, staged; the FDP parts on 2022-10-21) [S]. */
    static final LocalDate FROM_2022 = LocalDate.of(2022, 10, 21);
    /** The 2023 text: 88 FR 73458, effective 2023-11-17. */
    static final LocalDate FROM_2023 = LocalDate.of(2023, 11, 17);

    static final String TEXT = "§ 734.9 (read): foreign-produced items are subject to the EAR \"when they are a 'direct product' of "
        + "specified 'technology' or 'software,'\" or of a plant that is; the words of paragraph (h) itself were not read "
        + "(UNCONFIRMED): its two prongs are modelled from the rules' summaries";

    @Override
    public List<RuleFinding> evaluate(Jurisdiction.Facts f) {
        LocalDate date = f.date();
        if (date.isBefore(FROM_2022)) {
            return List.of();
        }
        boolean v2023 = !date.isBefore(FROM_2023);
        Tri item = itemScope(f.classification(), f.classified());
        Tri direct = f.origin().directProduct();
        java.util.List<OpenQuestion> productQ = new java.util.ArrayList<>();
        if (direct == Tri.UNKNOWN && item != Tri.FALSE) {
            productQ.add(Jurisdiction.US_TECHNOLOGY);
        }
        if (item == Tri.UNKNOWN && direct != Tri.FALSE) {
            productQ.add(Jurisdiction.CLASSIFICATION);
        }
        Prong product = Prong.of("product scope", item.and(direct),
            "specified in ECCN 3A090 or 4A090" + (v2023 ? " (or a .z ECCN)" : "") + ": " + ItemOrigin.yesNo(item) + " ("
                + (f.classification() == null ? "no 3A090 regime in force" : f.classification().code()) + "); direct product of US-origin "
                + "technology or software of the listed ECCNs, or of a plant that is: " + ItemOrigin.yesNo(direct), productQ.toArray(OpenQuestion[]::new));
        String dest = f.dest();
        Tri inScope;
        String scopeText;
        if (v2023) {
            inScope = f.groups().inD5OrMacau(dest, date).or(f.groups().inAdvancedComputingScope(dest, date));
            scopeText = "destined to Macau or Country Group D:5, or to D:1/D:4 excluding A:5/A:6 (2023 text)";
        } else {
            boolean china = "CN".equals(f.groups().groupCode(dest));
            boolean macau = f.groups().isMacau(dest) && !date.isBefore(Licensing.MACAU_2023);
            inScope = Tri.of(china || macau);
            scopeText = date.isBefore(Licensing.MACAU_2023) ? "destined to the People's Republic of China (2022 text)"
                : "destined to the People's Republic of China or Macau (2022 text; Macau from 2023-01-17)";
        }
        if (!date.isBefore(Licensing.AI_DIFFUSION)) {
            scopeText += "; the worldwide scope 90 FR 4544 is reported to add is not applied (not enforced from 2025-05-13)";
        }
        Prong destination = Prong.of("destination scope", inScope, scopeText + ": " + f.groups().name(dest) + " (" + dest + ") "
            + ItemOrigin.yesNo(inScope), Jurisdiction.GROUP_MEMBERSHIP);
        String version = v2023 ? "2023 text (88 FR 73458), in force from 2023-11-17"
            : "2022 text (87 FR 62186), in force from 2022-10-21 [S]";
        String citation = v2023 ? "15 CFR 734.9(h); 88 FR 73458" : "15 CFR 734.9(h); 87 FR 62186"
            + (date.isBefore(Licensing.MACAU_2023) ? "" : "; 88 FR 2821");
        return List.of(RuleFinding.allOf(ID, "15 CFR 734.9(h)", "Advanced computing FDP rule", version, List.of(product, destination),
            TEXT, citation));
    }

    /**
     * {@return whether the item is specified in ECCN 3A090 or 4A090 on the date: TRUE for any of their paragraphs,
     * FALSE when not controlled, UNKNOWN when the classification is INDETERMINATE}
     *
     * @param o the outcome of the 3A090 regime in force; null when none is
     * @param classified whether a 3A090 regime was in force
     */
    static Tri itemScope(Outcome o, boolean classified) {
        if (!classified || o == null) {
            return Tri.FALSE;
        }
        if (o == Outcome.INDETERMINATE) {
            return Tri.UNKNOWN;
        }
        return Tri.of(o.isEccn());
    }
}
