package io.chipgate.testing;

import java.math.BigDecimal;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories with the build's fixed seed (system property QT_SEED, set by Surefire), and decimal generators. */
public final class Qt {
    private Qt() {
    }

    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20221007L)).withExamples(300);
    }

    /** Positive decimals with 0–4 fraction digits, from {@code 0.0001} up to {@code maxUnscaled / 10^scale}. */
    public static Gen<BigDecimal> positiveDecimals(int maxUnscaled) {
        return SourceDSL.integers().between(1, maxUnscaled)
            .zip(SourceDSL.integers().between(0, 4), (u, s) -> BigDecimal.valueOf(u, s));
    }
}
