package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A system's TPP in the parts output is the sum of its ICs' TPPs, each as chipgate gives it for the IC. The sums
 * below are worked out by hand from the catalog's published figures.
 */
class SystemTppTest {
    static final Catalog C = Catalog.builtin();

    @Test
    void anHgxBoardIsEightTimesItsGpu() {
        // H100 SXM: FP8 1,979 x 8 = 15,832 computed (NVIDIA's product page), 15,840 declared by NVIDIA; the higher (tppBasis=HIGHER) x 8
        Figure hgx = SystemTpp.of(C.part("nvidia-hgx-h100-8gpu"), C::find, Interpretation.defaults());
        assertEquals(0, hgx.value().get().compareTo(new BigDecimal("126720")), hgx.toString());
        // A100 SXM4 80GB: FP16 312 x 16 = 4,992 computed (declared 4,989 is lower) x 8 = 39,936
        Figure a100 = SystemTpp.of(C.part("nvidia-hgx-a100-8gpu"), C::find, Interpretation.defaults());
        assertEquals(0, a100.value().get().compareTo(new BigDecimal("39936")), a100.toString());
        // with the computed basis the H100 board is 8 x 15,832
        Figure computed = SystemTpp.of(C.part("nvidia-hgx-h100-8gpu"), C::find, Interpretation.defaults().with("tppBasis=COMPUTED"));
        assertEquals(0, computed.value().get().compareTo(new BigDecimal("126656")), computed.toString());
    }

    @Test
    void anIcMissingFromTheCatalogMakesTheSumUnknownAndNamesIt() {
        Part gpu = Part.builder().id("x-gpu").vendor("X").name("GPU")
            .addCompute(io.chipgate.model.ComputeRate.dense(io.chipgate.model.Precision.FP16, new BigDecimal("100"))).build();
        Part board = Part.builder().id("x-board").vendor("X").name("Board").kind(PartKind.SYSTEM)
            .addContains(Component.of("x-gpu", 4), Component.of("x-missing", 2)).build();
        Map<String, Part> parts = Map.of("x-gpu", gpu, "x-board", board);
        Figure f = SystemTpp.of(board, id -> Optional.ofNullable(parts.get(id)), Interpretation.defaults());
        assertTrue(f.value().isEmpty(), f.toString());
        assertEquals(0, f.lower().compareTo(new BigDecimal("6400")), f.toString()); // 4 x 1,600 is known
        assertTrue(f.missing().stream().anyMatch(m -> m.contains("x-missing")), f.missing().toString());
        Part nested = Part.builder().id("x-rack").vendor("X").name("Rack").kind(PartKind.SYSTEM)
            .addContains(Component.of("x-gpu", 1)).build();
        Part outer = Part.builder().id("x-pod").vendor("X").name("Pod").kind(PartKind.SYSTEM)
            .addContains(Component.of("x-rack", 3)).build();
        Map<String, Part> all = Map.of("x-gpu", gpu, "x-rack", nested, "x-pod", outer);
        Figure pod = SystemTpp.of(outer, id -> Optional.ofNullable(all.get(id)), Interpretation.defaults());
        assertEquals(0, pod.value().get().compareTo(new BigDecimal("4800")), pod.toString()); // 3 x 1 x 1,600
    }

    @Test
    void thePartsOutputsShowTheSum() {
        ChipgateCliTest.Run csv = run("parts", "--kind", "system", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("nvidia-hgx-h100-8gpu,NVIDIA,HGX H100 8-GPU,2022,SYSTEM,true,126720,")), csv.out());
        ChipgateCliTest.Run text = run("parts", "--kind", "system");
        assertTrue(text.out().contains("Σ 126,720"), text.out());
    }
}
