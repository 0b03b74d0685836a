package io.chipgate.license;

import static io.chipgate.license.JurisdictionTest.assess;
import static io.chipgate.license.JurisdictionTest.foreign;
import static io.chipgate.license.JurisdictionTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The other foreign-direct-product rules of § 734.9 (not assessed): their destination or end-use scope covers Country
 * Group D:1, D:5, Macau, E:1, E:2, Russia and Belarus; outside all of them they cannot reach the item (FALSE), inside
 * any they might (UNKNOWN, named as not assessed).
 */
class OtherFdpScopeTest {
    static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 1);

    static Prong destination(String to) {
        RuleFinding r = rule(assess(Chips.L4, to, AUG_2026, foreign(Tri.FALSE, "0"), null), OtherFdpRules.ID).orElseThrow();
        return r.prongs().stream().filter(p -> p.name().equals("destination or end-use scope")).findFirst().orElseThrow();
    }

    @Test
    void outsideEveryScopeTheOtherRulesDoNotReach() {
        Prong de = destination("DE");
        assertEquals(Tri.FALSE, de.value());
        assertEquals("Germany (DE) is outside D:1, D:5, Macau, E:1, E:2, Russia and Belarus — these rules are not assessed here", de.reason());
        assertEquals(Tri.FALSE, destination("BR").value());
    }

    @Test
    void insideAnyScopeTheyMightReach() {
        // Vietnam: D:1; Macau: named; Cuba: D:5 and E:2; Russia: D:1, D:5 and § 734.9(f)
        for (String to : new String[] {"VN", "MO", "CU", "RU"}) {
            Prong p = destination(to);
            assertEquals(Tri.UNKNOWN, p.value(), to);
            assertEquals(true, p.reason().endsWith(" is within the scope of at least one of them — these rules are not assessed here"), p.reason());
        }
        assertEquals("Vietnam (VN) is within the scope of at least one of them — these rules are not assessed here", destination("VN").reason());
    }
}
