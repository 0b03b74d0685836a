package io.chipgate.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenceException;
import io.chipgate.license.LicenseOption;
import io.chipgate.license.ReviewPolicy;
import io.chipgate.license.Shipment;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.chipgate.testing.Qt;
import org.junit.jupiter.api.Test;

/**
 * The library call: each line decided as the rule text decides it (the expectations are written from the text,
 * see the comments), each distinct shipment decided once per run, unknown never rendered as "no".
 */
class ScreeningTest {
    static final Catalog CATALOG = Catalog.builtin();
    static final Screening SCREENING = Screening.of(Interpretation.defaults(), CATALOG::find);

    static Shipment ship(String part, long qty, String to, String hq, String date) {
        Shipment s = Shipment.of(CATALOG.part(part), qty, CountryCode.of(to), LocalDate.parse(date));
        return hq == null ? s : s.withHeadquarters(CountryCode.of(hq));
    }

    static ScreenedLine one(Shipment s) {
        return SCREENING.newRun().screen(OrderLine.of(2, s));
    }

    @Test
    void l40ToCambodiaNeedsALicenceWithNacAndPresumptionOfDenial() {
        // L40: 3A090.b (TPP 2912 < 4800, PD 2912/609 < 5.92); KH in D:5 (86 FR 70015) → § 742.6(a)(6)(iii);
        // NAC (§ 740.8) is open to 3A090.b items; § 742.6(b)(10)(ii): presumption of denial to D:5
        ScreenedLine l = one(ship("L40", 8, "KH", null, "2024-06-01"));
        assertEquals(Tri.TRUE, l.licenseRequired());
        assertEquals(Action.EXCEPTION_OR_LICENCE, l.action());
        assertEquals(List.of("NAC"), l.usableExceptions().stream().map(LicenseOption::code).toList());
        assertEquals(Tri.TRUE, l.usableExceptions().get(0).available());
        assertFalse(l.usableExceptions().get(0).notification().isEmpty(), "NAC needs a prior notification");
        assertEquals(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, l.determination().reviewPolicy().kind());
        assertTrue(l.unknownBecause().isEmpty());
    }

    @Test
    void aNoteOnUnconfirmedTextNeverRemovesAnException() {
        // issue 19 § 1: an L40 to Cambodia in 2025 (still D:5 before 2025-11-07): NAC is available; its note says the
        // post-2025 § 740.8 text is unconfirmed, which must not drop it from the usable exceptions
        ScreenedLine l = one(ship("L40", 8, "KH", "KH", "2025-06-01"));
        assertEquals(Tri.TRUE, l.licenseRequired());
        LicenseOption nac = l.usableExceptions().stream().filter(o -> o.exception() == LicenceException.NAC).findFirst().orElseThrow();
        assertFalse(nac.note().isEmpty(), "the note is there");
        assertEquals(Action.EXCEPTION_OR_LICENCE, l.action());
        // LPP and AIA relieve only the unenforced worldwide requirement: typed, never usable as enforced
        assertFalse(LicenseOption.of("LPP", Tri.TRUE, "c", List.of(), "x", null).usableAsEnforced());
        assertTrue(LicenseOption.of("ACA", Tri.UNKNOWN, "c", List.of(), "x", "UNCONFIRMED text").usableAsEnforced());
    }

    @Test
    void l40ToRussiaNeedsALicenceAndNoExceptionOnEitherDate() {
        // § 746.8: a licence for items on the CCL to Russia; § 740.2(a), § 740.8(b): no licence exception then
        for (String date : List.of("2024-06-01", "2025-06-01")) {
            ScreenedLine l = one(ship("L40", 4, "RU", "RU", date));
            assertEquals(Tri.TRUE, l.licenseRequired(), date);
            assertEquals(Action.APPLY_FOR_LICENCE, l.action(), date);
            assertTrue(l.determination().licenseExceptions().isEmpty(), date);
            assertTrue(l.determination().basis().stream().anyMatch(b -> b.paragraph().contains("746.8")), date);
        }
    }

    @Test
    void b200ToTheEmiratesIn2026NeedsALicenceUnderTheUaeRule() {
        // 91 FR 43034 (effective 2026-07-10 as reported): the UAE is in A:5, but licences are kept for advanced
        // computing items; only the UAE Government and approved entities may use STA
        ScreenedLine uae = one(ship("B200", 16, "AE", "AE", "2026-08-01"));
        assertEquals(Tri.TRUE, uae.licenseRequired());
        assertTrue(uae.needsAction());
    }

