package io.chipgate.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two regime definitions are equal exactly when every date, the id, title and instrument are. */
class RegimeDefinitionEqualityTest {
    private static final LocalDate D1 = LocalDate.of(2023, 11, 17);
    private static final LocalDate D2 = LocalDate.of(2024, 12, 2);

    private static RegimeDefinition base() {
        return RegimeDefinition.of("r", "a rule", Instruments.ACS_2023, EffectivePeriod.of(D1, D2))
            .withCompliance(D1.plusDays(30)).withNotEnforcedFrom(D1.plusDays(60)).withRuleChangeDates(List.of(D1.plusDays(10)));
    }

    @Test
    void equalWhenEveryFieldIsEqual() {
        assertEquals(base(), base());
        assertEquals(base().hashCode(), base().hashCode());
        RegimeDefinition b = base();
        assertEquals(b, b);
        assertNotEquals(b, "r");
        assertNotEquals(b, null);
    }

    @Test
    void unequalWhenAnyOneFieldDiffers() {
        RegimeDefinition b = base();
        List<RegimeDefinition> others = List.of(
            RegimeDefinition.of("other", "a rule", Instruments.ACS_2023, EffectivePeriod.of(D1, D2))
                .withCompliance(D1.plusDays(30)).withNotEnforcedFrom(D1.plusDays(60)).withRuleChangeDates(List.of(D1.plusDays(10))),
            RegimeDefinition.of("r", "another title", Instruments.ACS_2023, EffectivePeriod.of(D1, D2))
                .withCompliance(D1.plusDays(30)).withNotEnforcedFrom(D1.plusDays(60)).withRuleChangeDates(List.of(D1.plusDays(10))),
            RegimeDefinition.of("r", "a rule", Instruments.ACS_2022, EffectivePeriod.of(D1, D2))
                .withCompliance(D1.plusDays(30)).withNotEnforcedFrom(D1.plusDays(60)).withRuleChangeDates(List.of(D1.plusDays(10))),
            RegimeDefinition.of("r", "a rule", Instruments.ACS_2023, EffectivePeriod.ofUnboundedEnd(D1))
                .withCompliance(D1.plusDays(30)).withNotEnforcedFrom(D1.plusDays(60)).withRuleChangeDates(List.of(D1.plusDays(10))),
            b.withCompliance(D1.plusDays(31)),
            b.withNotEnforcedFrom(D1.plusDays(61)),
            b.withRuleChangeDates(List.of(D1.plusDays(11))),
            RegimeDefinition.of("r", "a rule", Instruments.ACS_2023, EffectivePeriod.of(D1, D2)));
        for (RegimeDefinition o : others) {
            assertNotEquals(b, o, o.toString());
            assertNotEquals(o, b, o.toString());
        }
    }

    @Test
    void changeDatesAreTheStatusAndRuleChangesInOrder() {
        RegimeDefinition b = base();
        // effective, the rule's own change, not enforced, superseded — ascending; the compliance date changes no status
        assertEquals(List.of(D1, D1.plusDays(10), D1.plusDays(60), D2), b.changeDates());
    }
}
