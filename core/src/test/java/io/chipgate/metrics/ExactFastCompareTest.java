package io.chipgate.metrics;

import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Exact#compareTo(Exact)} compares on scaled longs when it can and falls back to {@link BigDecimal} when a
 * product would overflow: it must give exactly the answer of the BigDecimal cross-multiplication
 * ({@link Exact#compareExactly}) on every value, and {@link Figure}'s comparisons with a line held as an
 * {@link Exact} must equal those with the line as a {@link BigDecimal}.
 */
class ExactFastCompareTest {
    /**
     * The lines the built-in regimes draw (TPP 4800, 1600, 2400, 21000; density 5.92, 1.6, 3.2; I/O 600, 1100;
     * DRAM 1400, 6500, 1700; memory bandwidth density 2, 3.3; transistors 30, 35 and 40 billion).
     */
    static final List<String> LINES = List.of("4800", "1600", "2400", "21000", "5.92", "1.6", "3.2", "600", "1100",
        "1400", "6500", "1700", "2", "3.3", "30000000000", "35000000000", "40000000000");

    /** An unscaled integer: small, around powers of ten, near the long limits, or past them. */
    static Gen<BigInteger> unscaled() {
        Gen<BigInteger> any = longs().all().map(BigInteger::valueOf);
        Gen<BigInteger> small = longs().between(-100_000, 100_000).map(BigInteger::valueOf);
        Gen<BigInteger> nearLimit = longs().between(-50, 50).zip(integers().between(0, 1),
            (d, neg) -> BigInteger.valueOf(neg == 0 ? Long.MAX_VALUE - Math.abs(d) : Long.MIN_VALUE + Math.abs(d)));
        Gen<BigInteger> beyond = longs().all().zip(integers().between(1, 40),
            (l, k) -> BigInteger.valueOf(l).multiply(BigInteger.TEN.pow(k)).add(BigInteger.valueOf(k)));
        Gen<BigInteger> powerOfTen = integers().between(0, 25).zip(integers().between(-1, 1),
            (k, d) -> BigInteger.TEN.pow(k).add(BigInteger.valueOf(d)));
        return integers().between(0, 9).flatMap(pick -> pick < 2 ? any : pick < 5 ? small : pick < 6 ? nearLimit
            : pick < 8 ? powerOfTen : beyond);
    }

    /** A decimal with a scale from very small (-30) to very large (40) values. */
    static Gen<BigDecimal> decimals() {
        return unscaled().zip(integers().between(-30, 40), BigDecimal::new);
    }

    /** A positive decimal, for denominators. */
    static Gen<BigDecimal> positiveDecimals() {
        return decimals().map(d -> d.signum() == 0 ? BigDecimal.ONE : d.abs());
    }

    /** A decimal or a ratio of decimals. */
    static Gen<Exact> exacts() {
        return integers().between(0, 2).zip(decimals(), positiveDecimals(),
            (kind, n, d) -> kind == 0 ? Exact.of(n) : Exact.ratio(n, d));
    }

    /** A threshold line, a value at it, just under it and just over it, at scales down to 10^-30. */
    static Gen<BigDecimal> nearLines() {
        return integers().between(0, LINES.size() - 1).zip(integers().between(-1, 1), integers().between(0, 30),
            (i, side, k) -> new BigDecimal(LINES.get(i)).add(BigDecimal.valueOf(side, k)));
    }

    @Test
    void theLongPathAgreesWithBigDecimalOnAnyValues() {
        qt().withExamples(20_000).forAll(exacts(), exacts()).checkAssert((a, b) ->
            assertEquals(Integer.signum(a.compareExactly(b)), a.compareTo(b), a.numerator() + "/" + a.denominator()
                + " vs " + b.numerator() + "/" + b.denominator()));
    }

    @Test
    void aDensityAtJustUnderAndJustOverEachLineComparesExactly() {
        // density = TPP / area with TPP = (line ± ε) × area: the comparison must see the ε whatever the scales
        qt().withExamples(20_000).forAll(nearLines(), positiveDecimals(), integers().between(0, LINES.size() - 1))
            .checkAssert((value, area, line) -> {
                Exact density = Exact.ratio(value.multiply(area), area);
                Exact l = Exact.of(new BigDecimal(LINES.get(line)));
                int expected = value.compareTo(new BigDecimal(LINES.get(line)));
                assertEquals(expected, density.compareTo(l), value + " × " + area + " / " + area + " vs " + l);
                assertEquals(expected, Integer.signum(density.compareExactly(l)));
                assertEquals(-expected, l.compareTo(density));
            });
    }

    @Test
    void figuresCompareWithAnExactLineAsWithADecimalLine() {
        qt().withExamples(10_000).forAll(figures(), nearLines()).checkAssert((f, line) -> {
            Exact l = Exact.of(line);
            assertEquals(f.atLeast(line), f.atLeast(l), f + " ≥ " + line);
            assertEquals(f.greaterThan(line), f.greaterThan(l), f + " > " + line);
            assertEquals(f.lessThan(line), f.lessThan(l), f + " < " + line);
        });
    }

    /** Known, estimated, bounded and unknown figures whose values and bounds lie at, under or over the lines. */
    static Gen<Figure> figures() {
        return integers().between(0, 4).zip(nearLines(), nearLines(), (kind, x, y) -> {
            Exact lo = Exact.of(x.min(y).abs());
            Exact hi = Exact.of(x.max(y).abs());
            switch (kind) {
                case 0:
                    return Figure.known(Exact.of(x));
                case 1:
                    return Figure.estimate(Exact.of(x), lo, hi);
                case 2:
                    return Figure.bounded(lo, hi, List.of("bounded"));
                case 3:
                    return Figure.bounded(lo, null, List.of("open above"));
                default:
                    return Figure.unknown("missing");
            }
        });
    }

    /** Hand-picked values where the long path must give up or be careful: the fallback decides them. */
    @Test
    void edgeValuesFallBackCorrectly() {
        List<Exact> edge = new ArrayList<>();
        for (String s : new String[] {"0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "1E+40", "1E-40", "5.92", "5.920000000000000000000000001", "5.919999999999999999999999999", "4800",
            "4799.999999999999999", "4800.000000000000001", "3037000499.97605", "3037000500"}) {
            edge.add(Exact.of(new BigDecimal(s)));
        }
        edge.add(Exact.ratio(new BigDecimal("9223372036854775807"), new BigDecimal("3")));
        edge.add(Exact.ratio(new BigDecimal("15831.2"), new BigDecimal("814")));
        edge.add(Exact.ratio(new BigDecimal("4818.88"), new BigDecimal("814"))); // exactly 5.92
        edge.add(Exact.ratio(new BigDecimal("1E-30"), new BigDecimal("1E+30")));
        for (Exact a : edge) {
            for (Exact b : edge) {
                assertEquals(Integer.signum(a.compareExactly(b)), a.compareTo(b), a + " vs " + b);
            }
        }
        assertEquals(0, Exact.ratio(new BigDecimal("4818.88"), new BigDecimal("814")).compareTo(Exact.parse("5.92")));
        assertEquals(1, Exact.parse("5.920000000000000000000000001").compareTo(Exact.parse("5.92")));
        assertEquals(-1, Exact.parse("9223372036854775807").compareTo(Exact.parse("9223372036854775808")));
    }
}
