package io.chipgate.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.Designation;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small value types of what-if questions: {@link ApplicableDieArea}, {@link Bandwidth}, {@link Designation}. */
class WhatIfQuantitiesTest {
    @Test
    void areasAreExactAndEqualAsNumbers() {
        assertEquals(ApplicableDieArea.ofSquareMillimetres("600"), ApplicableDieArea.ofSquareMillimetres("600.0"));
        assertEquals(ApplicableDieArea.ofSquareMillimetres("600").hashCode(), ApplicableDieArea.ofSquareMillimetres("6E+2").hashCode());
        assertNotEquals(ApplicableDieArea.ofSquareMillimetres("600"), ApplicableDieArea.ofSquareMillimetres("600.0000001"));
        assertEquals("814 mm²", ApplicableDieArea.ofSquareMillimetres(new BigDecimal("814")).toString());
        assertTrue(ApplicableDieArea.ofSquareMillimetres("0.001").compareTo(ApplicableDieArea.ofSquareMillimetres("0.01")) < 0);
        assertEquals(Figure.known(new BigDecimal("814")).toString(), ApplicableDieArea.ofSquareMillimetres("814").figure().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.0", "abc", ""})
    void anAreaMustBeAPositiveDecimal(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApplicableDieArea.ofSquareMillimetres(text));
        assertTrue(e.getMessage().contains("applicable die area") && e.getMessage().endsWith(text), e.getMessage());
    }

    @Test
    void bandwidthsAreExactAndNotNegative() {
        assertEquals(Bandwidth.ofGigabytesPerSecond("900"), Bandwidth.ofGigabytesPerSecond("900.00"));
        assertEquals("900 GB/s", Bandwidth.ofGigabytesPerSecond("900").toString());
        assertEquals(Bandwidth.ofGigabytesPerSecond("0"), Bandwidth.ofGigabytesPerSecond("0.0"));
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofGigabytesPerSecond("-0.1"));
        assertThrows(IllegalArgumentException.class, () -> Bandwidth.ofGigabytesPerSecond("fast"));
    }

    @Test
    void designationsRoundTripThePartsOptional() {
        for (Designation d : Designation.values()) {
            assertEquals(d, Designation.of(d.asOptional()));
        }
        assertEquals(Designation.DATACENTER, Designation.of(Optional.of(true)));
        assertEquals(Designation.NOT_DATACENTER, Designation.of(false));
        assertEquals(Designation.UNKNOWN, Designation.of(Optional.empty()));
        assertEquals(Designation.NOT_DATACENTER, Designation.DATACENTER.negate());
        assertEquals(Designation.DATACENTER, Designation.NOT_DATACENTER.negate());
        assertEquals(Designation.UNKNOWN, Designation.UNKNOWN.negate());
    }

    /** L4: dense FP8 242.5 TFLOPS × 8 = 1940 on 294.5 mm² (NVIDIA L4 datasheet): PD = 1940 / 294.5 = 3880/589, exactly. */
    @Test
    void tppPerAreaIsAnExactDensity() {
        PerformanceDensity pd = TotalProcessingPerformance.of("1940").per(ApplicableDieArea.ofSquareMillimetres("294.5"));
        assertEquals(Exact.ratio(new BigDecimal("3880"), new BigDecimal("589")), pd.value().orElseThrow());
        assertTrue(pd.value().orElseThrow().compareTo(new BigDecimal("5.92")) >= 0); // 3A090.a.2's density line
        assertEquals(pd, TotalProcessingPerformance.of("1940.0").per(ApplicableDieArea.ofSquareMillimetres("294.50")));
        assertTrue(pd.toString().endsWith(PerformanceDensity.UNIT));
        assertEquals("TPP 4800", TotalProcessingPerformance.of("4800").toString());
        // unknown stays unknown, naming what is missing
        PerformanceDensity open = TotalProcessingPerformance.of(Figure.unknown("compute")).per(ApplicableDieArea.ofSquareMillimetres("800"));
        assertTrue(open.value().isEmpty());
        assertEquals(java.util.List.of("compute"), open.figure().missing());
        assertThrows(IllegalArgumentException.class, () -> TotalProcessingPerformance.of("-1"));
        assertThrows(IllegalArgumentException.class, () -> TotalProcessingPerformance.of("many"));
    }

    @Test
    void densityAndCountWrapTheirFigures() {
        // an HBM3E 8-high stack: 1180 GB/s on 121 mm² (SK hynix) = 9.75… GB/s/mm², above 3A090.c's 2
        MemoryBandwidthDensity mbd = MemoryBandwidthDensity.of(Figure.known(new BigDecimal("1180")).dividedBy(Figure.known(new BigDecimal("121"))));
        assertTrue(mbd.value().orElseThrow().compareTo(new BigDecimal("2")) > 0);
        assertEquals(mbd, MemoryBandwidthDensity.of(Figure.known(Exact.ratio(new BigDecimal("1180.0"), new BigDecimal("121")))));
        assertTrue(mbd.toString().endsWith("GB/s/mm²"));
        TransistorCount t = TransistorCount.of(Figure.known(new BigDecimal("80000000000")));
        assertEquals("80000000000 transistors", t.toString());
        assertEquals(t, TransistorCount.of(Figure.known(new BigDecimal("8E+10"))));
        assertTrue(TransistorCount.of(Figure.unknown("dies[0].transistors")).value().isEmpty());
    }
}
