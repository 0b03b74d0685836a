package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * License Exception LPP as written (§ 740.29, 90 FR 4544: "up to 26,900,000 TPP per ultimate consignee per calendar
 * year" [S]) for a part whose TPP is known only between bounds: a dense FP16 rate of 125 TFLOPS (TPP ≥ 125 × 16 = 2,000)
 * and an INT8 rate given only sparse, 625 TOPS (the dense rate at most that: TPP ≤ 625 × 8 = 5,000; Technical Note 3
 * to 3A090 counts dense rates). Whether the shipment is within the cap is then TRUE when even the upper bound is,
 * FALSE when even the lower bound is over it, and unknown between.
 */
class LppBoundsTest {
    static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 1);
    /** TPP between 2,000 and 5,000 (datacenter, 814 mm²: 3A090.a at either end under the 2025 rule's lines). */
    static final Part BOUNDED = Part.builder().id("bounded").vendor("-").name("bounded TPP").datacenter(true)
        .addCompute(ComputeRate.dense(Precision.FP16, new BigDecimal("125")))
        .addCompute(ComputeRate.builder().precision(Precision.INT8).sparseTops(new BigDecimal("625")).build())
        .addDies(Die.builder().role(DieRole.LOGIC).areaMm2(new BigDecimal("100")).nonPlanar(true).build())
        .build();

    static Optional<LicenseOption> lpp(long quantity, String to) {
        LicenseDetermination d = Ship.assess(BOUNDED, quantity, to, to, AUG_2025);
        return d.asWritten().licenseExceptions().stream().filter(o -> o.code().equals("LPP")).findFirst();
    }

    @Test
    void withinTheCapWhenEvenTheUpperBoundIs() {
        // 5,380 × 5,000 = 26,900,000: at the cap ("up to") with the largest TPP the part can have
        assertEquals(Tri.TRUE, lpp(5380, "BR").orElseThrow().available());
        // 5,381 × 5,000 = 26,905,000 > cap, while 5,381 × 2,000 is well within: not known
        assertEquals(Tri.UNKNOWN, lpp(5381, "BR").orElseThrow().available());
    }

    @Test
    void overTheCapWhenEvenTheLowerBoundIs() {
        // 13,450 × 2,000 = 26,900,000: at the cap with the least TPP, over it with any more: still not known
        assertEquals(Tri.UNKNOWN, lpp(13450, "BR").orElseThrow().available());
        // 13,451 × 2,000 = 26,902,000 > cap whatever the TPP: not offered
        assertTrue(lpp(13451, "BR").isEmpty());
    }

    @Test
    void theConditionsCountTheShipmentsTpp() {
        LicenseOption o = lpp(5380, "BR").orElseThrow();
        assertTrue(o.conditions().startsWith("as written: up to 26,900,000 TPP per ultimate consignee per calendar year"), o.conditions());
        assertTrue(o.conditions().contains("this shipment alone: quantity × TPP within the cap: true"), o.conditions());
        // a system counts its ICs' TPP (§ 740.29(h)): HGX H100, 8 × 15,831.2
        LicenseDetermination hgx = Ship.assess(Chips.HGX_H100, 1, "BR", "BR", AUG_2025, io.chipgate.metrics.Interpretation.defaults(),
            Chips::find);
        LicenseOption s = hgx.asWritten().licenseExceptions().stream().filter(x -> x.code().equals("LPP")).findFirst().orElseThrow();
        assertTrue(s.conditions().contains("quantity × the system's IC TPP within the cap: true"), s.conditions());
    }

    @Test
    void notOfferedTo9iiDestinationsSaysWhy() {
        // § 740.2(a)(9)(ii): Vietnam (D:1, not A:5/A:6); Brazil is in no group: no such notice
        LicenseDetermination vn = Ship.assess(Chips.H100, 1, "VN", "VN", AUG_2025);
        assertTrue(vn.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.LPP_NOT_OFFERED));
        LicenseDetermination br = Ship.assess(Chips.H100, 5000, "BR", "BR", AUG_2025);
        assertTrue(br.asWritten().licenseExceptions().stream().noneMatch(o -> o.code().equals("LPP")), "5,000 H100 exceed the cap");
        assertTrue(br.notices().stream().noneMatch(n -> n.code() == LicenceNotice.Code.LPP_NOT_OFFERED), String.join("\n", br.warnings()));
    }
}
