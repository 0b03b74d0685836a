package io.chipgate.metrics;

import static io.chipgate.testing.Qt.positiveDecimals;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactTest {
    private static BigFraction fraction(BigDecimal d) {
        return d.scale() >= 0
            ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
            : new BigFraction(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    }

    @Test
    void densityAtTheLineIsExactlyTheLine() {
        // 100.862 TFLOPS FP16 dense on one 272.6 mm² die: TPP 1613.792, PD exactly 5.92 (double gives 5.919999…)
        Exact tpp = Exact.of(new BigDecimal("100.862")).multiply(new BigDecimal("16"));
        assertEquals(0, tpp.compareTo(new BigDecimal("1613.792")));
        Exact pd = tpp.divide(Exact.parse("272.6"));
        assertEquals(0, pd.compareTo(new BigDecimal("5.92")));
        assertEquals("5.92", pd.toString());
        assertTrue(1613.792 / 272.6 < 5.92, "the double division this class avoids falls below the line");
    }

    @Test
    void nonTerminatingQuotientsPrintWithEllipsisAndCompareExactly() {
        Exact third = Exact.ratio(BigDecimal.ONE, new BigDecimal("3"));
        assertEquals("0.333333333333…", third.toString());
        assertTrue(third.compareTo(new BigDecimal("0.333333333333")) > 0);
        assertTrue(third.compareTo(new BigDecimal("0.333333333334")) < 0);
        assertFalse(third.isTerminating());
    }

    @Test
    void equalRationalsAreEqualAndHashAlike() {
        Exact a = Exact.ratio(new BigDecimal("4800"), BigDecimal.ONE);
        Exact b = Exact.ratio(new BigDecimal("9600.0"), new BigDecimal("2"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void divisionByZeroIsRefused() {
        assertThrows(ArithmeticException.class, () -> Exact.ratio(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void quotientComparesAsTheExactRational() {
        qt().forAll(positiveDecimals(100_000_000), positiveDecimals(10_000_000), positiveDecimals(100_000))
            .checkAssert((tpp, area, threshold) -> {
                Exact pd = Exact.of(tpp).divide(Exact.of(area));
                BigFraction oracle = fraction(tpp).divide(fraction(area));
                assertEquals(Integer.signum(oracle.compareTo(fraction(threshold))),
                    Integer.signum(pd.compareTo(threshold)), () -> tpp + "/" + area + " vs " + threshold);
                assertEquals(0, fraction(pd.numerator()).divide(fraction(pd.denominator())).compareTo(oracle));
            });
    }
}
