package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A destination under an embargo or sanctions programme of 15 CFR part 746 on some dates: the section, what it
 * reaches ({@link Scope}), the dates and the source. Where part 746 requires a licence, License Exceptions NAC
 * and ACA are barred (§ 740.8(b): "No exports … may be made under License Exception NAC or ACA that are subject
 * to a license requirement under part 744 or 746") and so are the others (§ 740.2(a)). chipgate reports that the
 * requirement exists; it does not assess part 746 beyond that.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param section e.g. "15 CFR 746.8 (Russia and Belarus)"
 * @param scope what the licence requirement reaches in this period
 * @param from first day of the period
 * @param endEarliest the earliest day the period may have ended; empty when in force in the newest text
 * @param endLatest the day from which it has certainly ended (equal to {@code endEarliest} when the end date is
 *     known); empty when in force in the newest text
 * @param source where the period comes from
 * @param confirmed whether the dates are read from primary text
 * @param startKnown whether {@code from} is the day the requirement began; when false, {@code from} is only the
 *     earliest day the data shows it in force, and a date before it is UNKNOWN (never "no embargo")
 */
public record Embargo(String country, String section, Scope scope, LocalDate from, Optional<LocalDate> endEarliest,
                      Optional<LocalDate> endLatest, String source, boolean confirmed, boolean startKnown) {
    /** What a part 746 licence requirement reaches. */
    public enum Scope {
        /** All items subject to the EAR (with exceptions for food and medicine not relevant here). */
        ALL_ITEMS,
        /** Items on the Commerce Control List (and listed EAR99 items): every 3A090/4A090 item, others not assessed. */
        CCL_ITEMS
    }

    /**
     * Checks that the components are present and the dates in order.
     *
     * @param country ISO 3166-1 alpha-2 code
     * @param section e.g. "15 CFR 746.8 (Russia and Belarus)"
     * @param scope what the licence requirement reaches in this period
     * @param from first day of the period
     * @param endEarliest the earliest day the period may have ended; empty when in force in the newest text
     * @param endLatest the day from which it has certainly ended (equal to {@code endEarliest} when the end date is
     *     known); empty when in force in the newest text
     * @param source where the period comes from
     * @param confirmed whether the dates are read from primary text
     * @param startKnown whether {@code from} is the day the requirement began (else only the earliest day shown)
     * @throws IllegalArgumentException if only one end of the end window is given or the dates are out of order
     */
    public Embargo {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
        if (endEarliest.isPresent() != endLatest.isPresent()) {
            throw new IllegalArgumentException("Embargo period of " + country + ": give both ends of the end window or neither");
        }
        if (endEarliest.isPresent() && (!endEarliest.get().isAfter(from) || endLatest.get().isBefore(endEarliest.get()))) {
            throw new IllegalArgumentException("Embargo period of " + country + ": from " + from + " < end " + endEarliest.get()
                + " ≤ " + endLatest.get() + " expected");
        }
    }

    /**
     * A period that began on a known day and is in force in the newest text read.
     *
     * @param country ISO 3166-1 alpha-2 code
     * @param section e.g. "15 CFR 746.4 (North Korea)"
     * @param scope what the licence requirement reaches
     * @param from the day it began
     * @param source where the period comes from
     * @return the period
     */
    public static Embargo since(String country, String section, Scope scope, LocalDate from, String source) {
        return new Embargo(country, section, scope, from, Optional.empty(), Optional.empty(), source, true, true);
    }

    /**
     * {@return TRUE in force on the date, FALSE not, UNKNOWN inside the window of an end whose date is not known or
     * before the first day shown when the start is not known}
     *
     * @param date the date, not null
     */
    public Tri inForce(LocalDate date) {
        if (date.isBefore(from)) {
            return startKnown ? Tri.FALSE : Tri.UNKNOWN;
        }
        if (endEarliest.isEmpty() || date.isBefore(endEarliest.get())) {
            return Tri.TRUE;
        }
        return date.isBefore(endLatest.get()) ? Tri.UNKNOWN : Tri.FALSE;
    }
}
