package io.chipgate.regime;

import static io.chipgate.testing.Chips.H100;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A quota is immutable: no accessor hands out its internal collections. */
class QuotaImmutabilityTest {
    static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void itsMapsAndListsCannotBeChanged() {
        Quota q = Quota.of(List.of(new Quota.Line(H100, 2)), id -> Optional.empty(), Interpretation.defaults(), DAY);
        // 2 × 15831.2
        assertEquals(0, q.tppByPart().get(H100.id()).value().get().compareTo(io.chipgate.metrics.Exact.of(new BigDecimal("31662.4"))));
        assertThrows(UnsupportedOperationException.class, () -> q.tppByPart().put("x", Figure.known(BigDecimal.ONE)));
        assertThrows(UnsupportedOperationException.class, () -> q.tppByPart().clear());
        assertThrows(UnsupportedOperationException.class, () -> q.shares().clear());
        assertThrows(UnsupportedOperationException.class, () -> Quota.caps().clear());
        assertThrows(UnsupportedOperationException.class, () -> q.warnings().add("x"));
        assertEquals(1, q.tppByPart().size());
    }
}
