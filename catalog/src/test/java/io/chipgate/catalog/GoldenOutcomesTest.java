package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Interpretation;
import io.chipgate.regime.Regimes;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected outcomes of named catalog parts under each 3A090 text, worked out by hand from the rule text
 * (regulations digest §§ 1–3) and the published figures (reference spec sheet), before running the code:
 *
 * <pre>
 * part                 TPP      area   PD     I/O (2022)   dc   2022      2023/2024
 * A100 SXM             4992     826    6.04   600+64=664   yes  3A090.a   a.1
 * A800 SXM             4992     826    6.04   400+64=464   yes  NC        a.1
 * H100 SXM             15831.2  814    19.45  900+128      yes  3A090.a   a.1
 * H800 SXM             15831.2  814    19.45  400+128=528  yes  NC        a.1
 * H20                  2368     814    2.91   900+128      yes  NC        NC (32 short of b.1; PD < 3.2)
 * H200 SXM             15831.2  814    19.45  900+128      yes  3A090.a   a.1
 * L4                   1940     294.5  6.59   64           yes  NC        a.2
 * L40                  2896     608.5  4.76   64           yes  NC        b.1
 * L40S                 5864     608.5  9.64   64           yes  NC        a.1
 * A30                  2640     826    3.20-  200+64       yes  NC        b.1 (PD 3.196: b.2 fails, b.1 holds)
 * A40                  2395.2   628    3.81   112.5+64     yes  NC        b.2 (TPP < 2400: b.1 fails)
 * A10                  2000     628    3.18   64           yes  NC        NC (PD 3.18 < 3.2; TPP < 2400)
 * V100 SXM2            2000     815    2.45   300+32       yes  NC        NC
 * RTX 4090             5284.8   608.5  8.68   64           no   NC        a.1 (non-datacenter, TPP ≥ 4800)
 * MI300X               20919.2  —      —      896+128      yes  3A090.a   a.1
 * </pre>
 */
class GoldenOutcomesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    static Stream<Arguments> golden() {
        return Stream.of(
            Arguments.of("nvidia-a100-sxm", "3A090.a", "3A090.a.1"),
            Arguments.of("nvidia-a800-sxm", "NOT_CONTROLLED", "3A090.a.1"),
            Arguments.of("nvidia-h100-sxm", "3A090.a", "3A090.a.1"),
            Arguments.of("nvidia-h800-sxm", "NOT_CONTROLLED", "3A090.a.1"),
            Arguments.of("nvidia-h20", "NOT_CONTROLLED", "NOT_CONTROLLED"),
            Arguments.of("nvidia-h200-sxm", "3A090.a", "3A090.a.1"),
            Arguments.of("nvidia-l4", "NOT_CONTROLLED", "3A090.a.2"),
            Arguments.of("nvidia-l40", "NOT_CONTROLLED", "3A090.b.1"),
            Arguments.of("nvidia-l40s", "NOT_CONTROLLED", "3A090.a.1"),
            Arguments.of("nvidia-a30", "NOT_CONTROLLED", "3A090.b.1"),
            Arguments.of("nvidia-a40", "NOT_CONTROLLED", "3A090.b.2"),
            Arguments.of("nvidia-a10", "NOT_CONTROLLED", "NOT_CONTROLLED"),
            Arguments.of("nvidia-v100-sxm2", "NOT_CONTROLLED", "NOT_CONTROLLED"),
            Arguments.of("nvidia-rtx-4090", "NOT_CONTROLLED", "3A090.a.1"),
            Arguments.of("amd-mi300x", "3A090.a", "3A090.a.1"));
    }

    @ParameterizedTest(name = "{0}: 2022 {1}, 2023/2024 {2}")
    @MethodSource("golden")
    void outcomes(String id, String in2022, String from2023) {
        var part = Catalog.builtin().part(id);
        assertEquals(in2022, Regimes.byId("3a090-2022").classify(part, DAY).outcome().code(), "3a090-2022");
        assertEquals(from2023, Regimes.byId("3a090-2023").classify(part, DAY).outcome().code(), "3a090-2023");
        assertEquals(from2023, Regimes.byId("3a090-2024").classify(part, Interpretation.defaults(), DAY, Catalog.builtin()::find).outcome().code(), "3a090-2024");
    }

    static Stream<Arguments> memoryAndSystems() {
        // "All HBM stacks currently in production exceed this threshold" (89 FR 96790 preamble): 3A090.c from 2024
        return Stream.of(
            Arguments.of("skhynix-hbm3e-8h", "NOT_CONTROLLED", "3A090.c"),
            Arguments.of("micron-hbm3e-24gb", "NOT_CONTROLLED", "3A090.c"),
            Arguments.of("nvidia-hgx-h100-8gpu", "4A090.a", "4A090.a"),
            Arguments.of("nvidia-hgx-h20-8gpu", "NOT_CONTROLLED", "NOT_CONTROLLED"));
    }

    @ParameterizedTest(name = "{0}: 2023 {1}, 2024 {2}")
    @MethodSource("memoryAndSystems")
    void memoryAndSystems(String id, String in2023, String in2024) {
        var c = Catalog.builtin();
        var part = c.part(id);
        assertEquals(in2023, Regimes.byId("3a090-2023").classify(part, Interpretation.defaults(), DAY, c::find).outcome().code());
        assertEquals(in2024, Regimes.byId("3a090-2024").classify(part, Interpretation.defaults(), DAY, c::find).outcome().code());
    }
}
