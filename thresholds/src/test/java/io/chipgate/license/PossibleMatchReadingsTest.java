package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A POSSIBLE match on the Entity List is a question with two readings, each with its own answer: "listed" (the party
 * is the entry: § 744.11, a licence for all items subject to the EAR) and "not-listed" (another party with a similar
 * name: the answer without the party). An L4 to a Singapore-headquartered end user in Singapore needs no licence on the
 * advanced-computing grounds (Singapore is in A:6 only).
 */
class PossibleMatchReadingsTest {
    /** The answers of every combination of readings (other questions too) that reads the party's question so. */
    static List<Tri> answersUnder(LicenseDetermination d, String readingId) {
        List<Tri> answers = d.asEnforced().readings().stream()
            .filter(r -> r.readings().stream().anyMatch(x -> x.question().equals("party:END_USER:Zhipu") && x.id().equals(readingId)))
            .map(ReadingAnswer::licenseRequired).distinct().toList();
        assertTrue(!answers.isEmpty(), () -> readingId + " in " + d.asEnforced().readings());
        return answers;
    }

    @Test
    void eachReadingOfAPossibleMatchHasItsOwnAnswer() {
        // "Zhipu" is a POSSIBLE match for the alias "Zhipu AI" of Beijing Zhipu Huazhang Technology Co., Ltd. (90 FR 4617)
        LicenseDetermination d = PartiesInLicenceTest.assess(Chips.L4, "SG", "SG", "Zhipu", PartiesInLicenceTest.AUG_2026);
        assertEquals(List.of(Tri.TRUE), answersUnder(d, "listed"));
        assertEquals(List.of(Tri.FALSE), answersUnder(d, "not-listed"));
        assertTrue(d.asEnforced().readingsDisagree());
    }

    /**
     * An item not subject to the EAR (a foreign-made L4, not a direct product, no US content, to Germany) says why in one
     * warning, and the grounds were not evaluated.
     */
    @Test
    void anItemNotSubjectToTheEarSaysSoInItsWarning() {
        LicenseDetermination d = JurisdictionTest.assess(Chips.L4, "DE", PartiesInLicenceTest.AUG_2026,
            ItemOrigin.foreign(Tri.FALSE, BigDecimal.ZERO), null);
        assertEquals(Tri.FALSE, d.subjectToEar());
        assertEquals(1, d.notices().size(), d.warnings().toString());
        assertEquals(LicenceNotice.Code.NOT_SUBJECT_TO_EAR, d.notices().get(0).code());
        assertTrue(d.warnings().get(0).startsWith("not subject to the EAR on the facts given ("), d.warnings().get(0));
        assertTrue(d.warnings().get(0).endsWith("keep the maker's statement of the technology and equipment used and the content "
            + "calculation (supplement no. 2 to part 734)"), d.warnings().get(0));
    }
}
