package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Thresholds;
import java.math.BigDecimal;
import java.util.List;

/**
 * License Exception HBM (§ 740.25): 3A090.c below 3.3 GB/s/mm², direct to the packaging site.
 */
final class HbmExceptionRule implements ExceptionRule {
    @Override
    public void offer(Assessment.Run run, Tri blocked, Tri barred) {
        hbmException(run, barred);
    }

    static void hbmException(Assessment.Run run, Tri barred) {
        Figure mbd = PartInputs.of(run.part, run.interpretation).memoryBandwidthDensity();
        BigDecimal line = Thresholds.HBM_EXCEPTION.line();
        Tri below = mbd.lessThan(line);
        String shown = mbd.value().map(v -> v.round(2).toPlainString() + " GB/s/mm²").orElse("unknown");
        if (below == Tri.FALSE) {
            run.warn(LicenceNotice.Code.HBM_EXCEPTION_NOT_AVAILABLE, "License Exception HBM is not available: memory bandwidth density " + shown + " is not below "
                + line.toPlainString() + " GB/s/mm² (§ 740.25(c))");
            return;
        }
        run.options.add(LicenseOption.of("HBM", below.and(barred.not()),
            "only if the 3A090.c item has a memory bandwidth density below " + line.toPlainString() + " GB/s/mm² (here " + shown
                + "); directly purchased by the designer of the co-packaged commodity; exported directly to the packaging site; "
                + "exporter headquartered in the United States or Country Group A:5 without an ultimate parent in Macau or D:5; the "
                + "finished co-packaged commodity must not exceed the 3A090.a/.b parameters",
            List.of(), "15 CFR 740.25(b), (c); 89 FR 96814", null));
    }
}
