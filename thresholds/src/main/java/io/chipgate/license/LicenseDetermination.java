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
 * under the US advanced-computing rules (15 CFR 742.6(a)(6), 744.23(a)(3), the reported § 744.23(b) letters) and
 * the part 746 embargoes: whether a licence is required ({@link Tri}: UNKNOWN when a fact is missing or the
 * readings of the law disagree, never "not required" by default), the bases with their paragraphs and text, the
 * licence exceptions that may apply, the review policy, the 3A090 classifications it rests on, citations,
 * warnings and the line "Not legal advice".
 *
 * <p>Two answers are kept: {@link #asWritten()} (the CFR text) and {@link #asEnforced()} (the posture BIS has
 * announced). The top-level accessors ({@link #licenseRequired()}, {@link #basis()}, {@link #licenseExceptions()},
 * {@link #reviewPolicy()}) are those of {@link #asEnforced()}. Each answer is definite only when every
 * combination of {@link Readings readings} gives it; {@link #readings()} lists each combination with its answer.
 *
 * <p>Built by {@link Licensing#assess}, which explores the enforced posture; the answer as written, with the
 * classifications, citations and warnings of both postures, is computed when first asked (once, on whichever thread
 * asks first), so a caller that reads only the enforced answer never explores the as-written posture. This class is
 * immutable and thread-safe.
 */
public final class LicenseDetermination {
    private final Shipment shipment;
    private final Outcome classification;
    private final Exact aggregateTpp;
    private final LicenseAnswer asEnforced;
    /**
     * The answer as written, the classifications and the citations: given, or computed when first asked (the as-written
     * posture is a second exploration of the readings; a caller asking only the enforced answer never pays for it).
     */
    private final Once<Written> written;
    /** Gives the notices when first asked (a decision's are deduplicated by text then); the list is then kept. */
    private final java.util.function.Supplier<List<LicenceNotice>> noticeSource;
    private volatile List<LicenceNotice> notices;
    private volatile List<String> warnings;
    /** What settles an unknown answer: computed when first asked (it re-evaluates the shipment), then kept. */
    private final Once<List<OpenQuestion>> settled;
    private final List<PartyFinding> parties;
    private final LocalDate partiesListDate;
    private final Jurisdiction jurisdiction;

    LicenseDetermination(Shipment shipment, Outcome classification, List<Determination> classifications, Exact aggregateTpp,
                         LicenseAnswer asWritten, LicenseAnswer asEnforced, List<String> citations, List<LicenceNotice> warnings,
                         List<OpenQuestion> settledBy) {
        this(shipment, classification, classifications, aggregateTpp, asWritten, asEnforced, citations, given(warnings), settledBy, null,
            List.of(), null, Jurisdiction.assumedUs());
    }

    /**
     * A determination whose warnings are given when first asked ({@link #notices()}, {@link #warnings()}, equality, the
     * reports): a caller asking only whether a licence is required never renders their texts.
     */
    LicenseDetermination(Shipment shipment, Outcome classification, List<Determination> classifications, Exact aggregateTpp,
                         LicenseAnswer asWritten, LicenseAnswer asEnforced, List<String> citations,
                         java.util.function.Supplier<List<LicenceNotice>> warnings) {
        this(shipment, classification, classifications, aggregateTpp, asWritten, asEnforced, citations, warnings, List.of(), null,
            List.of(), null, Jurisdiction.assumedUs());
    }

    /** The warnings as given, copied now. */
    private static java.util.function.Supplier<List<LicenceNotice>> given(List<LicenceNotice> warnings) {
        List<LicenceNotice> copy = List.copyOf(warnings);
        return () -> copy;
    }

    private LicenseDetermination(Shipment shipment, Outcome classification, List<Determination> classifications, Exact aggregateTpp,
                                 LicenseAnswer asWritten, LicenseAnswer asEnforced, List<String> citations,
                                 java.util.function.Supplier<List<LicenceNotice>> warnings,
                                 List<OpenQuestion> settledBy, java.util.function.Supplier<List<OpenQuestion>> settle,
                                 List<PartyFinding> parties, LocalDate partiesListDate, Jurisdiction jurisdiction) {
        this(shipment, classification, aggregateTpp, Once.of(new Written(asWritten, classifications, citations)), asEnforced, warnings,
            settledBy, settle, parties, partiesListDate, jurisdiction);
    }

    private LicenseDetermination(Shipment shipment, Outcome classification, Exact aggregateTpp, Once<Written> written,
                                 LicenseAnswer asEnforced, java.util.function.Supplier<List<LicenceNotice>> warnings,
                                 List<OpenQuestion> settledBy, java.util.function.Supplier<List<OpenQuestion>> settle,
                                 List<PartyFinding> parties, LocalDate partiesListDate, Jurisdiction jurisdiction) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.settled = settled(settledBy, settle);
        this.parties = List.copyOf(parties);
        this.partiesListDate = partiesListDate;
        this.shipment = Objects.requireNonNull(shipment);
        this.classification = classification;
        this.aggregateTpp = aggregateTpp;
        this.written = written;
        this.asEnforced = Objects.requireNonNull(asEnforced);
        this.noticeSource = Objects.requireNonNull(warnings);
    }

    /**
     * A determination whose answer as written, classifications, citations and warnings are computed when first asked
     * ({@link Licensing#assess}: the enforced answer first, the as-written exploration only for a caller that reads it).
     */
    LicenseDetermination(Shipment shipment, Outcome classification, Exact aggregateTpp, LicenseAnswer asEnforced,
                         Once<Written> written, java.util.function.Supplier<List<LicenceNotice>> warnings) {
        this(shipment, classification, aggregateTpp, written, asEnforced, warnings, List.of(), null, List.of(), null,
            Jurisdiction.assumedUs());
    }

    /**
     * What the as-written posture adds to a determination: its answer, and the classifications and citations of both
     * postures (each once, the as-written's first).
     */
    record Written(LicenseAnswer answer, List<Determination> classifications, List<String> citations) {
        Written {
            Objects.requireNonNull(answer);
            classifications = List.copyOf(classifications);
            citations = List.copyOf(citations);
        }
    }

    /**
     * A value computed once, when first asked, by any thread (the others wait for it); the computation is then let go.
     *
     * @param <T> the value's type
     */
    static final class Once<T> implements java.util.function.Supplier<T> {
        private java.util.function.Supplier<? extends T> source;
        private volatile T value;

        Once(java.util.function.Supplier<? extends T> source) {
            this.source = Objects.requireNonNull(source);
        }

        private Once(T value) {
            this.value = Objects.requireNonNull(value);
        }

        /** A value already known. */
        static <T> Once<T> of(T value) {
            return new Once<>(value);
        }

        /** {@return whether the value has been computed (or was given)} */
        boolean done() {
            return value != null;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = Objects.requireNonNull(source.get());
                        value = v;
                        source = null;
                    }
                }
            }
            return v;
        }
    }

    /** {@return this determination with what settles it, computed when first asked} */
    LicenseDetermination withSettledBy(java.util.function.Supplier<List<OpenQuestion>> questions) {
        return new LicenseDetermination(shipment, classification, aggregateTpp, written, asEnforced,
            this::notices, null, questions, parties, partiesListDate, jurisdiction);
    }

    /** {@return this determination with the party findings and the list's date (null when the parties were not screened)} */
    LicenseDetermination withParties(List<PartyFinding> findings, LocalDate listDate) {
        return new LicenseDetermination(shipment, classification, aggregateTpp, written, asEnforced,
            this::notices, null, settled, findings, listDate, jurisdiction);
    }

    /**
     * {@return this determination with its jurisdiction step; an item not subject to the EAR gets the answer
     * {@link LicenseAnswer#notSubjectToEar} under both postures and the jurisdiction's citations only}
     */
    LicenseDetermination withJurisdiction(Jurisdiction j) {
        if (j.subjectToEar() == Tri.FALSE) {
            List<LicenceNotice> w = new java.util.ArrayList<>();
            w.add(LicenceNotice.of(LicenceNotice.Code.NOT_SUBJECT_TO_EAR, "not subject to the EAR on the facts given (" + j.facts() + "): the licence grounds were not evaluated; the facts are the "
                + "user's: keep the maker's statement of the technology and equipment used and the content calculation (supplement no. 2 "
                + "to part 734)"));
            // the classifications the grounds computed are kept (asked here: the not-subject answer keeps them)
            return new LicenseDetermination(shipment, classification, classifications(), aggregateTpp,
                LicenseAnswer.notSubjectToEar(Posture.AS_WRITTEN), LicenseAnswer.notSubjectToEar(Posture.AS_ENFORCED), j.citations(), given(w),
                List.of(), null, parties, partiesListDate, j);
        }
        return new LicenseDetermination(shipment, classification, aggregateTpp, written, asEnforced,
            this::notices, null, settled, parties, partiesListDate, j);
    }

    /** {@return whether the answer as written has been computed (a test's view: reading the enforced answer alone does not)} */
    boolean asWrittenComputed() {
        return written.done();
    }

    /** {@return the jurisdiction step: whether the item is subject to the EAR at all, with its basis and each rule's prongs} */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** {@return whether the item is subject to the EAR: TRUE (also when assumed), FALSE, or UNKNOWN naming what settles it} */
    public Tri subjectToEar() {
        return jurisdiction.subjectToEar();
    }

    /** {@return whether the shipment's parties were screened: false when it names none (then "no" is never plain)} */
    public boolean partiesScreened() {
        return !shipment.parties().isEmpty();
    }

    /** {@return the parties that matched a list entry, each with its hit; empty when none matched or none was screened} */
    public List<PartyFinding> parties() {
        return List.copyOf(parties);
    }

    /** {@return the date of the screening list the parties were screened against; empty when they were not screened} */
    public Optional<LocalDate> partiesListDate() {
        return Optional.ofNullable(partiesListDate);
    }

    /**
     * {@return whether the screening list was older than {@link io.chipgate.parties.PartyList#STALE_AFTER_DAYS} days on
     * the shipment date (lists change by Federal Register notice)}
     */
    public boolean partiesListStale() {
        return partiesListDate != null && partiesListDate.plusDays(io.chipgate.parties.PartyList.STALE_AFTER_DAYS).isBefore(shipment.date());
    }

    /**
     * {@return the smallest set of open questions whose answers, whichever they are, make the answer definite; empty
     * when the answer is definite} Each names a fact to obtain (the end user's headquarters, the datacenter
     * designation, a missing figure, whether a UAE end user is approved) or a question of the law's reading.
     */
    public List<OpenQuestion> settledBy() {
        if (licenseRequired() != Tri.UNKNOWN) {
            return List.of();
        }
        if (jurisdiction.subjectToEar() != Tri.UNKNOWN) {
            return groundsSettledBy();
        }
        List<OpenQuestion> all = new java.util.ArrayList<>(jurisdiction.settledBy());
        if (asEnforced.licenseRequired() == Tri.UNKNOWN) {
            all.addAll(groundsSettledBy());
        }
        return List.copyOf(all);
    }

    private List<OpenQuestion> groundsSettledBy() {
        return settled == null ? List.of() : settled.get();
    }

    /**
     * What settles the grounds: the questions given, else those the supplier gives when first asked (a copy of this
     * determination shares them, computed once), else none (null).
     */
    @SuppressWarnings("unchecked")
    private static Once<List<OpenQuestion>> settled(List<OpenQuestion> given, java.util.function.Supplier<List<OpenQuestion>> settle) {
        if (given != null) {
            return Once.of(List.copyOf(given));
        }
        if (settle == null) {
            return null;
        }
        return settle instanceof Once ? (Once<List<OpenQuestion>>) settle : new Once<>(() -> List.copyOf(settle.get()));
    }

    /** {@return what kind of transaction the shipment is: an export (or reexport, in-country transfer) or within the United States} */
    public Transaction transaction() {
        return Transaction.to(shipment.destination());
    }

    /** {@return the shipment assessed} */
    public Shipment shipment() {
        return shipment;
    }

    /** {@return the id of the part shipped, e.g. "nvidia-h100-sxm"} */
    public String partId() {
        return shipment.part().id();
    }

    /** {@return the name of the part shipped, as the vendor writes it} */
    public String partName() {
        return shipment.part().name();
    }

    /** {@return the kind of the part shipped: accelerator, memory or system} */
    public PartKind kind() {
        return shipment.part().kind();
    }

    /** {@return units shipped} */
    public long quantity() {
        return shipment.quantity();
    }

    /** {@return ISO 3166-1 alpha-2 code of the destination, upper case} */
    public String destination() {
        return shipment.destination().code();
    }

    /** {@return ISO code of the end user's (or its ultimate parent's) headquarters; empty when unknown} */
    public Optional<String> headquarters() {
        return shipment.headquarters().map(CountryCode::code);
    }

    /** {@return the date of the shipment, on which the rules are applied} */
    public LocalDate date() {
        return shipment.date();
    }

    /**
     * {@return the ECCN 3A090/4A090 outcome under the classification regime in force on the date (3a090-2022, -2023 or
     * -2024); empty before ECCN 3A090 existed (2022-10-07)}
     */
    public Optional<Outcome> classification() {
        return Optional.ofNullable(classification);
    }

    /** {@return the determinations the assessment rests on: the 3A090 regime in force, and the others consulted} */
    public List<Determination> classifications() {
        return written.get().classifications();
    }

    /** {@return quantity × TPP when the TPP is known (exact); for a system, its TPP is the sum over its ICs of count × TPP} */
    public Optional<Exact> aggregateTpp() {
        return Optional.ofNullable(aggregateTpp);
    }

    /** {@return the answer under the CFR text as written on the date} */
    public LicenseAnswer asWritten() {
        return written.get().answer();
    }

    /**
     * {@return the answer under the enforcement posture BIS has announced (the same as written where none is
     * announced)}
     */
    public LicenseAnswer asEnforced() {
        return asEnforced;
    }

    /**
     * {@return as enforced: TRUE a licence is required; FALSE not on the grounds assessed; UNKNOWN the facts or the
     * readings do not decide}
     */
    public Tri licenseRequired() {
        return jurisdiction.licenseRequired(asEnforced.licenseRequired());
    }

    /**
     * {@return as enforced: the bases that apply or may apply (TRUE or UNKNOWN), including those not enforced, flagged}
     */
    public List<Basis> basis() {
        return asEnforced.basis();
    }

    /** {@return as enforced: every ground evaluated on the date, including those that do not apply} */
    public List<Basis> grounds() {
        return asEnforced.grounds();
    }

    /**
     * {@return as enforced: licence exceptions available (TRUE) or possibly available (UNKNOWN); never those barred by
     * the text}
     */
    public List<LicenseOption> licenseExceptions() {
        return asEnforced.licenseExceptions();
    }

    /**
     * {@return as enforced: the review policy an application would get; {@link ReviewPolicy.Kind#NONE} when no licence
     * is required}
     */
    public ReviewPolicy reviewPolicy() {
        return asEnforced.reviewPolicy();
    }

    /** {@return as enforced: each combination of readings the facts touch, with its answer} */
    public List<ReadingAnswer> readings() {
        return asEnforced.readings();
    }

    /** {@return whether any basis that applies or may apply rests on REPORTED criteria rather than regulatory text} */
    public boolean reported() {
        return basis().stream().anyMatch(b -> b.status() == BasisStatus.REPORTED);
    }

    /** {@return the instruments the determination rests on, each once} */
    public List<String> citations() {
        return written.get().citations();
    }

    /**
     * {@return what limits the answer: unconfirmed or not-enforced text, unknown membership, estimated inputs} The texts of
     * {@link #notices()}, in the same order; to act on a warning, test its code there, not these words.
     */
    public List<String> warnings() {
        List<String> w = warnings;
        if (w == null) {
            List<LicenceNotice> n = notices();
            String[] texts = new String[n.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = n.get(i).text();
            }
            w = List.of(texts);
            warnings = w;
        }
        return w;
    }

    /**
     * {@return the warnings as coded notices, in the order of {@link #warnings()}: each with a stable
     * {@link LicenceNotice.Code} and the text {@link #warnings()} gives}
     */
    public List<LicenceNotice> notices() {
        List<LicenceNotice> n = notices;
        if (n == null) {
            n = List.copyOf(noticeSource.get());
            notices = n;
        }
        return n;
    }

    /** {@return the line every determination carries} */
    public String disclaimer() {
        return Licensing.DISCLAIMER;
    }

    /** "nvidia-h100-sxm × 8 → CN on 2024-06-01: licence required yes". */
    @Override
    public String toString() {
        return shipment + ": licence required " + licenseRequired().label();
    }

    /** Value equality: equal when the shipment, classifications, aggregate TPP, both answers, citations, warnings and jurisdiction are. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LicenseDetermination)) {
            return false;
        }
        LicenseDetermination o = (LicenseDetermination) other;
        return Objects.equals(shipment, o.shipment) && Objects.equals(classification, o.classification) && Objects.equals(classifications(), o.classifications()) && Objects.equals(aggregateTpp, o.aggregateTpp) && Objects.equals(asWritten(), o.asWritten()) && Objects.equals(asEnforced, o.asEnforced) && Objects.equals(citations(), o.citations()) && Objects.equals(notices(), o.notices()) && jurisdiction.equals(o.jurisdiction) && Objects.equals(settledBy(), o.settledBy());
    }

    @Override
    public int hashCode() {
        return Objects.hash(shipment, classification, classifications(), aggregateTpp, asWritten(), asEnforced, citations(), warnings(), jurisdiction);
    }
}
