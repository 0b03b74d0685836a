package io.chipgate.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories with the build's fixed seed (system property {@code QT_SEED}, set by Surefire from the parent POM's
 * {@code qt.seed}), and generators every module's tests share. The one place property tests get their theory from:
 * {@code Qt.qt().forAll(...)}, or {@code Qt.qt().withExamples(n)} for another count.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Qt {
    /** The seed used when {@code QT_SEED} is not set (a test run from an IDE); Surefire sets the same value. */
    public static final long DEFAULT_SEED = 20221007L;

    private Qt() {
    }

    /** A theory with the build's seed and 300 examples. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", DEFAULT_SEED)).withExamples(300);
    }

    /** Positive decimals with 0–4 fraction digits, from {@code 0.0001} up to {@code maxUnscaled / 10^scale}. */
    public static Gen<BigDecimal> positiveDecimals(int maxUnscaled) {
        return SourceDSL.integers().between(1, maxUnscaled)
            .zip(SourceDSL.integers().between(0, 4), (u, s) -> BigDecimal.valueOf(u, s));
    }

    /** One of the given values, each equally likely (nulls allowed: they stand for "unknown"). */
    public static <T> Gen<T> pick(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("pick needs at least one value");
        }
        return SourceDSL.integers().between(0, values.size() - 1).map(values::get);
    }

    /**
     * How often each branch of a conditional property ran, so that a property whose check sits behind an
     * {@code if} cannot pass by never reaching it: {@code cov.hit("licence required")} inside the property,
     * {@code cov.assertReached("licence required")} after it.
     *
     * <p>This class is thread-safe.
     */
    public static final class Coverage {
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        /** Counts one example reaching the branch. */
        public void hit(String branch) {
            counts.computeIfAbsent(branch, b -> new AtomicInteger()).incrementAndGet();
        }

        /** How many examples reached the branch. */
        public int count(String branch) {
            AtomicInteger n = counts.get(branch);
            return n == null ? 0 : n.get();
        }

        /** Fails unless every named branch was reached at least {@code minimum} times. */
        public void assertReached(int minimum, String... branches) {
            for (String b : branches) {
                if (count(b) < minimum) {
                    throw new AssertionError("branch '" + b + "' reached " + count(b) + " times, fewer than " + minimum
                        + ": the property's check did not run enough (counts: " + new TreeMap<>(counts) + ")");
                }
            }
        }

        /** Fails unless every named branch was reached at least once. */
        public void assertReached(String... branches) {
            assertReached(1, branches);
        }
    }
}
