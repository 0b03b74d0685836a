package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.parties.ListKind;
import io.chipgate.parties.PartyScreen;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a listed party does to the licence answer (issue 20 § 3), each case from the list entry it cites, against the
 * bundled Consolidated Screening List of 2026-07-31.
 */
class PartiesInLicenceTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
    static final PartyScreen SCREEN = PartyScreen.builtin();

    static LicenseDetermination assess(Part p, String to, String hq, String endUser, LocalDate on) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(hq));
        if (endUser != null) {
            s = s.withEndUser(endUser);
        }
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), SCREEN);
    }

    static List<Basis> party(LicenseDetermination d) {
        return d.basis().stream().filter(b -> b.ground() == Ground.PARTY_LISTING).toList();
    }

    @Test
    void anEntityListEndUserMakesTheAnswerYesWithTheEntrysPolicyAndNoException() {
        // Moore Thread Intelligent Technology (Beijing) Co., Ltd., alias Moore Threads: Entity List, 88 FR 71992,
        // presumption of denial. An L4 to Singapore for a Singapore-headquartered end user needs no licence otherwise.
        LicenseDetermination free = assess(Chips.L4, "SG", "SG", null, AUG_2026);
        assertEquals(Tri.FALSE, free.licenseRequired());
        assertFalse(free.partiesScreened());
        assertTrue(LicenseReports.text(free).contains("NO (on the grounds assessed); parties not screened"), LicenseReports.text(free));

        LicenseDetermination d = assess(Chips.L4, "SG", "SG", "Moore Threads", AUG_2026);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertTrue(d.partiesScreened());
        Basis b = party(d).get(0);
        assertTrue(b.citation().contains("88 FR 71992"), b.citation());
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, d.reviewPolicy().kind());
        assertTrue(d.licenseExceptions().isEmpty(), "the Entity List entry allows no licence exception");
        assertEquals(ListKind.ENTITY_LIST, d.parties().get(0).hit().list());
        String first = LicenseReports.text(d).lines().filter(l -> l.startsWith("Licence required")).findFirst().orElseThrow();
        assertEquals("Licence required: YES — Entity List (88 FR 71992): presumption of denial", first);
    }

    @Test
    void zhipuAiIsFoundByItsAlias() {
        // Beijing Zhipu Huazhang Technology Co., Ltd. (alias "Zhipu AI"), Entity List, 90 FR 4617
        LicenseDetermination d = assess(Chips.L4, "SG", "SG", "Zhipu AI", AUG_2026);
        assertEquals(Tri.TRUE, d.licenseRequired());
        assertTrue(party(d).get(0).citation().contains("90 FR 4617"));
    }

    @Test
    void aPossibleMatchMakesTheAnswerUnknownAndNamesThePartyToConfirm() {
        // "Zhipu" alone is at most a POSSIBLE match for "Zhipu AI" (score 85)
        LicenseDetermination d = assess(Chips.L4, "SG", "SG", "Zhipu", AUG_2026);
        assertEquals(Tri.UNKNOWN, d.licenseRequired(), () -> LicenseReports.text(d));
        assertEquals("party:END_USER:Zhipu", d.settledBy().get(0).id(), d.settledBy().toString());
        assertTrue(d.settledBy().get(0).question().startsWith("Is the end user 'Zhipu' the listed party"), d.settledBy().toString());
    }

    @Test
    void anUnlistedNameLeavesTheAnswerAsItWasAndSaysThePartiesWereScreened() {
        LicenseDetermination d = assess(Chips.L4, "SG", "SG", "Temasek Polytechnic Teaching Lab", AUG_2026);
        assertEquals(Tri.FALSE, d.licenseRequired());
        assertTrue(d.parties().isEmpty());
        assertTrue(LicenseReports.text(d).contains("Parties: screened against the Consolidated Screening List of 2026-07-31: no match"));
        assertFalse(LicenseReports.text(d).contains("parties not screened"));
    }

    @Test
    void otherListsAreStatedDeniedPersonsProhibitUvlBarsExceptionsOfacIsOutsideTheEar() {
        LicenseDetermination dpl = assess(Chips.L4, "SG", "SG", "Cirrus Electronics LLC", AUG_2026);
        assertEquals(Tri.TRUE, dpl.licenseRequired(), () -> LicenseReports.text(dpl));
        assertTrue(party(dpl).get(0).reason().contains("denied person"));
        LicenseDetermination sdn = assess(Chips.L4, "SG", "SG", "Al Wasel and Babel General Trading LLC", AUG_2026);
        assertTrue(sdn.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.OUTSIDE_THE_EAR && n.text().contains("Specially Designated Nationals")),
            () -> String.join("\n", sdn.warnings()));
        assertEquals(Tri.FALSE, sdn.licenseRequired(), "the EAR answer stands; the OFAC flag is stated beside it");
        LicenseDetermination uvl = assess(Chips.L40, "AE", "AE", "Piricas Trading Company", LocalDate.of(2025, 6, 1));
        assertTrue(uvl.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.UNVERIFIED_LIST), uvl.warnings()::toString);
        assertTrue(uvl.licenseExceptions().isEmpty(), "a UVL party bars licence exceptions");
    }

    @Test
    void theListsDateIsShownAndAStaleListIsFlagged() {
        LicenseDetermination fresh = assess(Chips.L4, "SG", "SG", "Moore Threads", LocalDate.of(2026, 8, 30));
        assertEquals(LocalDate.of(2026, 7, 31), fresh.partiesListDate().orElseThrow());
        assertFalse(fresh.partiesListStale(), "30 days after the list date");
        LicenseDetermination stale = assess(Chips.L4, "SG", "SG", "Moore Threads", LocalDate.of(2026, 8, 31));
        assertTrue(stale.partiesListStale(), "31 days after the list date");
        assertTrue(LicenseReports.text(stale).contains("(STALE: older than 30 days"));
        assertTrue(LicenseReports.json(stale).contains("\"partiesListStale\" : true"));
    }

    @Test
    void theAffiliatesRuleIsADatedWarningBecauseOwnershipIsInvisibleToNameScreening() {
        assertTrue(assess(Chips.L4, "SG", "SG", "Acme", LocalDate.of(2025, 10, 15)).warnings().stream()
            .anyMatch(w -> w.startsWith("affiliates rule") && w.contains("in force on this date")));
        assertTrue(assess(Chips.L4, "SG", "SG", "Acme", LocalDate.of(2026, 3, 1)).warnings().stream()
            .anyMatch(w -> w.startsWith("affiliates rule") && w.contains("suspended")));
        assertFalse(assess(Chips.L4, "SG", "SG", "Acme", LocalDate.of(2025, 6, 1)).warnings().stream()
            .anyMatch(w -> w.startsWith("affiliates rule")));
    }
}
