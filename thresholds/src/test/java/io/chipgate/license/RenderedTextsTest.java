package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Texts rendered when first asked (notices, review-policy and licence-option conditions, combined reasons) are the values
 * with the same text given: equal, the same hash and string, rendered once; a caller asking only whether a licence is
 * required never renders them.
 */
class RenderedTextsTest {
    private static final Ground G = Ground.HEADQUARTERS;
    private static final ReviewPolicy DENIAL = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "c", "d");

    /** A renderer that counts its calls. */
    private static Supplier<String> counting(AtomicInteger calls, String text) {
        return () -> {
            calls.incrementAndGet();
            return text;
        };
    }

    @Test
    void aRenderedNoticeIsTheNoticeWithItsText() {
        AtomicInteger calls = new AtomicInteger();
        LicenceNotice lazy = LicenceNotice.rendered(LicenceNotice.Code.REGIME_WARNING, counting(calls, "3a090-2024: w"));
        assertEquals(LicenceNotice.Code.REGIME_WARNING, lazy.code());
        assertEquals(0, calls.get());
        LicenceNotice given = LicenceNotice.of(LicenceNotice.Code.REGIME_WARNING, "3a090-2024: w");
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals("3a090-2024: w", lazy.toString());
        assertEquals("3a090-2024: w", lazy.text());
        assertEquals(1, calls.get());
        assertNotEquals(LicenceNotice.of(LicenceNotice.Code.SCOPE, "3a090-2024: w"), lazy);
        assertNotEquals(LicenceNotice.rendered(LicenceNotice.Code.REGIME_WARNING, () -> "3a090-2024: x"), lazy);
    }

    @Test
    void aRenderedPolicyIsThePolicyWithItsConditions() {
        AtomicInteger calls = new AtomicInteger();
        ReviewPolicy lazy = ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10)(ii)", counting(calls, "if: x"));
        assertEquals(ReviewPolicy.Kind.UNKNOWN, lazy.kind());
        assertEquals("15 CFR 742.6(b)(10)(ii)", lazy.citation());
        assertEquals(0, calls.get());
        ReviewPolicy given = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10)(ii)", "if: x");
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals(given.toString(), lazy.toString());
        assertEquals(1, calls.get());
        assertNotEquals(ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10)(ii)", "if: y"), lazy);
    }

    @Test
    void aRenderedOptionIsTheOptionWithItsConditions() {
        AtomicInteger calls = new AtomicInteger();
        LicenseOption lazy = LicenseOption.rendered("ACA", Tri.UNKNOWN, counting(calls, "no notification; eligible only if …"),
            List.of(), "15 CFR 740.8(a)", null);
        assertEquals(Tri.UNKNOWN, lazy.available());
        assertEquals(LicenceException.ofCode("ACA"), lazy.exception());
        assertEquals(0, calls.get());
        LicenseOption given = LicenseOption.of("ACA", Tri.UNKNOWN, "no notification; eligible only if …", List.of(), "15 CFR 740.8(a)", null);
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals(given.toString(), lazy.toString());
        assertEquals(1, calls.get());
        assertNotEquals(LicenseOption.of("ACA", Tri.UNKNOWN, "other", List.of(), "15 CFR 740.8(a)", null), lazy);
    }

    /** The count of the date warnings, known without their texts, is the number of texts, on every day around the data's date. */
    @Test
    void theDateWarningCountIsTheNumberOfDateWarnings() {
        CountryGroups groups = CountryGroups.builtIn();
        LocalDate first = groups.asOf().minusDays(1500);
        Qt.qt().withExamples(500).forAll(SourceDSL.integers().between(0, 3000)).checkAssert(d -> {
            LocalDate day = first.plusDays(d);
            assertEquals(groups.dateWarnings(day).size(), groups.dateWarningCount(day), day::toString);
        });
        for (LocalDate day : List.of(groups.asOf().minusDays(1), groups.asOf(), groups.asOf().plusDays(1))) {
            assertEquals(groups.dateWarnings(day).size(), groups.dateWarningCount(day), day::toString);
        }
    }

    private static Assessment.Result result(Basis b) {
        return new Assessment.Result(null, b.requires(), List.of(b), List.of(), ReviewPolicy.none(), List.of(), List.of(), List.of());
    }

    private static Basis basis(Tri applies, Supplier<String> reason) {
        return Basis.rendered(G, G.paragraph(), applies, BasisStatus.IN_FORCE, reason, DENIAL, "cite");
    }

    /** Two readings whose bases (two objects) give the same reason combine to that basis; different reasons to "depends on the reading". */
    @Test
    void combiningComparesTheReasonsOnlyWhenTheReasonIsAsked() {
        AtomicInteger calls = new AtomicInteger();
        Basis one = basis(Tri.TRUE, counting(calls, "r"));
        Basis two = basis(Tri.TRUE, counting(calls, "r"));
        LicenseAnswer same = LicenseAnswer.combine(Posture.AS_ENFORCED,
            List.of(new Explorer.World<>(List.of(), result(one)), new Explorer.World<>(List.of(), result(two))));
        assertEquals(Tri.TRUE, same.licenseRequired());
        assertEquals(0, calls.get(), "no reason rendered to combine");
        assertEquals(Basis.of(G, G.paragraph(), Tri.TRUE, BasisStatus.IN_FORCE, "r", DENIAL, "cite"), same.grounds().get(0));
        assertEquals("r", same.grounds().get(0).reason());

        Basis three = basis(Tri.TRUE, () -> "s");
        LicenseAnswer differ = LicenseAnswer.combine(Posture.AS_ENFORCED,
            List.of(new Explorer.World<>(List.of(), result(one)), new Explorer.World<>(List.of(), result(three))));
        assertEquals("depends on the reading: true — r | true — s", differ.grounds().get(0).reason());
        assertEquals(Tri.TRUE, differ.grounds().get(0).applies());
        assertSame(DENIAL, differ.grounds().get(0).reviewPolicy());

        // one object in both readings (a replayed ground) is kept as it is
        LicenseAnswer replayed = LicenseAnswer.combine(Posture.AS_ENFORCED,
            List.of(new Explorer.World<>(List.of(), result(one)), new Explorer.World<>(List.of(), result(one))));
        assertSame(one, replayed.grounds().get(0));
    }

    /**
     * "depends on the reading" names each distinct pair of applicability and reason once, in the order the readings give
     * them: a pair met again (another object, an equal reason) is not repeated; the same reason with another
     * applicability is.
     */
    @Test
    void aReasonDependingOnTheReadingNamesEachDistinctPairOnce() {
        List<Basis> each = List.of(basis(Tri.TRUE, () -> "r"), basis(Tri.FALSE, () -> "s"), basis(Tri.TRUE, () -> new String("r")),
            basis(Tri.FALSE, () -> "r"), basis(Tri.FALSE, () -> "s"), basis(Tri.UNKNOWN, () -> "r — s"));
        List<Explorer.World<Assessment.Result>> worlds = new java.util.ArrayList<>();
        for (Basis b : each) {
            worlds.add(new Explorer.World<>(List.of(), result(b)));
        }
        LicenseAnswer a = LicenseAnswer.combine(Posture.AS_ENFORCED, worlds);
        assertEquals(Tri.UNKNOWN, a.grounds().get(0).applies());
        assertEquals("depends on the reading: true — r | false — s | false — r | unknown — r — s", a.grounds().get(0).reason());
    }

    /** A decision's warnings are distinct texts, each with the code of its first notice; none is rendered to answer. */
    @Test
    void aDecisionsWarningsAreDistinctTexts() {
        for (String to : List.of("CN", "AE", "SG", "DE", "RU")) {
            for (LocalDate day : List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 8, 1))) {
                LicenseDetermination d = Licensing.assess(Ship.of(Chips.H20, 10, to, null, day), io.chipgate.metrics.Interpretation.defaults(),
                    Chips::find, CountryGroups.builtIn(), Embargoes.builtIn());
                assertEquals(d.warnings().size(), d.warnings().stream().distinct().count(), to + " " + day);
                assertEquals(d.warnings(), d.notices().stream().map(LicenceNotice::text).toList());
            }
        }
    }
}
