package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The licence answers are values: the same shipment assessed twice gives equal (not identical) answers. */
class LicenceValuesTest {
    /** An accelerator from published figures (NVIDIA datasheets: dense FP8 TFLOPS, die mm², NVLink and PCIe GB/s, HBM GB/s). */
    static io.chipgate.model.Part chip(String id, String denseFp8, String areaMm2, String nvlink, String memGBs) {
        return io.chipgate.model.Part.builder().id(id).vendor("NVIDIA").name(id).datacenter(true)
            .addCompute(io.chipgate.model.ComputeRate.dense(io.chipgate.model.Precision.FP8, new java.math.BigDecimal(denseFp8)))
            .addDies(io.chipgate.model.Die.builder().role(io.chipgate.model.DieRole.LOGIC).areaMm2(new java.math.BigDecimal(areaMm2))
                .nonPlanar(true).build())
            .addIo(io.chipgate.model.IoLink.of(io.chipgate.model.LinkKind.NVLINK, new java.math.BigDecimal(nvlink)))
            .addIo(io.chipgate.model.IoLink.of(io.chipgate.model.LinkKind.PCIE, new java.math.BigDecimal("128")))
            .memory(io.chipgate.model.MemoryInterface.builder().type(io.chipgate.model.MemoryType.HBM3)
                .bandwidthGBs(new java.math.BigDecimal(memGBs)).build())
            .build();
    }

    static final io.chipgate.model.Part H100 = chip("h100", "1978.9", "814", "900", "3350");
    static final io.chipgate.model.Part H20 = chip("h20", "296", "814", "900", "4000");
    static final io.chipgate.model.Part L40 = chip("l40", "362", "608.5", "0", "864");

    static final LocalDate DAY = LocalDate.of(2026, 8, 1);

    @Test
    void theSameShipmentAssessedTwiceIsEqual() {
        Shipment s = Shipment.of(H100, 8, CountryCode.of("CN"), DAY);
        LicenseDetermination a = Licensing.assess(s);
        LicenseDetermination b = Licensing.assess(s);
        assertNotSame(a, b);
        assertEquals(a.asWritten().grounds(), b.asWritten().grounds());
        assertEquals(a.asWritten().licenseExceptions(), b.asWritten().licenseExceptions());
        assertEquals(a.asWritten().reviewPolicy(), b.asWritten().reviewPolicy());
        assertEquals(a.asWritten(), b.asWritten());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Licensing.assess(Shipment.of(H100, 8, CountryCode.of("DE"), DAY)));
    }

    @Test
    void optionsAndPoliciesCompareEveryField() {
        LicenseOption o = LicenseOption.of("NAC", Tri.UNKNOWN, "c", java.util.List.of("n"), "§ 740.8", "note");
        assertEquals(o, LicenseOption.of("NAC", Tri.UNKNOWN, "c", java.util.List.of("n"), "§ 740.8", "note"));
        assertNotEquals(o, LicenseOption.of("NAC", Tri.TRUE, "c", java.util.List.of("n"), "§ 740.8", "note"));
        ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.values()[0], "c", "x");
        assertEquals(p, ReviewPolicy.of(ReviewPolicy.Kind.values()[0], "c", "x"));
        assertNotEquals(p, ReviewPolicy.of(ReviewPolicy.Kind.values()[0], "c", "y"));
    }
}
