package io.chipgate.regime;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Bandwidth;
import io.chipgate.model.Designation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Test shorthand over the typed what-if API: plain decimals and optionals in, the typed values out. */
final class Hypo {
    private Hypo() {
    }

    static Inputs inputs(BigDecimal tpp, BigDecimal areaMm2, Optional<Boolean> datacenter) {
        return Inputs.hypothetical(tpp, ApplicableDieArea.ofSquareMillimetres(areaMm2), Designation.of(datacenter));
    }

    static Optional<Frontier.Boundary> boundary(Regime regime, BigDecimal areaMm2, Optional<Boolean> datacenter,
                                                Optional<BigDecimal> ioGBs, LocalDate date) {
        ApplicableDieArea area = ApplicableDieArea.ofSquareMillimetres(areaMm2);
        return ioGBs.isPresent()
            ? Frontier.tppBoundary(regime, area, Designation.of(datacenter), Bandwidth.ofGigabytesPerSecond(ioGBs.get()), date)
            : Frontier.tppBoundary(regime, area, Designation.of(datacenter), date);
    }
}
