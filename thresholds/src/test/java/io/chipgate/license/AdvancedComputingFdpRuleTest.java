package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.regime.Outcome;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The advanced-computing foreign-direct-product rule (§ 734.9(h)) prong by prong: which facts its product prong asks
 * for (the direct-product status only when the item may be 3A090/4A090, the classification only when the item may be a
 * direct product), the words of each text (2022: China, and Macau from 2023-01-17 by 88 FR 2821; 2023: D:5/Macau or
 * D:1/D:4 minus A:5/A:6, ".z" ECCNs), and the item scope of each outcome.
 */
class AdvancedComputingFdpRuleTest {
    /** TPP 800 on 500 mm²: below every 3A090 threshold (TPP 1,600 / 2,400 / 4,800). */
    static final Part SMALL = Chips.hypothetical(new BigDecimal("800"), new BigDecimal("500"), true, new BigDecimal("100"), null);
    /** No compute rate: INDETERMINATE. */
    static final Part NO_COMPUTE = Chips.hypothetical(null, new BigDecimal("500"), true, new BigDecimal("600"), null);

    static RuleFinding rule(Part p, String to, LocalDate on, Tri direct) {
        Shipment s = Shipment.of(p, 1, CountryCode.of(to), on).withHeadquarters(CountryCode.of(to))
            .withItemOrigin(ItemOrigin.foreign(direct, BigDecimal.ZERO));
        LicenseDetermination d = Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(),
            null);
        return d.jurisdiction().rules().stream().filter(r -> r.rule().equals(AdvancedComputingFdpRule.ID)).findFirst()
            .orElseThrow(() -> new AssertionError(d.jurisdiction().rules().toString()));
    }

    static List<String> asked(Prong p) {
        return p.settledBy().stream().map(OpenQuestion::id).toList();
    }

    @Test
    void theProductProngAsksOnlyForFactsThatCanMakeItTrue() {
        LocalDate on = LocalDate.of(2024, 6, 1);
        // a 3A090.a item (H100), direct product not known: ask the maker
        assertEquals(List.of("us-technology"), asked(rule(Chips.H100, "CN", on, Tri.UNKNOWN).prongs().get(0)));
        assertEquals(List.of(), asked(rule(Chips.H100, "CN", on, Tri.TRUE).prongs().get(0)));
        // not 3A090/4A090: the prong is FALSE whatever the technology, nothing to ask
        Prong small = rule(SMALL, "CN", on, Tri.UNKNOWN).prongs().get(0);
        assertEquals(Tri.FALSE, small.value());
        assertEquals(List.of(), asked(small));
        // classification INDETERMINATE: ask for it unless the item is certainly not a direct product
        assertEquals(List.of("us-technology", "classification"), asked(rule(NO_COMPUTE, "CN", on, Tri.UNKNOWN).prongs().get(0)));
        assertEquals(List.of("classification"), asked(rule(NO_COMPUTE, "CN", on, Tri.TRUE).prongs().get(0)));
        Prong notDirect = rule(NO_COMPUTE, "CN", on, Tri.FALSE).prongs().get(0);
        assertEquals(Tri.FALSE, notDirect.value());
        assertEquals(List.of(), asked(notDirect));
    }

    @Test
    void the2023TextNamesZEccnsItsGroupsAndItsCitation() {
        RuleFinding r = rule(Chips.H100, "CN", LocalDate.of(2024, 6, 1), Tri.TRUE);
        assertEquals(Tri.TRUE, r.subjects());
        String product = r.prongs().get(0).reason();
        assertTrue(product.startsWith("specified in ECCN 3A090 or 4A090 (or a .z ECCN): yes (3A090.a"), product);
        assertTrue(product.endsWith("or of a plant that is: yes"), product);
        assertTrue(r.prongs().get(1).reason().startsWith("destined to Macau or Country Group D:5, or to D:1/D:4 excluding A:5/A:6 (2023 text): "),
            r.prongs().get(1).reason());
        assertEquals("15 CFR 734.9(h); 88 FR 73458", r.citation());
        assertEquals("2023 text (88 FR 73458), in force from 2023-11-17", r.version());
    }

    @Test
    void the2022TextReachesChinaAndMacauOnlyFrom2023() {
        // 87 FR 62186 (FDP parts from 2022-10-21): PRC only; 88 FR 2821 added Macau from 2023-01-17
        RuleFinding dec = rule(Chips.H100, "CN", LocalDate.of(2022, 12, 1), Tri.TRUE);
        assertEquals("2022 text (87 FR 62186), in force from 2022-10-21 [S]", dec.version());
        assertEquals("15 CFR 734.9(h); 87 FR 62186", dec.citation());
        assertFalse(dec.prongs().get(0).reason().contains(".z ECCN"), dec.prongs().get(0).reason());
        assertTrue(dec.prongs().get(1).reason().startsWith("destined to the People's Republic of China (2022 text): "), dec.prongs().get(1).reason());
        assertEquals(Tri.TRUE, dec.prongs().get(1).value());
        RuleFinding jun = rule(Chips.H100, "MO", LocalDate.of(2023, 6, 1), Tri.TRUE);
        assertEquals("15 CFR 734.9(h); 87 FR 62186; 88 FR 2821", jun.citation());
        assertTrue(jun.prongs().get(1).reason().startsWith("destined to the People's Republic of China or Macau (2022 text; Macau from 2023-01-17): "),
            jun.prongs().get(1).reason());
        assertEquals(Tri.TRUE, jun.prongs().get(1).value());
        assertEquals(Tri.FALSE, rule(Chips.H100, "MO", LocalDate.of(2022, 12, 1), Tri.TRUE).prongs().get(1).value(), "Macau before 88 FR 2821");
        assertEquals(Tri.FALSE, rule(Chips.H100, "DE", LocalDate.of(2023, 6, 1), Tri.TRUE).subjects());
    }

    @Test
    void fromTheAiDiffusionRuleItsWorldwideScopeIsSaidNotApplied() {
        // 90 FR 4544 (effective 2025-01-13): reported to widen § 734.9(h) worldwide; not enforced from 2025-05-13
        String after = rule(Chips.H100, "DE", LocalDate.of(2025, 6, 1), Tri.TRUE).prongs().get(1).reason();
        assertTrue(after.contains("; the worldwide scope 90 FR 4544 is reported to add is not applied (not enforced from 2025-05-13)"), after);
        String before = rule(Chips.H100, "DE", LocalDate.of(2024, 6, 1), Tri.TRUE).prongs().get(1).reason();
        assertFalse(before.contains("90 FR 4544"), before);
    }

    @Test
    void itemScopeOfEachOutcome() {
        assertEquals(Tri.FALSE, AdvancedComputingFdpRule.itemScope(null, false));
        assertEquals(Tri.FALSE, AdvancedComputingFdpRule.itemScope(null, true));
        assertEquals(Tri.FALSE, AdvancedComputingFdpRule.itemScope(Outcome.ECCN_3A090_A, false), "no 3A090 regime in force");
        assertEquals(Tri.TRUE, AdvancedComputingFdpRule.itemScope(Outcome.ECCN_3A090_A, true));
        assertEquals(Tri.TRUE, AdvancedComputingFdpRule.itemScope(Outcome.ECCN_4A090_B, true));
        assertEquals(Tri.UNKNOWN, AdvancedComputingFdpRule.itemScope(Outcome.INDETERMINATE, true));
        assertEquals(Tri.FALSE, AdvancedComputingFdpRule.itemScope(Outcome.NOT_CONTROLLED, true));
    }
}
