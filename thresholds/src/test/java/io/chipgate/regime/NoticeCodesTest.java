package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Component;
import io.chipgate.model.Designation;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Conditions and warnings carry stable codes a program can act on; their texts are what the reports print. */
class NoticeCodesTest {
    static final LocalDate DAY = LocalDate.of(2025, 1, 15);

    static Part hypothetical(String tpp, String areaMm2, Designation dc) {
        return Inputs.hypothetical(new BigDecimal(tpp), ApplicableDieArea.ofSquareMillimetres(areaMm2), dc).part();
    }

    static Set<Notice.Code> codes(List<Notice> notices) {
        return notices.stream().map(Notice::code).collect(Collectors.toSet());
    }

    @Test
    void noteTwoExclusionHasItsCodeAndCitation() {
        // TPP 2000 on 300 mm² (PD 6.67): 3A090.a.2 for a datacenter part; excluded by Note 2 otherwise (TPP < 4800)
        Part consumer = Part.builder().from(hypothetical("2000", "300", Designation.UNKNOWN)).datacenter(false).build();
        Determination d = Regimes.byId("3a090-2023").classify(consumer, Interpretation.defaults(), DAY, PartResolver.none());
        assertEquals(Outcome.NOT_CONTROLLED, d.outcome());
        Notice note = d.conditionNotices().stream().filter(n -> n.code() == Notice.Code.NOTE_2_EXCLUSION).findFirst().orElseThrow();
        assertEquals(Optional.of("Note 2 to ECCN 3A090 (datacenter note); 88 FR 73458"), note.citation());
        assertTrue(codes(d.conditionNotices()).contains(Notice.Code.DATACENTER_DESIGNATION));
        // the texts are the condition strings, in the same order
        assertEquals(d.conditions(), d.conditionNotices().stream().map(Notice::text).toList());
        assertEquals(d.warnings(), d.warningNotices().stream().map(Notice::text).toList());

        Part dc = Part.builder().from(consumer).datacenter(true).build();
        Determination a2 = Regimes.byId("3a090-2023").classify(dc, Interpretation.defaults(), DAY, PartResolver.none());
        assertEquals(Outcome.ECCN_3A090_A_2, a2.outcome());
        assertFalse(codes(a2.conditionNotices()).contains(Notice.Code.NOTE_2_EXCLUSION));
    }

    @Test
    void statusAndStandingWarnings() {
        Part p = hypothetical("16000", "800", Designation.DATACENTER);
        Determination inForce = Regimes.byId("ai-diffusion-2025").classify(p, Interpretation.defaults(), DAY, PartResolver.none());
        assertFalse(codes(inForce.warningNotices()).contains(Notice.Code.NOT_IN_FORCE));
        assertTrue(codes(inForce.warningNotices()).contains(Notice.Code.STANDING));
        Determination later = Regimes.byId("ai-diffusion-2025").classify(p, Interpretation.defaults(), LocalDate.of(2025, 5, 13),
            PartResolver.none());
        assertTrue(codes(later.warningNotices()).contains(Notice.Code.NOT_IN_FORCE));
        assertTrue(codes(later.conditionNotices()).contains(Notice.Code.LICENCE_SCOPE));
        assertTrue(later.warningNotices().stream().filter(n -> n.code() == Notice.Code.STANDING)
            .allMatch(n -> n.citation().equals(Optional.of("90 FR 4544"))));
    }

    @Test
    void theFoundryRuleNamesTheSilentYearAndEachReading() {
        Part p = hypothetical("16000", "800", Designation.DATACENTER);
        Determination d = Regimes.byId("foundry-2025").classify(p, Interpretation.defaults(), LocalDate.of(2028, 6, 1), PartResolver.none());
        assertTrue(codes(d.warningNotices()).contains(Notice.Code.YEAR_2028_SILENT));
        assertTrue(d.conditionNotices().stream().filter(n -> n.code() == Notice.Code.READING).count() >= 2);
        Determination y2027 = Regimes.byId("foundry-2025").classify(p, Interpretation.defaults(), LocalDate.of(2027, 6, 1), PartResolver.none());
        assertFalse(codes(y2027.warningNotices()).contains(Notice.Code.YEAR_2028_SILENT));
    }

    @Test
    void aSystemNamesItsComponents() {
        Part ic = hypothetical("16000", "800", Designation.DATACENTER);
        Part system = Part.builder().id("box").vendor("-").name("box").kind(PartKind.SYSTEM).addContains(Component.of("hypothetical", 8)).build();
        Determination d = Regimes.byId("3a090-2023").classify(system, Interpretation.defaults(), DAY, id -> Optional.of(ic));
        assertEquals(Outcome.ECCN_4A090_A, d.outcome());
        assertEquals(List.of(Notice.Code.SYSTEM_COMPONENT), d.conditionNotices().stream().map(Notice::code).toList());
    }

    @Test
    void noticesAreValues() {
        assertEquals(Notice.of(Notice.Code.READING, "x", "c"), Notice.of(Notice.Code.READING, "x", "c"));
        assertFalse(Notice.of(Notice.Code.READING, "x").equals(Notice.of(Notice.Code.READING, "x", "c")));
        assertFalse(Notice.of(Notice.Code.READING, "x").equals(Notice.of(Notice.Code.STANDING, "x")));
        assertEquals("x", Notice.of(Notice.Code.READING, "x").toString());
    }

    @Test
    void theJsonCarriesTheCodesBesideTheTexts() throws Exception {
        Part consumer = Part.builder().from(hypothetical("2000", "300", Designation.UNKNOWN)).datacenter(false).build();
        Determination d = Regimes.byId("3a090-2023").classify(consumer, Interpretation.defaults(), LocalDate.of(2025, 1, 15),
            PartResolver.none());
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Reports.json(d));
        assertEquals(j.get("conditions").size(), j.get("conditionCodes").size());
        assertEquals(j.get("warnings").size(), j.get("warningCodes").size());
        assertEquals("DATACENTER_DESIGNATION", j.get("conditionCodes").get(0).asText());
        assertEquals("NOTE_2_EXCLUSION", j.get("conditionCodes").get(1).asText());
        assertTrue(j.get("conditions").get(1).asText().startsWith("Note 2 to 3A090"));
        assertEquals("STANDING", j.get("warningCodes").get(0).asText());
    }
}
