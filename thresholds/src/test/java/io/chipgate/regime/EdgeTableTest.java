package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Exact;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of every built-in regime: just below, at, and just above, in the rule's decimal precision
 * (0.001 of TPP and GB/s, 0.0001 of density). Expected outcomes written from the rule text.
 */
class EdgeTableTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    static Inputs acc(String tpp, String area, Boolean dc) {
        return Hypo.inputs(new BigDecimal(tpp), new BigDecimal(area), Optional.ofNullable(dc));
    }

    static Stream<Arguments> rule2023() {
        return Stream.of(
            // a.1: TPP 4800 or more (datacenter; PD = TPP/1000 < 5.92)
            Arguments.of("4799.999", "1000", true, "3A090.b.1"),
            Arguments.of("4800", "1000", true, "3A090.a.1"),
            Arguments.of("4800.001", "1000", true, "3A090.a.1"),
            // a.2: PD 5.92 or more (TPP 1776 on 300 mm² is exactly 5.92)
            Arguments.of("1775.999", "300", true, "3A090.b.2"),
            Arguments.of("1776", "300", true, "3A090.a.2"),
            Arguments.of("1776.001", "300", true, "3A090.a.2"),
            // a.2 and b.2: TPP 1600 or more (PD 8)
            Arguments.of("1599.999", "200", true, "NOT_CONTROLLED"),
            Arguments.of("1600", "200", true, "3A090.a.2"),
            Arguments.of("1600.001", "200", true, "3A090.a.2"),
            // b.1: TPP 2400 or more (PD 2.4)
            Arguments.of("2399.999", "1000", true, "NOT_CONTROLLED"),
            Arguments.of("2400", "1000", true, "3A090.b.1"),
            Arguments.of("2400.001", "1000", true, "3A090.b.1"),
            // b.1: PD 1.6 or more (TPP 3200 on 2000 mm²)
            Arguments.of("3199.999", "2000", true, "NOT_CONTROLLED"),
            Arguments.of("3200", "2000", true, "3A090.b.1"),
            Arguments.of("3200.2", "2000", true, "3A090.b.1"),
            // b.2: PD 3.2 or more (TPP 1600 on 500 mm²)
            Arguments.of("1599.95", "500", true, "NOT_CONTROLLED"),
            Arguments.of("1600", "500", true, "3A090.b.2"),
            Arguments.of("1600.05", "500", true, "3A090.b.2"),
            Arguments.of("1600", "500.001", true, "NOT_CONTROLLED"),
            // b.1/b.2: PD less than 5.92 (TPP 2960 on 500 mm² is exactly 5.92)
            Arguments.of("2959.95", "500", true, "3A090.b.1"),
            Arguments.of("2960", "500", true, "3A090.a.2"),
            // datacenter note: not for datacenters and TPP below 4800
            Arguments.of("4799.999", "100", false, "NOT_CONTROLLED"),
            Arguments.of("4800", "100", false, "3A090.a.1"),
            Arguments.of("4799.999", "100", null, "INDETERMINATE"),
            Arguments.of("4800", "100", null, "3A090.a.1"),
            // TPP 1760 on 800 mm² is free whatever the datacenter designation
            Arguments.of("1760", "800", null, "NOT_CONTROLLED"));
    }

    @ParameterizedTest(name = "TPP {0} on {1} mm², datacenter {2} → {3}")
    @MethodSource("rule2023")
    void rule2023AndItsSuccessor(String tpp, String area, Boolean dc, String expected) {
        Inputs in = acc(tpp, area, dc);
        assertEquals(expected, Regimes.byId("3a090-2023").outcome(in, DAY).code());
        assertEquals(expected, Regimes.byId("3a090-2024").outcome(in, DAY).code());
    }

    static Stream<Arguments> rule2022() {
        return Stream.of(
            Arguments.of("4800", "600", "3A090.a"),
            Arguments.of("4800", "599.999", "NOT_CONTROLLED"),
            Arguments.of("4799.999", "600", "NOT_CONTROLLED"),
            Arguments.of("4800.001", "600.001", "3A090.a"));
    }

    @ParameterizedTest(name = "2022: TPP {0}, I/O {1} GB/s → {2}")
    @MethodSource("rule2022")
    void rule2022(String tpp, String io, String expected) {
        Inputs in = acc(tpp, "100", true).withIo(Exact.parse(io));
        assertEquals(expected, Regimes.byId("3a090-2022").outcome(in, DAY).code());
    }

    static Part stack(String bandwidth, String area) {
        return Part.builder().id("m").vendor("v").name("m").kind(PartKind.MEMORY)
            .memory(MemoryInterface.builder().type(MemoryType.HBM3).bandwidthGBs(new BigDecimal(bandwidth))
                .packageAreaMm2(new BigDecimal(area)).build()).build();
    }

    static Stream<Arguments> hbm() {
        // memory bandwidth density "greater than 2" (on 100 mm²); License Exception HBM "less than 3.3"
        return Stream.of(
            Arguments.of("199.99", "NOT_CONTROLLED", null),
            Arguments.of("200", "NOT_CONTROLLED", null),
            Arguments.of("200.01", "3A090.c", "TRUE"),
            Arguments.of("329.99", "3A090.c", "TRUE"),
            Arguments.of("330", "3A090.c", "FALSE"),
            Arguments.of("330.01", "3A090.c", "FALSE"));
    }

    @ParameterizedTest(name = "HBM {0} GB/s on 100 mm² → {1}, LE HBM {2}")
    @MethodSource("hbm")
    void hbm(String bandwidth, String expected, String exception) {
        Determination d = Regimes.byId("3a090-2024").classify(stack(bandwidth, "100"), DAY);
        assertEquals(expected, d.outcome().code());
        if (exception != null) {
            Clause line = d.clauses().stream().filter(c -> c.threshold() == Thresholds.HBM_EXCEPTION).findFirst().orElseThrow();
            assertEquals(exception, line.result().name(), "memory bandwidth density below 3.3 (§ 740.25(c))");
        }
    }

    static Stream<Arguments> china() {
        return Stream.of(
            Arguments.of("20999.999", "6499.999", "CASE_BY_CASE"),
            Arguments.of("21000", "6499.999", "PRESUMPTION_OF_DENIAL"),
            Arguments.of("20999.999", "6500", "PRESUMPTION_OF_DENIAL"),
            Arguments.of("21000.001", "6500.001", "PRESUMPTION_OF_DENIAL"));
    }

    @ParameterizedTest(name = "2026 box: TPP {0}, DRAM {1} → {2}")
    @MethodSource("china")
    void chinaReview(String tpp, String dram, String expected) {
        Inputs in = acc(tpp, "800", true).withMemoryBandwidth(Exact.parse(dram));
        assertEquals(expected, Regimes.byId("china-review-2026").outcome(in, DAY).code());
    }

    static Stream<Arguments> informed() {
        return Stream.of(
            Arguments.of("1399.999", "0", "NOT_APPLICABLE"),
            Arguments.of("1400", "0", "LICENSE_REQUIRED_REPORTED"),
            Arguments.of("0", "1099.999", "NOT_APPLICABLE"),
            Arguments.of("0", "1100", "LICENSE_REQUIRED_REPORTED"),
            Arguments.of("1000", "699.999", "NOT_APPLICABLE"),
            Arguments.of("1000", "700", "LICENSE_REQUIRED_REPORTED"));
    }

    @ParameterizedTest(name = "letters: DRAM {0}, I/O {1} → {2}")
    @MethodSource("informed")
    void informedLetters(String dram, String io, String expected) {
        Inputs in = acc("100", "100", true).withMemoryBandwidth(Exact.parse(dram)).withIo(Exact.parse(io));
        assertEquals(expected, Regimes.byId("h20-informed-2025").outcome(in, DAY).code());
    }
}
