package io.chipgate.regime;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A US export-control rule that classifies AI chips, with a stable public id, its instrument and its dates.
 *
 * <p>{@link #classify} evaluates the rule <em>as written</em>, whatever the date asked (a researcher may ask how
 * the 2022 rule treats the H800 today); the determination reports the rule's {@linkplain #status(LocalDate)
 * status} on that date. Dates are half-open: written from {@link #effective()} inclusive until
 * {@link #endExclusive()} exclusive ({@link #written()}), and held as data in a {@link RegimeDefinition}.
 *
 * <p>The hierarchy is closed: the built-in regimes ({@link Regimes#all()}) and {@link CustomRegime}, a rule a user
 * describes in a file. Subclasses are immutable and thread-safe.
 */
public abstract sealed class Regime
    permits Acs2022, Eccn3A090Tpp, AiDiffusion2025, Foundry2025, InformedLetters2025, ChinaReview2026, CustomRegime {
    private final RegimeDefinition definition;
    private final String instrumentCitation;

    Regime(RegimeDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.instrumentCitation = definition.instrument() + " — " + definition.instrument().cfr();
    }

    /** @return the regime's id, title, instrument and dates, as data */
    public RegimeDefinition definition() {
        return definition;
    }

    /** {@return the stable public id, e.g. "3a090-2023"} */
    public String id() {
        return definition.id();
    }

    /** @return a short title */
    public String title() {
        return definition.title();
    }

    /** @return the instrument the rule comes from */
    public Instrument instrument() {
        return definition.instrument();
    }

    /** {@return first day in force} */
    public LocalDate effective() {
        return definition.written().startInclusive();
    }

    /** {@return the compliance date, when the rule gave one later than its effective date} */
    public Optional<LocalDate> compliance() {
        return definition.compliance();
    }

    /** {@return the first day it no longer applies (superseded), if any} */
    public Optional<LocalDate> endExclusive() {
        return definition.written().endExclusive();
    }

    /** @return the period in which the rule is written: {@link #effective()} until {@link #endExclusive()} */
    public EffectivePeriod written() {
        return definition.written();
    }

    /** {@return the first day it is not enforced although still in the CFR, if any} */
    public Optional<LocalDate> notEnforcedFrom() {
        return definition.notEnforcedFrom();
    }

    /** {@return the lines this regime draws, for documentation and frontiers} */
    public abstract List<Threshold> thresholds();

    /**
     * {@return every line at which this regime's outcome can change, for frontiers: its own {@link #thresholds()} and
     * those of any rule it evaluates first (the 2026 review policy classifies under 3A090 before testing its box)}
     */
    public List<Threshold> frontierLines() {
        return thresholds();
    }

    /** {@return text this regime rests on that is not confirmed, stated on every determination} */
    public List<String> standingWarnings() {
        return List.of();
    }

    private volatile List<Notice> standingCache;

    private List<Notice> standing() {
        List<Notice> s = standingCache;
        if (s == null) {
            s = standingWarnings().stream().map(w -> Notice.of(Notice.Code.STANDING, w, instrument().citation())).toList();
            standingCache = s;
        }
        return s;
    }

    /**
     * {@return the regime's status on a date}
     *
     * @param date the date, not null
     */
    public RegimeStatus status(LocalDate date) {
        return definition.status(Objects.requireNonNull(date, "date"));
    }

    /**
     * The days on which this regime's determination of a part may change in anything but the date it names (and the
     * date its status warning names): the days its status changes and the days its own text reads. Null when any day
     * may differ (the foundry rule names the transaction year; a custom regime's rule is not known here): the default.
     */
    List<LocalDate> classificationDates() {
        return null;
    }

    /** {@link #classificationDates()}, made once: empty when the regime names none (then no day shares a span). */
    private volatile List<LocalDate> spanDays;

    /**
     * {@return the first day of the span of days containing {@code date} over which {@link #classify} determines every
     * part alike but for the date the determination names (and the date in its status warning); {@link LocalDate#MIN}
     * before the regime's first such day; empty when the regime does not say (any day may give another determination)}
     * Two dates with the same span give determinations that {@link #redated} turns into one another.
     *
     * @param date the date, not null
     */
    public final Optional<LocalDate> classificationSpan(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<LocalDate> days = spanDays;
        if (days == null) {
            List<LocalDate> given = classificationDates();
            days = given == null ? List.of() : List.copyOf(given);
            spanDays = days;
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.MIN;
        for (LocalDate d : days) {
            if (!d.isAfter(date) && d.isAfter(from)) {
                from = d;
            }
        }
        return Optional.of(from);
    }

    /**
     * {@return a determination of this regime moved to another day of the same {@linkplain #classificationSpan span}:
     * what {@link #classify} gives on {@code date} for the same part, interpretation and resolver} For callers that
     * classify the same part on many dates (licence decisions): the rule is evaluated once per span.
     *
     * @param made a determination this regime made, not null
     * @param date the day to move it to, not null
     * @throws IllegalArgumentException when {@code made} is another regime's, or {@code date} is in another span (or
     *     the regime has none)
     */
    public final Determination redated(Determination made, LocalDate date) {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(date, "date");
        if (!made.regimeId().equals(id())) {
            throw new IllegalArgumentException("a determination of " + made.regimeId() + ", not of " + id());
        }
        Optional<LocalDate> span = classificationSpan(date);
        if (span.isEmpty() || !span.equals(classificationSpan(made.date()))) {
            throw new IllegalArgumentException(id() + " may determine a part differently on " + date + " than on " + made.date());
        }
        if (made.date().equals(date)) {
            return made;
        }
        ImmutableDetermination moved = ((ImmutableDetermination) ImmutableDetermination.copyOf(made)).withDate(date);
        RegimeStatus status = made.status();
        if (status != RegimeStatus.IN_FORCE) {
            // the status warning names the day: the one of the day moved to, in its place (it is the one notice of its
            // code, which only statusNotice gives)
            Notice now = statusWarning(date, status);
            List<Notice> warnings = new ArrayList<>(made.warningNotices().size());
            for (Notice n : made.warningNotices()) {
                warnings.add(n.code() == Notice.Code.NOT_IN_FORCE ? now : n);
            }
            moved = moved.withWarningNotices(warnings);
        }
        return moved;
    }

    /** {@return the dates on which this regime's status or requirements change, ascending} */
    public List<LocalDate> changeDates() {
        return definition.changeDates();
    }

    /**
     * Evaluates the rule on the inputs; {@code date} matters only where the rule itself is dated (licence
     * exceptions, foundry years). Without {@code explain} the rule decides the same outcome but records no
     * explanation ({@link Evaluation#outcomeOnly()}).
     */
    abstract Evaluation evaluate(Inputs inputs, LocalDate date, boolean explain);

    /** Evaluates the rule with its full explanation. */
    final Evaluation evaluate(Inputs inputs, LocalDate date) {
        return evaluate(inputs, date, true);
    }

    /**
     * {@return the outcome alone, without the explanation; the fast path for frontiers and bulk runs} The same outcome
     * as {@link #explain}, on the same exact comparisons.
     *
     * @param inputs the part's figures under an interpretation, not null
     * @param date the date the rule is applied on, not null
     */
    public Outcome outcome(Inputs inputs, LocalDate date) {
        return evaluate(Objects.requireNonNull(inputs, "inputs"), Objects.requireNonNull(date, "date"), false).outcome;
    }

    /**
     * {@return the full explanation for inputs already computed (clauses, margins, licence exceptions, citations,
     * warnings), without the sensitivity to other interpretations; for bulk runs that reuse the metrics}
     *
     * @param inputs the part's figures under an interpretation, not null
     * @param date the date the rule is applied on, not null
     */
    public Determination explain(Inputs inputs, LocalDate date) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(date, "date");
        return assemble(inputs.part(), inputs, evaluate(inputs, date), date, Map.of());
    }

    /**
     * Classifies a part on a date under the default interpretation, resolving the ICs of a SYSTEM against the
     * built-in catalog ({@link PartResolver#builtIn()}): a DGX H100 is 4A090.a through its H100 SXM ICs. When the
     * {@code chipgate-catalog} jar is not on the class path, or for systems whose ICs are in your own catalog,
     * use {@link #classify(Part, Interpretation, LocalDate, PartResolver)} with that catalog as the resolver; an
     * IC that cannot be resolved makes the system INDETERMINATE, naming it, never "not controlled".
     *
     * @param part not null
     * @param date the date asked: it sets the reported status and the dated parts of the rule
     * @return the determination, with its reasons
     */
    public Determination classify(Part part, LocalDate date) {
        return classify(part, Interpretation.defaults(), date, PartResolver.builtIn());
    }

    /**
     * Classifies a part on a date: the rule as written, with every clause, margin, licence exception, citation
     * and warning, and the outcome under alternative interpretations that change it.
     *
     * @param part not null
     * @param interpretation not null
     * @param date the date asked: it sets the reported status and the dated parts of the rule
     * @param resolver finds the ICs of a SYSTEM (a {@code Catalog}, {@link PartResolver#builtIn()}, or
     *     {@link PartResolver#none()} to leave them unresolved); not null
     * @return the determination, with its reasons
     */
    public Determination classify(Part part, Interpretation interpretation, LocalDate date, PartResolver resolver) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(resolver, "resolver");
        if (part.kind() == PartKind.SYSTEM) {
            return classifySystem(part, interpretation, date, resolver, new java.util.HashMap<>(), new java.util.ArrayDeque<>());
        }
        // metrics once per (part, interpretation); only alternatives whose figures differ can change the outcome
        PreparedInputs prepared = PreparedInputs.of(part, interpretation);
        Inputs in = prepared.inputs;
        Evaluation e = evaluate(in, date);
        Map<String, Outcome> sensitivity = Map.of();
        for (int i = 0; i < prepared.alternatives.length; i++) {
            Outcome o = evaluate(prepared.alternatives[i], date, false).outcome;
            if (o != e.outcome) {
                if (sensitivity.isEmpty()) {
                    sensitivity = new LinkedHashMap<>();
                }
                sensitivity.put(prepared.alternativeKeys[i], o);
            }
        }
        openReadings(e, interpretation, sensitivity);
        estimateIntervals(in, e, date);
        return assemble(part, in, e, date, sensitivity);
    }

    /**
     * A figure with an estimate interval is a fact not known exactly: the outcome is evaluated at the ends of every
     * interval (TPP, applicable die area, I/O, memory bandwidth; each corner of the box they span), and an outcome
     * that differs anywhere there is INDETERMINATE, naming the interval: unknown is not "no", and an estimate is not
     * the fact. A figure measured or published by the vendor settles it.
     */
    private void estimateIntervals(Inputs in, Evaluation e, LocalDate date) {
        if (e.outcome == Outcome.INDETERMINATE) {
            return;
        }
        List<Exact> tpps = ends(in.tpp());
        List<Exact> areas = ends(in.applicableDieAreaMm2());
        List<Exact> ios = ends(in.ioBidirectionalGBs());
        List<Exact> mems = ends(in.memoryBandwidthGBs());
        if (tpps.isEmpty() && areas.isEmpty() && ios.isEmpty() && mems.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>(4);
        addInterval(named, "TPP", in.tpp(), tpps);
        addInterval(named, "applicable die area (mm²)", in.applicableDieAreaMm2(), areas);
        addInterval(named, "I/O (GB/s)", in.ioBidirectionalGBs(), ios);
        addInterval(named, "memory bandwidth (GB/s)", in.memoryBandwidthGBs(), mems);
        java.util.Set<Outcome> elsewhere = new java.util.LinkedHashSet<>();
        for (Exact t : orPoint(tpps)) {
            for (Exact a : orPoint(areas)) {
                for (Exact io : orPoint(ios)) {
                    for (Exact m : orPoint(mems)) {
                        Inputs corner = in;
                        if (t != null) {
                            corner = corner.withTpp(t);
                        }
                        if (a != null) {
                            corner = corner.withApplicableDieArea(a);
                        }
                        if (io != null) {
                            corner = corner.withIo(io);
                        }
                        if (m != null) {
                            corner = corner.withMemoryBandwidth(m);
                        }
                        Outcome o = evaluate(corner, date, false).outcome;
                        if (o != e.outcome) {
                            elsewhere.add(o);
                        }
                    }
                }
            }
        }
        if (elsewhere.isEmpty()) {
            return;
        }
        String intervals = String.join(", ", named);
        e.condition(Notice.Code.ESTIMATED_INPUTS, "estimate intervals (" + intervals + "): " + e.outcome + " at the point estimate, "
            + elsewhere.stream().map(Outcome::toString).collect(java.util.stream.Collectors.joining(" or ")) + " elsewhere in the interval");
        e.missing.add("estimate: " + intervals + " — " + e.outcome + " at the point estimate, " + elsewhere.stream().map(Outcome::toString)
            .collect(java.util.stream.Collectors.joining(" or ")) + " at an end of the interval; a measured or published figure settles it");
        e.outcome(Outcome.INDETERMINATE);
    }

    /** The ends of a known figure's estimate interval (empty when it has none, or no upper end). */
    private static List<Exact> ends(Figure f) {
        if (!f.isKnown() || !f.estimated() || !f.hasEstimateInterval() || f.estimateHigh().isEmpty()) {
            return List.of();
        }
        return List.of(f.estimateLow(), f.estimateHigh().get());
    }

    /** The ends, or a single null meaning "keep the figure as it is". */
    private static List<Exact> orPoint(List<Exact> ends) {
        return ends.isEmpty() ? java.util.Collections.singletonList(null) : ends;
    }

    private static void addInterval(List<String> named, String label, Figure f, List<Exact> ends) {
        if (!ends.isEmpty()) {
            named.add(label + " " + Reports.number(ends.get(0)).stripTrailingZeros().toPlainString() + "–"
                + Reports.number(ends.get(1)).stripTrailingZeros().toPlainString());
        }
    }

    /**
     * An open reading of the law ({@link Interpretation#OPEN_READINGS}) that the user did not set and whose alternative
     * changes the outcome makes the outcome INDETERMINATE, naming the reading and each answer: one reading is not the
     * law. A key set explicitly gets that reading's answer.
     */
    private static void openReadings(Evaluation e, Interpretation interpretation, Map<String, Outcome> sensitivity) {
        if (sensitivity.isEmpty() || e.outcome == Outcome.INDETERMINATE) {
            return;
        }
        for (Map.Entry<String, Outcome> alt : sensitivity.entrySet()) {
            String key = alt.getKey().substring(0, alt.getKey().indexOf('='));
            if (!Interpretation.isOpenReading(key) || interpretation.isExplicit(key)) {
                continue;
            }
            String current = key + "=" + interpretation.asMap().get(key);
            e.condition(Notice.Code.READING, "reading " + key + ": " + current + " gives " + e.outcome + ", " + alt.getKey() + " gives "
                + alt.getValue() + " — the readings disagree; set --interpretation " + key + "=… (Interpretation.with) to choose one");
            e.missing.add("reading " + key + ": " + current + " → " + e.outcome + "; " + alt.getKey() + " → " + alt.getValue());
            e.outcome(Outcome.INDETERMINATE);
            return;
        }
    }

    private Determination assemble(Part part, Inputs in, Evaluation e, LocalDate date, Map<String, Outcome> sensitivity) {
        List<Notice> standing = standing();
        List<Notice> warnings = new ArrayList<>(standing.size() + e.warnings.size() + 4);
        warnings.addAll(standing);
        warnings.addAll(e.warnings);
        RegimeStatus status = status(date);
        if (status != RegimeStatus.IN_FORCE) {
            warnings.add(statusWarning(date, status));
        }
        for (String note : in.metrics().notes()) {
            warnings.add(Notice.of(Notice.Code.METRICS_NOTE, note));
        }
        List<String> estimated = null;
        Boolean robust = null;
        for (Clause c : e.clauses) {
            if (c.input().estimated()) {
                if (estimated == null) {
                    estimated = new ArrayList<>(4);
                }
                if (!estimated.contains(c.threshold().quantity().label())) {
                    estimated.add(c.threshold().quantity().label());
                }
            }
            if (c.robust().isPresent()) {
                robust = (robust == null ? Boolean.TRUE : robust) && c.robust().get();
            }
        }
        if (estimated != null) {
            warnings.add(Notice.of(Notice.Code.ESTIMATED_INPUTS, "estimated inputs: " + String.join(", ", estimated)
                + (Boolean.FALSE.equals(robust) ? " — the outcome depends on where in the estimate interval the true value lies" : "")));
        }
        if (e.outcome == Outcome.INDETERMINATE && e.missing.isEmpty()) {
            e.missing.add("inputs not given in the spec");
        }
        // the instrument first, then the evaluation's citations (already distinct) in first-use order
        List<String> citations = new ArrayList<>(e.citations.size() + 1);
        citations.add(instrumentCitation);
        for (String c : e.citations) {
            if (!c.equals(instrumentCitation)) {
                citations.add(c);
            }
        }
        return Determination.builder()
            .partId(part.id()).partName(part.name()).regimeId(id()).date(date).status(status)
            .outcome(e.outcome).tpp(in.tpp()).performanceDensity(in.performanceDensity())
            .clauses(e.clauses).conditionNotices(e.conditions)
            .citations(citations).interpretation(in.interpretation()).sensitivity(sensitivity)
            .missing(e.outcome == Outcome.INDETERMINATE ? List.copyOf(e.missing) : List.of())
            .robust(Optional.ofNullable(robust)).warningNotices(warnings)
            .build();
    }

    /** Most missing figures a system's determination lists from its components; the rest are counted. */
    private static final int MAX_SYSTEM_MISSING = 64;

    /** The last status warning written, kept because bulk runs ask many parts on one date. */
    private volatile StatusWarning lastStatusWarning;

    private static final class StatusWarning {
        final LocalDate date;
        final Notice notice;

        StatusWarning(LocalDate date, Notice notice) {
            this.date = date;
            this.notice = notice;
        }
    }

    /** "status on 2026-11-29: SUPERSEDED — the rule is evaluated as written". */
    private Notice statusWarning(LocalDate date, RegimeStatus status) {
        StatusWarning w = lastStatusWarning;
        if (w == null || !w.date.equals(date)) {
            w = new StatusWarning(date, statusNotice(date, status));
            lastStatusWarning = w;
        }
        return w.notice;
    }

    private static Notice statusNotice(LocalDate date, RegimeStatus status) {
        return Notice.of(Notice.Code.NOT_IN_FORCE, "status on " + date + ": " + status + " — the rule is evaluated as written");
    }

    /**
     * A system follows from its ICs (4A090 and the .z items "containing integrated circuits, any of which meets
     * or exceeds the limits in 3A090.a/.b"): the most restricted outcome among its ICs, with 3A090.a/.b read
     * as 4A090.a/.b; 3A090.c parameters never make a system controlled.
     */
    private Determination classifySystem(Part system, Interpretation in, LocalDate date, PartResolver resolver,
                                         Map<String, Determination> memo, java.util.ArrayDeque<String> path) {
        if (path.contains(system.id())) {
            // a resolver may hand back a system that contains itself (the catalog refuses such files; a caller's own
            // resolver may not): name the cycle instead of recursing until the stack overflows
            List<String> cycle = new ArrayList<>(path);
            java.util.Collections.reverse(cycle);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(system.id()), cycle.size()));
            cycle.add(system.id());
            throw new IllegalArgumentException("system '" + cycle.get(0) + "' contains itself: " + String.join(" → ", cycle)
                + "; a system's contains list must not lead back to it (check the resolver's parts)");
        }
        path.push(system.id());
        try {
            return classifySystemOnce(system, in, date, resolver, memo, path);
        } finally {
            path.pop();
        }
    }

    private Determination classifySystemOnce(Part system, Interpretation in, LocalDate date, PartResolver resolver,
                                             Map<String, Determination> memo, java.util.ArrayDeque<String> path) {
        Evaluation e = new Evaluation();
        long beyondCap = 0;
        Outcome worst = null;
        boolean unknown = false;
        for (Component c : system.contains()) {
            Optional<Part> ic = resolver.find(c.part());
            if (ic.isEmpty()) {
                e.missing.add("contains: part '" + c.part() + "' is not in the catalog");
                unknown = true;
                continue;
            }
            // each distinct part once per classification: systems sharing subsystems (4 wide, 14 deep) cost their
            // number of parts, not 4^14 evaluations
            Determination d = memo.get(ic.get().id());
            if (d == null) {
                d = ic.get().kind() == PartKind.SYSTEM ? classifySystem(ic.get(), in, date, resolver, memo, path)
                    : classify(ic.get(), in, date, resolver);
                memo.put(ic.get().id(), d);
            }
            Outcome o = d.outcome();
            if (o == Outcome.ECCN_3A090_C) {
                o = Outcome.NOT_CONTROLLED;
                e.condition(Notice.Code.SYSTEM_3A090C_NOT_USED, c.part() + ": 3A090.c parameters are not used for 4A090 or .z items (Note 2 to 3A090)");
            }
            e.condition(Notice.Code.SYSTEM_COMPONENT, c.count() + " × " + c.part() + ": " + d.outcome());
            if (o == Outcome.INDETERMINATE) {
                unknown = true;
                for (String m : d.missing()) {
                    if (e.missing.size() >= MAX_SYSTEM_MISSING) {
                        // shared subsystems repeat the same gaps: the list is capped, the count kept
                        beyondCap++;
                    } else {
                        e.missing.add(c.part() + ": " + m);
                    }
                }
            } else if (worst == null || o.severity() > worst.severity()) {
                worst = o;
            }
        }
        if (system.contains().isEmpty()) {
            e.missing.add("contains (the system lists no ICs)");
        }
        if (beyondCap > 0) {
            e.missing.add("… and " + beyondCap + " more missing figures in the system's components");
        }
        Outcome result;
        if (worst != null && worst.isParagraphA()) {
            result = Outcome.ECCN_4A090_A;
        } else if (unknown || worst == null) {
            result = Outcome.INDETERMINATE;
        } else if (worst.isParagraphB()) {
            result = Outcome.ECCN_4A090_B;
        } else {
            result = worst;
        }
        result = systemOutcome(system, result, in, resolver, e);
        e.outcome(result);
        e.citations.add("ECCN 4A090 (computers, electronic assemblies and components containing 3A090 ICs)");
        Inputs none = PreparedInputs.of(system, in).inputs;
        return assemble(system, none, e, date, Map.of());
    }

    /**
     * A rule whose text leaves open how it applies to a system of several ICs may revise the outcome read from its ICs
     * (the most restricted IC's); by default it stands.
     *
     * @param system the system (its ICs may be unresolved: then {@code fromIcs} is not a definite outcome)
     * @param fromIcs the outcome read from its ICs
     * @param in the interpretation
     * @param resolver finds its ICs
     * @param e the evaluation, to which a rule adds its notices and missing inputs
     * @return the outcome
     */
    Outcome systemOutcome(Part system, Outcome fromIcs, Interpretation in, PartResolver resolver, Evaluation e) {
        return fromIcs;
    }

    /** Helper for rules: "designed or marketed for datacenters" as a three-valued clause. */
    static Tri datacenter(Inputs in) {
        return in.datacenter().map(Tri::of).orElse(Tri.UNKNOWN);
    }

    @Override
    public String toString() {
        return id() + " — " + title() + " (" + instrument() + ")";
    }
}
