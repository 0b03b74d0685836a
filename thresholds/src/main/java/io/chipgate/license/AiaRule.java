package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;
import java.util.List;

/**
 * License Exception AIA (§ 740.27, as written by 90 FR 4544).
 */
final class AiaRule implements ExceptionRule {

    /** A citation, made once. */
    private static final String CITE = "15 CFR 740.27; 90 FR 4559; " + Instruments.AI_DIFFUSION_2025;
    @Override
    public void offer(Assessment.Run run, Tri blocked, Tri barred) {
        aia(run, barred);
    }

    /**
     * AIA (§ 740.27, 90 FR 4559, as written): 3A090.a/4A090.a items to entities located in, and headquartered in, a
     * destination of supplement no. 5(a) to part 740; reporting once the consignee's cumulative TPP reaches 253,000,000.
     */
    static void aia(Assessment.Run run, Tri barred) {
        if (!SUPPLEMENT_5A.contains(run.dest) || "US".equals(run.dest)) {
            return;
        }
        Tri hq5a = run.hq == null ? Tri.UNKNOWN : Tri.of(SUPPLEMENT_5A.contains(run.hq));
        Tri available = hq5a.and(barred.not());
        if (available == Tri.FALSE) {
            return;
        }
        String where = run.where();
        String hqText = run.hqText();
        run.options.add(LicenseOption.rendered("AIA", available,
            () -> "as written: 3A090.a/4A090.a items to an entity located in " + where + " (supplement no. 5(a)) and headquartered "
                + "in a supplement 5(a) destination (" + hqText + "); the consignee certifies as § 740.27 requires; reporting to "
                + "BIS once the ultimate consignee's cumulative TPP reaches 253,000,000",
            List.of(), CITE,
            "relieves only the AI-diffusion worldwide requirement, which is NOT ENFORCED; supplement 5(a) list from secondary "
                + "sources [S]"));
    }
}
