package io.chipgate.license;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Tri;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may we ship N of this part to this customer in this country on this date, and under what?"
 * under the US advanced-computing rules (15 CFR 742.6(a)(6), 744.23(a)(3), the reported § 744.23(b) letters):
 * whether a licence is required ({@link Tri}: UNKNOWN when inputs are missing, never "not required" by default),
 * the bases with their paragraphs and text, the licence exceptions that may apply, the review policy, the 3A090
 * classifications it rests on, citations, warnings and the line "Not legal advice".
 *
 * <p>Built by {@link Licensing#assess}. This class is immutable and thread-safe.
 */
public final class LicenseDetermination {
    private final String partId;
    private final String partName;
    private final PartKind kind;
    private final long quantity;
    private final String destination;
    private final String headquarters;
    private final LocalDate date;
    private final Outcome classification;
    private final List<Determination> classifications;
    private final Exact aggregateTpp;
    private final Tri licenseRequired;
    private final List<Basis> grounds;
    private final List<LicenseOption> licenseExceptions;
    private final ReviewPolicy reviewPolicy;
    private final List<String> citations;
    private final List<String> warnings;

    LicenseDetermination(String partId, String partName, PartKind kind, long quantity, String destination, String headquarters,
                         LocalDate date, Outcome classification, List<Determination> classifications, Exact aggregateTpp,
                         Tri licenseRequired, List<Basis> grounds, List<LicenseOption> licenseExceptions,
                         ReviewPolicy reviewPolicy, List<String> citations, List<String> warnings) {
        this.partId = Objects.requireNonNull(partId);
        this.partName = Objects.requireNonNull(partName);
        this.kind = Objects.requireNonNull(kind);
        this.quantity = quantity;
        this.destination = Objects.requireNonNull(destination);
        this.headquarters = headquarters;
        this.date = Objects.requireNonNull(date);
        this.classification = classification;
        this.classifications = List.copyOf(classifications);
        this.aggregateTpp = aggregateTpp;
        this.licenseRequired = Objects.requireNonNull(licenseRequired);
        this.grounds = List.copyOf(grounds);
        this.licenseExceptions = List.copyOf(licenseExceptions);
        this.reviewPolicy = Objects.requireNonNull(reviewPolicy);
        this.citations = List.copyOf(citations);
        this.warnings = List.copyOf(warnings);
    }

    public String partId() {
        return partId;
    }

    public String partName() {
        return partName;
    }

    public PartKind kind() {
        return kind;
    }

    /** Units shipped. */
    public long quantity() {
        return quantity;
    }

    /** ISO 3166-1 alpha-2 code of the destination, upper case. */
    public String destination() {
        return destination;
    }

    /** ISO code of the end user's (or its ultimate parent's) headquarters; empty when unknown. */
    public Optional<String> headquarters() {
        return Optional.ofNullable(headquarters);
    }

    public LocalDate date() {
        return date;
    }

    /**
     * The ECCN 3A090/4A090 outcome under the classification regime in force on the date (3a090-2022, -2023 or
     * -2024); empty before ECCN 3A090 existed (2022-10-07).
     */
    public Optional<Outcome> classification() {
        return Optional.ofNullable(classification);
    }

    /** The determinations the assessment rests on: the 3A090 regime in force, and the others written on the date. */
    public List<Determination> classifications() {
        return classifications;
    }

    /** Quantity × TPP when the TPP is known (exact). */
    public Optional<Exact> aggregateTpp() {
        return Optional.ofNullable(aggregateTpp);
    }

    /** TRUE: a licence is required; FALSE: not on the grounds assessed; UNKNOWN: the inputs do not decide. */
    public Tri licenseRequired() {
        return licenseRequired;
    }

    /** The bases that apply or may apply (TRUE or UNKNOWN), including those not enforced, flagged. */
    public List<Basis> basis() {
        return grounds.stream().filter(b -> b.applies() != Tri.FALSE).toList();
    }

    /** Every ground evaluated on the date, including those that do not apply. */
    public List<Basis> grounds() {
        return grounds;
    }

    /** Licence exceptions available (TRUE) or possibly available (UNKNOWN); never those excluded by the text. */
    public List<LicenseOption> licenseExceptions() {
        return licenseExceptions;
    }

    /** The review policy an application would get; {@link ReviewPolicy.Kind#NONE} when no licence is required. */
    public ReviewPolicy reviewPolicy() {
        return reviewPolicy;
    }

    /** Whether any basis that applies or may apply rests on REPORTED criteria rather than regulatory text. */
    public boolean reported() {
        return basis().stream().anyMatch(b -> b.status() == BasisStatus.REPORTED);
    }

    public List<String> citations() {
        return citations;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The line every determination carries. */
    public String disclaimer() {
        return Licensing.DISCLAIMER;
    }

    /** "h100 × 8 → CN on 2024-06-01: licence required". */
    @Override
    public String toString() {
        return partId + " × " + quantity + " → " + destination + (headquarters == null ? "" : " (HQ " + headquarters + ")") + " on "
            + date + ": licence required " + licenseRequired.label();
    }
}
