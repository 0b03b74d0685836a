package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of licence determinations over hypothetical parts, destinations, headquarters and dates from
 * 2022-01-01 to 2027-12-31.
 */
class LicensingPropertiesTest {
    static final LocalDate START = LocalDate.of(2022, 1, 1);
    static final List<String> DESTINATIONS = List.of("CN", "MO", "HK", "RU", "IR", "VN", "SA", "AE", "IL", "CY", "TW", "SG",
        "DE", "US", "IN", "MX", "KZ", "CU", "AF", "GB");
    static final List<String> D5_OR_MACAU = new ArrayList<>(Arrays.asList("MO", "CN", "RU", "IR", "BY", "VE", "CU", "KP", "AF", "ZW"));


    static Gen<LocalDate> dates() {
        return SourceDSL.integers().between(0, 365 * 6 - 1).map(START::plusDays);
    }

    /** An optional decimal: absent about one time in six. */
    static Gen<BigDecimal> maybe(int low, int high, int scale) {
        return SourceDSL.integers().between(low, high + (high - low) / 5)
            .map(i -> i > high ? null : BigDecimal.valueOf(i, scale));
    }

    /** Facts of a hypothetical accelerator; null is unknown. */
    record Facts(BigDecimal tpp, BigDecimal area, Boolean dc, BigDecimal io, BigDecimal mem) {
        Part part() {
            return Chips.hypothetical(tpp, area, dc, io, mem);
        }

        Facts withDc(Boolean d) {
            return new Facts(tpp, area, d, io, mem);
        }
    }

    static Gen<Facts> facts() {
        Gen<Boolean> dc = SourceDSL.integers().between(0, 2).map(i -> i == 0 ? null : i == 1);
        return maybe(1, 40_000_000, 3).zip(maybe(100, 20_000, 1), dc, maybe(0, 2_000, 0), maybe(0, 9_000, 0), Facts::new);
    }

    /** Complete facts: every figure known. */
    static Gen<Facts> completeFacts() {
        return SourceDSL.integers().between(1, 40_000_000).map(i -> BigDecimal.valueOf(i, 3))
            .zip(SourceDSL.integers().between(100, 20_000).map(i -> BigDecimal.valueOf(i, 1)), SourceDSL.booleans().all(),
                SourceDSL.integers().between(0, 2_000).map(i -> BigDecimal.valueOf(i)),
                SourceDSL.integers().between(0, 9_000).map(i -> BigDecimal.valueOf(i)), Facts::new);
    }

    static Gen<String> headquarters() {
        List<String> hqs = new ArrayList<>(DESTINATIONS);
        hqs.add(null);
        hqs.add(null);
        return pick(hqs);
    }

    static LicenseDetermination assess(Part p, String to, String hq, LocalDate on) {
        return Ship.assess(p, 4, to, hq, on, Interpretation.defaults(), PartResolver.none());
    }

    static int rank(Tri t) {
        return t == Tri.FALSE ? 0 : t == Tri.UNKNOWN ? 1 : 2;
    }

