package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import java.math.BigDecimal;

/** How a rule compares a figure with a line: the words of the rule, "X or more", "greater than X", "less than X". */
public enum Comparison {
    /** "X or more". */
    AT_LEAST("≥"),
    /** "greater than X". */
    GREATER_THAN(">"),
    /** "less than X". */
    LESS_THAN("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The three-valued comparison of a figure with a line. */
    public Tri test(Figure f, BigDecimal line) {
        switch (this) {
            case AT_LEAST:
                return f.atLeast(line);
            case GREATER_THAN:
                return f.greaterThan(line);
            default:
                return f.lessThan(line);
        }
    }

    /**
     * The three-valued comparison of a figure with a line held as an exact value (the same answer, faster).
     *
     * @param f the figure, not null
     * @param line the line, not null
     * @return TRUE or FALSE when decided, else UNKNOWN
     */
    public Tri test(Figure f, Exact line) {
        switch (this) {
            case AT_LEAST:
                return f.atLeast(line);
            case GREATER_THAN:
                return f.greaterThan(line);
            default:
                return f.lessThan(line);
        }
    }

    /** Whether the estimate interval of the figure lies on one side of the line. */
    public boolean robust(Figure f, BigDecimal line) {
        return f.robustAt(line, this == GREATER_THAN);
    }
}
