package io.chipgate.license;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A point on which the rule text, its enforcement, or a fact leaves more than one defensible reading, with the
 * readings. The built-in questions are listed in {@link Readings}; questions about country-group changes whose
 * date is not known are made from the {@link CountryGroups} data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id stable identifier, e.g. {@code fallback-table}
 * @param text the question, e.g. "Which country-group table does the enforced scope use?"
 * @param readings at least two readings, each with {@link Reading#question()} equal to {@code id}
 */
public record Question(String id, String text, List<Reading> readings) {
    /**
     * Checks the readings: at least two, answering this question, with distinct ids.
     *
     * @param id stable identifier, e.g. {@code fallback-table}
     * @param text the question, e.g. "Which country-group table does the enforced scope use?"
     * @param readings at least two readings, each with {@link Reading#question()} equal to {@code id}
     * @throws IllegalArgumentException if there are fewer than two readings, one answers another question, or two share
     *     an id
     */
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        readings = List.copyOf(readings);
        if (readings.size() < 2) {
            throw new IllegalArgumentException("Question '" + id + "' needs at least two readings, got " + readings.size());
        }
        Set<String> ids = new HashSet<>();
        for (Reading r : readings) {
            if (!r.question().equals(id)) {
                throw new IllegalArgumentException("Reading '" + r.id() + "' answers question '" + r.question() + "', not '" + id + "'");
            }
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("Question '" + id + "' lists reading '" + r.id() + "' twice");
            }
        }
    }

    /**
     * {@return the reading with this id}
     *
     * @param readingId the id of one of the readings, not null
     * @throws IllegalArgumentException if no reading has the id
     */
    public Reading reading(String readingId) {
        return readings.stream().filter(r -> r.id().equals(readingId)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Question '" + id + "' has no reading '" + readingId + "'"));
    }
}
