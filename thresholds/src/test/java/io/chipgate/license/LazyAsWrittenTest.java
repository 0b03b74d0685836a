package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The answer as written (with the classifications, citations and warnings of both postures) is computed when first
 * asked: it is the answer a fresh exploration of the as-written posture gives, whatever is asked first and on whichever
 * thread, and a caller reading only the enforced answer never computes it.
 */
class LazyAsWrittenTest {
    private static final List<Part> PARTS = new ArrayList<>(Chips.ALL.values());

    private static LicenseDetermination assess(Part p, String to, String hq, LocalDate on, String endUser, long quantity) {
        return LicenseJsonStreamTest.assess(p, quantity, to, hq, on, ItemOrigin.notGiven(), endUser);
    }

    private static List<String> hqs() {
        List<String> hqs = new ArrayList<>(LicenseJsonStreamTest.DESTINATIONS);
        hqs.add(null);
        return hqs;
    }

    /** The as-written answer explored from nothing: its own classifications, its own runs, the determination's parties. */
    private static LicenseAnswer writtenAfresh(LicenseDetermination d) {
        List<Explorer.World<Assessment.Result>> worlds = Explorer.explore(c -> new Assessment.Run(d.shipment(), Interpretation.defaults(),
            Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(), Posture.AS_WRITTEN, c, new HashMap<>(), d.parties()).run());
        return LicenseAnswer.combine(Posture.AS_WRITTEN, worlds);
    }

    @Test
    void theAnswerAsWrittenIsAFreshExplorationsWhateverIsAskedFirst() {
        qt().withExamples(250).forAll(pick(PARTS), pick(LicenseJsonStreamTest.DESTINATIONS), pick(hqs()), LicenseJsonStreamTest.dates())
            .checkAssert((p, to, hq, on) -> {
                int h = (p.id() + to + hq + on).hashCode();
                String endUser = LicenseJsonStreamTest.END_USERS.get(Math.floorMod(h >> 8, LicenseJsonStreamTest.END_USERS.size()));
                long quantity = 1 + Math.floorMod(h, 500);
                LicenseDetermination writtenFirst = assess(p, to, hq, on, endUser, quantity);
                LicenseAnswer written = writtenFirst.asWritten();
                assertEquals(writtenAfresh(writtenFirst), written, writtenFirst::toString);
                LicenseDetermination enforcedFirst = assess(p, to, hq, on, endUser, quantity);
                enforcedFirst.licenseRequired();
                enforcedFirst.settledBy();
                enforcedFirst.readings();
                // the whole document, every lazy part included, is the same in either order
                assertEquals(LicenseReports.jsonLine(writtenFirst), LicenseReports.jsonLine(enforcedFirst), writtenFirst::toString);
                assertEquals(writtenFirst, enforcedFirst);
            });
    }

    @Test
    void anEnforcedAnswerReadAloneNeverComputesTheAnswerAsWritten() {
        // an H100 to Germany in 2026: the AI-diffusion requirement is written, not enforced, so the postures read differ
        Part h100 = Chips.H100;
        LicenseDetermination d = assess(h100, "DE", "DE", LocalDate.of(2026, 6, 1), null, 8);
        assertEquals(Tri.FALSE, d.licenseRequired());
        d.basis();
        d.licenseExceptions();
        d.reviewPolicy();
        d.readings();
        assertFalse(d.asWrittenComputed(), "reading the enforced answer computed the answer as written");
        assertEquals(Tri.TRUE, d.asWritten().licenseRequired(), "as written, 90 FR 4544 requires a licence for 3A090.a items worldwide");
        assertTrue(d.asWrittenComputed());
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("as written, licence required: true; as enforced: false")), d.warnings()::toString);
    }

    @Test
    void threadsAskingDifferentPartsAtOnceSeeWhatOneThreadSees() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Part p : PARTS.subList(0, Math.min(PARTS.size(), 40))) {
                for (String to : List.of("CN", "AE", "MY", "DE")) {
                    LicenseDetermination alone = assess(p, to, null, LocalDate.of(2026, 8, 3), "Zhipu", 64);
                    String expected = LicenseReports.jsonLine(alone);
                    LicenseDetermination shared = assess(p, to, null, LocalDate.of(2026, 8, 3), "Zhipu", 64);
                    List<Callable<Object>> asks = List.of(shared::asWritten, shared::settledBy, shared::warnings, shared::citations,
                        shared::classifications, () -> LicenseReports.jsonLine(shared));
                    List<Future<Object>> done = pool.invokeAll(asks);
                    for (Future<Object> f : done) {
                        f.get();
                    }
                    assertEquals(expected, done.get(5).get(), p.id() + " → " + to);
                    assertEquals(expected, LicenseReports.jsonLine(shared));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
