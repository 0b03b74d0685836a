package io.chipgate.screening;

import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseOption;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Objects;

/**
 * One order line decided: the line, the licence determination for its shipment, the action it needs, why its
 * answer is unknown (empty when known), and the TPP it counts toward the AI-diffusion caps as written.
 *
 * <p>Lines with the same part, quantity, destination, headquarters and date share one {@link #decision()} number
 * within a run; {@link #firstOfDecision()} marks the line that caused the decision, so a report can print each
 * decision's full facts once.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param order the order line
 * @param determination the licence determination of its shipment
 * @param action what the line asks of the exporter
 * @param unknownBecause the missing facts or the disagreeing readings when the answer is unknown, else empty
 * @param decision the number of the decision within its run (1, 2, …)
 * @param firstOfDecision whether this line caused the decision (later lines reuse it)
 * @param capTpp TPP of the line's 3A090.a/4A090.a ICs under the AI-diffusion rule as written (systems expanded);
 *     zero for other items and on dates before the rule was written (2025-01-13); bounded when the classification
 *     is indeterminate
 */
public record ScreenedLine(OrderLine order, LicenseDetermination determination, Action action, List<String> unknownBecause,
                           long decision, boolean firstOfDecision, Figure capTpp) {
    /**
     * Copies the list; checks nulls.
     *
     * @param order the order line
     * @param determination the licence determination of its shipment
     * @param action what the line asks of the exporter
     * @param unknownBecause the missing facts or the disagreeing readings when the answer is unknown, else empty
     * @param decision the number of the decision within its run (1, 2, …)
     * @param firstOfDecision whether this line caused the decision (later lines reuse it)
     * @param capTpp TPP of the line's 3A090.a/4A090.a ICs under the AI-diffusion rule as written (systems expanded);
     *     zero for other items and on dates before the rule was written (2025-01-13); bounded when the classification
     *     is indeterminate
     * @throws NullPointerException if a component is null
     */
    public ScreenedLine {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(determination, "determination");
        Objects.requireNonNull(action, "action");
        unknownBecause = List.copyOf(unknownBecause);
        Objects.requireNonNull(capTpp, "capTpp");
    }

    /**
     * {@return as enforced: TRUE a licence is required, FALSE not on the grounds assessed, UNKNOWN see
     * {@link #unknownBecause()}}
     */
    public Tri licenseRequired() {
        return determination.licenseRequired();
    }

    /**
     * {@return the licence exceptions that may relieve an enforced requirement (available TRUE or UNKNOWN, without a
     * caveat)}
     */
    public List<LicenseOption> usableExceptions() {
        return Screening.usable(determination);
    }

    /** {@return whether the line needs action ({@link Action#needed()})} */
    public boolean needsAction() {
        return action.needed();
    }
}
