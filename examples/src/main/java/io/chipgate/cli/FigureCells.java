package io.chipgate.cli;

import io.chipgate.metrics.Figure;
import io.chipgate.regime.Reports;
import java.util.List;

/**
 * A figure as four CSV cells, so that a spreadsheet keeps what the text output shows with {@code ~} and {@code ≤}:
 * {@code NAME} (the value; empty when unknown), {@code NAME_estimated} ({@code true} when an input is graded
 * ESTIMATE, the text's {@code ~}), {@code NAME_lower} and {@code NAME_upper} (bounds known when the value is not, the
 * text's {@code ≥ x} and {@code ≤ x}; empty otherwise).
 */
final class FigureCells {
    private FigureCells() {
    }

    /** The four column names for a figure column named {@code name}. */
    static List<String> columns(String name) {
        return List.of(name, name + "_estimated", name + "_lower", name + "_upper");
    }

    static List<String> cells(Figure f) {
        String value = f.value().map(v -> Reports.number(v).toPlainString()).orElse("");
        String lower = !f.isKnown() && f.lower().signum() > 0 ? Reports.number(f.lower()).toPlainString() : "";
        String upper = f.isKnown() ? "" : f.upper().map(u -> Reports.number(u).toPlainString()).orElse("");
        return List.of(value, Boolean.toString(f.estimated()), lower, upper);
    }
}
