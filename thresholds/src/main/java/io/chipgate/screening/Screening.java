package io.chipgate.screening;

import io.chipgate.license.Basis;
import io.chipgate.license.CountryCode;
import io.chipgate.license.CountryGroups;
import io.chipgate.license.Embargoes;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseOption;
import io.chipgate.license.Licensing;
import io.chipgate.license.ReadingAnswer;
import io.chipgate.license.Shipment;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.parties.PartyScreen;
import io.chipgate.regime.Quota;
import io.chipgate.regime.Regimes;
import io.chipgate.metrics.Exact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Screens order lines: each line's licence determination ({@link Licensing#assess}), the action it needs, why an
 * unknown answer is unknown, and the TPP it counts toward the AI-diffusion caps as written.
 *
 * <p>Within a {@link Run}, each distinct (part, quantity, destination, headquarters, date) is decided once and the
 * determination reused for every later line with the same facts (quantity is part of the key because License
 * Exception LPP's availability depends on it, § 740.29). The memo holds at most {@link #memoSize()} decisions
 * (least recently used dropped), so memory does not grow with the length of the input: a decision takes about
 * 20 KB (its explanations, warnings and citations), so the default memo holds at most about 330 MB.
 *
 * <pre>{@code
 * Screening screening = Screening.of(Interpretation.defaults(), catalog::find);
 * try (Stream<ScreenedLine> out = screening.screen(lines.stream())) {
 *     out.filter(ScreenedLine::needsAction).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; a {@link Run} is not (use one per thread).
 */
public final class Screening {
    /** The regime whose caps the totals measure (90 FR 4544), counted only on dates it is written in the CFR. */
    static final String AI_DIFFUSION = "ai-diffusion-2025";

    /** Decisions kept per run by default. */
    public static final int DEFAULT_MEMO_SIZE = 16_384;

    private final Interpretation interpretation;
    private final PartResolver resolver;
    private final CountryGroups groups;
    private final Embargoes embargoes;
    private final int memoSize;

    private Screening(Interpretation interpretation, PartResolver resolver, CountryGroups groups, Embargoes embargoes, int memoSize) {
        this.interpretation = Objects.requireNonNull(interpretation, "interpretation");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.embargoes = Objects.requireNonNull(embargoes, "embargoes");
        if (memoSize < 1) {
            throw new IllegalArgumentException("memoSize must be at least 1 (decisions kept per run), got " + memoSize);
        }
        this.memoSize = memoSize;
    }

    /**
     * A screening with the built-in country groups and part 746 data.
     *
     * @param interpretation the reading of the metric definitions, not null
     * @param resolver finds the ICs of systems (e.g. {@code catalog::find}), not null
     * @return the screening, keeping the default number of decisions per run
     */
    public static Screening of(Interpretation interpretation, PartResolver resolver) {
        return new Screening(interpretation, resolver, CountryGroups.builtIn(), Embargoes.builtIn(), DEFAULT_MEMO_SIZE);
    }

    /**
     * {@return this screening with other country-group and part 746 data}
     *
     * @param countryGroups the country-group data, not null
     * @param embargoData the part 746 data, not null
     */
    public Screening withData(CountryGroups countryGroups, Embargoes embargoData) {
        return new Screening(interpretation, resolver, countryGroups, embargoData, memoSize);
    }

    /**
     * {@return this screening keeping at most {@code decisions} decisions per run (at least 1)}
     *
     * @param decisions the most decisions a run remembers, at least 1
     */
    public Screening withMemoSize(int decisions) {
        return new Screening(interpretation, resolver, groups, embargoes, decisions);
    }

    /** {@return the most decisions a run remembers; lines beyond them are decided again when their facts recur} */
    public int memoSize() {
        return memoSize;
    }

    /** {@return the country-group data the screening assesses destinations with} */
    public CountryGroups countryGroups() {
        return groups;
    }

    /** {@return the part 746 embargo data the screening assesses destinations with} */
    public Embargoes embargoes() {
        return embargoes;
    }

    /** {@return a new run, with an empty memo} */
    public Run newRun() {
        return new Run();
    }

    /**
     * Screens a stream of order lines in one run, lazily and in order: nothing is held but the memo.
     *
     * @param lines not null; sequential (a parallel stream is made sequential)
     * @return the screened lines, in the order of the input
     */
    public Stream<ScreenedLine> screen(Stream<OrderLine> lines) {
        Run run = newRun();
        return lines.sequential().map(run::screen);
    }

    /**
     * Screens shipments numbered 1, 2, … in one run, lazily and in order.
     *
     * @param shipments not null
     * @return the screened lines, in the order of the shipments
     */
    public Stream<ScreenedLine> screenShipments(Iterable<Shipment> shipments) {
        long[] n = {0};
        return screen(StreamSupport.stream(shipments.spliterator(), false).map(s -> OrderLine.of(++n[0], s)));
    }

    /**
     * One screening run: its memo of decisions and of cap TPP per part and date. Not thread-safe: use one per
     * thread (runs share nothing).
     */
    public final class Run {
        private final Map<Key, Decided> decisions = lru(memoSize);
        /**
         * The cap TPP of one unit per part and date: small values (a figure each), so the memo is larger than the
         * decisions' (a realistic book has about a thousand dates per part); filled by the workers too, hence concurrent.
         */
        private final Map<PartOn, Figure> capTppPerUnit = new ConcurrentHashMap<>(SMALL_MEMO / 16);
        private final Map<Key, Ahead> ahead = new HashMap<>();
        private final Map<Key, Shipment> planned = new LinkedHashMap<>();
        /**
         * The built-in list's screen, remembering the hits per name and destination (a short list each, mostly empty,
         * so more are kept than decisions): a book names the same customers line after line, and each name is screened
         * for the decision's key and again in the decision; both ask this screen. Concurrent (decisions are made in
         * the workers too).
         */
        private final PartyScreen screen = PartyScreen.builtin().remembering(Math.max(memoSize, SMALL_MEMO));
        private long decided;
        private long lines;

        private Run() {
        }

        /**
         * Decides one line, reusing an earlier decision for the same facts.
         *
         * @param line not null
         * @return the line with its determination, action and decision number
         */
        public ScreenedLine screen(OrderLine line) {
            Objects.requireNonNull(line, "line");
            return screen(line, key(line.shipment()));
        }

        /**
         * Decides a chunk of lines in order, as {@link #screen(OrderLine)} one by one would (the same decisions, numbers
         * and lines), but the distinct facts not yet remembered are decided together, in parallel on the common
         * fork-join pool, and each line's facts are looked at once. What a caller screening a file in chunks uses.
         *
         * @param chunk the lines, not null; at most {@link #memoSize()} distinct facts are decided ahead, the rest as
         *     they come
         * @return the screened lines, in the order of the chunk
         */
        public List<ScreenedLine> screen(List<OrderLine> chunk) {
            Key[] keys = new Key[chunk.size()];
            Figure[] caps = new Figure[chunk.size()];
            // what each line's facts are, and its cap TPP, depend on the line alone (and on concurrent memos): in parallel
            java.util.stream.IntStream.range(0, keys.length).parallel().forEach(i -> {
                Shipment s = chunk.get(i).shipment();
                keys[i] = key(s);
                caps[i] = cap(s);
            });
            for (int i = 0; i < keys.length; i++) {
                plan(chunk.get(i).shipment(), keys[i]);
            }
            decidePlanned();
            List<ScreenedLine> out = new ArrayList<>(keys.length);
            for (int i = 0; i < keys.length; i++) {
                out.add(screen(chunk.get(i), keys[i], caps[i]));
            }
            return out;
        }

        /** The cap TPP a line's shipment counts: one unit's, times the quantity. */
        private Figure cap(Shipment s) {
            return unitCap(s).times(BigDecimal.valueOf(s.quantity()));
        }

        private ScreenedLine screen(OrderLine line, Key key) {
            return screen(line, key, cap(line.shipment()));
        }

        private ScreenedLine screen(OrderLine line, Key key, Figure cap) {
            lines++;
            Shipment s = line.shipment();
            Decided d = decisions.get(key);
            boolean first = d == null;
            if (first) {
                Ahead a = ahead.remove(key);
                if (a == null) {
                    a = ahead(s);
                }
                d = new Decided(++decided, a.determination, a.action, a.unknownBecause);
                decisions.put(key, d);
            }
            // the memoised determination carries an equal shipment (same key, same part id); keep the line's own
            return new ScreenedLine(line, d.determination, d.action, d.unknownBecause, d.number, first, cap);
        }

        /** The decision of a shipment and what the lines take from it, computed once (in a worker when planned). */
        private Ahead ahead(Shipment s) {
            // the same as Licensing.assess(s, interpretation, resolver, groups, embargoes): the built-in list, whose
            // screen here remembers the names the run has screened
            LicenseDetermination det = Licensing.assess(s, interpretation, resolver, groups, embargoes, s.parties().isEmpty() ? null : screen);
            List<String> why = unknownBecause(det);
            if (!why.isEmpty()) {
                det.settledBy(); // computed when first asked, and every output asks it of an unknown answer: here, in parallel
            }
            unitCap(s);
            return new Ahead(det, action(det), why);
        }

        /** The cap TPP of one unit of the shipment's part on its date (remembered; the memo is emptied when full). */
        private Figure unitCap(Shipment s) {
            PartOn k = new PartOn(s.part().id(), s.date());
            Figure unit = capTppPerUnit.get(k);
            if (unit == null) {
                unit = capTppPerUnit(s);
                if (capTppPerUnit.size() >= SMALL_MEMO) {
                    capTppPerUnit.clear(); // the values are recomputed alike: the output does not change
                }
                capTppPerUnit.put(k, unit);
            }
            return unit;
        }

        private Figure capTppPerUnit(Shipment s) {
            if (Regimes.writtenOn(s.date()).stream().noneMatch(r -> r.id().equals(AI_DIFFUSION))) {
                return Figure.known(Exact.ZERO); // the caps were not written on this date
            }
            return Quota.of(List.of(new Quota.Line(s.part(), 1)), resolver, interpretation, s.date()).totalTpp();
        }

        /**
         * Remembers a shipment's facts to be decided ahead by {@link #decidePlanned()} (up to {@link #memoSize()}
         * distinct facts; the rest are decided as they come).
         *
         * @return false when the plan is full and the shipment was not added
         * @param s the shipment, not null
         */
        public boolean plan(Shipment s) {
            return plan(s, key(s));
        }

        private boolean plan(Shipment s, Key k) {
            if (planned.containsKey(k) || decisions.containsKey(k) || ahead.containsKey(k)) {
                return true;
            }
            if (planned.size() + ahead.size() >= memoSize) {
                return false;
            }
            planned.put(k, s);
            return true;
        }

        /**
         * Decides the planned facts in parallel, on the common fork-join pool; {@link #screen} then takes each the
         * first time its facts appear. Decision numbers and output order do not change, only when the work is done.
         *
         * @return the number of distinct facts decided
         */
        public int decidePlanned() {
            Map<Key, Ahead> done = new ConcurrentHashMap<>();
            planned.entrySet().parallelStream().forEach(e -> done.put(e.getKey(), ahead(e.getValue())));
            planned.clear();
            ahead.putAll(done);
            return done.size();
        }

        /**
         * Plans each shipment with {@link #plan} until the plan is full, then decides the planned facts with
         * {@link #decidePlanned()}.
         *
         * @param shipments the shipments about to be screened, not null
         * @return the number of distinct facts decided
         */
        public int prefetch(Iterable<Shipment> shipments) {
            for (Shipment s : shipments) {
                if (!plan(s)) {
                    break;
                }
            }
            return decidePlanned();
        }

        /** {@return distinct decisions made so far (a decision dropped from the memo and made again counts twice)} */
        public long decisions() {
            return decided;
        }

        /** {@return lines screened so far} */
        public long lines() {
            return lines;
        }

        private Key key(Shipment s) {
            List<String> parties = List.of();
            if (!s.parties().isEmpty()) {
                parties = new java.util.ArrayList<>(s.parties().size());
                for (io.chipgate.license.Party p : s.parties()) {
                    boolean hit = !screen.screen(p.name(), java.util.Optional.of(s.destination().code())).isEmpty();
                    parties.add(p.role().name() + (hit ? "\u0000" + p.name() : ""));
                }
            }
            return new Key(s.part().id(), s.quantity(), s.destination(), s.headquarters().orElse(null), s.date(), s.itemOrigin(), parties);
        }
    }

    /** A part on a date: the key of the cap TPP per unit. */
    private record PartOn(String partId, LocalDate date) {
    }

    /**
     * The facts a decision rests on: lines with equal keys share it — the origin facts and the parties included. A
     * party the lists match (in any band) is part of the key by name, so two lines alike but for a listed consignee
     * are two decisions; a party no list matches is part of it by role only, so lines for many unlisted customers
     * still share one decision (their answers differ in nothing else: the answer names only the parties matched).
     */
    private static final class Key {
        private final String partId;
        private final long quantity;
        private final CountryCode destination;
        private final CountryCode headquarters;
        private final LocalDate date;
        private final io.chipgate.license.ItemOrigin origin;
        private final List<String> parties;
        /** Computed once: a key is looked up in several maps per line. */
        private final int hash;

        Key(String partId, long quantity, CountryCode destination, CountryCode headquarters, LocalDate date,
            io.chipgate.license.ItemOrigin origin, List<String> parties) {
            this.partId = partId;
            this.quantity = quantity;
            this.destination = destination;
            this.headquarters = headquarters;
            this.date = date;
            this.origin = origin;
            this.parties = parties;
            this.hash = Objects.hash(partId, quantity, destination, headquarters, date, origin, parties);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && quantity == k.quantity && Objects.equals(partId, k.partId)
                && Objects.equals(destination, k.destination) && Objects.equals(headquarters, k.headquarters)
                && Objects.equals(date, k.date) && Objects.equals(origin, k.origin) && Objects.equals(parties, k.parties);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record Decided(long number, LicenseDetermination determination, Action action, List<String> unknownBecause) {
    }

    /** A determination made ahead (or as a line comes), with what every line of it takes: its action and why unknown. */
    private record Ahead(LicenseDetermination determination, Action action, List<String> unknownBecause) {
    }

    /** The most entries of the run's memos of small values (a figure or a boolean each, about 100 bytes). */
    static final int SMALL_MEMO = 131_072;

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(Math.min(max, 1024) * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** "yes", "no" or "unknown". */
    static String yesNo(Tri t) {
        return t == Tri.TRUE ? "yes" : t == Tri.FALSE ? "no" : "unknown";
    }

    /**
     * {@return the action a determination asks for, as enforced: licence required with a usable exception, without one,
     * unknown, or none}
     *
     * @param d the licence determination, not null
     */
    public static Action action(LicenseDetermination d) {
        Tri required = d.licenseRequired();
        if (required == Tri.UNKNOWN) {
            return Action.RESOLVE_UNKNOWN;
        }
        if (required == Tri.FALSE) {
            return Action.NONE;
        }
        return usable(d).isEmpty() ? Action.APPLY_FOR_LICENCE : Action.EXCEPTION_OR_LICENCE;
    }

    /**
     * {@return the licence exceptions that may relieve the requirement as enforced: offered (available TRUE or UNKNOWN)
     * and of a kind that relieves enforced requirements ({@link LicenseOption#usableAsEnforced()}: LPP and AIA, which
     * relieve only the requirement that is not enforced, are left out; a note on unconfirmed text never removes one)}
     *
     * @param d the licence determination, not null
     */
    public static List<LicenseOption> usable(LicenseDetermination d) {
        List<LicenseOption> out = new ArrayList<>();
        for (LicenseOption o : d.licenseExceptions()) {
            if (o.usableAsEnforced()) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * {@return why whether a licence is required is unknown, in words, most decisive first: the readings of the law
     * that disagree (each with its answer), the end user's headquarters when it is not given and a ground depends on
     * it, the classification's missing inputs, and each ground that may apply with its reason} Empty when the answer is
     * known.
     *
     * @param d the licence determination, not null
     */
    public static List<String> unknownBecause(LicenseDetermination d) {
        if (d.licenseRequired() != Tri.UNKNOWN) {
            return List.of();
        }
        Set<String> why = new LinkedHashSet<>();
        if (d.subjectToEar() == Tri.UNKNOWN) {
            why.add("whether the item is subject to the EAR: " + d.jurisdiction().basis() + " (settled by: " + String.join(", ",
                d.jurisdiction().settledBy().stream().map(q -> q.id()).toList()) + ")");
        }
        if (d.asEnforced().readingsDisagree()) {
            StringBuilder s = new StringBuilder("the readings of the law disagree: ");
            boolean firstReading = true;
            for (ReadingAnswer r : d.readings()) {
                s.append(firstReading ? "" : "; ").append(r.label()).append(" → ").append(yesNo(r.licenseRequired()));
                firstReading = false;
            }
            why.add(s.toString());
        }
        if (d.headquarters().isEmpty() && d.notices().stream().anyMatch(w -> w.code() == io.chipgate.license.LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN)) {
            why.add("missing: the end user's headquarters (give the headquarters column)");
        }
        for (Determination c : d.classifications()) {
            if (c.outcome() == Outcome.INDETERMINATE && !c.missing().isEmpty()) {
                why.add("missing for " + c.regimeId() + ": " + String.join(", ", c.missing()));
            }
        }
        for (Basis b : d.basis()) {
            if (b.requires() == Tri.UNKNOWN) {
                why.add(b.paragraph() + " may apply: " + b.reason());
            }
        }
        if (why.isEmpty()) {
            why.add("the facts given do not decide it (see the determination's warnings)");
        }
        return List.copyOf(why);
    }
}