    @Test
    void h100ToCubaBeforeTheRecordedStartOfItsEmbargoIsUnknownBecauseTheReadingsDisagree() {
        // 15 CFR 746.2 is in the data from 2022-10-07 only: an earlier date is a reading, never "no embargo"
        ScreenedLine l = one(ship("H100", 16, "CU", "CU", "2021-06-01"));
        assertEquals(Tri.UNKNOWN, l.licenseRequired());
        assertEquals(Action.RESOLVE_UNKNOWN, l.action());
        assertTrue(l.determination().asEnforced().readingsDisagree());
        assertTrue(l.unknownBecause().get(0).startsWith("the readings of the law disagree: "), l.unknownBecause().toString());
        assertTrue(l.unknownBecause().get(0).contains("→ yes") && l.unknownBecause().get(0).contains("→ no"), l.unknownBecause().toString());
    }

    @Test
    void h100ToGermanyForAGermanEndUserNeedsNoLicence() {
        ScreenedLine l = one(ship("H100", 8, "DE", "DE", "2024-06-01"));
        assertEquals(Tri.FALSE, l.licenseRequired());
        assertEquals(Action.NONE, l.action());
        assertFalse(l.needsAction());
    }

    @Test
    void withoutTheHeadquartersTheSameLineIsUnknownNamingTheMissingFact() {
        // § 744.23(a)(3): an end user headquartered in Macau or D:5 needs a licence wherever it is located
        ScreenedLine l = one(ship("H100", 8, "DE", null, "2024-06-01"));
        assertEquals(Tri.UNKNOWN, l.licenseRequired());
        assertTrue(l.unknownBecause().contains("missing: the end user's headquarters (give the headquarters column)"), l.unknownBecause().toString());
        assertTrue(l.needsAction());
    }

