package io.chipgate.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in a part's history, {@linkplain #period() [from, to)}, and its determinations under every regime written
 * then.
 *
 * <p>Two periods are equal when their dates and determinations are. This class is immutable and thread-safe.
 */
public final class HistoryPeriod {
    private final EffectivePeriod period;
    private final List<Determination> determinations;

    private HistoryPeriod(EffectivePeriod period, List<Determination> determinations) {
        this.period = period;
        this.determinations = List.copyOf(determinations);
    }

    static HistoryPeriod of(EffectivePeriod period, List<Determination> ds) {
        return new HistoryPeriod(period, ds);
    }

    /** @return the days of this period: from {@link #from()} inclusive, to {@link #toExclusive()} exclusive */
    public EffectivePeriod period() {
        return period;
    }

    /** @return the first day of the period */
    public LocalDate from() {
        return period.startInclusive();
    }

    /** The first day after the period; empty for the open-ended last period. */
    public Optional<LocalDate> toExclusive() {
        return period.endExclusive();
    }

    /** @return the determination under each regime written in the period, oldest regime first */
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

    /** This period extended to the end of {@code next} (which follows it). */
    HistoryPeriod extendedTo(EffectivePeriod next) {
        return new HistoryPeriod(next.endExclusive().map(period::withEndExclusive).orElseGet(period::withUnboundedEnd), determinations);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryPeriod && period.equals(((HistoryPeriod) o).period)
            && determinations.equals(((HistoryPeriod) o).determinations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, determinations);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(from() + " → " + period.endExclusive().map(d -> d.minusDays(1).toString()).orElse("…") + ":");
        determinations.forEach(d -> sb.append(' ').append(d.regimeId()).append('=').append(d.outcome()));
        return sb.toString();
    }
}
