package io.chipgate.spec;

import io.chipgate.document.DocumentFormatException;
import static io.chipgate.testing.Qt.positiveDecimals;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Grade;
import io.chipgate.model.Interval;
import io.chipgate.model.IoLink;
import io.chipgate.model.LinkKind;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.MemoryType;
import io.chipgate.model.Part;
import io.chipgate.model.Precision;
import io.chipgate.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SpecReaderTest {
    static final String H100 = "{\n"
        + "  \"id\": \"nvidia-h100-sxm\", \"vendor\": \"NVIDIA\", \"name\": \"H100 SXM5 80GB\",\n"
        + "  \"aliases\": [\"H100\"], \"year\": 2022, \"datacenter\": true,\n"
        + "  \"dies\": [{\"role\": \"LOGIC\", \"areaMm2\": 814, \"nonPlanar\": true, \"process\": \"TSMC 4N\", \"transistors\": 80000000000, \"source\": \"ds\"}],\n"
        + "  \"compute\": [{\"precision\": \"FP8\", \"denseTops\": 1978.9, \"sparseTops\": 3957.8, \"source\": \"ds\"}],\n"
        + "  \"io\": [{\"kind\": \"NVLINK\", \"bidirectionalGBs\": 900}],\n"
        + "  \"memory\": {\"type\": \"HBM3\", \"capacityGB\": 80, \"bandwidthGBs\": 3350, \"stacks\": 5},\n"
        + "  \"sources\": [{\"id\": \"ds\", \"title\": \"datasheet\", \"retrieved\": \"2026-11-29\", \"grade\": \"DATASHEET\"}]\n"
        + "}";

    static DocumentFormatException fails(String json) {
        return assertThrows(DocumentFormatException.class, () -> SpecReader.instance().readPart(json, "bad.json"));
    }

    static String withField(String field, String value) {
        return H100.replaceFirst("\"year\": 2022", "\"year\": 2022, \"" + field + "\": " + value);
    }

    /** A spec written exactly to the field list published in issue 2 (sources[] {url, title, retrieved, grade}, no id). */
    static final String PUBLISHED = "{\"id\": \"acme-x1\", \"vendor\": \"Acme\", \"name\": \"X1\", \"kind\": \"ACCELERATOR\", \"datacenter\": true,\n"
        + " \"dies\": [{\"role\": \"LOGIC\", \"areaMm2\": 600, \"nonPlanar\": true, \"process\": \"N5\", \"transistors\": 50000000000}],\n"
        + " \"compute\": [{\"precision\": \"FP16\", \"denseTops\": 400}],\n"
        + " \"io\": [{\"kind\": \"PCIE\", \"bidirectionalGBs\": 128}],\n"
        + " \"memory\": {\"type\": \"HBM3\", \"capacityGB\": 96, \"bandwidthGBs\": 3000, \"stacks\": 6, \"packageAreaMm2\": 2500},\n"
        + " \"declared\": {\"tpp\": 6400, \"eccn\": \"3A090.a\"},\n"
        + " \"sources\": [{\"url\": \"https://acme.example/x1\", \"title\": \"X1 brief\", \"retrieved\": \"2026-11-29\", \"grade\": \"VENDOR\"},\n"
        + "             {\"url\": \"https://press.example/x1\", \"title\": \"X1 review\", \"retrieved\": \"2026-11-30\", \"grade\": \"SECONDARY\"}]}";

    @Test
    void aSpecWrittenToThePublishedFieldListIsAccepted() {
        Part p = SpecReader.instance().readPart(PUBLISHED, "published.json");
        assertEquals(2, p.sources().size());
        assertEquals("X1 brief", p.sources().get(0).title());
        assertEquals(Grade.SECONDARY, p.sources().get(1).grade());
        assertEquals(List.of("source-1", "source-2"), p.sources().stream().map(s -> s.id()).toList());
        assertEquals(new BigDecimal("6400"), p.declared().get().tpp().get());
        // a round trip keeps the sources (now with their generated ids)
        assertEquals(p, SpecReader.instance().readPart(SpecWriter.instance().write(p), "again.json"));
    }

    @Test
    void aSourceWithoutIdCannotBeReferredTo() {
        DocumentFormatException e = fails(PUBLISHED.replace("\"denseTops\": 400}", "\"denseTops\": 400, \"source\": \"source-1\"}"));
        assertEquals("$.compute[0].source", e.path());
        // an unnamed source beside named ones takes an id no named source uses
        Part p = SpecReader.instance().readPart(H100.replace("\"sources\": [", "\"sources\": [{\"title\": \"t\", \"grade\": \"VENDOR\"}, "), "x.json");
        assertEquals(List.of("ds", "source-1"), p.sources().stream().map(s -> s.id()).toList());
    }

    @Test
    void partNumbersAreReadWrittenAndListedOnce() {
        Part p = SpecReader.instance().readPart(withField("partNumbers", "[\"900-21010-0000-000\", \"900-21010-0000-001\"]"), "pn.json");
        assertEquals(List.of("900-21010-0000-000", "900-21010-0000-001"), p.partNumbers());
        assertEquals(p, SpecReader.instance().readPart(SpecWriter.instance().write(p), "again.json"));
        DocumentFormatException e = fails(withField("partNumbers", "[\"900-21010-0000-000\", \"900-21010-0000-000\"]"));
        assertEquals("$.partNumbers[1]", e.path());
    }

    @Test
    void readsAWellFormedSpecExactly() {
        Part p = SpecReader.instance().readPart(H100, "h100.json");
        assertEquals("nvidia-h100-sxm", p.id());
        assertEquals(new BigDecimal("1978.9"), p.compute().get(0).denseTops().get());
        assertEquals(Grade.DATASHEET, p.gradeOf(p.compute().get(0)).get());
        assertEquals(LocalDate.of(2026, 11, 29), p.sources().get(0).retrieved().get());
        assertEquals(true, p.datacenter().get());
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
            Arguments.of("truncated", H100.substring(0, H100.length() / 2), "$", "well-formed JSON"),
            Arguments.of("empty", "", "$", "empty"),
            Arguments.of("unknown field", withField("colour", "\"green\""), "$.colour", "unknown field"),
            Arguments.of("duplicate key", withField("year", "2023"), "$", "Duplicate field"),
            Arguments.of("wrong type", H100.replace("\"areaMm2\": 814", "\"areaMm2\": \"814\""), "$.dies[0].areaMm2", "written without quotes"),
            Arguments.of("negative area", H100.replace("\"areaMm2\": 814", "\"areaMm2\": -814"), "$.dies[0].areaMm2", "above 0"),
            Arguments.of("zero area", H100.replace("\"areaMm2\": 814", "\"areaMm2\": 0"), "$.dies[0].areaMm2", "above 0"),
            Arguments.of("absurd area", H100.replace("\"areaMm2\": 814", "\"areaMm2\": 100001"), "$.dies[0].areaMm2", "at most 100000"),
            Arguments.of("NaN", H100.replace("\"areaMm2\": 814", "\"areaMm2\": NaN"), "$", "well-formed JSON"),
            Arguments.of("negative rate", H100.replace("\"denseTops\": 1978.9", "\"denseTops\": -1"), "$.compute[0].denseTops", "above 0"),
            Arguments.of("same precision twice", H100.replace("\"compute\": [", "\"compute\": [{\"precision\": \"fp8\", \"denseTops\": 1},"), "$.compute[1].precision", "at most once"),
            Arguments.of("unknown precision", H100.replace("\"FP8\"", "\"FP7\""), "$.compute[0].precision", "\"bits\""),
            Arguments.of("sparse below dense", H100.replace("3957.8", "100"), "$.compute[0].sparseTops", "at least the dense"),
            Arguments.of("dangling source", H100.replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"nope\"}],\n  \"compute"), "$.dies[0].source", "sources"),
            Arguments.of("missing id", H100.replace("\"id\": \"nvidia-h100-sxm\",", ""), "$.id", "required"),
            Arguments.of("bad id", H100.replace("nvidia-h100-sxm", "NVIDIA H100"), "$.id", "lower-case"),
            Arguments.of("bad enum", H100.replace("\"LOGIC\"", "\"LOGICK\""), "$.dies[0].role", "one of"),
            Arguments.of("bad date", H100.replace("2026-11-29", "29/11/2026"), "$.sources[0].retrieved", "ISO date"),
            Arguments.of("trailing tokens", H100 + " {}", "$", "well-formed JSON"),
            Arguments.of("contains on accelerator", withField("contains", "[{\"part\": \"x\", \"count\": 1}]"), "$.contains", "SYSTEM"),
            Arguments.of("range outside value", H100.replace("\"areaMm2\": 814,", "\"areaMm2\": 814, \"ranges\": {\"areaMm2\": {\"low\": 900, \"high\": 1000}},"), "$.dies[0].ranges.areaMm2", "contains the value"),
            Arguments.of("figure source of a field without a value", H100.replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"ds\", \"figureSources\": {\"count\": {\"source\": \"ds\"}}}],\n  \"compute"), "$.dies[0].figureSources.count", "a field with a value"),
            Arguments.of("figure source of a non-figure", H100.replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"ds\", \"figureSources\": {\"source\": {\"source\": \"ds\"}}}],\n  \"compute"), "$.dies[0].figureSources.source", "not ["),
            Arguments.of("dangling figure source", H100.replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"ds\", \"figureSources\": {\"transistors\": {\"source\": \"vendor-page\"}}}],\n  \"compute"), "$.dies[0].figureSources.transistors.source", "sources"),
            Arguments.of("figure source without source", H100.replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"ds\", \"figureSources\": {\"transistors\": {\"grade\": \"VENDOR\"}}}],\n  \"compute"), "$.dies[0].figureSources.transistors", "source"),
            Arguments.of("array not object", "[1]", "$", "JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badInputNamesFilePathValueAndExpectation(String label, String json, String path, String expected) {
        DocumentFormatException e = fails(json);
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        assertTrue(e.path().startsWith(path), () -> label + ": path " + e.path() + " in " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> label + ": " + e.getMessage());
    }

    /** A die whose area is a third party's estimate and whose transistor count is the vendor's own figure. */
    static final String TWO_SOURCES = H100
        .replace("\"source\": \"ds\"}],\n  \"compute", "\"source\": \"est\", \"figureSources\": {\"transistors\": "
            + "{\"source\": \"vendor\", \"note\": \"stated for the package; one die\"}}}],\n  \"compute")
        .replace("\"grade\": \"DATASHEET\"}]", "\"grade\": \"DATASHEET\"}, {\"id\": \"est\", \"title\": \"a die-shot estimate\", \"grade\": \"ESTIMATE\"},"
            + " {\"id\": \"vendor\", \"title\": \"the vendor's architecture page\", \"grade\": \"VENDOR\"}]");

    @Test
    void aFigureMayNameItsOwnSourceAndKeepsItsGrade() {
        Part p = SpecReader.instance().readPart(TWO_SOURCES, "two.json");
        Die d = p.dies().get(0);
        assertEquals("vendor", d.figureSources().get("transistors").source());
        assertEquals("stated for the package; one die", d.figureSources().get("transistors").note().orElseThrow());
        assertEquals(Grade.VENDOR, p.gradeOf(d, "transistors").orElseThrow());
        assertEquals(Grade.ESTIMATE, p.gradeOf(d, "areaMm2").orElseThrow());
        assertEquals("vendor", p.sourceOf(d, "transistors").orElseThrow());
        assertEquals("est", p.sourceOf(d, "areaMm2").orElseThrow());
        // the metrics follow the figure's own grade: the vendor's count is known, the estimated area is estimated
        io.chipgate.metrics.PartMetrics m = io.chipgate.metrics.PartMetrics.of(p);
        assertFalse(m.transistors().estimated(), m.transistors().toString());
        assertTrue(m.applicableDieAreaMm2().estimated(), m.applicableDieAreaMm2().toString());
        // a grade given on the figure overrides its source's
        Part graded = SpecReader.instance().readPart(TWO_SOURCES.replace("\"note\": \"stated", "\"grade\": \"ESTIMATE\", \"note\": \"stated"), "g.json");
        assertEquals(Grade.ESTIMATE, graded.gradeOf(graded.dies().get(0), "transistors").orElseThrow());
        assertTrue(io.chipgate.metrics.PartMetrics.of(graded).transistors().estimated());
        // written and read back unchanged
        assertEquals(p, SpecReader.instance().readPart(SpecWriter.instance().write(p), "again.json"));
        assertTrue(SpecWriter.instance().write(p).contains("\"figureSources\""));
    }

    @Test
    void anArrayRejectsDuplicateIds() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class,
            () -> SpecReader.instance().readParts("[" + H100 + "," + H100 + "]", "two.json"));
        assertEquals("$[1].id", e.path());
    }

    // ------------------------------------------------------------------------------------------ properties

    static Gen<Part> parts() {
        List<Precision> ps = List.of(Precision.FP64, Precision.FP32, Precision.TF32, Precision.FP16, Precision.BF16,
            Precision.FP8, Precision.FP6, Precision.FP4, Precision.INT8, Precision.INT4);
        Gen<List<BigDecimal>> rates = SourceDSL.lists().of(positiveDecimals(499_999)).ofSizeBetween(0, ps.size());
        Gen<List<BigDecimal>> areas = SourceDSL.lists().of(positiveDecimals(99_990)).ofSizeBetween(0, 4);
        Gen<List<BigDecimal>> links = SourceDSL.lists().of(positiveDecimals(999_999)).ofSizeBetween(0, 3);
        Gen<Integer> flags = SourceDSL.integers().between(0, 1 << 12);
        return rates.zip(areas, links, flags, (r, a, l, f) -> {
            Part.Builder b = Part.builder().id("p-" + (f & 0xff)).vendor("Vendor " + f).name("Part " + f)
                .addSources(Source.builder().id("s").title("t").grade(Grade.values()[f % 4]).build());
            if ((f & 1) == 1) {
                b.datacenter((f & 2) == 2);
            }
            if ((f & 4) == 4) {
                b.year(2000 + f % 30).addAliases("Alias " + f);
            }
            for (int i = 0; i < r.size(); i++) {
                ComputeRate.Builder c = ComputeRate.builder().precision(ps.get(i)).source("s");
                if ((f >> (i % 10) & 1) == 1) {
                    c.denseTops(r.get(i)).sparseTops(r.get(i).multiply(BigDecimal.valueOf(2)));
                } else {
                    c.denseTops(r.get(i));
                }
                b.addCompute(c.build());
            }
            for (int i = 0; i < a.size(); i++) {
                Die.Builder d = Die.builder().role(DieRole.values()[i % 4]).areaMm2(a.get(i)).count(1 + i);
                if ((f & 8) == 8) {
                    d.nonPlanar(i % 2 == 0).process("N" + i)
                        .putRanges("areaMm2", Interval.of(a.get(i), a.get(i).add(BigDecimal.TEN)));
                }
                b.addDies(d.build());
            }
            for (int i = 0; i < l.size(); i++) {
                b.addIo(IoLink.builder().kind(LinkKind.values()[i]).bidirectionalGBs(l.get(i)).note("n").build());
            }
            if ((f & 16) == 16) {
                b.memory(MemoryInterface.builder().type(MemoryType.HBM3).bandwidthGBs(new BigDecimal("3350.5")).stacks(5).build());
            }
            return b.build();
        });
    }

    @Test
    void jsonRoundTripIsTheIdentity() {
        qt().forAll(parts()).checkAssert(p -> {
            String json = SpecWriter.instance().write(p);
            assertFalse(json.contains("E+"), json);
            assertEquals(p, SpecReader.instance().readPart(json, "gen.json"));
        });
    }

    @Test
    void anyMalformedDocumentGivesTheOneExceptionType() {
        // cut a valid document anywhere, or overwrite one character: the reader either accepts it or throws DocumentFormatException
        qt().forAll(parts(), SourceDSL.integers().between(0, 10_000), SourceDSL.integers().between(0, 5))
            .checkAssert((p, pos, mode) -> {
                String json = SpecWriter.instance().write(p);
                int at = pos % json.length();
                String broken;
                switch (mode) {
                    case 0: broken = json.substring(0, at); break;
                    case 1: broken = json.substring(0, at) + "-" + json.substring(at); break;
                    case 2: broken = json.substring(0, at) + "\"" + json.substring(Math.min(json.length(), at + 1)); break;
                    case 3: broken = json.substring(0, at) + "0" + json.substring(at); break;
                    case 4: broken = json.substring(0, at) + ",\"x\":1" + json.substring(at); break;
                    default: broken = json.substring(0, at) + "}" + json.substring(at); break;
                }
                try {
                    SpecReader.instance().readPart(broken, "broken.json");
                } catch (DocumentFormatException expected) {
                    assertTrue(expected.getMessage().startsWith("broken.json: "));
                }
            });
    }
}
