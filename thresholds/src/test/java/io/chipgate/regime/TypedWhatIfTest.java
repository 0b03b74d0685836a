package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Bandwidth;
import io.chipgate.metrics.Exact;
import io.chipgate.model.Designation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What-if questions through named values instead of optional or null parameters. Boundaries by hand from 3A090
 * (88 FR 73458): on 600 mm² the least controlled TPP is the smaller of 2400 (b.1: PD 4 ≥ 1.6) and
 * max(1600, 3.2 × 600 = 1920) (b.2: PD ≥ 3.2), so 1920; on 814 mm², 3.2 × 814 = 2604.8 &gt; 2400, so b.1's 2400;
 * a part not designed or marketed for datacenters is free below 4800 (Note 2).
 */
class TypedWhatIfTest {
    static final LocalDate DAY = LocalDate.of(2025, 1, 15);
    static final Regime R2023 = Regimes.byId("3a090-2023");

    @Test
    void tppBoundaryWithNamedValues() {
        Frontier.Boundary b600 = Frontier.tppBoundary(R2023, ApplicableDieArea.ofSquareMillimetres("600"), Designation.DATACENTER, DAY).orElseThrow();
        assertEquals(Exact.parse("1920"), b600.tpp());
        assertTrue(b600.inclusive());
        assertEquals(Exact.parse("2400"), Frontier.tppBoundary(R2023, ApplicableDieArea.ofSquareMillimetres("814"), Designation.DATACENTER, DAY)
            .orElseThrow().tpp());
        assertEquals(Exact.parse("4800"), Frontier.tppBoundary(R2023, ApplicableDieArea.ofSquareMillimetres("600"), Designation.NOT_DATACENTER, DAY)
            .orElseThrow().tpp());
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedOptionalFormAgrees() {
        for (String area : new String[] {"100", "600", "814", "2000"}) {
            for (Designation d : Designation.values()) {
                assertEquals(
                    Hypo.boundary(R2023, new BigDecimal(area), d.asOptional(), Optional.empty(), DAY).map(Frontier.Boundary::toString),
                    Frontier.tppBoundary(R2023, ApplicableDieArea.ofSquareMillimetres(area), d, DAY).map(Frontier.Boundary::toString), area + " " + d);
            }
        }
    }

    @Test
    void theTwentyTwentyTwoRuleNeedsItsIoLine() {
        // 2022 text: I/O ≥ 600 GB/s AND TPP ≥ 4800
        Regime r = Regimes.byId("3a090-2022");
        ApplicableDieArea a = ApplicableDieArea.ofSquareMillimetres("814");
        assertEquals(Exact.parse("4800"), Frontier.tppBoundary(r, a, Designation.DATACENTER, Bandwidth.ofGigabytesPerSecond("900"), DAY)
            .orElseThrow().tpp());
        assertFalse(Frontier.tppBoundary(r, a, Designation.DATACENTER, Bandwidth.ofGigabytesPerSecond("400"), DAY).isPresent());
        // without an I/O rate no TPP decides the 2022 rule
        assertFalse(Frontier.tppBoundary(r, a, Designation.DATACENTER, DAY).isPresent());
    }

    @Test
    void inputsTakeADesignation() {
        Inputs in = Inputs.hypothetical(new BigDecimal("2000"), ApplicableDieArea.ofSquareMillimetres("1000"), Designation.UNKNOWN);
        assertEquals(Designation.UNKNOWN, in.designation());
        assertEquals(Optional.of(true), in.withDatacenter(Designation.DATACENTER).datacenter());
        assertEquals(Designation.NOT_DATACENTER, in.withDatacenter(Designation.NOT_DATACENTER).designation());
    }

    @Test
    void flipsAreValues() {
        Flip a = Flip.of("TPP", Exact.parse("2368"), Exact.parse("2400"), true, Outcome.ECCN_3A090_B_1);
        Flip b = Flip.of("TPP", Exact.parse("2368.0"), Exact.ratio(new BigDecimal("4800"), new BigDecimal("2")), true, Outcome.ECCN_3A090_B_1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Flip.of("TPP", Exact.parse("2368"), Exact.parse("2400"), false, Outcome.ECCN_3A090_B_1));
        assertNotEquals(a, Flip.of("TPP", Exact.parse("2368"), Exact.parse("2400"), true, Outcome.ECCN_3A090_B_2));
        Flip dc = Flip.ofDesignation("datacenter designation → true", Outcome.ECCN_3A090_A_2);
        assertFalse(dc.isNumeric());
        assertTrue(dc.from().isEmpty() && dc.to().isEmpty() && dc.delta().isEmpty());
        assertEquals(dc, Flip.ofDesignation("datacenter designation → true", Outcome.ECCN_3A090_A_2));
        assertEquals(Optional.of(Exact.parse("32")), a.delta());
    }

    @Test
    void instrumentsAreValuesWithoutNulls() {
        Instrument i = Instrument.of("88 FR 73458", "AC/S", "15 CFR 774").withFrDoc("2023-23055");
        assertEquals(i, Instrument.of("88 FR 73458", "AC/S", "15 CFR 774").withFrDoc("2023-23055"));
        assertEquals(i.hashCode(), Instrument.of("88 FR 73458", "AC/S", "15 CFR 774").withFrDoc("2023-23055").hashCode());
        assertNotEquals(i, Instrument.of("88 FR 73458", "AC/S", "15 CFR 774"));
        assertEquals(Optional.of("2023-23055"), i.frDoc());
        assertTrue(i.url().isEmpty() && i.published().isEmpty());
        assertEquals(Optional.of(LocalDate.of(2023, 10, 25)), Instruments.ACS_2023.published());
        assertEquals("88 FR 73458 (FR Doc 2023-23055)", Instruments.ACS_2023.toString());
    }
}
