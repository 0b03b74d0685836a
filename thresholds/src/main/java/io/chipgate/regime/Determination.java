package io.chipgate.regime;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of one regime for one part on one date, with its reasons: every clause evaluated with its input,
 * line, result and margin; licence exceptions; citations; the interpretation used and the outcomes under the
 * alternatives that differ; warnings (unconfirmed text, missing or estimated inputs, enforcement status).
 *
 * <p>A regime evaluates its rule as written whatever the date; {@link #status()} says whether the rule was
 * in force on {@link #date()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Determination {
    /** {@return the id of the part classified, e.g. "nvidia-h100-sxm"} */
    public abstract String partId();

    /** {@return the part's vendor and name, for people} */
    public abstract String partName();

    /** {@return the id of the regime applied, e.g. "3a090-2023"} */
    public abstract String regimeId();

    /** {@return the date the rule was applied on} */
    public abstract LocalDate date();

    /** {@return the regime's status on the date asked} */
    public abstract RegimeStatus status();

    /**
     * {@return the classification: an ECCN paragraph, NOT_CONTROLLED, or INDETERMINATE when a missing input decides}
     */
    public abstract Outcome outcome();

    /** {@return the TPP the rule was evaluated on} */
    public abstract Figure tpp();

    /** {@return the performance density the rule was evaluated on (TPP ÷ applicable die area, exact)} */
    public abstract Figure performanceDensity();

    /** {@return every clause evaluated, in the rule's order} */
    public abstract List<Clause> clauses();

    /**
     * Clauses on non-numeric conditions (datacenter designation, kind, destinations, readings), each with a stable
     * {@linkplain Notice.Code code}, its text and, where it names one, its provision. Licence exceptions are not part
     * of a classification: whether one is available depends on the shipment ({@code io.chipgate.license.Licensing}).
     *
     * @return the conditions, in the rule's order
     */
    public abstract List<Notice> conditionNotices();

    /**
     * The texts of {@link #conditionNotices()}, as the reports print them.
     *
     * @return the condition texts
     */
    @Value.Lazy
    public List<String> conditions() {
        return conditionNotices().stream().map(Notice::text).toList();
    }

    /** {@return the instruments the answer rests on, e.g. "15 CFR 774 Supp. 1, ECCN 3A090.a; 88 FR 73458"} */
    public abstract List<String> citations();

    /** {@return the reading of the rule text the metrics were computed under} */
    public abstract Interpretation interpretation();

    /** {@return the outcome under each alternative interpretation that changes it, keyed "tf32Bits=19"} */
    public abstract Map<String, Outcome> sensitivity();

    /** {@return the inputs whose absence makes the outcome INDETERMINATE} */
    public abstract List<String> missing();

    /**
     * {@return whether the outcome holds across the estimate intervals of the inputs: true (robust), false (depends on
     * where in the interval the true value lies), empty when no input carries an interval}
     */
    public abstract Optional<Boolean> robust();

    /**
     * What limits the answer (unconfirmed or not-enforced text, the status on the date, estimated inputs, open
     * subparagraphs), each with a stable {@linkplain Notice.Code code} and its text.
     *
     * @return the warnings
     */
    public abstract List<Notice> warningNotices();

    /**
     * The texts of {@link #warningNotices()}, as the reports print them.
     *
     * @return the warning texts
     */
    @Value.Lazy
    public List<String> warnings() {
        return warningNotices().stream().map(Notice::text).toList();
    }

    /** {@return the line every determination carries} */
    @Value.Default
    public String disclaimer() {
        return "Not legal advice: a computation from public rule text and published figures.";
    }

    /** {@return a builder for a determination} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Determination} values: set the fields, then {@code build()}.
     * A builder is mutable and not thread-safe; the values it builds are immutable.
     */
    public static final class Builder extends ImmutableDetermination.Builder {
        Builder() {
        }
    }

    /** {@return the clauses whose margin is known, for reports} */
    public List<Clause> margins() {
        return clauses().stream().filter(c -> c.margin().isPresent()).toList();
    }

    /** A short human reading, e.g. "3a090-2023 on 2025-01-15: 3A090.a.2". */
    @Override
    public String toString() {
        return regimeId() + " on " + date() + ": " + partId() + " " + outcome();
    }
}
