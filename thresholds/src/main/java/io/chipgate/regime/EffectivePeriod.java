package io.chipgate.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open period of days, {@code [startInclusive, endExclusive)}, possibly without an end: when a rule is written
 * or in force, or a period of a part's history. "In force from 2023-11-17 until replaced on 2024-12-02" is
 * {@code EffectivePeriod.of(2023-11-17, 2024-12-02)}: 2024-12-01 is in it, 2024-12-02 is not.
 *
 * <p>Two periods are equal when their start and end are. This class is immutable and thread-safe.
 */
public final class EffectivePeriod {
    private final LocalDate startInclusive;
    private final LocalDate endExclusive;

    private EffectivePeriod(LocalDate startInclusive, LocalDate endExclusive) {
        this.startInclusive = startInclusive;
        this.endExclusive = endExclusive;
    }

    /**
     * A bounded period.
     *
     * @param startInclusive the first day, not null
     * @param endExclusive the first day after the period, not null, after {@code startInclusive}
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static EffectivePeriod of(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException("Invalid period: endExclusive " + endExclusive + " must be after startInclusive "
                + startInclusive);
        }
        return new EffectivePeriod(startInclusive, endExclusive);
    }

    /**
     * A period without an end.
     *
     * @param startInclusive the first day, not null
     * @return the period
     */
    public static EffectivePeriod ofUnboundedEnd(LocalDate startInclusive) {
        return new EffectivePeriod(Objects.requireNonNull(startInclusive, "startInclusive"), null);
    }

    /** @return the first day */
    public LocalDate startInclusive() {
        return startInclusive;
    }

    /** @return the first day after the period; empty when it has no end */
    public Optional<LocalDate> endExclusive() {
        return Optional.ofNullable(endExclusive);
    }

    /** @return whether the period has no end */
    public boolean isUnboundedEnd() {
        return endExclusive == null;
    }

    /**
     * @param date not null
     * @return whether {@code startInclusive ≤ date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && (endExclusive == null || date.isBefore(endExclusive));
    }

    /**
     * @param date not null
     * @return whether the period starts after the date
     */
    public boolean isAfter(LocalDate date) {
        return date.isBefore(startInclusive);
    }

    /**
     * @param date not null
     * @return whether the period has ended by the date (the date is at or after its end)
     */
    public boolean isBefore(LocalDate date) {
        return endExclusive != null && !date.isBefore(endExclusive);
    }

    /**
     * This period ending earlier: at {@code end} when that is inside it, else unchanged.
     *
     * @param end the first day to cut off, not null
     * @return the period [start, min(end, this end))
     */
    public EffectivePeriod endingBefore(LocalDate end) {
        Objects.requireNonNull(end, "end");
        if (endExclusive != null && !end.isBefore(endExclusive)) {
            return this;
        }
        return of(startInclusive, end);
    }

    /**
     * This period with another end.
     *
     * @param newEndExclusive the new end, not null, after the start
     * @return the period
     */
    public EffectivePeriod withEndExclusive(LocalDate newEndExclusive) {
        return of(startInclusive, newEndExclusive);
    }

    /** @return this period without an end */
    public EffectivePeriod withUnboundedEnd() {
        return new EffectivePeriod(startInclusive, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffectivePeriod && startInclusive.equals(((EffectivePeriod) o).startInclusive)
            && Objects.equals(endExclusive, ((EffectivePeriod) o).endExclusive);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startInclusive, endExclusive);
    }

    /** "[2023-11-17, 2024-12-02)" or "[2026-01-15, …)". */
    @Override
    public String toString() {
        return "[" + startInclusive + ", " + (endExclusive == null ? "…" : endExclusive.toString()) + ")";
    }
}
