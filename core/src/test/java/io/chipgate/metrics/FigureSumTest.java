package io.chipgate.metrics;

import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Figure#sum} is the fold of {@link Figure#plus} from zero, in one linear pass (issue 12). */
class FigureSumTest {
    /** Known, estimated, estimated with an interval, bounded, unknown (sharing names, to test de-duplication). */
    static Gen<Figure> figures() {
        return integers().between(0, 4).zip(integers().between(1, 5000), integers().between(0, 3), (kind, n, name) -> {
            Exact v = Exact.of(BigDecimal.valueOf(n, 1));
            switch (kind) {
                case 0:
                    return Figure.known(v);
                case 1:
                    return Figure.known(v).asEstimated();
                case 2:
                    return Figure.estimate(v, v.multiply(new BigDecimal("0.9")), v.multiply(new BigDecimal("1.2")));
                case 3:
                    return Figure.bounded(Exact.ZERO, v, List.of("bounded " + name));
                default:
                    return Figure.unknown("missing " + name);
            }
        });
    }

    static String describe(Figure f) {
        return f + " value=" + f.value() + " lower=" + f.lower() + " upper=" + f.upper() + " est=[" + f.estimateLow() + ", "
            + f.estimateHigh() + "] estimated=" + f.estimated() + " missing=" + f.missing();
    }

    @Test
    void sumIsTheFold() {
        qt().forAll(lists().of(figures()).ofSizeBetween(0, 12)).checkAssert(fs -> {
            Figure fold = Figure.known(Exact.ZERO);
            for (Figure f : fs) {
                fold = fold.plus(f);
            }
            assertEquals(describe(fold), describe(Figure.sum(fs)));
        });
    }

    @Test
    void thousandsOfUnknownTermsSumInLinearTime() {
        List<Figure> terms = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            terms.add(Figure.unknown("dies[" + i + "].areaMm2"));
        }
        long t0 = System.nanoTime();
        Figure s = Figure.sum(terms);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(50_000, s.missing().size());
        assertTrue(ms < 2000, ms + " ms");
    }
}
