package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a party's basis says (issue 20 § 3; answers explain themselves): the listed entry a name matched and through
 * which alias, the entry's Federal Register notice, and the footnote of the entry's licence requirement — footnote 4 of
 * supplement no. 4 to part 744 points at the foreign-direct-product rule of § 734.9(e)(2). Entries of the bundled
 * Consolidated Screening List of 2026-07-31: Moore Thread Intelligent Technology (Beijing) Co., Ltd. (alias Moore
 * Threads, 88 FR 71992, "… (See §§ 734.9(e)(2) and 744.11 of the EAR)4") and Beijing Zhipu Huazhang Technology Co., Ltd.
 * (alias Zhipu AI, 90 FR 4617, "… (See §744.11 of the EAR)", no footnote).
 */
class PartyReasonsTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);
    static final String MOORE = "Moore Thread Intelligent Technology (Beijing) Co., Ltd.";

    static Basis entry(String endUser, String listedName) {
        LicenseDetermination d = PartiesInLicenceTest.assess(Chips.L4, "SG", "SG", endUser, AUG_2026);
        assertEquals(Tri.TRUE, d.licenseRequired(), () -> LicenseReports.text(d));
        return PartiesInLicenceTest.party(d).stream().filter(b -> b.key().endsWith(":" + listedName)).findFirst()
            .orElseThrow(() -> new AssertionError(listedName + " not among " + PartiesInLicenceTest.party(d)));
    }

    @Test
    void aNameMatchedThroughAnAliasNamesTheAliasAndTheListedParty() {
        Basis b = entry("Moore Threads", MOORE);
        assertTrue(b.reason().startsWith("end user 'Moore Threads' matches the alias 'Moore Threads' of '" + MOORE + "' (PROBABLE, score "),
            b.reason());
        assertEquals("Entity List (88 FR 71992)", b.citation());
    }

    @Test
    void aNameThatIsTheListedNameIsNotSaidToMatchIt() {
        Basis b = entry(MOORE, MOORE);
        assertTrue(b.reason().startsWith("end user '" + MOORE + "' (PROBABLE, score 100) is on the Entity List"), b.reason());
        assertFalse(b.reason().contains(" matches "), b.reason());
    }

    @Test
    void footnote4OfTheEntryPointsAtTheForeignDirectProductRule() {
        String withFootnote = entry("Moore Threads", MOORE).reason();
        assertTrue(withFootnote.contains("; footnote 4 of the entry: a foreign-direct-product rule of § 734.9(e) may also reach "
            + "foreign-made items; "), withFootnote);
        String without = entry("Zhipu AI", "Beijing Zhipu Huazhang Technology Co., Ltd.").reason();
        assertFalse(without.contains("footnote"), without);
        assertTrue(without.contains("licence requirement For all items subject to the EAR (See §744.11 of the EAR); no licence exception"),
            without);
    }

    @Test
    void aListedConsigneeIsScreenedAndNamedByItsRole() {
        // § 744.11: the Entity List requirement applies when a listed party is a party to the transaction, the consignee too
        LicenseDetermination d = Licensing.assess(Shipment.of(Chips.L4, 1, CountryCode.of("SG"), AUG_2026)
            .withHeadquarters(CountryCode.of("SG")).withConsignee("Moore Threads"));
        assertEquals(Tri.TRUE, d.licenseRequired(), () -> LicenseReports.text(d));
        assertEquals(io.chipgate.parties.PartyRole.CONSIGNEE, d.parties().get(0).party().role());
        assertTrue(PartiesInLicenceTest.party(d).get(0).reason().startsWith("consignee 'Moore Threads' matches "),
            PartiesInLicenceTest.party(d).toString());
    }

    @Test
    void aCommonNameKeepsEveryProbableHitTheThreeBestPossibleOnesAndAsksAboutTheBest() {
        // "Inspur": Inspur Group Co., Ltd. on the Entity List and the NS-CMIC list (PROBABLE), and five other Entity List entries
        // that resemble it (POSSIBLE, scores 88, 88, 84, 84, 84). Licensing.assess keeps "every PROBABLE hit; the three best
        // POSSIBLE ones (a common word can resemble dozens of entries)", and the question a POSSIBLE Entity List match opens
        // names the best of them, not the PROBABLE entry
        LicenseDetermination d = PartiesInLicenceTest.assess(Chips.L4, "SG", "SG", "Inspur", AUG_2026);
        assertEquals(2, d.parties().stream().filter(p -> p.hit().band() == io.chipgate.parties.MatchBand.PROBABLE).count(), d.parties()::toString);
        assertEquals(List.of(88, 88, 84), d.parties().stream().filter(p -> p.hit().band() == io.chipgate.parties.MatchBand.POSSIBLE)
            .map(p -> p.hit().score()).toList(), d.parties()::toString);
        assertEquals(Tri.TRUE, d.licenseRequired(), "the PROBABLE Entity List match decides");
        Reading listed = d.readings().stream().flatMap(r -> r.readings().stream())
            .filter(r -> r.question().equals("party:END_USER:Inspur") && r.id().equals("listed")).findFirst()
            .orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
        assertTrue(listed.assumption().startsWith("Is the end user 'Inspur' the listed party 'Inspur (Beijing) Electronic Information "
            + "Industry Co., Ltd.' (Entity List)? yes (a POSSIBLE name match, score 88)"), listed.assumption());
    }

    @Test
    void theOneArgumentAssessScreensTheNamedPartiesAgainstTheBundledList() {
        // Licensing.assess(Shipment): "The parties the shipment names … are screened against the bundled Consolidated
        // Screening List" — and so are they by the overload with the data given
        Shipment s = Shipment.of(Chips.L4, 1, CountryCode.of("SG"), AUG_2026).withHeadquarters(CountryCode.of("SG"))
            .withEndUser("Moore Threads");
        for (LicenseDetermination d : List.of(Licensing.assess(s), Licensing.assess(s, io.chipgate.metrics.Interpretation.defaults(),
            Chips::find))) {
            assertTrue(d.partiesScreened());
            assertEquals(Tri.TRUE, d.licenseRequired(), () -> LicenseReports.text(d));
            assertEquals(LocalDate.of(2026, 7, 31), d.partiesListDate().orElseThrow());
        }
        LicenseDetermination none = Licensing.assess(Shipment.of(Chips.L4, 1, CountryCode.of("SG"), AUG_2026)
            .withHeadquarters(CountryCode.of("SG")));
        assertFalse(none.partiesScreened());
        assertEquals(Tri.FALSE, none.licenseRequired());
    }
}
