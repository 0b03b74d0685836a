package io.chipgate.screening;

/**
 * What a screened line asks of the exporter, from the licence answer as enforced. Lines needing action are
 * those whose action is not {@link #NONE}; they sort in this order.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Action {
    /** A licence is required and no licence exception is offered for it: apply for a licence. */
    APPLY_FOR_LICENCE("apply for a licence"),
    /** A licence is required but a licence exception may be used if its conditions hold (NAC: notify first). */
    EXCEPTION_OR_LICENCE("licence required: use a licence exception if its conditions hold, else apply"),
    /** Whether a licence is required is unknown: a fact is missing or the readings of the law disagree. */
    RESOLVE_UNKNOWN("resolve: whether a licence is required is unknown"),
    /** No licence is required on the grounds assessed. */
    NONE("none on the grounds assessed");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    /**
     * Words for people, e.g. "apply for a licence".
     *
     * @return the action in words for people, e.g. "apply for a licence"
     */
    public String label() {
        return label;
    }

    /** {@return whether the line needs action} */
    public boolean needed() {
        return this != NONE;
    }
}
