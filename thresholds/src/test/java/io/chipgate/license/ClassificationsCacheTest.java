package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Classifications}: the cache gives what {@link Regime#classify} gives, and never caches what a caller's resolver finds. */
class ClassificationsCacheTest {
    static final Regime R2024 = Regimes.byId("3a090-2024");

    @Test
    void anIcAskedOnAnotherDayOfTheSpanGetsClassifysDetermination() {
        for (String day : new String[] {"2025-01-02", "2026-07-31", "2025-01-02", "2024-12-02"}) {
            LocalDate date = LocalDate.parse(day);
            assertEquals(R2024.classify(Chips.H20, Interpretation.defaults(), date, PartResolver.none()),
                Classifications.of(R2024, Chips.H20, Interpretation.defaults(), date, PartResolver.none()), day);
        }
    }

    @Test
    void aSystemWithACallersResolverAsksTheResolverEveryTime() {
        AtomicInteger asked = new AtomicInteger();
        PartResolver counting = id -> {
            asked.incrementAndGet();
            return Chips.find(id);
        };
        Determination one = Classifications.of(R2024, Chips.HGX_H100, Interpretation.defaults(), LocalDate.of(2025, 3, 1), counting);
        int first = asked.get();
        Determination two = Classifications.of(R2024, Chips.HGX_H100, Interpretation.defaults(), LocalDate.of(2025, 3, 2), counting);
        assertEquals(2 * first, asked.get());
        assertEquals(R2024.classify(Chips.HGX_H100, Interpretation.defaults(), LocalDate.of(2025, 3, 2), counting), two);
        assertEquals(one.outcome(), two.outcome());
    }

    @Test
    void aSystemWithTheEmptyResolverIsCachedAndStillIndeterminate() {
        Part hgx = Chips.HGX_H100;
        Determination a = Classifications.of(R2024, hgx, Interpretation.defaults(), LocalDate.of(2025, 3, 1), PartResolver.none());
        Determination b = Classifications.of(R2024, hgx, Interpretation.defaults(), LocalDate.of(2026, 3, 1), PartResolver.none());
        assertEquals(R2024.classify(hgx, Interpretation.defaults(), LocalDate.of(2026, 3, 1), PartResolver.none()), b);
        assertEquals(io.chipgate.regime.Outcome.INDETERMINATE, a.outcome());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(b.date()));
    }

    @Test
    void aRegimeWithoutSpansIsClassifiedEveryTime() {
        Regime foundry = Regimes.byId("foundry-2025");
        for (int year = 2026; year <= 2029; year++) {
            LocalDate date = LocalDate.of(year, 6, 1);
            assertEquals(foundry.classify(Chips.H100, Interpretation.defaults(), date, PartResolver.none()),
                Classifications.of(foundry, Chips.H100, Interpretation.defaults(), date, PartResolver.none()));
        }
    }
}
