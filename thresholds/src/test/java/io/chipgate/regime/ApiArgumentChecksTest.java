package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Designation;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 §5: a null argument is an {@link NullPointerException} naming the parameter (before, a null date gave an
 * answer, or an NPE about a variable {@code s}); an unbounded what-if number is an {@link IllegalArgumentException}
 * at once (before, {@code tppBoundary} with 1e99999999 hung).
 */
class ApiArgumentChecksTest {
    static final Regime R2024 = Regimes.byId("3a090-2024");
    static final LocalDate DATE = LocalDate.of(2026, 11, 30);

    static void npe(String parameter, Runnable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call::run);
        assertEquals(parameter, e.getMessage());
    }

    @Test
    void nullArgumentsNameTheParameter() {
        npe("date", () -> R2024.classify(Chips.H100, null));
        npe("date", () -> R2024.classify(Chips.H100, Interpretation.defaults(), null, PartResolver.none()));
        npe("interpretation", () -> R2024.classify(Chips.H100, null, DATE, PartResolver.none()));
        npe("resolver", () -> R2024.classify(Chips.H100, Interpretation.defaults(), DATE, null));
        npe("part", () -> R2024.classify(null, DATE));
        npe("date", () -> R2024.status(null));
        npe("date", () -> Regimes.inForceOn(null));
        npe("date", () -> Regimes.writtenOn(null));
        npe("date", () -> Frontier.tppBoundary(R2024, ApplicableDieArea.ofSquareMillimetres("600"), Designation.DATACENTER, null));
        npe("area", () -> Frontier.tppBoundary(R2024, null, Designation.DATACENTER, DATE));
    }

    @Test
    void anUnboundedWhatIfIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThrows(IllegalArgumentException.class, () -> Hypo.boundary(R2024, new BigDecimal("1e99999999"),
                Optional.of(true), Optional.empty(), DATE));
            assertThrows(IllegalArgumentException.class, () -> Hypo.boundary(Regimes.byId("3a090-2022"), new BigDecimal("600"),
                Optional.of(true), Optional.of(new BigDecimal("1e99999999")), DATE));
            assertThrows(IllegalArgumentException.class, () -> Hypo.boundary(R2024, new BigDecimal("1e-999999999"),
                Optional.of(true), Optional.empty(), DATE));
        });
    }
}
