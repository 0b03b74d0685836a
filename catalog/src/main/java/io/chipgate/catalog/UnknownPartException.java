package io.chipgate.catalog;

import java.util.List;

/** No part in the catalog answers to the name asked for; the message suggests the closest ids. */
public final class UnknownPartException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> suggestions;

    UnknownPartException(String name, List<String> suggestions) {
        super("Unknown part '" + io.chipgate.internal.Messages.value(name) + "'" + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?")
            + " List the catalog with 'chipgate parts' or Catalog.parts().");
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
