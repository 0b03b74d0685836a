package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Combining the answers of several readings, and the explorer that enumerates them. */
class LicenseAnswerTest {
    private static final ReviewPolicy DENIAL = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "c", "d");
    private static final ReviewPolicy APPROVAL = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, "c", "a");
    private static final Question Q = new Question("q", "?", List.of(new Reading("a", "q", "A", "ca"), new Reading("b", "q", "B", "cb")));

    private static Basis basis(Ground g, Tri applies, String reason, ReviewPolicy p) {
        return Basis.of(g, g.paragraph(), applies, BasisStatus.IN_FORCE, reason, p, "cite");
    }

    private static Explorer.World<Assessment.Result> world(String reading, Tri required, List<Basis> grounds,
                                                            List<LicenseOption> options, ReviewPolicy policy) {
        return new Explorer.World<>(List.of(Q.reading(reading)),
            new Assessment.Result(null, required, grounds, options, policy, List.of(), List.of(), List.of()));
    }

    private static LicenseOption nac(Tri available) {
        return LicenseOption.of("NAC", available, "conditions", List.of("TPP"), "15 CFR 740.8", null);
    }

    @Test
    void agreeingReadingsGiveTheirAnswerUnchanged() {
        Basis b = basis(Ground.DESTINATION, Tri.TRUE, "r", DENIAL);
        LicenseOption o = nac(Tri.TRUE);
        LicenseAnswer a = LicenseAnswer.combine(Posture.AS_ENFORCED, List.of(
            world("a", Tri.TRUE, List.of(b), List.of(o), DENIAL), world("b", Tri.TRUE, List.of(b), List.of(o), DENIAL)));
        assertEquals(Tri.TRUE, a.licenseRequired());
        assertFalse(a.readingsDisagree());
        assertSame(b, a.grounds().get(0));
        assertSame(o, a.licenseExceptions().get(0));
        assertSame(DENIAL, a.reviewPolicy());
        assertEquals(List.of(b), a.basis());
        assertEquals(Posture.AS_ENFORCED, a.posture());
        assertEquals("q=a", a.readings().get(0).label());
    }

    @Test
    void disagreeingReadingsGiveUnknownWithEachShown() {
        LicenseAnswer a = LicenseAnswer.combine(Posture.AS_WRITTEN, List.of(
            world("a", Tri.TRUE, List.of(basis(Ground.DESTINATION, Tri.TRUE, "in scope", DENIAL)), List.of(nac(Tri.TRUE)), DENIAL),
            world("b", Tri.FALSE, List.of(basis(Ground.DESTINATION, Tri.FALSE, "out of scope", APPROVAL)), List.of(), ReviewPolicy.none())));
        assertEquals(Tri.UNKNOWN, a.licenseRequired());
        assertTrue(a.readingsDisagree());
        Basis g = a.grounds().get(0);
        assertEquals(Tri.UNKNOWN, g.applies());
        assertEquals("depends on the reading: true — in scope | false — out of scope", g.reason());
        assertEquals(ReviewPolicy.Kind.UNKNOWN, g.reviewPolicy().kind());
        assertEquals("the readings disagree: presumption of denial; presumption of approval", g.reviewPolicy().conditions());
        LicenseOption o = a.licenseExceptions().get(0);
        assertEquals(Tri.UNKNOWN, o.available(), "offered under one reading only");
        assertTrue(o.conditions().endsWith("; available under some readings only (see readings)"));
        assertEquals(List.of("TPP"), o.notification());
        assertEquals(ReviewPolicy.Kind.UNKNOWN, a.reviewPolicy().kind());
        assertTrue(a.reviewPolicy().conditions().startsWith("the readings disagree: [q=a] presumption of denial; [q=b] none"),
            a.reviewPolicy().conditions());
        assertEquals(List.of(Tri.TRUE, Tri.FALSE), a.readings().stream().map(ReadingAnswer::licenseRequired).toList());
        assertEquals(1, a.readings().get(0).basis().size());
        assertTrue(a.readings().get(1).basis().isEmpty());
    }

    @Test
    void aGroundEvaluatedUnderOneReadingOnlyIsUnknownWhereItApplies() {
        LicenseAnswer a = LicenseAnswer.combine(Posture.AS_ENFORCED, List.of(
            world("a", Tri.TRUE, List.of(basis(Ground.EMBARGO, Tri.TRUE, "r", DENIAL)), List.of(), DENIAL),
            world("b", Tri.TRUE, List.of(), List.of(), DENIAL)));
        assertEquals(Tri.UNKNOWN, a.grounds().get(0).applies());
        assertEquals(Tri.TRUE, a.licenseRequired());
        LicenseAnswer same = LicenseAnswer.combine(Posture.AS_ENFORCED, List.of(
            world("a", Tri.FALSE, List.of(basis(Ground.EMBARGO, Tri.FALSE, "r", DENIAL)), List.of(), ReviewPolicy.none()),
            world("b", Tri.FALSE, List.of(), List.of(), ReviewPolicy.none())));
        assertEquals(Tri.FALSE, same.grounds().get(0).applies(), "not evaluated counts as not applying");
    }

    @Test
    void theExplorerVisitsEveryCombinationOnceAndStopsARunaway() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = "q" + i;
            qs.add(new Question(id, "?", List.of(new Reading("x", id, "x", "c"), new Reading("y", id, "y", "c"))));
        }
        List<Explorer.World<String>> eight = Explorer.explore(c -> {
            StringBuilder s = new StringBuilder();
            qs.subList(0, 8).forEach(q -> s.append(c.choose(q).id()));
            return s.toString();
        });
        assertEquals(256, eight.size());
        assertEquals(256, eight.stream().map(Explorer.World::result).distinct().count());
        assertThrows(IllegalStateException.class, () -> Explorer.explore(c -> {
            qs.forEach(c::choose);
            return "";
        }));
        // a question asked only on one branch is explored only there
        List<Explorer.World<String>> nested = Explorer.explore(c -> "x".equals(c.choose(qs.get(0)).id())
            ? "x" + c.choose(qs.get(1)).id() : "y");
        assertEquals(List.of("xx", "y", "xy"), nested.stream().map(Explorer.World::result).toList());
        assertEquals(2, nested.get(0).readings().size());
        assertEquals(1, nested.get(1).readings().size());
    }

    @Test
    void shipmentsAreValues() {
        LocalDate on = LocalDate.of(2024, 6, 1);
        Shipment s = Shipment.of(Chips.L40, 2, CountryCode.of("VN"), on);
        Shipment hq = s.withHeadquarters(CountryCode.of("CN"));
        assertEquals(s, Shipment.of(Chips.L40, 2, CountryCode.of("vn"), on));
        assertEquals(s.hashCode(), Shipment.of(Chips.L40, 2, CountryCode.of("VN"), on).hashCode());
        assertNotEquals(s, hq);
        assertEquals(s, hq.withoutHeadquarters());
        assertEquals(Optional.of(CountryCode.of("CN")), hq.headquarters());
        assertEquals(LocalDate.of(2025, 1, 1), s.on(LocalDate.of(2025, 1, 1)).date());
        assertNotEquals(s, s.on(LocalDate.of(2025, 1, 1)));
        assertNotEquals(s, Shipment.of(Chips.L40, 3, CountryCode.of("VN"), on));
        assertNotEquals(s, Shipment.of(Chips.H100, 2, CountryCode.of("VN"), on));
        assertNotEquals(s, Shipment.of(Chips.L40, 2, CountryCode.of("DE"), on));
        assertEquals("l40 × 2 → VN (HQ CN) on 2024-06-01", hq.toString());
        assertEquals("l40 × 2 → VN on 2024-06-01", s.toString());
        assertEquals("l40 × 2 → VN (HQ CN) on 2024-06-01: licence required true", Licensing.assess(hq).toString());
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("a-very-long-text-that-is-not-a-country-code-at-all"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CountryCode.of("abcdefghijklmnopqrstuvwxyz")).getMessage()
            .contains("'abcdefghijklmnopqrst…'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CountryCode.of("abcdefghijklmnopqrst")).getMessage()
            .contains("'abcdefghijklmnopqrst'"), "20 characters are shown whole");
    }

    @Test
    void embargoPeriodsCheckTheirDates() {
        LocalDate from = LocalDate.of(2022, 10, 7);
        assertThrows(IllegalArgumentException.class, () -> new Embargo("RU", "s", Embargo.Scope.CCL_ITEMS, from,
            Optional.of(LocalDate.of(2023, 1, 1)), Optional.empty(), "src", true, true));
        assertThrows(IllegalArgumentException.class, () -> new Embargo("RU", "s", Embargo.Scope.CCL_ITEMS, from,
            Optional.of(from), Optional.of(from), "src", true, true));
        assertThrows(IllegalArgumentException.class, () -> new Embargo("RU", "s", Embargo.Scope.CCL_ITEMS, from,
            Optional.of(LocalDate.of(2023, 2, 1)), Optional.of(LocalDate.of(2023, 1, 1)), "src", true, true));
        Embargo exact = new Embargo("RU", "s", Embargo.Scope.CCL_ITEMS, from, Optional.of(LocalDate.of(2023, 1, 1)),
            Optional.of(LocalDate.of(2023, 1, 1)), "src", true, true);
        assertEquals(Tri.FALSE, exact.inForce(LocalDate.of(2022, 10, 6)));
        assertEquals(Tri.TRUE, exact.inForce(from));
        assertEquals(Tri.TRUE, exact.inForce(LocalDate.of(2022, 12, 31)));
        assertEquals(Tri.FALSE, exact.inForce(LocalDate.of(2023, 1, 1)));
        Embargo startNotRecorded = new Embargo("CU", "s", Embargo.Scope.ALL_ITEMS, from, Optional.empty(), Optional.empty(), "src",
            true, false);
        assertEquals(Tri.UNKNOWN, startNotRecorded.inForce(LocalDate.of(2022, 10, 6)), "before the first day shown: unknown, not 'no'");
        assertEquals(Tri.TRUE, startNotRecorded.inForce(from));
    }
}
