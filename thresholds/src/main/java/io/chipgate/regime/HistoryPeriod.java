package io.chipgate.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A period [from, to) in a part's history and its determinations under every regime written then.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HistoryPeriod {
    private final LocalDate from;
    private final LocalDate toExclusive;
    private final List<Determination> determinations;

    private HistoryPeriod(LocalDate from, LocalDate toExclusive, List<Determination> determinations) {
        this.from = from;
        this.toExclusive = toExclusive;
        this.determinations = List.copyOf(determinations);
    }

    static HistoryPeriod of(LocalDate from, LocalDate toExclusive, List<Determination> ds) {
        return new HistoryPeriod(from, toExclusive, ds);
    }

    public LocalDate from() {
        return from;
    }

    /** The first day after the period; empty for the open-ended last period. */
    public Optional<LocalDate> toExclusive() {
        return Optional.ofNullable(toExclusive);
    }

    public List<Determination> determinations() {
        return determinations;
    }

    boolean sameAs(HistoryPeriod other) {
        if (determinations.size() != other.determinations.size()) {
            return false;
        }
        for (int i = 0; i < determinations.size(); i++) {
            Determination a = determinations.get(i);
            Determination b = other.determinations.get(i);
            if (!a.regimeId().equals(b.regimeId()) || a.outcome() != b.outcome() || a.status() != b.status()) {
                return false;
            }
        }
        return true;
    }

    HistoryPeriod extendedTo(LocalDate to) {
        return new HistoryPeriod(from, to, determinations);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(from + " → " + (toExclusive == null ? "…" : toExclusive.minusDays(1)) + ":");
        determinations.forEach(d -> sb.append(' ').append(d.regimeId()).append('=').append(d.outcome()));
        return sb.toString();
    }
}
