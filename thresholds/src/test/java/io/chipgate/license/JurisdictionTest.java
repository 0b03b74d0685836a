package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.parties.PartyScreen;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The jurisdiction step (issue 24), one hand-written example per rule and its edges, each citing its paragraph: the
 * default assumption, § 734.3(a)(2) (US origin), § 734.9(h) in its 2022 and 2023 texts, § 734.9(e) footnotes 1 and 4,
 * § 734.4(c)/(d) at their levels, the 2023 de minimis reading, and unknown facts as readings.
 */
class JurisdictionTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
    static final PartyScreen SCREEN = PartyScreen.builtin();

    static LicenseDetermination assess(Part p, String to, LocalDate on, ItemOrigin origin, String endUser) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(to)).withItemOrigin(origin);
        if (endUser != null) {
            s = s.withEndUser(endUser);
        }
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(),
            endUser == null ? null : SCREEN);
    }

    static ItemOrigin foreign(Tri direct, String percent) {
        return ItemOrigin.foreign(direct, percent == null ? null : new BigDecimal(percent));
    }

    static Optional<RuleFinding> rule(LicenseDetermination d, String id) {
        return d.jurisdiction().rules().stream().filter(r -> r.rule().equals(id)).findFirst();
    }

    static String line(LicenseDetermination d, String prefix) {
        return LicenseReports.text(d).lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void withNoFactsTheItemIsAssumedUsOriginAndTheAnswerSaysSo() {
        LicenseDetermination d = assess(Chips.H100, "CN", AUG_2026, ItemOrigin.notGiven(), null);
        assertEquals(Tri.TRUE, d.subjectToEar());
        assertTrue(d.jurisdiction().assumed());
        assertEquals("assumed subject to the EAR (US-origin item)", d.jurisdiction().basis());
        String second = LicenseReports.text(d).lines().skip(1).findFirst().orElseThrow();
        assertTrue(second.startsWith("Jurisdiction: assumed subject to the EAR (US-origin item)"), second);
        assertEquals(Tri.TRUE, d.licenseRequired());
    }

    @Test
    void aUsOriginItemIsSubjectWhereverLocated() {
        // § 734.3(a)(2): "All U.S. origin items wherever located"
        LicenseDetermination d = assess(Chips.H100, "DE", AUG_2026, ItemOrigin.us(), null);
        assertEquals(Tri.TRUE, d.subjectToEar());
        assertFalse(d.jurisdiction().assumed());
        assertTrue(d.jurisdiction().basis().contains("734.3(a)(2)"), d.jurisdiction().basis());
        assertTrue(d.jurisdiction().rules().isEmpty());
    }

    @Test
    void advancedComputingFdpRuleOf2023ReachesAForeignMadeH100ToChina() {
        // § 734.9(h) (88 FR 73458): H100 is 3A090.a; direct product of US technology: yes; China is in D:5
        LicenseDetermination d = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.TRUE, "0"), null);
        assertEquals(Tri.TRUE, d.subjectToEar());
        assertTrue(d.jurisdiction().basis().contains("15 CFR 734.9(h)"), d.jurisdiction().basis());
        RuleFinding h = rule(d, AdvancedComputingFdpRule.ID).orElseThrow();
        assertEquals(Tri.TRUE, h.prongs().get(0).value());
        assertEquals(Tri.TRUE, h.prongs().get(1).value());
        assertTrue(h.version().contains("88 FR 73458"));
        assertEquals(Tri.TRUE, d.licenseRequired());
    }

    @Test
    void theProductProngNeedsTheDirectProductFact() {
        // § 734.9(h)(1): both the item (3A090) and the direct product of US technology are required
        LicenseDetermination d = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.FALSE, "0"), null);
        RuleFinding h = rule(d, AdvancedComputingFdpRule.ID).orElseThrow();
        assertEquals(Tri.FALSE, h.prongs().get(0).value());
        assertEquals(Tri.TRUE, h.prongs().get(1).value());
        assertEquals(Tri.FALSE, h.subjects());
    }

    static Stream<Arguments> fdpDates() {
        // the 2022 FDP provisions from 2022-10-21 (China only), Macau from 2023-01-17, the 2023 text from 2023-11-17
        // (D:1/D:4 excl. A:5/A:6, Macau, D:5); Saudi Arabia is in D:4 and not in A:5/A:6
        return Stream.of(
            Arguments.of("CN", "2022-10-20", null),
            Arguments.of("CN", "2022-10-21", Tri.TRUE),
            Arguments.of("MO", "2023-01-16", Tri.FALSE),
            Arguments.of("MO", "2023-01-17", Tri.TRUE),
            Arguments.of("SA", "2023-11-16", Tri.FALSE),
            Arguments.of("SA", "2023-11-17", Tri.TRUE),
            Arguments.of("DE", "2026-08-01", Tri.FALSE));
    }

    @ParameterizedTest
    @MethodSource("fdpDates")
    void theDestinationProngFollowsTheVersionInForce(String to, String on, Tri destination) {
        LicenseDetermination d = assess(Chips.H100, to, LocalDate.parse(on), foreign(Tri.TRUE, "0"), null);
        Optional<RuleFinding> h = rule(d, AdvancedComputingFdpRule.ID);
        if (destination == null) {
            assertTrue(h.isEmpty(), "the rule is not in force before 2022-10-21");
        } else {
            assertEquals(destination, h.orElseThrow().prongs().get(1).value(), h.orElseThrow().prongs().get(1).reason());
            assertEquals(destination, h.orElseThrow().subjects());
        }
    }

    @Test
    void aForeignMadeServerToGermanyAtTheDeMinimisLevelIsNotSubjectAndNeverABareNo() {
        // § 734.4(d)(1): "valued at 25% or less" — at exactly 25 % not subject; not a direct product, so no § 734.9 rule
        LicenseDetermination d = assess(Chips.HGX_H100, "DE", AUG_2026, foreign(Tri.FALSE, "25"), "Zeta Quux Omega Gmbh");
        assertEquals(Tri.FALSE, d.subjectToEar(), d.jurisdiction().rules().toString());
        assertEquals(Tri.FALSE, d.licenseRequired());
        assertTrue(d.basis().isEmpty(), "no ground is evaluated for an item not subject to the EAR");
        String text = LicenseReports.text(d);
        assertTrue(line(d, "Jurisdiction:").startsWith("Jurisdiction: NOT SUBJECT to the EAR"), text);
        assertTrue(line(d, "Licence required:").startsWith("Licence required: NOT APPLICABLE — the item is not subject to the EAR"), text);
        assertFalse(text.contains("NO (on the grounds assessed)"), text);
        String json = LicenseReports.json(d);
        assertTrue(json.contains("\"subjectToEar\" : false"), json);
        assertTrue(json.contains("\"jurisdiction\""), json);
    }

    static Stream<Arguments> deMinimisLevels() {
        // § 734.4(d): 25 % outside E:1/E:2; § 734.4(c): 10 % for E:1/E:2 (Iran); before the 2023 text (no reading)
        return Stream.of(
            Arguments.of("DE", "2023-06-01", "24.99", Tri.FALSE),
            Arguments.of("DE", "2023-06-01", "25", Tri.FALSE),
            Arguments.of("DE", "2023-06-01", "25.00", Tri.FALSE),
            Arguments.of("DE", "2023-06-01", "25.01", Tri.TRUE),
            Arguments.of("DE", "2023-06-01", "100", Tri.TRUE),
            Arguments.of("IR", "2023-06-01", "10", Tri.FALSE),
            Arguments.of("IR", "2023-06-01", "10.001", Tri.TRUE),
            Arguments.of("DE", "2023-06-01", "0", Tri.FALSE));
    }

    @ParameterizedTest
    @MethodSource("deMinimisLevels")
    void deMinimisAtItsLevels(String to, String on, String percent, Tri subjects) {
        LicenseDetermination d = assess(Chips.H100, to, LocalDate.parse(on), foreign(Tri.FALSE, percent), null);
        RuleFinding dm = rule(d, DeMinimisRule.ID).orElseThrow();
        assertEquals(subjects, dm.subjects(), dm.prongs().toString());
    }

    @Test
    void the2023DeMinimisReadingLeavesTheAnswerOpenBelowTheLevel() {
        // 88 FR 73458 is reported to leave no de minimis level for 3A090 content to D:5 (UNCONFIRMED): a reading
        LicenseDetermination d = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.FALSE, "20"), null);
        RuleFinding dm = rule(d, DeMinimisRule.ID).orElseThrow();
        assertEquals(Tri.UNKNOWN, dm.subjects());
        assertEquals(Tri.UNKNOWN, d.subjectToEar());
        assertTrue(d.settledBy().stream().anyMatch(q -> q.id().equals("de-minimis-2023")), d.settledBy().toString());
        // with no US content at all both readings agree: not subject
        LicenseDetermination none = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.FALSE, "0"), null);
        assertEquals(Tri.FALSE, none.subjectToEar(), none.jurisdiction().basis());
        // above the level both readings agree: subject
        LicenseDetermination above = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.FALSE, "30"), null);
        assertEquals(Tri.TRUE, above.subjectToEar());
    }

    @Test
    void unknownFactsAreNamedAsWhatSettlesTheAnswer() {
        LicenseDetermination d = assess(Chips.H100, "DE", AUG_2026, foreign(Tri.UNKNOWN, null), null);
        assertEquals(Tri.UNKNOWN, d.subjectToEar());
        List<String> ids = d.jurisdiction().settledBy().stream().map(OpenQuestion::id).toList();
        assertTrue(ids.containsAll(List.of("us-technology", "parties", "us-content")), ids.toString());
        // the H100 to Germany needs no licence on the grounds assessed: whether or not subject, no licence
        assertEquals(Tri.FALSE, d.licenseRequired());
    }

    @Test
    void unknownJurisdictionWithALicenceGroundIsUnknown() {
        LicenseDetermination d = assess(Chips.H100, "CN", LocalDate.of(2024, 6, 1), foreign(Tri.UNKNOWN, "0"), null);
        assertEquals(Tri.UNKNOWN, d.subjectToEar());
        assertEquals(Tri.UNKNOWN, d.licenseRequired());
        assertTrue(d.settledBy().stream().anyMatch(q -> q.id().equals("us-technology")), d.settledBy().toString());
        assertTrue(line(d, "Licence required:").contains("whether the item is subject to the EAR is not known"));
    }

    @Test
    void anEntityWithFootnote1ReachesADirectProductAnywhere() {
        // § 734.9(e)(1): Huawei Technologies Research & Development Belgium NV, "see §§ 734.9(e)1 and 744.11"
        LicenseDetermination d = assess(Chips.L4, "BE", AUG_2026, foreign(Tri.TRUE, "0"),
            "Huawei Technologies Research & Development Belgium NV");
        RuleFinding fn1 = rule(d, EntityListFdpRule.ID + "-fn1").orElseThrow(() -> new AssertionError(d.jurisdiction().rules()));
        assertEquals(Tri.TRUE, fn1.subjects());
        assertEquals(Tri.TRUE, d.subjectToEar());
        assertTrue(d.jurisdiction().basis().contains("734.9(e)(1)"), d.jurisdiction().basis());
        // not a direct product: the product prong fails, the rule does not reach it
        LicenseDetermination no = assess(Chips.L4, "BE", AUG_2026, foreign(Tri.FALSE, "0"),
            "Huawei Technologies Research & Development Belgium NV");
        assertEquals(Tri.FALSE, rule(no, EntityListFdpRule.ID + "-fn1").orElseThrow().subjects());
    }

    @Test
    void footnote4IsInForceFrom20221021() {
        // § 734.9(e)(2), added by 87 FR 62186: Inspur Group Co., Ltd. "(See §§ 734.9(e)(2) and 744.11 of the EAR)4"
        LicenseDetermination before = assess(Chips.L4, "DE", LocalDate.of(2022, 10, 20), foreign(Tri.TRUE, "0"), "Inspur Group Co., Ltd.");
        LicenseDetermination on = assess(Chips.L4, "DE", LocalDate.of(2022, 10, 21), foreign(Tri.TRUE, "0"), "Inspur Group Co., Ltd.");
        assertEquals(Tri.FALSE, rule(before, EntityListFdpRule.ID + "-fn4").orElseThrow().subjects());
        assertEquals(Tri.TRUE, rule(on, EntityListFdpRule.ID + "-fn4").orElseThrow().subjects());
    }

    static Stream<Arguments> footnotes() {
        // licence-requirement texts as the bundled Consolidated Screening List writes them
        return Stream.of(
            Arguments.of("For all items subject to the EAR, see §§ 734.9(e)1 and 744.11 of the EAR2", "FN1"),
            Arguments.of("For all items subject to the EAR, see §§ 734.9(e) 1 and 744.11 of the EAR 2", "FN1"),
            Arguments.of("For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4", "FN4"),
            Arguments.of("For all items subject to the EAR. (See §§ 734.9(e) and 744.11 of the EAR)4", "FN4"),
            Arguments.of("For all items subject to the EAR (See §§734.4(a)(9), 734.9(e)(3), and 744.11 of the EAR)5", "FN5"),
            Arguments.of("For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)", "FN3"),
            Arguments.of("For all items subject to the EAR. (See §734.9(e) and §744.11 of the EAR)", "E"),
            Arguments.of("For all items subject to the EAR.", null));
    }

    @ParameterizedTest
    @MethodSource("footnotes")
    void theFootnoteIsReadFromTheParagraphTheEntryCites(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(EntityListFdpRule.Footnote::valueOf), EntityListFdpRule.footnote(text));
    }

    @Test
    void aForeignMadeItemShippedToTheUnitedStatesIsSubjectOnceThere() {
        LicenseDetermination d = assess(Chips.H100, "US", AUG_2026, foreign(Tri.FALSE, "0"), null);
        assertEquals(Tri.TRUE, d.subjectToEar());
        assertTrue(d.jurisdiction().basis().contains("734.3(a)(1)"));
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRefusedNamingTheValue() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> ItemOrigin.foreign(Tri.TRUE, new BigDecimal("100.5")));
        assertEquals("invalid US-controlled content 100.5 %: expected a percentage of the item's value from 0 to 100", e.getMessage());
        assertEquals(ItemOrigin.foreign(Tri.TRUE, new BigDecimal("25")), ItemOrigin.foreign(Tri.TRUE, new BigDecimal("25.000")));
    }

    @Test
    void anEntityWithFootnote3ReachesADirectProductUnderParagraphG() {
        // § 734.9(g): Sinno Electronics Co., Ltd. — "(See §§ 734.9(g),3 746.8(a)(3) …)": a footnote 3 'military end user'
        LicenseDetermination d = assess(Chips.L4, "DE", AUG_2026, foreign(Tri.TRUE, "0"), "Sinno Electronics Co., Ltd.");
        RuleFinding fn3 = rule(d, EntityListFdpRule.ID + "-fn3").orElseThrow(() -> new AssertionError(d.jurisdiction().rules()));
        assertEquals("15 CFR 734.9(g)", fn3.paragraph());
        assertEquals(Tri.TRUE, fn3.subjects());
        assertEquals(Tri.TRUE, d.subjectToEar());
    }

    @Test
    void aFootnote5PartyLeavesItsUnreadParagraphsOpen() {
        // § 734.9(e)(3) and § 734.4(a)(9), added by 89 FR 96790 and cited by the entry, were not read: UNKNOWN, named
        LicenseDetermination d = assess(Chips.L4, "DE", AUG_2026, foreign(Tri.TRUE, "5"),
            "Chinese Academy of Sciences Institute of Microelectronics");
        RuleFinding fn5 = rule(d, EntityListFdpRule.ID + "-fn5").orElseThrow(() -> new AssertionError(d.jurisdiction().rules()));
        assertEquals(Tri.UNKNOWN, fn5.subjects());
        assertEquals(Tri.UNKNOWN, rule(d, DeMinimisRule.ID).orElseThrow().subjects(), "§ 734.4(a)(9) may leave no level");
        assertEquals(Tri.UNKNOWN, d.subjectToEar());
        assertTrue(d.jurisdiction().settledBy().stream().anyMatch(q -> q.id().equals("footnote-5")), d.jurisdiction().settledBy().toString());
        // before 89 FR 96790 (2024-12-02) the footnote's paragraph was not in force
        LicenseDetermination before = assess(Chips.L4, "DE", LocalDate.of(2024, 12, 1), foreign(Tri.TRUE, "5"),
            "Chinese Academy of Sciences Institute of Microelectronics");
        assertEquals(Tri.FALSE, rule(before, EntityListFdpRule.ID + "-fn5").orElseThrow().subjects());
    }
}
