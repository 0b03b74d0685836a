package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Declared values on catalog parts against the known facts of issue 10 (NVIDIA's TPP per GPU, written here by hand
 * from the list and checked against the vendor table), and lookup by part number.
 */
class PartNumberTest {
    static final Catalog C = Catalog.builtin();

    /** Part, NVIDIA's TPP per GPU, a part number whose row states it (the list of known facts). */
    static Stream<Arguments> knownFacts() {
        return Stream.of(
            Arguments.of("nvidia-a100-pcie", "4989", "900-21001-0020-100"),
            Arguments.of("nvidia-a800-pcie", "4989", "900-21001-0030-100"),
            Arguments.of("nvidia-a100-sxm", "4989", "935-23587-0000-2R1"),
            Arguments.of("nvidia-a800-sxm", "4989", "935-23587-0010-2R1"),
            Arguments.of("nvidia-h100-sxm", "15840", "935-24287-0000-000"),
            Arguments.of("nvidia-h800-sxm", "15840", "935-24287-00A0-000"),
            Arguments.of("nvidia-h200-sxm", "15840", "935-24287-0040-000"),
            Arguments.of("nvidia-h100-pcie", "12224", "900-21010-0000-000"),
            Arguments.of("nvidia-h800-pcie", "12224", "900-21010-0010-000"),
            Arguments.of("nvidia-h100-nvl", "14144", "900-21010-0020-000"),
            Arguments.of("nvidia-h200-nvl", "14144", "900-21010-0040-000"),
            Arguments.of("nvidia-b200", "37248", "935-26287-00A0-000"),
            Arguments.of("nvidia-gb200", "40200", "900-2G548-0001-000"),
            Arguments.of("nvidia-b300", "55432", "935-26287-0070-000"),
            Arguments.of("nvidia-gb300", "58484", "900-2G548-0081-000"),
            Arguments.of("nvidia-l4", "1952", "900-2G193-0000-000"),
            Arguments.of("nvidia-l40", "2912", "900-2G133-0010-000"),
            Arguments.of("nvidia-l40s", "5872", "900-2G133-0080-000"),
            Arguments.of("nvidia-rtx-5090", "6720", "900-1G144-0030-000"),
            Arguments.of("nvidia-rtx-6000-ada", "5840", "900-5G133-0050-000"),
            Arguments.of("nvidia-rtx-pro-6000-max-q", "7024", "900-5G153-0000-000"),
            Arguments.of("nvidia-rtx-pro-6000-server", "7488", "900-2G153-0000-000"),
            Arguments.of("nvidia-rtx-pro-6000", "8064", "900-5G144-0000-000"));
    }

    @ParameterizedTest
    @MethodSource("knownFacts")
    void declaredTppIsTheVendorsAndTheDeterminationSaysWhichSetIt(String id, String tpp, String partNumber) {
        Part p = C.part(id);
        assertEquals(new BigDecimal(tpp), p.declared().get().tpp().get(), id);
        assertEquals(new BigDecimal(tpp), VendorTable.nvidia().row(partNumber).get().tppPerGpu().get(), partNumber);
        assertEquals("nv-export", p.declared().get().source().get());
        assertEquals(io.chipgate.model.Grade.VENDOR, p.gradeOf(p.declared().get()).get());
        List<String> notes = PartMetrics.of(p).notes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("declared " + tpp) || n.contains("declared value agree")), () -> id + ": " + notes);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("TPP set by") || n.contains("agree")), () -> id + ": " + notes);
    }

    @Test
    void theHgxA100FortyGigabyteBoardIsInTheTableAt3822() {
        assertEquals(new BigDecimal("3822"), VendorTable.nvidia().row("935-23587-0000-0R1").get().tppPerGpu().get());
        assertEquals("HGX A100 8 GPU, SXM4 40GB w/HS", VendorTable.nvidia().row("935-23587-0000-0R1").get().description().get());
    }

    @Test
    void aPartNumberFindsItsCatalogPart() {
        assertEquals("nvidia-h100-pcie", C.byPartNumber("900-21010-0000-000").get().id());
        assertEquals("nvidia-h100-pcie", C.part("900-21010-0000-000").id());
        assertEquals("nvidia-h100-pcie", C.part("900210100000000").id());
        assertEquals("nvidia-hgx-h100-8gpu", C.part("935-24287-0000-000").id());
        assertEquals("nvidia-rtx-pro-6000-server", C.part("900-2g153-0000-000").id());
    }

    @Test
    void aPartNumberTheCatalogHasNoFiguresForStillAnswersWithTheVendorsDeclaration() {
        Part generic = C.part("935-24287-0140-000"); // NVIDIA: "Generic Part Number", 4A090.a, TPP per GPU 15840
        assertEquals("nvidia-pn-935-24287-0140-000", generic.id());
        assertEquals(new BigDecimal("15840"), generic.declared().get().tpp().get());
        assertEquals("4A090.a", generic.declared().get().eccn().get());
        assertTrue(generic.notes().get().startsWith("vendor declaration; chipgate has no figures for this product"));
        assertTrue(generic.dies().isEmpty() && generic.compute().isEmpty());
        assertEquals(new BigDecimal("15840"), PartMetrics.of(generic).tpp().lower().round(0), "TPP is at least the declared 15840");

        Part amd = C.part("100-506116"); // AMD OPN, no description: ECCN only
        assertEquals("AMD", amd.vendor());
        assertEquals("4A090.b", amd.declared().get().eccn().get());
        assertFalse(amd.declared().get().tpp().isPresent());
        assertTrue(amd.declared().get().note().get().contains("meets 3A090.a.1: N"));
    }

    @Test
    void everyRowOfBothTablesIsFoundByPartNumber() {
        int n = 0;
        for (VendorTable t : VendorTable.builtinTables()) {
            for (VendorRow r : t.rows()) {
                Part p = C.byPartNumber(r.partNumber()).orElseThrow(() -> new AssertionError(r.partNumber()));
                assertTrue(p.partNumbers().contains(r.partNumber()), r.partNumber());
                n++;
            }
        }
        assertEquals(1323 + 8554, n);
    }

    @Test
    void aNearMissSuggestsPartNumbers() {
        UnknownPartException e = assertThrows(UnknownPartException.class, () -> C.part("900-21010-0000-00O"));
        assertTrue(e.suggestions().contains("900-21010-0000-000"), e.suggestions().toString());
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
        // names still suggest ids
        assertEquals("nvidia-h100-sxm", assertThrows(UnknownPartException.class, () -> C.part("H100 SMX")).suggestions().get(0));
    }

    @Test
    void everyCatalogPartNumberIsInTheVendorTableAndListedOnce() {
        List<String> problems = CatalogValidator.problems(C);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        Part bad = C.part("h100-pcie");
        Catalog withTypo = C.withParts(List.of(io.chipgate.model.Part.builder().from(bad).partNumbers(List.of("900-21010-0000-009")).replaces(bad.id()).build()));
        assertTrue(CatalogValidator.problems(withTypo).contains(
            "nvidia-h100-pcie: part number 900-21010-0000-009 is not in NVIDIA's export table as written"));
    }
}
