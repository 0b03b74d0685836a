package io.chipgate.catalog;

import java.util.List;

/** No part in the catalog answers to the name asked for; the message suggests the closest ids. */
public final class UnknownPartException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name asked for, as given. */
    private final String name;
    /** Up to three ids (or part numbers) closest to the name asked for. */
    private final List<String> suggestions;

    UnknownPartException(String name, List<String> suggestions) {
        super("Unknown part '" + io.chipgate.internal.Messages.value(name) + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?")
            + " List the catalog with 'chipgate parts' or Catalog.parts().");
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    /** {@return the name asked for, as given} */
    public String name() {
        return name;
    }

    /**
     * {@return up to three ids, or part numbers for a near miss of one, closest to the name; empty when none is close}
     */
    public List<String> suggestions() {
        return suggestions;
    }
}
