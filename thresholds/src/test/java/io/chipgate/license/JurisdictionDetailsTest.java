package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.FigureSource;
import io.chipgate.model.Grade;
import io.chipgate.model.Part;
import io.chipgate.model.Source;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jurisdiction step's details (issue 19): {@link ItemOrigin}'s value semantics and text, and what
 * {@link Jurisdiction} says for each outcome — the basis naming the rule that reached the item (§ 734.9 prongs or the
 * § 734.4 de minimis level), the de minimis percentage in a "not subject" basis, only the undecided paragraphs in an
 * UNKNOWN basis, the rules' citations, the catalog's fabrication lines, and the question clip at 200 characters.
 */
class JurisdictionDetailsTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);

    static Jurisdiction assess(Part p, String to, LocalDate on, ItemOrigin origin) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(to)).withItemOrigin(origin);
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), null)
            .jurisdiction();
    }

    static ItemOrigin foreign(Tri direct, String percent) {
        return ItemOrigin.foreign(direct, percent == null ? null : new BigDecimal(percent));
    }

    @Test
    void itemOriginTextNamesEachFact() {
        assertEquals("not given", ItemOrigin.notGiven().toString());
        assertEquals("us", ItemOrigin.us().toString());
        assertEquals("foreign (direct product: yes; US content 18.5 %)", foreign(Tri.TRUE, "18.5").toString());
        assertEquals("foreign (direct product: no; US content 0 %)", foreign(Tri.FALSE, "0.00").toString());
        assertEquals("foreign (direct product: unknown; US content unknown)", foreign(Tri.UNKNOWN, null).toString());
        assertEquals("yes", ItemOrigin.yesNo(Tri.TRUE));
        assertEquals("no", ItemOrigin.yesNo(Tri.FALSE));
        assertEquals("unknown", ItemOrigin.yesNo(Tri.UNKNOWN));
    }

    @Test
    void itemOriginsAreEqualExactlyWhenTheirFactsAre() {
        // "25" and "25.0" are the same percentage (class javadoc); 100 as "1E+2" too
        assertEquals(foreign(Tri.TRUE, "25"), foreign(Tri.TRUE, "25.0"));
        assertEquals(foreign(Tri.TRUE, "25").hashCode(), foreign(Tri.TRUE, "25.0").hashCode());
        assertEquals(foreign(Tri.FALSE, "100"), ItemOrigin.foreign(Tri.FALSE, new BigDecimal("1E+2")));
        List<ItemOrigin> distinct = List.of(ItemOrigin.notGiven(), ItemOrigin.us(), foreign(Tri.TRUE, "25"), foreign(Tri.FALSE, "25"),
            foreign(Tri.TRUE, "25.5"), foreign(Tri.TRUE, null), foreign(Tri.UNKNOWN, "25"));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = 0; j < distinct.size(); j++) {
                assertEquals(i == j, distinct.get(i).equals(distinct.get(j)), distinct.get(i) + " vs " + distinct.get(j));
            }
        }
        assertNotEquals(ItemOrigin.us(), "us");
        Set<Integer> hashes = distinct.stream().map(ItemOrigin::hashCode).collect(Collectors.toSet());
        assertTrue(hashes.size() > 1, "the hash depends on the facts: " + hashes);
    }

    @Test
    void aForeignItemAboveTheDeMinimisLevelIsSubjectByThatRuleAndSaysSo() {
        // § 734.4(d)(1): to Germany the level is 25 %; 30 % of controlled US content is above it; no direct product
        Jurisdiction j = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "30"));
        assertEquals(Tri.TRUE, j.subjectToEar());
        assertEquals("a foreign-made item reached by 15 CFR 734.4 (de minimis rule): its controlled US-origin content is above the "
            + "de minimis level", j.basis());
        assertTrue(j.settledBy().isEmpty());
    }

    @Test
    void aForeignDirectProductReachedByTheFdpRuleSaysBothProngsMet() {
        // § 734.9(h) as of 88 FR 73458: a 3A090.a item (H100) that is a direct product, to China (D:5)
        Jurisdiction j = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.TRUE, "0"));
        assertEquals(Tri.TRUE, j.subjectToEar());
        assertTrue(j.basis().startsWith("a foreign-made item reached by 15 CFR 734.9(h) ("), j.basis());
        assertTrue(j.basis().endsWith("): both prongs met"), j.basis());
    }

    @Test
    void aNotSubjectBasisGivesTheContentPercentAgainstTheLevel() {
        // § 734.4(d)(1): "valued at 25% or less" — 18.5 % to Germany is at or below it
        Jurisdiction j = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "18.50"));
        assertEquals(Tri.FALSE, j.subjectToEar(), j.rules().toString());
        assertTrue(j.basis().contains("whose controlled US-origin content is 18.5 %, at or below the de minimis level (15 CFR 734.4)"),
            j.basis());
        assertTrue(j.basis().endsWith("no EAR licence applies because the EAR do not — other countries' export laws may"), j.basis());
        assertEquals("Jurisdiction: NOT SUBJECT to the EAR — " + j.basis(), j.statement());
        assertEquals(j.statement(), j.toString());
    }

    @Test
    void anUnknownBasisNamesOnlyTheParagraphsLeftUndecided() {
        // not a direct product, so every § 734.9 rule is FALSE; only the 2023 de minimis reading is open (20 % to China)
        Jurisdiction j = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.FALSE, "20"));
        assertEquals(Tri.UNKNOWN, j.subjectToEar());
        assertEquals("a foreign-made item; 15 CFR 734.4 not decided by the facts given", j.basis());
        assertEquals("Jurisdiction: UNKNOWN whether the item is subject to the EAR — " + j.basis(), j.statement());
    }

    @Test
    void aForeignItemCitesEveryRuleItWasTestedAgainst() {
        Jurisdiction j = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "10"));
        assertEquals("15 CFR 734.3(a)(3), (a)(4)", j.citations().get(0));
        for (RuleFinding r : j.rules()) {
            assertTrue(j.citations().contains(r.citation()), r.citation() + " in " + j.citations());
        }
        assertTrue(j.rules().size() >= 4, j.rules().toString());
        assertEquals(List.of("15 CFR 734.3(a)(2)"), assess(Chips.H100, "DE", AUG_2026, ItemOrigin.us()).citations());
    }

    @Test
    void jurisdictionsAreValuesOfTheirFacts() {
        Jurisdiction a = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "10"));
        Jurisdiction b = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "10.0"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Jurisdiction other = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.FALSE, "30"));
        assertNotEquals(a, other);
        assertNotEquals(a, ItemOrigin.us());
        assertNotEquals(a.hashCode(), other.hashCode(), "answers and bases differ");
    }

    @Test
    void fabricationListsEachDieWithAProcessAndItsSource() {
        Part p = Part.builder().id("two-die").vendor("-").name("two dies")
            .addSources(Source.builder().id("vendor-a").title("a").grade(Grade.VENDOR).build())
            .addSources(Source.builder().id("wp-b").title("b").grade(Grade.VENDOR).build())
            .addDies(Die.builder().name("GX1").role(DieRole.LOGIC).process("TSMC N4").source("vendor-a")
                .putFigureSources("process", FigureSource.of("wp-b")).build())
            .addDies(Die.builder().role(DieRole.LOGIC).process("Samsung 5LPE").source("vendor-a").build())
            .addDies(Die.builder().role(DieRole.IO).process("TSMC N6").build())
            .addDies(Die.builder().name("no-process").role(DieRole.LOGIC).source("vendor-a").build())
            .build();
        assertEquals(List.of("GX1: TSMC N4 (source wp-b)", "logic die: Samsung 5LPE (source vendor-a)", "io die: TSMC N6 (source none)"),
            Jurisdiction.fabrication(p));
    }

    @Test
    void questionsAreClippedAt200Characters() {
        String exact = "q".repeat(OpenQuestion.MAX_QUESTION);
        assertEquals(exact, Jurisdiction.clip(exact));
        String longer = "q".repeat(OpenQuestion.MAX_QUESTION + 1);
        String clipped = Jurisdiction.clip(longer);
        assertEquals(OpenQuestion.MAX_QUESTION, clipped.length());
        assertTrue(clipped.endsWith("…"));
        assertEquals("short", Jurisdiction.clip("short"));
    }
}
