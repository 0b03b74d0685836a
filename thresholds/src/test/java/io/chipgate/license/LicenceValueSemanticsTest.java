package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value types of the licence answers as their Javadoc defines them: a review policy and a notice are equal when
 * their parts are (whether their text was given or rendered when first asked), and never equal to another type; a
 * question names the reading it lacks; an embargo made with {@link Embargo#since} is open-ended.
 */
class LicenceValueSemanticsTest {
    @Test
    void aReviewPolicyIsEqualToItselfAndToARenderedTwinNeverToAnotherType() {
        ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii)", "Macau or D:5");
        assertEquals(p, p);
        assertTrue(p.equals(p));
        assertEquals(p, ReviewPolicy.rendered(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii)", () -> "Macau or D:5"));
        assertEquals(p.hashCode(), ReviewPolicy.rendered(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii)",
            () -> "Macau or D:5").hashCode());
        assertFalse(p.equals(p.toString()), "a policy is not its text");
        assertFalse(p.equals(null));
        assertNotEquals(p, ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, "15 CFR 742.6(b)(10)(ii)", "Macau or D:5"));
    }

    @Test
    void aNoticeIsEqualToItselfAndToARenderedTwinNeverToItsText() {
        LicenceNotice n = LicenceNotice.of(LicenceNotice.Code.NOT_AN_EXPORT, "not an export");
        assertTrue(n.equals(n));
        assertEquals(n, LicenceNotice.rendered(LicenceNotice.Code.NOT_AN_EXPORT, () -> "not an export"));
        assertFalse(n.equals("not an export"), "a notice is not its text");
        assertFalse(n.equals(null));
    }

    @Test
    void aQuestionNamesTheReadingItLacks() {
        Question q = new Question("q1", "Which?", List.of(new Reading("a", "q1", "reading a", "cite"), new Reading("b", "q1", "reading b", "cite")));
        assertEquals("reading b", q.reading("b").assumption());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.reading("c"));
        assertEquals("Question 'q1' has no reading 'c'", e.getMessage());
    }

    @Test
    void anEmbargoSinceADateHasNoEnd() {
        // the built-in data's first day for § 746.2 (Cuba), 2022-10-07
        Embargo e = Embargo.since("CU", "15 CFR 746.2 (Cuba)", Embargo.Scope.ALL_ITEMS, LocalDate.of(2022, 10, 7), "15 CFR 746.2");
        assertEquals("CU", e.country());
        assertEquals(LocalDate.of(2022, 10, 7), e.from());
        assertEquals(Optional.empty(), e.endEarliest());
        assertEquals(Optional.empty(), e.endLatest());
        assertTrue(e.confirmed() && e.startKnown());
    }
}
