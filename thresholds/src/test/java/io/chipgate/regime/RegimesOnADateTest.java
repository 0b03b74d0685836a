package io.chipgate.regime;

import io.chipgate.testing.Chips;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.PartResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Regimes#classifyInForceOn} asks the rules in force; {@link Regimes#classifyWrittenOn} the rules in the CFR,
 * which include the AI-diffusion framework after BIS stopped enforcing it on 2025-05-13. Regime lists by hand from
 * the regulations digest (effective dates, supersession on 2023-11-17 and 2024-12-02, non-enforcement 2025-05-13).
 */
class RegimesOnADateTest {

    static final io.chipgate.model.Part H100 = Chips.H100;
    static final io.chipgate.model.Part H20 = Chips.H20;
    /** An L40-like part, as these tests were written: 362 TFLOPS FP8 dense on 608.5 mm² (TPP 2,896: 3A090.b), 864 GB/s memory. */
    static final io.chipgate.model.Part L40 = Chips.chip("l40", true, io.chipgate.model.Precision.FP8, "362", "608.5", "0", "128", "864");

    static Stream<Arguments> dates() {
        return Stream.of(
            Arguments.of("2022-10-06", List.of(), List.of()),
            Arguments.of("2022-10-07", List.of("3a090-2022"), List.of("3a090-2022")),
            Arguments.of("2023-11-16", List.of("3a090-2022"), List.of("3a090-2022")),
            Arguments.of("2023-11-17", List.of("3a090-2023"), List.of("3a090-2023")),
            Arguments.of("2024-12-02", List.of("3a090-2024"), List.of("3a090-2024")),
            Arguments.of("2025-01-15", List.of("3a090-2024", "ai-diffusion-2025"), List.of("3a090-2024", "ai-diffusion-2025")),
            Arguments.of("2025-05-12", List.of("3a090-2024", "ai-diffusion-2025", "foundry-2025", "h20-informed-2025"),
                List.of("3a090-2024", "ai-diffusion-2025", "foundry-2025", "h20-informed-2025")),
            Arguments.of("2025-05-13", List.of("3a090-2024", "foundry-2025", "h20-informed-2025"),
                List.of("3a090-2024", "ai-diffusion-2025", "foundry-2025", "h20-informed-2025")),
            Arguments.of("2026-02-01", List.of("3a090-2024", "foundry-2025", "h20-informed-2025", "china-review-2026"),
                List.of("3a090-2024", "ai-diffusion-2025", "foundry-2025", "h20-informed-2025", "china-review-2026")));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void inForceAndWrittenAreWhatTheirNamesSay(String day, List<String> inForce, List<String> written) {
        LocalDate on = LocalDate.parse(day);
        List<Determination> f = Regimes.classifyInForceOn(H100, on, Interpretation.defaults(), PartResolver.none());
        List<Determination> w = Regimes.classifyWrittenOn(H100, on, Interpretation.defaults(), PartResolver.none());
        assertEquals(inForce, f.stream().map(Determination::regimeId).toList());
        assertEquals(written, w.stream().map(Determination::regimeId).toList());
        f.forEach(d -> assertEquals(RegimeStatus.IN_FORCE, d.status(), d::toString));
    }
}
