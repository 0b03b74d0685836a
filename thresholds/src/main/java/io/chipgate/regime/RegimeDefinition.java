package io.chipgate.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A regime's identity and dates as data: its stable id, title and instrument; the period in which it is written in the
 * CFR ({@linkplain #written() effective inclusive, superseded exclusive}); the compliance date and the date from which
 * it is not enforced, where there are such; and the dates inside it on which the rule itself changes (the foundry
 * rule's transistor lines change with the year of the transaction). Each built-in regime states its definition once;
 * {@link Regimes#changeDates()} reads the dates from here.
 *
 * <p>Two definitions are equal when all their fields are. This class is immutable and thread-safe.
 */
public final class RegimeDefinition {
    private final String id;
    private final String title;
    private final Instrument instrument;
    private final EffectivePeriod written;
    private final LocalDate compliance;
    private final LocalDate notEnforcedFrom;
    private final List<LocalDate> ruleChangeDates;

    private RegimeDefinition(String id, String title, Instrument instrument, EffectivePeriod written, LocalDate compliance,
                             LocalDate notEnforcedFrom, List<LocalDate> ruleChangeDates) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.written = Objects.requireNonNull(written, "written");
        this.compliance = compliance;
        this.notEnforcedFrom = notEnforcedFrom;
        this.ruleChangeDates = List.copyOf(ruleChangeDates);
    }

    /**
     * A regime written (in the CFR, or in force for non-CFR instruments) over a period.
     *
     * @param id the stable public id, e.g. "3a090-2023"
     * @param title a short title
     * @param instrument the instrument it comes from
     * @param written from the effective date (inclusive) to the date it is superseded (exclusive), if any
     * @return the definition
     */
    public static RegimeDefinition of(String id, String title, Instrument instrument, EffectivePeriod written) {
        return new RegimeDefinition(id, title, instrument, written, null, null, List.of());
    }

    /**
     * @param date the compliance date the rule gave, later than its effective date; not null
     * @return this definition with it
     */
    public RegimeDefinition withCompliance(LocalDate date) {
        return new RegimeDefinition(id, title, instrument, written, Objects.requireNonNull(date, "date"), notEnforcedFrom, ruleChangeDates);
    }

    /**
     * @param date the first day it is not enforced although still written; not null
     * @return this definition with it
     */
    public RegimeDefinition withNotEnforcedFrom(LocalDate date) {
        return new RegimeDefinition(id, title, instrument, written, compliance, Objects.requireNonNull(date, "date"), ruleChangeDates);
    }

    /**
     * @param dates days on which the rule's own text changes what it requires (not its status); not null
     * @return this definition with them
     */
    public RegimeDefinition withRuleChangeDates(List<LocalDate> dates) {
        return new RegimeDefinition(id, title, instrument, written, compliance, notEnforcedFrom, dates);
    }

    /** @return the stable public id */
    public String id() {
        return id;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the instrument */
    public Instrument instrument() {
        return instrument;
    }

    /** @return the period in which the rule is written: effective (inclusive) until superseded (exclusive) */
    public EffectivePeriod written() {
        return written;
    }

    /** @return the compliance date, when the rule gave one */
    public Optional<LocalDate> compliance() {
        return Optional.ofNullable(compliance);
    }

    /** @return the first day it is not enforced although still written, if any */
    public Optional<LocalDate> notEnforcedFrom() {
        return Optional.ofNullable(notEnforcedFrom);
    }

    /** @return days on which the rule's own requirements change */
    public List<LocalDate> ruleChangeDates() {
        return ruleChangeDates;
    }

    /**
     * The status on a date: NOT_YET before the written period, SUPERSEDED after it, NOT_ENFORCED from the
     * not-enforced date, else IN_FORCE.
     *
     * @param date not null
     * @return the status
     */
    public RegimeStatus status(LocalDate date) {
        if (written.isAfter(date)) {
            return RegimeStatus.NOT_YET;
        }
        if (written.isBefore(date)) {
            return RegimeStatus.SUPERSEDED;
        }
        if (notEnforcedFrom != null && !date.isBefore(notEnforcedFrom)) {
            return RegimeStatus.NOT_ENFORCED;
        }
        return RegimeStatus.IN_FORCE;
    }

    /**
     * The dates on which the status or the rule's requirements change, ascending: effective, not enforced,
     * superseded, and the rule's own change dates.
     *
     * @return the dates
     */
    public List<LocalDate> changeDates() {
        TreeSet<LocalDate> d = new TreeSet<>();
        d.add(written.startInclusive());
        notEnforcedFrom().ifPresent(d::add);
        written.endExclusive().ifPresent(d::add);
        d.addAll(ruleChangeDates);
        return new ArrayList<>(d);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RegimeDefinition)) {
            return false;
        }
        RegimeDefinition o = (RegimeDefinition) other;
        return id.equals(o.id) && title.equals(o.title) && instrument.equals(o.instrument) && written.equals(o.written)
            && Objects.equals(compliance, o.compliance) && Objects.equals(notEnforcedFrom, o.notEnforcedFrom)
            && ruleChangeDates.equals(o.ruleChangeDates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, instrument, written, compliance, notEnforcedFrom, ruleChangeDates);
    }

    /** "3a090-2023 [2023-11-17, 2024-12-02)". */
    @Override
    public String toString() {
        return id + " " + written;
    }
}
