package io.chipgate.license;

import io.chipgate.testing.Chips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The licence answers are values: the same shipment assessed twice gives equal (not identical) answers. */
class LicenceValuesTest {

    static final io.chipgate.model.Part H100 = Chips.H100;
    static final io.chipgate.model.Part H20 = Chips.H20;
    /** An L40-like part, as these tests were written: 362 TFLOPS FP8 dense on 608.5 mm² (TPP 2,896: 3A090.b), 864 GB/s memory. */
    static final io.chipgate.model.Part L40 = Chips.chip("l40", true, io.chipgate.model.Precision.FP8, "362", "608.5", "0", "128", "864");

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
