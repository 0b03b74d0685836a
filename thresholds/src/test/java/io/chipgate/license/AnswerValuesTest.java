package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers and bases are values ({@link LicenseAnswer#equals}: "value equality over what the answer says"; {@link
 * Basis#equals}: "equal when every field is"), and combining readings keeps a ground's review policy when every reading
 * gives the same kind of policy ({@link LicenseAnswer}: "the review policy is the one every reading gives, or UNKNOWN
 * listing each"); a destination named for .b items within a window of unknown date is named under the reading that the
 * change had happened, and not under the other.
 */
class AnswerValuesTest {
    private static final ReviewPolicy DENIAL = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "c", "d");
    private static final ReviewPolicy DENIAL_TOO = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "c2", "d2");
    private static final Question Q = new Question("q", "?", List.of(new Reading("a", "q", "A", "ca"), new Reading("b", "q", "B", "cb")));

    private static Basis basis(Tri applies, String reason, ReviewPolicy p) {
        return Basis.of(Ground.DESTINATION, Ground.DESTINATION.paragraph(), applies, BasisStatus.IN_FORCE, reason, p, "cite");
    }

    private static Explorer.World<Assessment.Result> world(String reading, Tri required, Basis b, ReviewPolicy policy) {
        return new Explorer.World<>(List.of(Q.reading(reading)),
            new Assessment.Result(null, required, List.of(b), List.of(), policy, List.of(), List.of(), List.of()));
    }

    @Test
    void readingsThatAgreeOnTheKindOfPolicyKeepItForTheGround() {
        // the ground applies under one reading only: its applicability is UNKNOWN, its policy the one both give
        LicenseAnswer a = LicenseAnswer.combine(Posture.AS_ENFORCED, List.of(
            world("a", Tri.TRUE, basis(Tri.TRUE, "in scope", DENIAL), DENIAL),
            world("b", Tri.FALSE, basis(Tri.FALSE, "out of scope", DENIAL_TOO), ReviewPolicy.none())));
        Basis g = a.grounds().get(0);
        assertEquals(Tri.UNKNOWN, g.applies());
        assertSame(DENIAL, g.reviewPolicy(), "both readings give a presumption of denial: kept, not UNKNOWN");
        assertEquals("depends on the reading: true — in scope | false — out of scope", g.reason());
    }

    @Test
    void answersAreEqualExactlyWhenWhatTheySayIs() {
        Basis b = basis(Tri.TRUE, "in scope", DENIAL);
        List<Explorer.World<Assessment.Result>> worlds = List.of(world("a", Tri.TRUE, b, DENIAL), world("b", Tri.TRUE, b, DENIAL));
        LicenseAnswer enforced = LicenseAnswer.combine(Posture.AS_ENFORCED, worlds);
        LicenseAnswer again = LicenseAnswer.combine(Posture.AS_ENFORCED, worlds);
        assertEquals(enforced, enforced);
        assertEquals(enforced, again);
        assertEquals(enforced.hashCode(), again.hashCode());
        assertNotEquals(enforced, LicenseAnswer.combine(Posture.AS_WRITTEN, worlds), "another posture");
        assertNotEquals(enforced, LicenseAnswer.combine(Posture.AS_ENFORCED, List.of(world("a", Tri.TRUE, b, DENIAL))),
            "other readings");
        assertNotEquals(enforced, "an answer");
        assertNotEquals(enforced, null);
        // two determinations of the same shipment say the same
        LicenseDetermination d = Ship.assess(Chips.H100, 1, "CN", "CN", LocalDate.of(2024, 6, 1));
        LicenseDetermination e = Ship.assess(Chips.H100, 1, "CN", "CN", LocalDate.of(2024, 6, 1));
        assertEquals(d.asEnforced(), e.asEnforced());
        assertEquals(d.asEnforced().hashCode(), e.asEnforced().hashCode());
        assertNotEquals(d.asEnforced(), Ship.assess(Chips.H100, 1, "DE", "DE", LocalDate.of(2024, 6, 1)).asEnforced());
    }

    @Test
    void basesAreEqualExactlyWhenEveryFieldIs() {
        Basis b = basis(Tri.TRUE, "in scope", DENIAL);
        assertEquals(b, b);
        assertEquals(b, basis(Tri.TRUE, "in scope", DENIAL));
        assertNotEquals(b, basis(Tri.UNKNOWN, "in scope", DENIAL));
        assertNotEquals(b, basis(Tri.TRUE, "in scope", DENIAL_TOO));
        assertNotEquals(b, "a basis");
        assertNotEquals(b, null);
    }

    @Test
    void aDestinationNamedWithinAWindowIsNamedUnderTheReadingThatTheChangeHadHappened() throws IOException {
        // as 91 FR 43034 names the UAE for 3A090.b items, with the date taken as a window (2026-07-01 to 2026-07-20)
        CountryGroups g = CountryGroupsLoaderTest.load(t -> {
            com.fasterxml.jackson.databind.node.ObjectNode n =
                (com.fasterxml.jackson.databind.node.ObjectNode) t.withArray("namedDestinations").get(0);
            n.remove("effective");
            n.putArray("effectiveBetween").add("2026-07-01").add("2026-07-20");
        });
        LocalDate inside = LocalDate.of(2026, 7, 15);
        assertTrue(g.namedFor("AE", "3A090.b", inside, q -> q.reading(CountryGroups.AFTER)), "already named after the change");
        assertTrue(!g.namedFor("AE", "3A090.b", inside, q -> q.reading(CountryGroups.BEFORE)), "not yet named before it");
    }
}