    @Test
    void eachDistinctShipmentIsDecidedOncePerRun() {
        Shipment a = ship("H100", 8, "DE", "DE", "2024-06-01");
        Shipment b = ship("L40", 8, "KH", null, "2024-06-01");
        List<ScreenedLine> out = SCREENING.screenShipments(List.of(a, b, a, a.withoutHeadquarters(), b, a.on(LocalDate.parse("2024-06-02"))))
            .collect(Collectors.toList());
        assertEquals(List.of(1L, 2L, 1L, 3L, 2L, 4L), out.stream().map(ScreenedLine::decision).toList());
        assertEquals(List.of(true, true, false, true, false, true), out.stream().map(ScreenedLine::firstOfDecision).toList());
        assertSame(out.get(0).determination(), out.get(2).determination());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), out.stream().map(l -> l.order().lineNumber()).toList());
    }

    @Test
    void aSmallMemoGivesTheSameAnswers() {
        List<Shipment> in = List.of(ship("H100", 8, "DE", "DE", "2024-06-01"), ship("L40", 8, "KH", null, "2024-06-01"),
            ship("H100", 8, "DE", "DE", "2024-06-01"), ship("H100", 16, "CU", "CU", "2021-06-01"), ship("L40", 8, "KH", null, "2024-06-01"));
        List<Tri> big = SCREENING.screenShipments(in).map(ScreenedLine::licenseRequired).toList();
        List<Tri> small = SCREENING.withMemoSize(1).screenShipments(in).map(ScreenedLine::licenseRequired).toList();
        assertEquals(List.of(Tri.FALSE, Tri.TRUE, Tri.FALSE, Tri.UNKNOWN, Tri.TRUE), big);
        assertEquals(big, small);
    }

    @Test
    void capTppCountsOnlyThreeA090aItemsOnDatesTheCapsAreWritten() {
        // H100 SXM: NVIDIA declares TPP 15,840 (the catalog's vendor declaration); 8 × 15,840 = 126,720.
        // The AI-diffusion caps were written on 2025-01-13 (90 FR 4544): nothing counts before.
        ScreenedLine in2025 = one(ship("H100", 8, "DE", "DE", "2025-06-01"));
        assertEquals(Exact.of(new BigDecimal("126720")), in2025.capTpp().value().orElseThrow());
        ScreenedLine in2024 = one(ship("H100", 8, "DE", "DE", "2024-06-01"));
        assertEquals(Exact.ZERO, in2024.capTpp().value().orElseThrow());
        // L40 is 3A090.b: never counts toward the allocations
        ScreenedLine l40 = one(ship("L40", 8, "KH", "KH", "2025-06-01"));
        assertEquals(Exact.ZERO, l40.capTpp().value().orElseThrow());
    }

    @Test
    void theSummaryCountsAndTotalsByDestinationAndConsigneeYear() {
        ScreeningSummary s = new ScreeningSummary();
        Screening.Run run = SCREENING.newRun();
        Stream.of(new OrderLine(2, "a", "Acme", ship("H100", 8, "DE", "DE", "2025-06-01")),
                new OrderLine(3, "b", "Acme", ship("H100", 2, "DE", "DE", "2025-07-01")),
                new OrderLine(4, "c", "", ship("L40", 8, "KH", null, "2024-06-01")),
                new OrderLine(5, "d", "Havana", ship("H100", 16, "CU", "CU", "2021-06-01")))
            .map(run::screen).forEach(s::add);
        s.addInvalid();
        assertEquals(4, s.lines());
        assertEquals(1, s.invalid());
        assertEquals(1, s.licencesRequired());
        assertEquals(1, s.unknown());
        assertEquals(2, s.needingAction());
        assertEquals(1, s.notifications());
        assertEquals(List.of("CU", "DE", "KH"), List.copyOf(s.byDestination().keySet()));
        ScreeningSummary.Total de = s.byDestination().get("DE");
        assertEquals(2, de.lines());
        assertEquals(10, de.units());
        assertEquals(Exact.of(new BigDecimal("158400")), de.capTpp().value().orElseThrow()); // 10 × 15,840
        assertEquals(Tri.FALSE, de.over().values().iterator().next());
        assertEquals("0.5888%", de.percentOf(new BigDecimal("26900000"))); // 158,400 / 26,900,000 = 0.58884…%
        assertTrue(s.byConsignee().containsKey("Acme · 2025"));
        assertTrue(s.byConsignee().containsKey("(consignee not given) · 2024"));
        assertEquals(1L, s.unknownReasons().get("the readings of the law disagree"));
    }

    @Test
    void theReadmeSnippetRuns() throws java.io.IOException {
        List<OrderLine> orders = List.of(new OrderLine(2, "PO-1", "Acme", ship("L40", 8, "KH", null, "2024-06-01")),
            new OrderLine(3, "PO-2", "Acme", ship("H100", 8, "DE", "DE", "2024-06-01")));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        ScreeningSummary summary = new ScreeningSummary();
        try {
            // --- as in README.md ---
            Catalog catalog = Catalog.builtin();
            Screening screening = Screening.of(Interpretation.defaults(), catalog::find);
            screening.screen(orders.stream())
                .peek(summary::add)
                .filter(ScreenedLine::needsAction)
                .forEach(l -> System.out.println(l.order().id() + ": " + l.action().label() + " " + l.unknownBecause()));
        } finally {
            System.setOut(was);
        }
        assertEquals("PO-1: licence required: use a licence exception if its conditions hold, else apply []\n",
            bytes.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals(2, summary.lines());
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        assertTrue(readme.contains("Screening screening = Screening.of(Interpretation.defaults(), catalog::find);"), "README changed: update this test");
    }

    @Test
    void decidingAheadInParallelChangesNeitherTheAnswersNorTheNumbering() {
        List<Shipment> in = List.of(ship("H100", 8, "DE", "DE", "2024-06-01"), ship("L40", 8, "KH", null, "2024-06-01"),
            ship("H100", 8, "DE", "DE", "2024-06-01"), ship("B200", 16, "AE", "AE", "2026-08-01"), ship("L40", 4, "RU", "RU", "2025-06-01"));
        Screening.Run plain = SCREENING.newRun();
        Screening.Run ahead = SCREENING.newRun();
        assertEquals(4, ahead.prefetch(in));
        for (int i = 0; i < in.size(); i++) {
            ScreenedLine a = plain.screen(OrderLine.of(i + 2, in.get(i)));
            ScreenedLine b = ahead.screen(OrderLine.of(i + 2, in.get(i)));
            assertEquals(a.decision(), b.decision());
            assertEquals(a.firstOfDecision(), b.firstOfDecision());
            assertEquals(a.licenseRequired(), b.licenseRequired());
            assertEquals(a.action(), b.action());
            assertEquals(a.unknownBecause(), b.unknownBecause());
            assertEquals(a.determination().warnings(), b.determination().warnings());
        }
        assertEquals(4, ahead.decisions());
    }

    @Test
    void aChunkScreenedTogetherIsScreenedAsLineByLine() {
        // Run.screen(List) (what the screen command uses) decides a chunk's new facts together and looks at each line's
        // facts once: the same decisions, numbers, first lines, answers and cap TPP as Run.screen(OrderLine) line by
        // line, in chunks of any size, with a memo small enough that facts leave it and are decided again; listed and
        // unlisted consignees (the key holds a listed name, an unlisted one by role only)
        List<String> parts = List.of("H100", "L40", "H20", "B200");
        List<String> to = List.of("DE", "KH", "CN", "AE", "RU");
        List<String> hq = java.util.Arrays.asList(null, "CN", "DE");
        List<String> dates = List.of("2024-06-01", "2025-02-01", "2025-06-01", "2026-08-01");
        List<String> consignees = List.of("", "Customer 1", "Customer 2", "Huawei Technologies Co., Ltd.");
        Qt.Coverage cov = new Qt.Coverage();
        org.quicktheories.QuickTheory.qt().withFixedSeed(Qt.DEFAULT_SEED).withExamples(12).forAll(
                org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.integers().between(0, Integer.MAX_VALUE))
                    .ofSizeBetween(1, 40),
                org.quicktheories.generators.SourceDSL.integers().between(1, 9),
                org.quicktheories.generators.SourceDSL.integers().between(1, 6))
            .checkAssert((draws, chunkSize, memo) -> {
                List<OrderLine> lines = new java.util.ArrayList<>();
                for (int d : draws) {
                    // few values each, so that facts repeat within and across chunks
                    Shipment s = ship(parts.get(d % 4), 1 + (d >> 2) % 2 * 7, to.get((d >> 3) % 5), hq.get((d >> 6) % 3), dates.get((d >> 8) % 4));
                    String consignee = consignees.get((d >> 10) % 4);
                    lines.add(new OrderLine(lines.size() + 2, "SO-" + lines.size(), consignee, consignee.isEmpty() ? s : s.withConsignee(consignee)));
                }
                Screening small = SCREENING.withMemoSize(memo);
                Screening.Run one = small.newRun();
                Screening.Run chunks = small.newRun();
                List<ScreenedLine> together = new java.util.ArrayList<>();
                for (int from = 0; from < lines.size(); from += chunkSize) {
                    together.addAll(chunks.screen(lines.subList(from, Math.min(lines.size(), from + chunkSize))));
                }
                for (int i = 0; i < lines.size(); i++) {
                    ScreenedLine a = one.screen(lines.get(i));
                    ScreenedLine b = together.get(i);
                    cov.hit(a.firstOfDecision() ? "first of its decision" : "a decision reused");
                    cov.hit(a.licenseRequired().toString());
                    assertSame(lines.get(i), b.order());
                    assertEquals(a.decision(), b.decision(), "line " + i);
                    assertEquals(a.firstOfDecision(), b.firstOfDecision(), "line " + i);
                    assertEquals(a.licenseRequired(), b.licenseRequired());
                    assertEquals(a.action(), b.action());
                    assertEquals(a.unknownBecause(), b.unknownBecause());
                    assertEquals(a.capTpp(), b.capTpp());
                    assertEquals(a.determination().parties(), b.determination().parties());
                    assertEquals(a.determination().settledBy(), b.determination().settledBy());
                    assertEquals(a.determination().shipment(), b.determination().shipment());
                }
                assertEquals(one.decisions(), chunks.decisions());
                assertEquals(one.lines(), chunks.lines());
            });
        cov.assertReached("first of its decision", "a decision reused", "TRUE", "UNKNOWN");
    }

    @Test
    void l40ToRussiaBeforeThe2023RuleIsUnknownNotNo() {
        // the L40 (TPP 2912, no 600 GB/s interconnect) is outside the 2022 text of 3A090; whether § 746.8 reaches it
        // under another ECCN is not assessed, so the answer is unknown and says why, never "no"
        ScreenedLine l = one(ship("L40", 4, "RU", "RU", "2023-06-01"));
        assertEquals(Tri.UNKNOWN, l.licenseRequired());
        assertEquals(Action.RESOLVE_UNKNOWN, l.action());
        assertTrue(l.unknownBecause().stream().anyMatch(w -> w.contains("746.8")), l.unknownBecause().toString());
    }
}
