package io.chipgate.license;

import static io.chipgate.license.JurisdictionTest.assess;
import static io.chipgate.license.JurisdictionTest.foreign;
import static io.chipgate.license.JurisdictionTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prongs of the jurisdiction rules for a foreign-made item, each with its value, its reason and the questions that
 * settle it: § 734.4 (de minimis: 10 % to Country Groups E:1/E:2 under (c), 25 % elsewhere under (d)) and the Entity
 * List FDP rules of § 734.9(e), (g) by the footnote a party's entry cites.
 */
class JurisdictionProngsTest {
    static final LocalDate JUN_2023 = LocalDate.of(2023, 6, 1);
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
    static final String CAS_IME = "Chinese Academy of Sciences Institute of Microelectronics";

    static Prong prong(RuleFinding r, String name) {
        return r.prongs().stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(name + " not in " + r));
    }

    static List<String> ids(Prong p) {
        return p.settledBy().stream().map(OpenQuestion::id).toList();
    }

    /** § 734.4(d)(1): "valued at 25% or less" of the foreign-made item is not subject; before 88 FR 73458 (2023-11-17). */
    @Test
    void outsideGroupETheLevelIs25PercentAndTheContentIsComparedWithIt() {
        RuleFinding under = rule(assess(Chips.L4, "BR", JUN_2023, foreign(Tri.FALSE, "18.5"), null), DeMinimisRule.ID).orElseThrow();
        assertEquals("level for the destination: 25 % (§ 734.4(d): Brazil is outside Country Groups E:1 and E:2)",
            prong(under, "de minimis level").reason());
        assertEquals(Tri.TRUE, prong(under, "de minimis level").value());
        assertEquals("US-controlled content 18.5 % ≤ 25 % (-6.5)", prong(under, "US-controlled content").reason());
        assertEquals(Tri.FALSE, prong(under, "US-controlled content").value());
        assertEquals(Tri.FALSE, under.subjects());

        RuleFinding over = rule(assess(Chips.L4, "BR", JUN_2023, foreign(Tri.FALSE, "30"), null), DeMinimisRule.ID).orElseThrow();
        assertEquals("US-controlled content 30 % > 25 % (+5)", prong(over, "US-controlled content").reason());
        assertEquals(Tri.TRUE, over.subjects());
    }

    /** § 734.4(c)(1): 10 % for Country Group E:1/E:2 (Iran is in E:1). */
    @Test
    void inGroupETheLevelIs10Percent() {
        RuleFinding ir = rule(assess(Chips.L4, "IR", JUN_2023, foreign(Tri.FALSE, "18.5"), null), DeMinimisRule.ID).orElseThrow();
        assertEquals("level for the destination: 10 % (§ 734.4(c): Iran is in Country Group E:1/E:2 [S])",
            prong(ir, "de minimis level").reason());
        assertEquals("US-controlled content 18.5 % > 10 % (+8.5)", prong(ir, "US-controlled content").reason());
        assertEquals(Tri.TRUE, ir.subjects());
    }

    /**
     * A footnote 5 party (§ 734.4(a)(9), 89 FR 96790, not read) may leave no level: 5 % content is then subject if no
     * level applies and not if the 25 % level does — the content prong is unknown, not "≤ 25 %: false".
     */
    @Test
    void withALevelThatMayNotExistTheContentProngIsUnknown() {
        RuleFinding dm = rule(assess(Chips.L4, "DE", AUG_2026, foreign(Tri.TRUE, "5"), CAS_IME), DeMinimisRule.ID).orElseThrow();
        assertEquals(Tri.UNKNOWN, prong(dm, "de minimis level").value());
        assertTrue(prong(dm, "de minimis level").reason().contains("; a party's Entity List entry (footnote 5) cites § 734.4(a)(9)"),
            prong(dm, "de minimis level").reason());
        assertEquals(Tri.UNKNOWN, prong(dm, "US-controlled content").value());
    }

    /** A footnote 4 party (Moore Threads, "(See §§ 734.9(e)(2) and 744.11 of the EAR)4") does not touch § 734.4. */
    @Test
    void onlyAFootnote5EntryQuestionsTheDeMinimisLevel() {
        LicenseDetermination d = assess(Chips.L4, "SG", AUG_2026, foreign(Tri.TRUE, "5"), "Moore Threads");
        assertFalse(d.parties().isEmpty());
        RuleFinding dm = rule(d, DeMinimisRule.ID).orElseThrow();
        assertEquals(Tri.TRUE, prong(dm, "de minimis level").value(), dm.toString());
        assertEquals(Tri.FALSE, dm.subjects(), "5 % ≤ 25 %");
    }

    /** docs/cli-json.md: one § 734.9(e)/(g) entry for all when no named party matched an entry with a footnote. */
    @Test
    void aNamedPartyOnNoListGivesOneEntityListFdpEntryThatDoesNotReach() {
        LicenseDetermination d = assess(Chips.L4, "BR", AUG_2026, foreign(Tri.TRUE, "0"), "Temasek Polytechnic Teaching Lab");
        RuleFinding el = rule(d, EntityListFdpRule.ID).orElseThrow(() -> new AssertionError(d.jurisdiction().rules()));
        assertEquals("15 CFR 734.9(e), (g)", el.paragraph());
        assertEquals(Tri.FALSE, el.subjects());
        assertEquals(Tri.FALSE, prong(el, "end-user scope").value());
    }

    /** Footnote 4's paragraph reaches any direct product; footnote 5's item scope was not read (UNCONFIRMED). */
    @Test
    void theProductProngSaysWhetherTheFootnotesItemScopeWasRead() {
        RuleFinding fn4 = rule(assess(Chips.L4, "SG", AUG_2026, foreign(Tri.TRUE, "0"), "Moore Threads"), EntityListFdpRule.ID + "-fn4")
            .orElseThrow();
        assertEquals("direct product of US-origin technology or software of the listed ECCNs, or of a plant that is: yes",
            prong(fn4, "product scope").reason());
        assertEquals(Tri.TRUE, fn4.subjects());
        RuleFinding fn5 = rule(assess(Chips.L4, "DE", AUG_2026, foreign(Tri.TRUE, "0"), CAS_IME), EntityListFdpRule.ID + "-fn5").orElseThrow();
        Prong product = prong(fn5, "product scope");
        assertTrue(product.reason().endsWith("; the paragraph's item scope was not read (UNCONFIRMED)"), product.reason());
        assertEquals(Tri.UNKNOWN, product.value());
        assertEquals(List.of("footnote-5"), ids(product), "the item scope of footnote 5 settles it");
    }

    /** Whether the item is a direct product, when not given, is settled by the supplier's statement (us-technology). */
    @Test
    void anUnknownDirectProductIsSettledByTheSuppliersStatement() {
        RuleFinding fn4 = rule(assess(Chips.L4, "SG", AUG_2026, foreign(Tri.UNKNOWN, "0"), "Moore Threads"), EntityListFdpRule.ID + "-fn4")
            .orElseThrow();
        Prong product = prong(fn4, "product scope");
        assertEquals(Tri.UNKNOWN, product.value());
        assertEquals(List.of("us-technology"), ids(product));
    }

    /** Before 89 FR 96790 (2024-12-02) § 734.9(e)(3) was not in force: the end-user prong says so and is false. */
    @Test
    void theEndUserProngSaysWhenTheFootnotesParagraphWasNotInForce() {
        RuleFinding before = rule(assess(Chips.L4, "DE", LocalDate.of(2024, 12, 1), foreign(Tri.TRUE, "0"), CAS_IME),
            EntityListFdpRule.ID + "-fn5").orElseThrow();
        Prong b = prong(before, "end-user scope");
        assertTrue(b.reason().startsWith("the paragraph was not in force on 2024-12-01: party on the Entity List with this footnote: '"
            + CAS_IME + "'"), b.reason());
        assertEquals(Tri.FALSE, b.value());
        RuleFinding after = rule(assess(Chips.L4, "DE", AUG_2026, foreign(Tri.TRUE, "0"), CAS_IME), EntityListFdpRule.ID + "-fn5").orElseThrow();
        Prong a = prong(after, "end-user scope");
        assertTrue(a.reason().startsWith("party on the Entity List with this footnote: '" + CAS_IME + "' ~ '" + CAS_IME + "' (PROBABLE)"),
            a.reason());
        assertEquals(Tri.TRUE, a.value());
        assertEquals(List.of(), ids(a), "a probable match needs no confirmation");
    }
}
