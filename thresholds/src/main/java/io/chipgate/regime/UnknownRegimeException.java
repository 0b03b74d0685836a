package io.chipgate.regime;

import java.util.List;

/** No regime has the id asked for; the message lists the known ids and the closest ones. */
public final class UnknownRegimeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The id asked for, as given. */
    private final String id;
    /** Up to three known ids closest to the one asked for. */
    private final List<String> suggestions;

    UnknownRegimeException(String id, List<String> suggestions, List<String> known) {
        super("Unknown regime '" + io.chipgate.internal.Messages.value(id) + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?")
            + " Known regimes: " + String.join(", ", known));
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    /** {@return the id asked for, as given} */
    public String id() {
        return id;
    }

    /** {@return up to three known ids closest to the one asked for; empty when none is close} */
    public List<String> suggestions() {
        return suggestions;
    }
}
