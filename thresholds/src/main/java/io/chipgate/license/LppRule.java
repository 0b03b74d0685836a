package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Instruments;
import io.chipgate.regime.Thresholds;
import java.math.BigDecimal;
import java.util.List;

/**
 * License Exception LPP (§ 740.29, as written by 90 FR 4544).
 */
final class LppRule implements ExceptionRule {

    /** A citation, made once. */
    private static final String CITE = "15 CFR 740.29; 740.2(a)(9)(ii); " + Instruments.AI_DIFFUSION_2025;
    @Override
    public void offer(Assessment.Run run, Tri blocked, Tri barred) {
        lpp(run, barred);
    }

    static void lpp(Assessment.Run run, Tri barred) {
        // § 740.2(a)(9)(ii) as written after 90 FR 4544: for 3A090 items to D:1/D:4/D:5 destinations not also in A:5/A:6
        // only the exceptions it lists are available, and LPP is not among them (independent reading [S])
        Tri restricted = run.scope(run.dest);
        // § 740.29(c)(2): not for ultimate consignees headquartered in Macau or D:5 (reported [S])
        Tri notD5 = run.d5mo(run.dest).not().and(run.hqD5().not()).and(barred.not()).and(restricted.not());
        Tri withinCap = Tri.UNKNOWN;
        Figure tpp = run.aggregateTpp();
        BigDecimal q = BigDecimal.valueOf(run.quantity);
        BigDecimal cap = io.chipgate.regime.Thresholds.LPP_TPP_PER_YEAR;
        if (tpp.value().isPresent()) {
            withinCap = Tri.of(tpp.value().get().multiply(q).compareTo(cap) <= 0);
        } else if (tpp.lower().multiply(q).compareTo(cap) > 0) {
            withinCap = Tri.FALSE;
        } else if (tpp.upper().isPresent() && tpp.upper().get().multiply(q).compareTo(cap) <= 0) {
            withinCap = Tri.TRUE;
        }
        Tri available = notD5.and(withinCap);
        if (available == Tri.FALSE) {
            if (restricted == Tri.TRUE) {
                run.warn(LicenceNotice.Code.LPP_NOT_OFFERED, "License Exception LPP is not offered: § 740.2(a)(9)(ii) (as written after 90 FR 4544) lists the only "
                    + "licence exceptions for 3A090 items to " + run.where() + " (in D:1/D:4/D:5, not in A:5/A:6), and LPP is not "
                    + "among them [S: independent reading]");
            }
            return;
        }
        boolean system = run.part.kind() == PartKind.SYSTEM;
        Tri within = withinCap;
        run.options.add(LicenseOption.rendered("LPP", available,
            () -> "as written: up to 26,900,000 TPP per ultimate consignee per calendar year, counting the TPP of 4A090.a items "
                + "(§ 740.29(h)) — this shipment alone: quantity × " + (system ? "the system's IC TPP" : "TPP")
                + " within the cap: " + within.label() + "; not to Macau or D:5, nor to consignees headquartered there "
                + "(§ 740.29(c)(2)); not to D:1/D:4/D:5 destinations outside A:5/A:6 (§ 740.2(a)(9)(ii)) (figure and scope "
                + "from secondary sources; § 740.29 verbatim UNCONFIRMED)",
            List.of(), CITE,
            "relieves only the AI-diffusion worldwide requirement, which is NOT ENFORCED; it does not authorize a shipment that "
                + "needs a licence on an enforced ground"));
    }
}