    @Test
    void aPartThatIsNot3A090Or4A090NeverNeedsALicenceOnThoseGrounds() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination d = assess(f.part(), to, hq, on);
            boolean notControlled = d.classification().map(o -> o == Outcome.NOT_CONTROLLED).orElse(true);
            if (notControlled) {
                cov.hit("not controlled");
                for (Basis b : d.grounds()) {
                    if (b.ground() != Ground.INFORMED_LETTERS && b.ground() != Ground.EMBARGO) {
                        assertEquals(Tri.FALSE, b.applies(), () -> b + " for " + f + " → " + to + " on " + on);
                    }
                }
                boolean lettersApply = d.grounds().stream().anyMatch(b -> b.ground() == Ground.INFORMED_LETTERS && b.applies() != Tri.FALSE);
                if (!lettersApply && Embargoes.builtIn().on(to, on).isEmpty()) {
                    cov.hit("no letter, no embargo");
                    assertEquals(Tri.FALSE, d.licenseRequired(), d::toString);
                    assertEquals(ReviewPolicy.Kind.NONE, d.reviewPolicy().kind());
                }
                assertTrue(d.licenseExceptions().stream().noneMatch(o -> o.code().equals("NAC") || o.code().equals("ACA")));
            }
        });
        cov.assertReached(10, "not controlled", "no letter, no embargo");
    }

    @Test
    void memoryThatIsNot3A090cNeverNeedsALicence() {
        Gen<Part> memories = maybe(1, 4_000, 0).zip(maybe(50, 1_000, 0),
            (bw, area) -> Chips.memory("m", bw == null ? null : bw.toPlainString(), area == null ? null : area.toPlainString()));
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(memories, pick(DESTINATIONS), headquarters(), dates()).checkAssert((m, to, hq, on) -> {
            LicenseDetermination d = assess(m, to, hq, on);
            if (d.classification().map(o -> o == Outcome.NOT_CONTROLLED).orElse(true) && Embargoes.builtIn().on(to, on).isEmpty()) {
                cov.hit("not 3A090.c, no embargo");
                assertEquals(Tri.FALSE, d.licenseRequired(), d::toString);
            }
        });
        cov.assertReached(10, "not 3A090.c, no embargo");
    }

    @Test
    void addingAD5OrMacauHeadquartersNeverRemovesALicenceRequirement() {
        qt().forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            Part p = f.part();
            Tri before = assess(p, to, hq, on).licenseRequired();
            for (String d5 : List.of("CN", "MO", "RU")) {
                Tri after = assess(p, to, d5, on).licenseRequired();
                assertTrue(rank(after) >= rank(before), () -> f + " → " + to + " on " + on + ": HQ " + hq + " " + before + ", HQ " + d5 + " " + after);
            }
        });
    }

    @Test
    void aD5HeadquartersNeverRemovesARequirementForAnyD5Member() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(completeFacts(), pick(DESTINATIONS), pick(D5_OR_MACAU), dates()).checkAssert((f, to, d5, on) -> {
            Part p = f.part();
            Tri local = assess(p, to, to, on).licenseRequired();
            Tri foreign = assess(p, to, d5, on).licenseRequired();
            if (local == Tri.TRUE) {
                cov.hit("required with a local headquarters");
                assertEquals(Tri.TRUE, foreign, () -> f + " → " + to + " on " + on + " HQ " + d5);
            }
        });
        cov.assertReached(10, "required with a local headquarters");
    }

    @Test
    void anUnknownDatacenterDesignationNeverYieldsNotRequiredWhenItCouldMatter() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(completeFacts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination hidden = assess(f.withDc(null).part(), to, hq, on);
            if (hidden.licenseRequired() == Tri.FALSE) {
                cov.hit("not required");
                assertEquals(Tri.FALSE, assess(f.withDc(true).part(), to, hq, on).licenseRequired(), () -> f + " dc=true → " + to + " on " + on);
                assertEquals(Tri.FALSE, assess(f.withDc(false).part(), to, hq, on).licenseRequired(), () -> f + " dc=false → " + to + " on " + on);
            }
            if (hidden.licenseRequired() == Tri.TRUE) {
                cov.hit("required");
                assertNotEquals(Tri.FALSE, assess(f.withDc(true).part(), to, hq, on).licenseRequired());
                assertNotEquals(Tri.FALSE, assess(f.withDc(false).part(), to, hq, on).licenseRequired());
            }
        });
        cov.assertReached(10, "not required", "required");
    }

    @Test
    void aMissingFigureNeverYieldsNotRequiredWhenItCouldMatter() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(completeFacts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            Tri full = assess(f.part(), to, hq, on).licenseRequired();
            List<Facts> hidden = List.of(new Facts(null, f.area(), f.dc(), f.io(), f.mem()),
                new Facts(f.tpp(), null, f.dc(), f.io(), f.mem()),
                new Facts(f.tpp(), f.area(), f.dc(), null, f.mem()),
                new Facts(f.tpp(), f.area(), f.dc(), f.io(), null));
            for (Facts h : hidden) {
                Tri less = assess(h.part(), to, hq, on).licenseRequired();
                if (less == Tri.FALSE) {
                    cov.hit("not required without it");
                    assertEquals(Tri.FALSE, full, () -> "hiding a figure of " + f + " gave 'not required' → " + to + " on " + on + " (full: " + full + ")");
                }
                if (less == Tri.TRUE) {
                    cov.hit("required without it");
                    assertEquals(Tri.TRUE, full, () -> "hiding a figure of " + f + " gave 'required' → " + to + " on " + on);
                }
            }
        });
        cov.assertReached(10, "not required without it", "required without it");
    }

    @Test
    void anIndeterminateClassificationGivesUnknownUnlessNoOutcomeNeedsALicence() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination d = assess(f.part(), to, hq, on);
            if (d.classification().equals(Optional.of(Outcome.INDETERMINATE))) {
                cov.hit("indeterminate");
            }
            if (d.classification().equals(Optional.of(Outcome.INDETERMINATE)) && d.licenseRequired() == Tri.FALSE) {
                cov.hit("indeterminate, not required");
                // then a fully controlled part (3A090.a.1, datacenter) with the same destination and buyer needs none either
                Part a1 = Chips.hypothetical(new BigDecimal("20000"), new BigDecimal("800"), true, new BigDecimal("1000"), new BigDecimal("500"));
                Part b = Chips.hypothetical(new BigDecimal("3000"), new BigDecimal("800"), true, new BigDecimal("100"), new BigDecimal("500"));
                assertEquals(Tri.FALSE, assess(a1, to, hq, on).licenseRequired(), () -> f + " → " + to + " on " + on);
                assertEquals(Tri.FALSE, assess(b, to, hq, on).licenseRequired(), () -> f + " → " + to + " on " + on);
            }
        });
        cov.assertReached(10, "indeterminate", "indeterminate, not required");
    }

    @Test
    void everyDeterminationCarriesTheDisclaimerAndACitation() {
        qt().withExamples(100).forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination d = assess(f.part(), to, hq, on);
            assertTrue(d.disclaimer().startsWith("Not legal advice"));
            assertTrue(!d.citations().isEmpty());
            assertEquals(d.licenseRequired() == Tri.FALSE, d.reviewPolicy().kind() == ReviewPolicy.Kind.NONE);
        });
    }
}
