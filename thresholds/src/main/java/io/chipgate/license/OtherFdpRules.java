package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Set;

/**
 * The foreign-direct-product rules of 15 CFR 734.9 that chipgate does not model one by one — the National Security FDP
 * rule (b) (Country Groups D:1, E:1, E:2, read), the Russia/Belarus FDP rule (f) (read), the "supercomputer" end-use
 * rule (i) and the later paragraphs (Macau/D:5 end uses and facilities, as reported) — stated as one finding so that a
 * definite "not subject to the EAR" is never given where one of them could reach the item. Every § 734.9 rule needs a
 * direct product of US-origin technology, software or plant (the section's introductory text, read): when the item is
 * not one, none of them reaches it. Otherwise they are UNKNOWN for destinations within their scopes (D:1, D:5, Macau,
 * E:1, E:2, Russia, Belarus) and FALSE elsewhere, reading the destination given as the final one (an end use in those
 * countries after a further reexport is not seen).
 */
final class OtherFdpRules implements JurisdictionRule {
    /** The finding's id. */
    static final String ID = "fdp-other";

    /**
     * Country Groups E:1 and E:2 as commonly stated (Iran, North Korea, Syria; Cuba) [S: supplement no. 1 to part 740
     * not read for group E]; both groups get the same treatment here, so the split between them does not matter.
     */
    static final Set<String> GROUP_E = Set.of("CU", "IR", "KP", "SY");
    static final Set<String> RUSSIA_BELARUS = Set.of("RU", "BY");

    @Override
    public List<RuleFinding> evaluate(Jurisdiction.Facts f) {
        Tri direct = f.origin().directProduct();
        Prong product = Prong.of("product scope", direct, "direct product of US-origin technology or software (of the ECCNs each rule "
            + "lists), or of a plant that is: " + ItemOrigin.yesNo(direct), Jurisdiction.US_TECHNOLOGY);
        String d = f.dest();
        String g = f.groups().groupCode(d);
        Tri reach = f.groups().member(d, "D:1", f.date()).or(f.groups().inD5OrMacau(d, f.date()))
            .or(Tri.of(GROUP_E.contains(g) || RUSSIA_BELARUS.contains(g)));
        Prong destination = Prong.of("destination or end-use scope", reach == Tri.FALSE ? Tri.FALSE : Tri.UNKNOWN,
            f.groups().name(d) + " (" + d + ")" + (reach == Tri.FALSE ? " is outside D:1, D:5, Macau, E:1, E:2, Russia and Belarus"
                : " is within the scope of at least one of them") + " — these rules are not assessed here", Jurisdiction.OTHER_FDP);
        return List.of(RuleFinding.allOf(ID, "15 CFR 734.9(b), (f), (i) and later paragraphs", "other foreign-direct-product rules "
            + "(not modelled one by one)", "as in force on " + f.date(), List.of(product, destination),
            "§ 734.9(b)(2) as read: destination \"listed in Country Group D:1, E:1, or E:2\"; § 734.9(f)(2) as read: \"destined to "
            + "Russia or Belarus\"; (i) and later paragraphs not read (UNCONFIRMED)", "15 CFR 734.9(b), (f), (i)"));
    }
}
