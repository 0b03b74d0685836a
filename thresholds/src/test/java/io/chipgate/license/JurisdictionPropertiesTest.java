package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import io.chipgate.testing.Qt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Invariants of the jurisdiction step over generated shipments (QuickTheories, the build's fixed seed): an unknown fact
 * gives a definite answer only when every value of the fact gives it; more US content never makes an item less subject;
 * "not subject" always comes with its statement and a licence answer of no, never the grounds' bare "no"; no facts
 * always means the stated assumption.
 */
class JurisdictionPropertiesTest {
    static final List<Part> PARTS = List.of(Chips.H100, Chips.H20, Chips.L4, Chips.RTX_4090, Chips.HGX_H100);
    static final List<String> DESTINATIONS = List.of("CN", "HK", "MO", "DE", "SA", "AE", "IR", "RU", "SG", "TW", "IN", "US");
    static final List<Tri> TRIS = List.of(Tri.TRUE, Tri.FALSE, Tri.UNKNOWN);

    static Gen<LocalDate> dates() {
        LocalDate start = LocalDate.of(2022, 10, 7);
        return SourceDSL.integers().between(0, 1500).map(start::plusDays);
    }

    /** Percentages 0 to 100 with up to two decimals, plus the levels themselves. */
    static Gen<BigDecimal> percents() {
        return SourceDSL.integers().between(0, 10000).map(i -> BigDecimal.valueOf(i, 2))
            .mix(pick(List.of(BigDecimal.TEN, BigDecimal.valueOf(25), BigDecimal.ZERO, BigDecimal.valueOf(100))), 30);
    }

    static Tri subject(Part p, String to, LocalDate on, ItemOrigin o) {
        return assess(p, to, on, o).subjectToEar();
    }

    static LicenseDetermination assess(Part p, String to, LocalDate on, ItemOrigin o) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(to)).withItemOrigin(o);
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn());
    }

    @Test
    void anUnknownDirectProductNeverDecidesWhatTheKnownValuesWouldNot() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().withExamples(120).forAll(pick(PARTS), pick(DESTINATIONS), dates(), percents()).checkAssert((p, to, on, pc) -> {
            Tri unknown = subject(p, to, on, ItemOrigin.foreign(Tri.UNKNOWN, pc));
            if (unknown != Tri.UNKNOWN) {
                cov.hit("definite with the fact unknown");
                assertEquals(unknown, subject(p, to, on, ItemOrigin.foreign(Tri.TRUE, pc)), p.id() + " → " + to + " on " + on + " at " + pc);
                assertEquals(unknown, subject(p, to, on, ItemOrigin.foreign(Tri.FALSE, pc)), p.id() + " → " + to + " on " + on + " at " + pc);
            } else {
                cov.hit("unknown");
            }
        });
        cov.assertReached("definite with the fact unknown");
        cov.assertReached("unknown");
    }

    @Test
    void anUnknownContentNeverDecidesWhatTheKnownValuesWouldNot() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().withExamples(120).forAll(pick(PARTS), pick(DESTINATIONS), dates(), pick(TRIS)).checkAssert((p, to, on, tech) -> {
            Tri unknown = subject(p, to, on, ItemOrigin.foreign(tech, null));
            if (unknown != Tri.UNKNOWN) {
                cov.hit("definite");
                for (String pc : List.of("0", "10", "10.01", "25", "25.01", "100")) {
                    assertEquals(unknown, subject(p, to, on, ItemOrigin.foreign(tech, new BigDecimal(pc))), p.id() + " → " + to + " at " + pc);
                }
            }
        });
        cov.assertReached("definite");
    }

    @Test
    void moreUsContentNeverMakesAnItemLessSubject() {
        Gen<BigDecimal[]> pairs = percents().zip(percents(), (a, b) -> new BigDecimal[] {a.min(b), a.max(b)});
        qt().withExamples(150).forAll(pick(PARTS), pick(DESTINATIONS), dates(), pairs).checkAssert((p, to, on, pair) -> {
            BigDecimal lo = pair[0];
            BigDecimal hi = pair[1];
            Tri atLo = subject(p, to, on, ItemOrigin.foreign(Tri.FALSE, lo));
            Tri atHi = subject(p, to, on, ItemOrigin.foreign(Tri.FALSE, hi));
            if (atLo == Tri.TRUE) {
                assertEquals(Tri.TRUE, atHi, "subject at " + lo + " % but not at " + hi + " %");
            }
            if (atHi == Tri.FALSE) {
                assertEquals(Tri.FALSE, atLo, "not subject at " + hi + " % but not so at " + lo + " %");
            }
        });
    }

    @Test
    void notSubjectIsAlwaysStatedAndNeverABareNo() {
        Qt.Coverage cov = new Qt.Coverage();
        Gen<ItemOrigin> facts = percents().zip(pick(TRIS), (pc, tech) -> ItemOrigin.foreign(tech, pc));
        qt().withExamples(150).forAll(pick(PARTS), pick(DESTINATIONS), dates(), facts).checkAssert((p, to, on, o) -> {
            LicenseDetermination d = assess(p, to, on, o);
            if (d.subjectToEar() == Tri.FALSE) {
                cov.hit("not subject");
                assertEquals(Tri.FALSE, d.licenseRequired());
                assertTrue(d.basis().isEmpty() && d.licenseExceptions().isEmpty());
                String text = LicenseReports.text(d);
                assertTrue(text.contains("Jurisdiction: NOT SUBJECT to the EAR"), text);
                assertTrue(text.contains("Licence required: NOT APPLICABLE — the item is not subject to the EAR"), text);
                assertFalse(text.contains("NO (on the grounds assessed)"), text);
            } else if (d.subjectToEar() == Tri.UNKNOWN) {
                cov.hit("unknown");
                assertFalse(d.jurisdiction().settledBy().isEmpty(), "an unknown jurisdiction names what settles it");
                if (d.asEnforced().licenseRequired() != Tri.FALSE) {
                    assertEquals(Tri.UNKNOWN, d.licenseRequired(), "unknown jurisdiction never turns a licence into no");
                }
            }
        });
        cov.assertReached("not subject");
        cov.assertReached("unknown");
    }

    @Test
    void withoutFactsTheAnswerIsTheStatedAssumptionAndTheGroundsAnswer() {
        qt().withExamples(60).forAll(pick(PARTS), pick(DESTINATIONS), dates()).checkAssert((p, to, on) -> {
            LicenseDetermination d = assess(p, to, on, ItemOrigin.notGiven());
            assertEquals(Tri.TRUE, d.subjectToEar());
            assertTrue(d.jurisdiction().assumed());
            assertEquals(d.asEnforced().licenseRequired(), d.licenseRequired());
            assertTrue(LicenseReports.text(d).contains("Jurisdiction: assumed subject to the EAR (US-origin item)"));
        });
    }
}
