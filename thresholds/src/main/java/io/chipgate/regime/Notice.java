package io.chipgate.regime;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition or warning on a determination: a stable {@linkplain Code code} a program can act on, the text a person
 * reads, and the provision it rests on where there is one. The text is what the text and JSON reports print, unchanged;
 * the code is the part to test and to branch on ("is this part excluded by Note 2?" is
 * {@code d.conditionNotices().stream().anyMatch(n -> n.code() == Notice.Code.NOTE_2_EXCLUSION)}).
 *
 * <p>Two notices are equal when code, text and citation are. This class is immutable and thread-safe.
 */
public final class Notice {
    /** What a notice is about. New codes may be added; existing codes keep their meaning. */
    public enum Code {
        // --- conditions: facts the rule rests on, not computed from a threshold -------------------------------------------
        /** The part's datacenter designation, with its evidence, or a custom rule's restriction to datacenter parts. */
        DATACENTER_DESIGNATION,
        /** Note 2 to 3A090: not designed or marketed for datacenters and TPP below 4800, so not 3A090.a/.b. */
        NOTE_2_EXCLUSION,
        /** The destinations a rule reaches. */
        DESTINATIONS,
        /** A memory device, to which a rule for processors does not apply. */
        MEMORY_DEVICE,
        /** A standalone memory device under 3A090.c. */
        STANDALONE_MEMORY,
        /** The memory type decides whether 3A090.c reaches the part. */
        MEMORY_TYPE,
        /** Licence exceptions the rule writes for the outcome (whether one is available depends on the shipment). */
        LICENCE_EXCEPTIONS,
        /** The licence requirement's scope for the outcome. */
        LICENCE_SCOPE,
        /** The classification another regime gives, on which this regime builds. */
        UNDERLYING_CLASSIFICATION,
        /** The part is outside the regime's scope. */
        NOT_IN_SCOPE,
        /** Conditions of a review policy that cannot be computed from the part. */
        REVIEW_CONDITIONS,
        /** Which rule of a custom regime matched. */
        CUSTOM_RULE_MATCHED,
        /** The foundry rule: whether the IC is an applicable advanced logic IC. */
        APPLICABLE_ADVANCED_LOGIC,
        /** The foundry rule: whether the IC has HBM, and the transaction year. */
        TRANSACTION_FACTS,
        /** The foundry rule: the transistor count cannot be confirmed, so the presumption holds. */
        COUNT_NOT_CONFIRMED,
        /** The outcome under one reading of an unsettled text. */
        READING,
        /** The foundry rule: which count overcomes the presumption. */
        OVERCOMING_COUNT,
        /** A system: the outcome of one of its ICs. */
        SYSTEM_COMPONENT,
        /** A system: 3A090.c parameters of an IC are not used for 4A090 (Note 2 to 3A090). */
        SYSTEM_3A090C_NOT_USED,

        // --- warnings: what limits the answer ----------------------------------------------------------------------------
        /** Text the regime rests on that is unconfirmed, reported or not enforced, stated on every determination. */
        STANDING,
        /** The regime is not in force on the date asked; the rule is evaluated as written. */
        NOT_IN_FORCE,
        /** A note from computing the metrics under the interpretation used. */
        METRICS_NOTE,
        /** Some inputs are estimates; says whether the outcome depends on where in the interval the truth lies. */
        ESTIMATED_INPUTS,
        /** The paragraph is certain; the subparagraph depends on missing inputs. */
        SUBPARAGRAPH_OPEN,
        /** Controlled either way; the missing inputs decide under which paragraph. */
        CONTROLLED_EITHER_WAY,
        /** The foundry rule: the text is silent about 2028; both readings are evaluated. */
        YEAR_2028_SILENT
    }

    private final Code code;
    private final String text;
    private final String citation;

    private Notice(Code code, String text, String citation) {
        this.code = Objects.requireNonNull(code, "code");
        this.text = Objects.requireNonNull(text, "text");
        this.citation = citation;
    }

    /**
     * A notice without a citation of its own.
     *
     * @param code not null
     * @param text not null
     * @return the notice
     */
    public static Notice of(Code code, String text) {
        return new Notice(code, text, null);
    }

    /**
     * A notice resting on a provision.
     *
     * @param code not null
     * @param text not null
     * @param citation e.g. "Note 2 to ECCN 3A090; 88 FR 73458", not null
     * @return the notice
     */
    public static Notice of(Code code, String text, String citation) {
        return new Notice(code, text, Objects.requireNonNull(citation, "citation"));
    }

    /** @return the stable code */
    public Code code() {
        return code;
    }

    /** @return the text as reports print it */
    public String text() {
        return text;
    }

    /** @return the provision the notice rests on, where it names one */
    public Optional<String> citation() {
        return Optional.ofNullable(citation);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Notice)) {
            return false;
        }
        Notice n = (Notice) o;
        return code == n.code && text.equals(n.text) && Objects.equals(citation, n.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, text, citation);
    }

    /** The text. */
    @Override
    public String toString() {
        return text;
    }
}
