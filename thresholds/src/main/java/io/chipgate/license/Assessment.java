package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.license.LicenceNotice.Code;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation of a shipment under one {@link Posture} and one combination of readings: the classification,
 * each licence ground, the licence exceptions and the review policy. {@link Licensing#assess} runs it once per
 * combination of readings the facts touch ({@link Explorer}) and combines the results ({@link LicenseAnswer}).
 * Package-private: the API is {@link Licensing} and {@link LicenseDetermination}.
 */
final class Assessment {
    private Assessment() {
    }

    /** The 3A090 regimes a part is classified under ({@link Licensing#CLASSIFICATION_IDS}), in the order of {@link Regimes#all()}. */
    private static final List<Regime> CLASSIFICATION_REGIMES = Regimes.all().stream().filter(r -> CLASSIFICATION_IDS.contains(r.id())).toList();

    private static final LicenceGround CHINA_2022 = new China2022Ground();
    private static final LicenceGround DESTINATION = new DestinationGround();
    private static final LicenceGround HBM = new HbmGround();
    private static final LicenceGround HEADQUARTERS = new HeadquartersGround();
    private static final LicenceGround UAE = new UaeGround();
    private static final ExceptionRule NAC_ACA = new NacAcaRule();
    private static final ExceptionRule HBM_EXCEPTION = new HbmExceptionRule();
    private static final ExceptionRule LPP = new LppRule();
    private static final ExceptionRule AIA = new AiaRule();

    /** What one evaluation, under one posture and one combination of readings, gives. */
    static final class Result {
        final Determination cls;
        final Tri required;
        final List<Basis> grounds;
        final List<LicenseOption> options;
        final ReviewPolicy policy;
        final List<LicenceNotice> warnings;
        final List<String> citations;
        final List<Determination> dets;
        /** The TPP the part counts for (a system: the sum over its ICs), or null when no 3A090 regime was in force. */
        Figure partTpp;
        /** Whether the run read its posture; when no run of an exploration did, the other posture's exploration is the same. */
        boolean postureRead;

        Result(Determination cls, Tri required, List<Basis> grounds, List<LicenseOption> options, ReviewPolicy policy,
               List<LicenceNotice> warnings, List<String> citations, List<Determination> dets) {
            this.cls = cls;
            this.required = required;
            // the run's own lists, which it no longer changes once it gives its result: read-only views, not copies
            this.grounds = java.util.Collections.unmodifiableList(grounds);
            this.options = java.util.Collections.unmodifiableList(options);
            this.policy = policy;
            this.warnings = java.util.Collections.unmodifiableList(warnings);
            this.citations = java.util.Collections.unmodifiableList(citations);
            this.dets = java.util.Collections.unmodifiableList(dets);
        }
    }

    /**
     * What every run of one decision shares: the classifications (by regime id), and, once the first run has made
     * them, the opening warnings and classification, and the texts naming the destination and the headquarters. The
     * runs of a decision are sequential (one thread).
     */
    static final class Shared {
        final Map<String, Determination> cache;
        Opening opening;
        String where;
        String hqText;
        String classificationText;
        /** The system's summed TPP, once a run has summed it without a warning. */
        Figure systemTpp;
        /** For a system, whether each reported requirement names it (or an IC it incorporates), once asked without a warning. */
        Tri[] systemNamed;

        Shared(Map<String, Determination> cache) {
            this.cache = cache;
        }

        /** The part of a run before its grounds: it reads no question and no posture. */
        record Opening(List<LicenceNotice> warnings, List<String> citations, List<Determination> dets, Determination cls, EnumSet<Cat> cats,
                       String rid) {
        }
    }

    /**
     * What the first run of one exploration (one posture, one {@link Explorer#explore} call) did in each of its grounds,
     * for the later runs to replay instead of evaluating again: the questions each ground asked with the readings it
     * got, and what it added to the run. A later run replays the grounds from the first while each asks its questions
     * again and gets the same readings: its state before such a ground is then the first run's, so the ground would do
     * exactly what it did there. From the first ground whose readings differ, the run evaluates its grounds itself.
     * The runs of an exploration are sequential (one thread).
     */
    static final class Replay {
        private final List<Step> steps = new ArrayList<>(10);
        /** The first run, once it has begun its grounds: its lists hold what each step added, between the steps' marks. */
        private Run first;
        /** The first run's citations as a list, made when a later run first replays. */
        private List<String> firstCitations;
        private int warnings0;
        private int citations0;
        private int grounds0;
        private int options0;
        private int dets0;

        /** A question one ground asked and the reading it got. */
        private record Asked(Question question, Reading reading) {
        }

        /**
         * One ground of the first run: what it asked, where its additions to the first run's lists end, and the run's
         * fields after it.
         */
        private static final class Step {
            List<Asked> asked = List.of();
            int warnings;
            int citations;
            int grounds;
            int options;
            int dets;
            boolean postureRead;
            Basis china;
            Basis destination;
            Basis headquarters;
            Basis hbm;
            Basis informed;
            Basis diffusion;
            Basis embargo;
            Basis uae;
            Tri partyBars;
            LocalDate fallbackTable;
            boolean namedIn2025;
        }

        /** Replays step k on a run whose state is the first run's before it; false (nothing added) when a reading differs. */
        private boolean replay(Run run, int k) {
            Step s = steps.get(k);
            for (Asked a : s.asked) {
                if (!run.chooser.choose(a.question()).id().equals(a.reading().id())) {
                    return false;
                }
            }
            Step p = k == 0 ? null : steps.get(k - 1);
            if (firstCitations == null) {
                firstCitations = new ArrayList<>(first.citations);
            }
            run.warnings.addAll(first.warnings.subList(p == null ? warnings0 : p.warnings, s.warnings));
            run.citations.addAll(firstCitations.subList(p == null ? citations0 : p.citations, s.citations));
            run.grounds.addAll(first.grounds.subList(p == null ? grounds0 : p.grounds, s.grounds));
            run.options.addAll(first.options.subList(p == null ? options0 : p.options, s.options));
            run.dets.addAll(first.dets.subList(p == null ? dets0 : p.dets, s.dets));
            run.postureRead |= s.postureRead;
            run.china = s.china;
            run.destination = s.destination;
            run.headquarters = s.headquarters;
            run.hbm = s.hbm;
            run.informed = s.informed;
            run.diffusion = s.diffusion;
            run.embargo = s.embargo;
            run.uae = s.uae;
            run.partyBars = s.partyBars;
            run.fallbackTable = s.fallbackTable;
            run.namedIn2025 = s.namedIn2025;
            return true;
        }

        /** Applies the grounds to the first run while recording what each asks and adds. */
        private void record(Run run, List<LicenceGround> sequence) {
            first = run;
            warnings0 = run.warnings.size();
            citations0 = run.citations.size();
            grounds0 = run.grounds.size();
            options0 = run.options.size();
            dets0 = run.dets.size();
            for (LicenceGround g : sequence) {
                Step s = new Step();
                boolean readBefore = run.postureRead;
                run.postureRead = false;
                run.log = s;
                try {
                    g.apply(run);
                } finally {
                    run.log = null;
                }
                s.postureRead = run.postureRead;
                run.postureRead |= readBefore;
                s.warnings = run.warnings.size();
                s.citations = run.citations.size();
                s.grounds = run.grounds.size();
                s.options = run.options.size();
                s.dets = run.dets.size();
                s.china = run.china;
                s.destination = run.destination;
                s.headquarters = run.headquarters;
                s.hbm = run.hbm;
                s.informed = run.informed;
                s.diffusion = run.diffusion;
                s.embargo = run.embargo;
                s.uae = run.uae;
                s.partyBars = run.partyBars;
                s.fallbackTable = run.fallbackTable;
                s.namedIn2025 = run.namedIn2025;
                steps.add(s);
            }
        }
    }

    /** One evaluation of a shipment under one posture and one combination of readings. */
    static final class Run {
        final Part part;
        final long quantity;
        final String dest;
        final String hq;
        final Tri uaeApproved;
        final LocalDate date;
        final Interpretation interpretation;
        final PartResolver resolver;
        final CountryGroups groups;
        final Embargoes embargoes;
        private final Posture posture;
        /** Whether this run read its posture: a run that did not gives the same result under either posture. */
        boolean postureRead;
        final Explorer.Chooser chooser;
        final Map<String, Determination> cache;

        final List<LicenceNotice> warnings = new ArrayList<>();
        final Set<String> citations = new LinkedHashSet<>();
        final List<Basis> grounds = new ArrayList<>();
        final List<LicenseOption> options = new ArrayList<>();
        final List<Determination> dets = new ArrayList<>();
        Determination cls;
        EnumSet<Cat> cats = EnumSet.of(Cat.NONE);
        Basis china;
        Basis destination;
        Basis headquarters;
        Basis hbm;
        Basis informed;
        Basis diffusion;
        Basis embargo;

        /** The parties of the shipment that matched a list entry (screened once, before the readings are explored). */
        final List<PartyFinding> findings;
        /** Whether the shipment named parties to screen. */
        final boolean screened;
        /** Whether a listed party (Entity List, Denied Persons, Unverified List) bars every licence exception. */
        Tri partyBars = Tri.FALSE;

        /** What the runs of one decision share (the classifications, the opening warnings, the texts of the places). */
        final Shared shared;
        /** The grounds of the first run of this run's exploration, to replay; null: every ground is evaluated. */
        final Replay replay;
        /** While a ground of the first run is recorded: its step, which notes the questions it asks; otherwise null. */
        Replay.Step log;

        Run(Shipment s, Interpretation interpretation, PartResolver resolver, CountryGroups groups, Embargoes embargoes,
            Posture posture, Explorer.Chooser chooser, Map<String, Determination> cache, List<PartyFinding> findings) {
            this(s, interpretation, resolver, groups, embargoes, posture, chooser, new Shared(cache), findings);
        }

        Run(Shipment s, Interpretation interpretation, PartResolver resolver, CountryGroups groups, Embargoes embargoes,
            Posture posture, Explorer.Chooser chooser, Shared shared, List<PartyFinding> findings) {
            this(s, interpretation, resolver, groups, embargoes, posture, chooser, shared, findings, null);
        }

        Run(Shipment s, Interpretation interpretation, PartResolver resolver, CountryGroups groups, Embargoes embargoes,
            Posture posture, Explorer.Chooser chooser, Shared shared, List<PartyFinding> findings, Replay replay) {
            this.replay = replay;
            this.shared = shared;
            this.findings = findings;
            this.screened = !s.parties().isEmpty();
            this.part = s.part();
            this.quantity = s.quantity();
            this.dest = s.destination().code();
            this.hq = s.headquarters().map(CountryCode::code).orElse(null);
            this.uaeApproved = s.uaeApprovedEndUser();
            this.date = s.date();
            this.interpretation = interpretation;
            this.resolver = resolver;
            this.groups = groups;
            this.embargoes = embargoes;
            this.posture = posture;
            this.chooser = replay == null ? chooser : q -> {
                Reading r = chooser.choose(q);
                if (log != null) {
                    if (log.asked.isEmpty()) {
                        log.asked = new ArrayList<>(2);
                    }
                    log.asked.add(new Replay.Asked(q, r));
                }
                return r;
            };
            this.cache = shared.cache;
        }

        /** Adds a warning to this run. */
        void warn(Code code, String text) {
            warnings.add(LicenceNotice.of(code, text));
        }

        private static void warn(List<LicenceNotice> to, Code code, String text) {
            to.add(LicenceNotice.of(code, text));
        }

        /** {@return the posture of this run, recording that it was read (a run that never reads it is shared by both)} */
        Posture posture() {
            postureRead = true;
            return posture;
        }

        Determination classify(String regimeId) {
            return cache.computeIfAbsent(regimeId, id -> Classifications.of(Regimes.byId(id), part, interpretation, date, resolver));
        }

        Tri scope(String code) {
            return Tri.of(groups.inAdvancedComputingScope(code, date, chooser));
        }

        Tri d5mo(String code) {
            return Tri.of(groups.inD5OrMacau(code, date, chooser));
        }

        Tri member(String code, String group) {
            return Tri.of(groups.member(code, group, date, chooser));
        }

        Tri hqD5() {
            return hq == null ? Tri.UNKNOWN : d5mo(hq);
        }

        String where() {
            String w = shared.where;
            if (w == null) {
                w = groups.place(dest);
                shared.where = w;
            }
            return w;
        }

        String hqText() {
            String h = shared.hqText;
            if (h == null) {
                h = hq == null ? "headquarters unknown" : "headquartered in " + groups.place(hq);
                shared.hqText = h;
            }
            return h;
        }

        /** The opening of every run of a decision: the scope and data warnings and the classification. */
        private Shared.Opening open() {
            List<LicenceNotice> warnings = new ArrayList<>();
            Set<String> citations = new LinkedHashSet<>();
            List<Determination> dets = new ArrayList<>();
            Determination cls = null;
            EnumSet<Cat> cats = EnumSet.of(Cat.NONE);
            // the renderers below capture these values, not the run
            CountryGroups groups = this.groups;
            LocalDate date = this.date;
            Embargoes embargoes = this.embargoes;
            warn(warnings, Code.SCOPE, screened ? SCOPE_SCREENED : SCOPE);
            warn(warnings, Code.TPP_READING, Readings.TPP_NOTE);
            // the texts name the date: rendered when first asked
            for (int i = 0, n = groups.dateWarningCount(date); i < n; i++) {
                int k = i;
                warnings.add(LicenceNotice.rendered(Code.COUNTRY_GROUP_DATA, () -> groups.dateWarning(date, k)));
            }
            groups.countryWarnings(dest, date).forEach(w -> warn(warnings, Code.COUNTRY_MEMBERSHIP, w));
            embargoes.regionWarnings(dest).forEach(w -> warn(warnings, Code.EMBARGO_REGION, w));
            if (hq != null && !hq.equals(dest)) {
                groups.countryWarnings(hq, date).forEach(w -> warn(warnings, Code.COUNTRY_MEMBERSHIP, w));
            }
            if (date.isAfter(embargoes.asOf())) {
                warnings.add(LicenceNotice.rendered(Code.EMBARGO_DATA_DATE, () -> "part 746 data on " + date + ": after the newest text in the data ("
                    + embargoes.asOf() + "); later changes are unknown"));
            }
            // the first 3A090 regime in force on the date, in the order of Regimes.all() (what inForceOn filters)
            Optional<Regime> regime = Optional.empty();
            for (Regime r : CLASSIFICATION_REGIMES) {
                if (r.status(date) == io.chipgate.regime.RegimeStatus.IN_FORCE) {
                    regime = Optional.of(r);
                    break;
                }
            }
            String rid = regime.map(Regime::id).orElse(null);
            if (regime.isEmpty()) {
                warn(warnings, Code.NO_ECCN_3A090, "on " + date + " ECCN 3A090 did not exist (first in force 2022-10-07): no licence on the advanced-computing grounds");
            } else {
                cls = classify(rid);
                dets.add(cls);
                cats = categories(cls.outcome(), rid, part.kind());
                citations.addAll(cls.citations());
                for (io.chipgate.regime.Notice w : cls.warningNotices()) {
                    warnings.add(regimeWarning(rid, w));
                }
                if (cls.outcome() == Outcome.INDETERMINATE) {
                    Determination indeterminate = cls;
                    warnings.add(LicenceNotice.rendered(Code.CLASSIFICATION_INDETERMINATE, () -> "classification under " + rid + " is INDETERMINATE (missing: "
                        + String.join("; ", indeterminate.missing()) + "): every ground is evaluated for each possible classification and is UNKNOWN where they differ"));
                }
            }
            return new Shared.Opening(List.copyOf(warnings), List.copyOf(citations), List.copyOf(dets), cls, cats, rid);
        }

        /** The number of regime warnings kept ({@link #REGIME_WARNINGS}). */
        static final int REGIME_WARNING_SLOTS = 1024;

        /** A regime's warning and the licence notice that names it. */
        private record RegimeWarning(String rid, io.chipgate.regime.Notice of, LicenceNotice notice) {
        }

        /**
         * The licence notices of the regimes' warnings, by the warning's identity (a classification kept by
         * {@link Classifications} carries the same warnings to every decision that reads it, redated or not). Entries are
         * immutable and published through the array: two threads may make the same entry, and either is kept.
         */
        private static final java.util.concurrent.atomic.AtomicReferenceArray<RegimeWarning> REGIME_WARNINGS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(REGIME_WARNING_SLOTS);

        /**
         * {@return the notice "rid: text" of a regime's warning, rendered when first asked: the same notice for the same
         * warning of the same regime (a notice is immutable, its text rendered once)}
         */
        static LicenceNotice regimeWarning(String rid, io.chipgate.regime.Notice w) {
            int h = System.identityHashCode(w) * 0x9E3779B9;
            int slot = (h ^ h >>> 16) & (REGIME_WARNING_SLOTS - 1);
            RegimeWarning kept = REGIME_WARNINGS.get(slot);
            if (kept != null && kept.of() == w && kept.rid().equals(rid)) {
                return kept.notice();
            }
            LicenceNotice n = LicenceNotice.rendered(Code.REGIME_WARNING, () -> rid + ": " + w.text());
            REGIME_WARNINGS.set(slot, new RegimeWarning(rid, w, n));
            return n;
        }

        Result run() {
            Shared.Opening opening = shared.opening;
            if (opening == null) {
                opening = open();
                shared.opening = opening;
            }
            // what precedes the grounds reads no question and no posture: the same in every run of the decision
            warnings.addAll(opening.warnings);
            citations.addAll(opening.citations);
            dets.addAll(opening.dets);
            cls = opening.cls;
            cats = opening.cats;
            String rid = opening.rid;
            if (Transaction.to(CountryCode.of(dest)) == Transaction.WITHIN_UNITED_STATES) {
                warn(Code.NOT_AN_EXPORT, "not an export: " + groups.name(dest) + " (" + dest + ") is in the United States (" + Transaction.CITATION
                    + "); no licence ground applies to a shipment within the United States");
                citations.add(Transaction.CITATION);
                Result within = new Result(cls, Tri.FALSE, grounds, options, ReviewPolicy.none(), warnings, new ArrayList<>(citations), dets);
                within.postureRead = postureRead;
                return within;
            }
            List<LicenceGround> sequence = new ArrayList<>(10);
            if (R2022.equals(rid)) {
                sequence.add(CHINA_2022);
            } else if (rid != null) {
                sequence.add(DESTINATION);
                if (R2024.equals(rid)) {
                    sequence.add(HBM);
                }
                sequence.add(HEADQUARTERS);
                sequence.add(UAE);
            }
            sequence.addAll(LicenceGround.LATER);
            applyGrounds(sequence);

            Tri required = Tri.FALSE;
            for (Basis b : grounds) {
                required = required.or(b.requires());
            }
            exceptions(rid);
            ReviewPolicy policy = overallPolicy(required);
            for (Basis b : grounds) {
                if (b.applies() != Tri.FALSE) {
                    citations.add(b.citation());
                }
            }
            if (policy.kind() != ReviewPolicy.Kind.NONE) {
                citations.add(policy.citation());
            }
            options.forEach(o -> citations.add(o.citation()));
            citations.add(groups.citation());
            // the aggregate TPP's walk may warn (a system capped): such a warning was never part of the result
            int given = warnings.size();
            Figure partTpp = cls == null ? null : aggregateTpp();
            warnings.subList(given, warnings.size()).clear();
            Result result = new Result(cls, required, grounds, options, policy, warnings, new ArrayList<>(citations), dets);
            result.partTpp = partTpp;
            result.postureRead = postureRead;
            return result;
        }

        // --- grounds ------------------------------------------------------------------------------------------

        /**
         * Applies the grounds in order: the first run of an exploration records each; a later run replays the first
         * run's grounds while their readings are the same, and evaluates the rest (the sequence is the same in every
         * run of a decision: it follows from the classification's regime, shared by the runs).
         */
        private void applyGrounds(List<LicenceGround> sequence) {
            if (replay == null) {
                sequence.forEach(g -> g.apply(this));
                return;
            }
            if (replay.first == null) {
                replay.record(this, sequence);
                return;
            }
            int k = 0;
            while (k < sequence.size() && k < replay.steps.size() && replay.replay(this, k)) {
                k++;
            }
            for (; k < sequence.size(); k++) {
                sequence.get(k).apply(this);
            }
        }



        /** The table date the pre-2025 scope used for a 3A090.a item, once asked; null when the question did not arise. */
        LocalDate fallbackTable;











        Basis uae;

        /** Whether a part named by a reported 2025 letter was met: the letters' criteria are then not needed. */
        boolean namedIn2025;







        String classificationText() {
            // the classification is the opening's, the same in every run of the decision: made once
            String t = shared.classificationText;
            if (t == null) {
                t = cls == null ? "no 3A090 regime in force"
                    : cls.regimeId() + ": " + cls.outcome() + (part.kind() == PartKind.SYSTEM ? " (system: follows from its ICs)" : "");
                shared.classificationText = t;
            }
            return t;
        }

        // --- licence exceptions --------------------------------------------------------------------------------

        static Tri requires(Basis b) {
            return b == null ? Tri.FALSE : b.requires();
        }

        /** Whether a REPORTED requirement (a filing's notice or the 2025 letters) requires a licence. */
        Tri reportedRequires() {
            Tri t = Tri.FALSE;
            for (Basis b : grounds) {
                if (b.status() == BasisStatus.REPORTED) {
                    t = t.or(b.requires());
                }
            }
            return t;
        }

        void exceptions(String rid) {
            Tri barred = requires(embargo).or(partyBars);
            Tri blocked = reportedRequires().or(barred);
            boolean ab = cats.contains(Cat.A) || cats.contains(Cat.B);
            if (barred == Tri.TRUE) {
                warn(Code.EXCEPTIONS_BARRED, "no licence exception is offered: " + (requires(embargo) == Tri.TRUE ? embargo.paragraph()
                    + " requires a licence, and § 740.8(b) and § 740.2(a) bar licence exceptions where part 746 requires one"
                    : "a party is on the Entity List, the Denied Persons List or the Unverified List (§§ 744.11, 764.3, 744.15), "
                    + "which bars licence exceptions"));
                return;
            }
            if (rid != null && !R2022.equals(rid) && ab
                && requires(destination).or(requires(headquarters)).or(requires(diffusion)).or(requires(uae)) != Tri.FALSE) {
                NAC_ACA.offer(this, blocked, barred);
            }
            if (cats.contains(Cat.C) && requires(hbm) != Tri.FALSE) {
                HBM_EXCEPTION.offer(this, blocked, barred);
            }
            if (R2022.equals(rid) && requires(china) != Tri.FALSE) {
                warn(Code.NO_EXCEPTIONS_2022, "licence exceptions under the 2022 rule were not found in the sources read (License Exception NAC dates from "
                    + "the 2023 rule): none offered");
            }
            if (diffusion != null && diffusion.applies() != Tri.FALSE) {
                LPP.offer(this, blocked, barred);
                AIA.offer(this, blocked, barred);
            }
            if ("AE".equals(dest) && !date.isBefore(UAE_2026) && ab) {
                Tri approved = uaeApproved;
                options.add(LicenseOption.rendered("STA", approved.and(barred.not()).and(reportedRequires().not()),
                    () -> "License Exception STA (§ 740.20) for the UAE only for the UAE Government and the approved entities listed "
                        + "under 91 FR 43034 (supplement no. 8 to part 740, § 740.2(a)(26) in the eCFR of 2026-07-23), within any end "
                        + "date of their entry; end user approved: " + (approved == Tri.UNKNOWN ? "not given" : approved.label())
                        + "; STA's own conditions (prior consignee statement, § 740.20(d)) apply",
                    List.of(), "15 CFR 740.20; 740.2(a)(26); 91 FR 43034",
                    "the rule text and its supplement were not read here [S]"));
            }
        }


        /**
         * "Designed or marketed for use in a datacenter": the part's own designation; for a SYSTEM without one, read
         * from its ICs (a board of datacenter ICs is taken as a datacenter item), UNKNOWN when an IC is not found.
         */
        Tri datacenter() {
            if (part.datacenter().isPresent() || part.kind() != PartKind.SYSTEM) {
                return part.datacenter().map(Tri::of).orElse(Tri.UNKNOWN);
            }
            // a sub-system without a designation is read from its own ICs in turn, each distinct part once
            Tri any = anyIc(part, p -> p.datacenter().map(Tri::of)
                .or(() -> p.kind() == PartKind.SYSTEM ? Optional.empty() : Optional.of(Tri.UNKNOWN)), Tri.UNKNOWN, 0,
                new java.util.HashMap<>());
            warn(Code.SYSTEM_DATACENTER_FROM_ICS, "the system gives no datacenter designation: taken from its ICs (" + any.label() + ") for § 740.8(a)");
            return any;
        }

        /**
         * Whether any IC of a system meets a test, each distinct part tested once (memoised by id: systems sharing
         * subsystems cost their number of parts, not their number of paths): a part's own answer where {@code own}
         * gives one, otherwise the OR over its components (UNKNOWN for one not resolved); {@code none} for a system
         * listing none; UNKNOWN, with a warning, past {@link #MAX_SYSTEM_DEPTH} levels, {@link #MAX_SYSTEM_PARTS}
         * parts or a system containing itself.
         */
        Tri anyIc(Part p, java.util.function.Function<Part, Optional<Tri>> own, Tri none, int depth,
                  Map<String, Optional<Tri>> memo) {
            Optional<Tri> done = memo.get(p.id());
            if (done != null && done.isPresent()) {
                return done.get();
            }
            if (done != null || depth > MAX_SYSTEM_DEPTH || memo.size() >= MAX_SYSTEM_PARTS) { // empty: in progress, a cycle
                systemCapped(p);
                return Tri.UNKNOWN;
            }
            Tri any = own.apply(p).orElse(null);
            if (any == null && p.contains().isEmpty()) {
                any = none;
            } else if (any == null) {
                memo.put(p.id(), Optional.empty());
                any = Tri.FALSE;
                for (Component c : p.contains()) {
                    any = any.or(resolver.find(c.part()).map(ic -> anyIc(ic, own, none, depth + 1, memo)).orElse(Tri.UNKNOWN));
                    if (any == Tri.TRUE) {
                        break;
                    }
                }
            }
            memo.put(p.id(), Optional.of(any));
            return any;
        }

        /**
         * The TPP counted for the part: an IC's own, or for a SYSTEM the sum over its ICs of count × TPP (each shared IC
         * evaluated once; UNKNOWN when one cannot be resolved).
         */
        Figure aggregateTpp() {
            if (part.kind() != PartKind.SYSTEM) {
                return cls != null ? cls.tpp() : PartInputs.of(part, interpretation).tpp();
            }
            // the same in every run of the decision (part, interpretation, resolver): summed once, unless the walk warned
            // (a capped system), which each run then does again as it did
            Figure kept = shared.systemTpp;
            if (kept != null) {
                return kept;
            }
            int before = warnings.size();
            Figure sum = systemTpp(part, 0, new java.util.HashMap<>());
            if (warnings.size() == before) {
                shared.systemTpp = sum;
            }
            return sum;
        }

        Figure systemTpp(Part p, int depth, Map<String, Figure> memo) {
            return systemSum(p, in -> in.tpp(), depth, memo);
        }

        /** Deepest nesting of systems a licence walk reads (the catalog allows 16); deeper, or a cycle, is UNKNOWN. */
        static final int MAX_SYSTEM_DEPTH = 32;
        /** Most distinct parts one licence walk reads: beyond, the answer is UNKNOWN (a resolver may make up parts). */
        static final int MAX_SYSTEM_PARTS = 100_000;
        /** Marks a system being summed: met again below itself, it contains itself. */
        private static final Figure IN_PROGRESS = Figure.unknown("(in progress)");

        /** The warning of a walk cut short; given once. */
        void systemCapped(Part p) {
            String w = "the ICs of " + p.name() + " nest more than " + MAX_SYSTEM_DEPTH + " levels deep, contain themselves or"
                + " number over " + MAX_SYSTEM_PARTS + " distinct parts: not read further (UNKNOWN)";
            if (warnings.stream().noneMatch(n -> n.text().equals(w))) {
                warn(Code.SYSTEM_NOT_READ, w);
            }
        }

        /**
         * Σ count × figure over the ICs of a system, each distinct part summed once (memoised by id, so systems sharing
         * subsystems cost their number of parts, not their number of paths), counts multiplied exactly; an IC's own
         * figure; unknown when an IC cannot be resolved, the system lists none, or the walk is capped.
         */
        Figure systemSum(Part p, java.util.function.Function<Inputs, Figure> figure, int depth, Map<String, Figure> memo) {
            Figure done = memo.get(p.id());
            if (done == IN_PROGRESS || done == null && (depth > MAX_SYSTEM_DEPTH || memo.size() >= MAX_SYSTEM_PARTS)) {
                systemCapped(p);
                return Figure.unknown("the ICs of " + p.name() + " (nested too deep or too many)");
            }
            if (done != null) {
                return done;
            }
            if (p.kind() != PartKind.SYSTEM) {
                Figure f = figure.apply(PartInputs.of(p, interpretation));
                memo.put(p.id(), f);
                return f;
            }
            Figure sum;
            if (p.contains().isEmpty()) {
                sum = Figure.unknown("the ICs of " + p.name());
            } else {
                memo.put(p.id(), IN_PROGRESS);
                sum = Figure.known(Exact.ZERO);
                for (Component c : p.contains()) {
                    Optional<Part> ic = resolver.find(c.part());
                    if (ic.isEmpty()) {
                        sum = Figure.unknown("IC " + c.part() + " of " + p.name() + " (not found)");
                        break;
                    }
                    sum = sum.plus(systemSum(ic.get(), figure, depth + 1, memo).times(BigDecimal.valueOf(c.count())));
                }
            }
            memo.put(p.id(), sum);
            return sum;
        }

        // --- review policy -------------------------------------------------------------------------------------

        ReviewPolicy overallPolicy(Tri required) {
            if (required == Tri.FALSE) {
                return ReviewPolicy.none();
            }
            Tri level = required == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
            // the codified policy of the regulatory grounds first; the reported letters' policy only when no regulatory ground applies
            ReviewPolicy best = null;
            for (BasisStatus status : List.of(BasisStatus.IN_FORCE, BasisStatus.REPORTED)) {
                for (Basis b : grounds) {
                    if (b.status() == status && b.requires() == level
                        && (best == null || b.reviewPolicy().kind().restriction() > best.kind().restriction())) {
                        best = b.reviewPolicy();
                    }
                }
                if (best != null) {
                    break;
                }
            }
            if (best != null && reportedRequires() != Tri.FALSE && best.kind() != ReviewPolicy.Kind.UNKNOWN) {
                warn(Code.REPORTED_LETTERS_POLICY, "the reported § 744.23(b) letters may also apply: their review policy is not public");
            }
            if (best == null) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "-", "no review policy found for the grounds that may apply");
            }
            ReviewPolicy given = best;
            return level == Tri.TRUE ? best
                : ReviewPolicy.rendered(best.kind(), best.citation(), () -> "if a licence is required: " + given.conditions());
        }
    }
}
