package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Bandwidth;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.MemoryBandwidthDensity;
import io.chipgate.metrics.PerformanceDensity;
import io.chipgate.metrics.TotalProcessingPerformance;
import io.chipgate.metrics.TransistorCount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Thresholds typed by their quantity: a line is a TPP, a density, a bandwidth or a count, printed with its unit. */
class TypedThresholdTest {
    private static final Instrument I = Instruments.ACS_2023;

    @Test
    void aTypedLineIsTheSameThresholdAsTheQuantityAndItsDecimal() {
        assertEquals(Threshold.atLeast(Quantity.TPP, "4800", "p", I), Threshold.atLeast(TotalProcessingPerformance.of("4800"), "p", I));
        assertEquals(Threshold.lessThan(Quantity.TPP, "4800.0", "p", I), Threshold.lessThan(TotalProcessingPerformance.of("4800"), "p", I));
        assertEquals(Threshold.atLeast(Quantity.PERFORMANCE_DENSITY, "5.92", "p", I), Threshold.atLeast(PerformanceDensity.of("5.92"), "p", I));
        assertEquals(Threshold.lessThan(Quantity.PERFORMANCE_DENSITY, "3.2", "p", I), Threshold.lessThan(PerformanceDensity.of("3.20"), "p", I));
        assertEquals(Threshold.greaterThan(Quantity.MEMORY_BANDWIDTH_DENSITY, "2", "p", I),
            Threshold.greaterThan(MemoryBandwidthDensity.of("2"), "p", I));
        assertEquals(Threshold.lessThan(Quantity.TRANSISTORS, "30000000000", "p", I), Threshold.lessThan(TransistorCount.of("3e10"), "p", I));
        assertEquals(Threshold.atLeast(Quantity.IO_BIDIRECTIONAL, "600", "p", I),
            Threshold.atLeast(Quantity.IO_BIDIRECTIONAL, Bandwidth.ofGigabytesPerSecond("600"), "p", I));
    }

    @Test
    void eachLineIsPrintedWithItsUnit() {
        assertEquals("PD ≥ 5.92 TPP/mm²", Thresholds.A2_PD.label());
        assertEquals("TPP ≥ 4800", Thresholds.A1_TPP.label());
        assertEquals("I/O ≥ 600 GB/s", Thresholds.IO_2022.label());
        assertEquals("memory bandwidth density > 2 GB/s/mm²", Thresholds.HBM_C.label());
        assertEquals("transistors < 30000000000", Thresholds.FOUNDRY_30B.label());
        Map<Quantity, String> units = Map.of(Quantity.TPP, "", Quantity.PERFORMANCE_DENSITY, "TPP/mm²",
            Quantity.IO_BIDIRECTIONAL, "GB/s", Quantity.MEMORY_BANDWIDTH, "GB/s", Quantity.IO_PLUS_MEMORY_BANDWIDTH, "GB/s",
            Quantity.MEMORY_BANDWIDTH_DENSITY, "GB/s/mm²", Quantity.TRANSISTORS, "");
        assertEquals(Quantity.values().length, units.size());
        units.forEach((q, u) -> assertEquals(u, q.unit(), q.name()));
        int n = 0;
        for (Threshold t : Thresholds.all()) {
            assertTrue(t.label().endsWith(t.line().toPlainString() + (t.quantity().unit().isEmpty() ? "" : " " + t.quantity().unit())), t.label());
            n++;
        }
        assertTrue(n >= 20, "the built-in lines: " + n);
    }

    @Test
    void aLineIsAKnownDecimalOnAQuantityOfItsKind() {
        IllegalArgumentException estimated = assertThrows(IllegalArgumentException.class, () -> Threshold.atLeast(
            TotalProcessingPerformance.of(Figure.known(new BigDecimal("4800")).asEstimated()), "p", I));
        assertTrue(estimated.getMessage().contains("known decimal"), estimated.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Threshold.atLeast(
            PerformanceDensity.of(Figure.unknown("area")), "p", I));
        assertTrue(unknown.getMessage().contains("a known value"), unknown.getMessage());
        IllegalArgumentException notBandwidth = assertThrows(IllegalArgumentException.class, () -> Threshold.atLeast(
            Quantity.TPP, Bandwidth.ofGigabytesPerSecond("600"), "p", I));
        assertTrue(notBandwidth.getMessage().contains("GB/s"), notBandwidth.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerformanceDensity.of("-1"));
        assertThrows(IllegalArgumentException.class, () -> TransistorCount.of("many"));
    }

    @Test
    void inputsGiveEachFigureAsItsOwnType() {
        Inputs in = Inputs.hypothetical(new BigDecimal("4000"), io.chipgate.metrics.ApplicableDieArea.ofSquareMillimetres("500"), io.chipgate.model.Designation.DATACENTER);
        assertEquals(TotalProcessingPerformance.of("4000"), in.totalProcessingPerformance());
        assertEquals(in.totalProcessingPerformance().per(io.chipgate.metrics.ApplicableDieArea.ofSquareMillimetres("500")), in.density());
        assertEquals("8", in.density().value().orElseThrow().toBigDecimal(java.math.MathContext.UNLIMITED).toPlainString());
        assertEquals(in.transistors(), in.transistorCount().figure());
        assertEquals(in.memoryBandwidthDensity(), in.bandwidthDensity().figure());
    }
}
