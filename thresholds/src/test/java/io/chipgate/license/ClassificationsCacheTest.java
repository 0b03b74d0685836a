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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

    /**
     * More keys than the cache has slots: distinct parts (each its own identity) either side of the 3A090 lines, three
     * interpretations, every built-in regime, dates across 2022–2027. Keys then meet in the same set of slots and evict
     * one another; whatever the cache holds, each answer must be the determination {@link Regime#classify} gives for
     * that part, interpretation, regime and day (never a neighbour's).
     */
    @Test
    void aCrowdedCacheStillGivesEachKeyItsOwnDetermination() {
        Random random = new Random(20221007L);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            // TPP 1,600–6,399 and die areas 300–1,099 mm² (a fifth without one): both sides of 2,400/4,800 and of the density lines
            BigDecimal tpp = BigDecimal.valueOf(1600 + random.nextInt(4800));
            BigDecimal area = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(300 + random.nextInt(800));
            Boolean dc = random.nextBoolean() ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null;
            BigDecimal io = random.nextBoolean() ? BigDecimal.valueOf(300 + random.nextInt(700)) : null;
            parts.add(Chips.hypothetical(tpp, area, dc, io, BigDecimal.valueOf(1000 + random.nextInt(4000))));
        }
        // a part without a die area reads differently under ZERO; the third is equal to the default but another object
        List<Interpretation> interpretations = List.of(Interpretation.defaults(),
            Interpretation.defaults().withNoNonPlanarArea(Interpretation.NoNonPlanarArea.ZERO),
            Interpretation.defaults().withNoNonPlanarArea(Interpretation.NoNonPlanarArea.UNDEFINED));
        List<Regime> regimes = Regimes.all();
        int asked = 0;
        for (int round = 0; round < 2; round++) {
            for (Part part : parts) {
                for (Regime regime : regimes) {
                    Interpretation in = interpretations.get(random.nextInt(interpretations.size()));
                    LocalDate date = LocalDate.of(2022, 9, 1).plusDays(random.nextInt(5 * 365));
                    assertEquals(regime.classify(part, in, date, PartResolver.none()),
                        Classifications.of(regime, part, in, date, PartResolver.none()),
                        () -> regime.id() + " on " + date + " for " + part);
                    asked++;
                }
            }
        }
        assertEquals(2 * 700 * regimes.size(), asked);
    }
}
