package io.chipgate.regime;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The built-in regimes by their stable ids, and the questions asked across them: which are in force on a date,
 * how a part is classified under each, and how its classification changed over time.
 *
 * <pre>{@code
 * Regimes.inForceOn(LocalDate.of(2025, 1, 15));
 * Regimes.byId("3a090-2023").classify(part, LocalDate.now());
 * Regimes.classifyInForceOn(part, LocalDate.of(2025, 1, 15));
 * Regimes.history(part);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Regimes {
    private static final List<Regime> BUILT_IN = List.of(new Acs2022(), Eccn3A090Tpp.text2023(), Eccn3A090Tpp.text2024(),
        new AiDiffusion2025(), new Foundry2025(), new InformedLetters2025(), new ChinaReview2026());

    private Regimes() {
    }

    /** {@return every built-in regime, oldest first} */
    public static List<Regime> all() {
        return BUILT_IN;
    }

    /** {@return the ids of the built-in regimes} */
    public static List<String> ids() {
        return BUILT_IN.stream().map(Regime::id).toList();
    }

    /**
     * The regime with this id (ignoring the case of ASCII letters).
     *
     * @throws UnknownRegimeException naming the known ids and the closest ones
     * @param id a regime id, e.g. "3a090-2023", not null
     * @return the built-in regime
     */
    public static Regime byId(String id) {
        Objects.requireNonNull(id, "id");
        for (Regime r : BUILT_IN) {
            if (io.chipgate.internal.AsciiNames.equalsIgnoringCase(r.id(), id.trim())) {
                return r;
            }
        }
        throw new UnknownRegimeException(id, closest(id, ids()), ids());
    }

    /**
     * {@return the regimes in force (and enforced) on a date}
     *
     * @param date the date, not null
     */
    public static List<Regime> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return BUILT_IN.stream().filter(r -> r.status(date) == RegimeStatus.IN_FORCE).toList();
    }

    /**
     * {@return the regimes that exist in the CFR on a date: in force, or not enforced but still written}
     *
     * @param date the date, not null
     */
    public static List<Regime> writtenOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return BUILT_IN.stream().filter(r -> r.status(date) == RegimeStatus.IN_FORCE || r.status(date) == RegimeStatus.NOT_ENFORCED).toList();
    }

    /**
     * A part classified on a date under every regime <em>in force</em> (and enforced) on that date: the rules that
     * bind an exporter that day ({@link #inForceOn}). Each determination's status is IN_FORCE.
     *
     * @param part not null
     * @param date the date asked, not null
     * @param interpretation not null
     * @param resolver finds the ICs of a SYSTEM, not null
     * @return one determination per regime in force, oldest regime first
     */
    public static List<Determination> classifyInForceOn(Part part, LocalDate date, Interpretation interpretation,
                                                        PartResolver resolver) {
        return classifyUnder(inForceOn(date), part, date, interpretation, resolver);
    }

    /**
     * A part classified on a date under every regime in force on that date, under the default interpretation, with
     * the ICs of systems resolved against the built-in catalog ({@link PartResolver#builtIn()}).
     *
     * @param part not null
     * @param date the date asked, not null
     * @return one determination per regime in force, oldest regime first
     */
    public static List<Determination> classifyInForceOn(Part part, LocalDate date) {
        return classifyInForceOn(part, date, Interpretation.defaults(), PartResolver.builtIn());
    }

    /**
     * A part classified on a date under every regime <em>written</em> on that date: in force, or still in the CFR
     * but not enforced ({@link #writtenOn}; the AI-diffusion framework from 2025-05-13). A not-enforced regime's
     * determination has status NOT_ENFORCED and says so in its warnings. This is what {@link #history} reports.
     *
     * @param part not null
     * @param date the date asked, not null
     * @param interpretation not null
     * @param resolver finds the ICs of a SYSTEM, not null
     * @return one determination per regime written, oldest regime first
     */
    public static List<Determination> classifyWrittenOn(Part part, LocalDate date, Interpretation interpretation,
                                                        PartResolver resolver) {
        return classifyUnder(writtenOn(date), part, date, interpretation, resolver);
    }

    private static List<Determination> classifyUnder(List<Regime> regimes, Part part, LocalDate date,
                                                     Interpretation interpretation, PartResolver resolver) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(resolver, "resolver");
        List<Determination> out = new ArrayList<>(regimes.size());
        for (Regime r : regimes) {
            out.add(r.classify(part, interpretation, date, resolver));
        }
        return out;
    }

    /** {@return every date on which some regime's status changes, ascending} */
    public static List<LocalDate> changeDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        BUILT_IN.forEach(r -> dates.addAll(r.changeDates())); // with the foundry rule's years (its rule change dates)
        return List.copyOf(dates);
    }

    /**
     * {@return a part's history: for each period between change dates, its determination under every regime written in
     * that period} Consecutive periods with the same regimes and outcomes are merged.
     *
     * @param part not null
     * @param interpretation the reading the part's figures are computed under, not null
     * @param resolver finds the ICs of a SYSTEM, not null
     */
    public static List<HistoryPeriod> history(Part part, Interpretation interpretation, PartResolver resolver) {
        List<LocalDate> dates = changeDates();
        List<HistoryPeriod> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate from = dates.get(i);
            EffectivePeriod period = i + 1 < dates.size() ? EffectivePeriod.of(from, dates.get(i + 1)) : EffectivePeriod.ofUnboundedEnd(from);
            List<Determination> ds = classifyWrittenOn(part, from, interpretation, resolver);
            HistoryPeriod p = HistoryPeriod.of(period, ds);
            if (!out.isEmpty() && out.get(out.size() - 1).sameAs(p)) {
                out.set(out.size() - 1, out.get(out.size() - 1).extendedTo(period));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The history under the default interpretation, with the ICs of systems resolved against the built-in catalog
     * ({@link PartResolver#builtIn()}).
     *
     * @param part not null
     * @return the periods, oldest first
     */
    public static List<HistoryPeriod> history(Part part) {
        return history(part, Interpretation.defaults(), PartResolver.builtIn());
    }

    /**
     * {@return up to three candidates closest to a mistyped name, by edit distance}
     *
     * @param name the name as typed, not null
     * @param candidates the valid names, not null
     */
    public static List<String> closest(String name, List<String> candidates) {
        String n = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
            .sorted(Comparator.comparingInt((String c) -> distance(n, c.toLowerCase(Locale.ROOT))))
            .filter(c -> distance(n, c.toLowerCase(Locale.ROOT)) <= Math.max(3, c.length() / 2))
            .limit(3).toList();
    }

    static int distance(String a, String b) {
        return io.chipgate.internal.EditDistance.between(a, b);
    }
}
