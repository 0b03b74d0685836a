package io.chipgate.cli;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis whose ticks fall at 1, 2 and 5 times a power of ten (…, 0.5, 1, 2, 5, 10, 20, …), labelled
 * with thousands separators (1,000) — never at 316.2 or 1,778.3 as equal steps of the logarithm give.
 */
final class OneTwoFiveLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final int[] MANTISSAS = {1, 2, 5};

    OneTwoFiveLogAxis(String label, double lower, double upper) {
        super(label);
        setBase(10);
        setRange(lower, upper);
        setMinorTickMarksVisible(false);
    }

    /** The 1–2–5 values within [lower, upper], ascending, as exact decimals. */
    static List<BigDecimal> values(double lower, double upper) {
        List<BigDecimal> out = new ArrayList<>();
        int from = (int) Math.floor(Math.log10(lower)) - 1;
        int to = (int) Math.ceil(Math.log10(upper)) + 1;
        for (int e = from; e <= to; e++) {
            for (int m : MANTISSAS) {
                BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                if (v.doubleValue() >= lower && v.doubleValue() <= upper) {
                    out.add(v.stripTrailingZeros());
                }
            }
        }
        return out;
    }

    /** The largest 1–2–5 value at or below {@code v} (which is above 0). */
    static double atOrBelow(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (int i = MANTISSAS.length - 1; i >= 0; i--) {
            if (MANTISSAS[i] * p <= v) {
                return MANTISSAS[i] * p;
            }
        }
        return p;
    }

    /** The smallest 1–2–5 value at or above {@code v} (which is above 0). */
    static double atOrAbove(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (int m : MANTISSAS) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** "0.5", "20", "1,000", "100,000": plain decimals with thousands separators. */
    static String label(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
        List<NumberTick> ticks = new ArrayList<>();
        for (BigDecimal v : values(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v.doubleValue(), label(v), anchor, anchor, 0.0));
        }
        return ticks;
    }
}
