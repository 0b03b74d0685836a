package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.parties.ListKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The de minimis rule, 15 CFR 734.4 (and § 734.3(a)(3)): a foreign-made commodity incorporating controlled US-origin
 * content is not subject to the EAR when that content is "valued at 10% or less of the total value" (§ 734.4(c), to any
 * destination) or "at 25% or less" (§ 734.4(d), to destinations outside Country Groups E:1 and E:2) — so it is subject
 * when the content is above the level for the destination, and, where § 734.4(a) sets "no de minimis level", when it
 * incorporates any. The content counted is the US-origin content that would need a licence to the destination
 * (supplement no. 2 to part 734, paragraph (a)(1), read), valued at fair market price; the percentage is the user's.
 *
 * <p>Read: § 734.4 in the eCFR text of 2022 (paragraphs (a), (c), (d)). Not read: the 2023 and 2024 amendments. Two
 * points are therefore readings, never defaults:
 * <ul>
 *   <li>from 2023-11-17, for an item specified in 3A090/4A090 to a destination of the 2023 advanced-computing scope
 *       (Macau, D:5, D:1/D:4 excluding A:5/A:6), 88 FR 73458 is reported to leave no de minimis level for
 *       foreign-made items incorporating US-origin 3A090/4A090 content (UNCONFIRMED): the answer is UNKNOWN when the
 *       content is above 0 and at or below the level, naming the question;
 *   <li>an Entity List entry with footnote 5 cites § 734.4(a)(9) (added by 89 FR 96790, not read): with such a party the
 *       level is UNKNOWN likewise.
 * </ul>
 * A content of exactly 0 % is below every level, including "no de minimis level": the item then incorporates no
 * controlled US-origin content.
 */
final class DeMinimisRule implements JurisdictionRule {
    /** The rule's id. */
    static final String ID = "de-minimis";
    /** § 734.4(c): 10 %, to any destination (applied to E:1/E:2). */
    static final BigDecimal LEVEL_10 = BigDecimal.TEN;
    /** § 734.4(d): 25 %, to destinations outside E:1/E:2. */
    static final BigDecimal LEVEL_25 = BigDecimal.valueOf(25);

    @Override
    public List<RuleFinding> evaluate(Jurisdiction.Facts f) {
        LocalDate date = f.date();
        String d = f.dest();
        boolean groupE = OtherFdpRules.GROUP_E.contains(f.groups().groupCode(d));
        BigDecimal level = groupE ? LEVEL_10 : LEVEL_25;
        String levelText = groupE ? "10 % (§ 734.4(c): " + f.groups().name(d) + " is in Country Group E:1/E:2 [S])"
            : "25 % (§ 734.4(d): " + f.groups().name(d) + " is outside Country Groups E:1 and E:2)";
        // is there a level at all? TRUE a level applies, UNKNOWN a reading or unread paragraph may remove it
        Tri hasLevel = Tri.TRUE;
        List<OpenQuestion> levelQ = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (!date.isBefore(AdvancedComputingFdpRule.FROM_2023)) {
            Tri item = AdvancedComputingFdpRule.itemScope(f.classification(), f.classified());
            Tri dest = f.groups().inD5OrMacau(d, date).or(f.groups().inAdvancedComputingScope(d, date));
            if (item.and(dest) != Tri.FALSE) {
                hasLevel = Tri.UNKNOWN;
                levelQ.add(Jurisdiction.DE_MINIMIS_2023);
                why.add("88 FR 73458 is reported to leave no de minimis level for foreign-made items with US-origin 3A090/4A090 content "
                    + "to this destination (text not read: UNCONFIRMED)");
            }
        }
        boolean fn5 = f.findings().stream().anyMatch(pf -> pf.hit().list() == ListKind.ENTITY_LIST
            && pf.hit().licenceRequirement().flatMap(EntityListFdpRule::footnote).orElse(null) == EntityListFdpRule.Footnote.FN5);
        if (fn5 && !date.isBefore(EntityListFdpRule.Footnote.FN5.from)) {
            hasLevel = Tri.UNKNOWN;
            levelQ.add(Jurisdiction.FN5_SCOPE);
            why.add("a party's Entity List entry (footnote 5) cites § 734.4(a)(9), added by 89 FR 96790 (text not read: UNCONFIRMED)");
        }
        Prong levelProng = Prong.of("de minimis level", hasLevel, "level for the destination: " + levelText
            + (why.isEmpty() ? "" : "; " + String.join("; ", why)), levelQ.toArray(OpenQuestion[]::new));
        BigDecimal content = f.origin().usContentPercent().orElse(null);
        Tri above;
        Tri any;
        String contentText;
        if (content == null) {
            above = Tri.UNKNOWN;
            any = Tri.UNKNOWN;
            contentText = "US-controlled content: not given";
        } else {
            above = Tri.of(content.compareTo(level) > 0);
            any = Tri.of(content.signum() > 0);
            contentText = "US-controlled content " + content.toPlainString() + " % " + (above == Tri.TRUE ? "> " : "≤ ")
                + level.toPlainString() + " % (" + (above == Tri.TRUE ? "+" : "") + content.subtract(level).toPlainString() + ")";
        }
        // subject: with a level, content above it; with none, any content at all
        Tri subjects = hasLevel == Tri.TRUE ? above : hasLevel == Tri.FALSE ? any : agree(above, any);
        Prong contentProng = Prong.of("US-controlled content", hasLevel == Tri.TRUE ? above : subjects, contentText,
            content == null ? new OpenQuestion[] {Jurisdiction.US_CONTENT} : new OpenQuestion[0]);
        return List.of(new RuleFinding(ID, "15 CFR 734.4", "de minimis rule", "eCFR text read (§ 734.4(a), (c), (d)); the 2023 and 2024 "
            + "amendments not read", subjects, List.of(levelProng, contentProng), "not subject when the controlled US-origin content is "
            + "\"valued at 25% or less of the total value of the foreign-made commodity\" (§ 734.4(d)(1); 10% under § 734.4(c)(1))",
            "15 CFR 734.4(c), (d); 15 CFR 734.3(a)(3); supplement no. 2 to part 734"));
    }

    /** {@return the common value of two Tri, or UNKNOWN when they differ} */
    private static Tri agree(Tri a, Tri b) {
        return a == b ? a : Tri.UNKNOWN;
    }
}
