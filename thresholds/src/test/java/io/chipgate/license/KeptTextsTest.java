package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.chipgate.license.LicenceNotice.Code;
import io.chipgate.regime.Notice;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The texts kept across decisions: the country-group warning of a date ({@link CountryGroups#dateWarning}, kept by date)
 * and the licence notice of a regime's warning ({@link Assessment.Run#regimeWarning}, kept by the warning). Each must be
 * the text it was before it was kept, whichever entries the bounded stores hold: asked on more dates, and for more
 * warnings, than they have slots.
 */
class KeptTextsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 23);

    @Test
    void aDatesWarningIsItsTextOnEveryDateAndTheSameObjectWhenAskedAgain() throws IOException {
        CountryGroups g = CountryGroupsLoaderTest.fresh();
        String undone = "CY D:5, NI D:1, NI D:5, KH D:5, AE D:4, AE A:5";
        // more than DATED_SLOTS days (2019–2030), twice: dates DATED_SLOTS days apart meet in one slot and replace each other
        LocalDate first = LocalDate.of(2019, 1, 1);
        int days = 3 * CountryGroups.DATED_SLOTS + 17;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < days; i += round == 0 ? 1 : 7) {
                LocalDate on = first.plusDays(i);
                List<String> all = g.dateWarnings(on);
                List<String> expected = new ArrayList<>();
                if (on.isBefore(AS_OF)) {
                    expected.add("country groups on " + on + " are not versioned: membership is the " + g.table() + " as of the eCFR of "
                        + "2026-07-23, with only these dated changes undone: " + undone + "; check Supplement No. 1 to part 740 as in "
                        + "force on " + on);
                } else if (on.isAfter(AS_OF)) {
                    expected.add("country groups on " + on + ": after the newest text in the data (eCFR of 2026-07-23); later changes are unknown");
                }
                expected.addAll(g.notes());
                assertEquals(expected, all, on.toString());
                assertEquals(all.size(), g.dateWarningCount(on), on.toString());
                for (int k = 0; k < all.size(); k++) {
                    assertEquals(all.get(k), g.dateWarning(on, k), on + " #" + k);
                }
                if (!on.equals(AS_OF)) {
                    assertSame(g.dateWarning(on, 0), g.dateWarning(on, 0), "kept: " + on);
                }
            }
        }
    }

    @Test
    void aRegimesWarningGivesOneNoticeNamingTheRegime() {
        List<Notice> warnings = new ArrayList<>();
        // more warnings than slots: each still gets a notice naming its own text and regime
        for (int i = 0; i < 3 * Assessment.Run.REGIME_WARNING_SLOTS; i++) {
            warnings.add(Notice.of(Notice.Code.METRICS_NOTE, "UNCONFIRMED: text number " + i));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < warnings.size(); i++) {
                Notice w = warnings.get(i);
                String rid = i % 2 == 0 ? "3a090-2024" : "china-review-2026";
                LicenceNotice n = Assessment.Run.regimeWarning(rid, w);
                assertEquals(Code.REGIME_WARNING, n.code());
                assertEquals(rid + ": UNCONFIRMED: text number " + i, n.text());
            }
        }
        Notice w = warnings.get(0);
        LicenceNotice a = Assessment.Run.regimeWarning("3a090-2023", w);
        assertSame(a, Assessment.Run.regimeWarning("3a090-2023", w));
        LicenceNotice b = Assessment.Run.regimeWarning("3a090-2024", w);
        assertNotSame(a, b);
        assertEquals("3a090-2024: UNCONFIRMED: text number 0", b.text());
        assertEquals("3a090-2023: UNCONFIRMED: text number 0", Assessment.Run.regimeWarning("3a090-2023", w).text());
    }

    /**
     * Threads asking at once, over more keys than the stores have slots (so that entries are replaced while others read
     * them): each answer is still the text, or the part, it would be without the store.
     */
    @Test
    void threadsAskingAtOnceEachGetTheirOwnAnswer() throws Exception {
        CountryGroups g = CountryGroupsLoaderTest.fresh();
        List<io.chipgate.model.Part> parts = new ArrayList<>();
        for (int i = 0; i < 2 * SettledBy.VARIANT_SLOTS; i++) {
            parts.add(io.chipgate.testing.Chips.hypothetical(new java.math.BigDecimal(1000 + i), new java.math.BigDecimal("500"), null,
                new java.math.BigDecimal("600"), null));
        }
        List<Notice> warnings = new ArrayList<>();
        for (int i = 0; i < 2 * Assessment.Run.REGIME_WARNING_SLOTS; i++) {
            warnings.add(Notice.of(Notice.Code.METRICS_NOTE, "note " + i));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    java.util.Random r = new java.util.Random(seed);
                    int checked = 0;
                    for (int n = 0; n < 20_000; n++) {
                        LocalDate on = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(3 * CountryGroups.DATED_SLOTS));
                        if (!on.equals(AS_OF)) {
                            String text = g.dateWarning(on, 0);
                            assertEquals(true, text.startsWith("country groups on " + on + (on.isBefore(AS_OF) ? " are not versioned" : ": after")), text);
                        }
                        io.chipgate.model.Part p = parts.get(r.nextInt(parts.size()));
                        boolean dc = r.nextBoolean();
                        io.chipgate.model.Part v = SettledBy.datacenter(p, dc);
                        assertEquals(io.chipgate.model.Part.builder().from(p).datacenter(dc).build(), v);
                        int k = r.nextInt(warnings.size());
                        assertEquals("3a090-2024: note " + k, Assessment.Run.regimeWarning("3a090-2024", warnings.get(k)).text());
                        checked++;
                    }
                    return checked;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertEquals(20_000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
