package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Node;
import java.io.InputStream;
import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The destinations under 15 CFR part 746 embargoes and sanctions, as dated data ({@link Embargo} periods), read
 * from {@value #RESOURCE}. A period whose end is known only within a window ({@code "untilBetween"}) opens a
 * {@link Question} inside that window.
 *
 * <h2>File format</h2>
 * <pre>{@code
 * { "asOf": "2026-07-23", "source": "...",
 *   "periods": [ { "country": "RU", "section": "15 CFR 746.8 (Russia and Belarus)", "scope": "CCL_ITEMS",
 *                  "from": "2022-02-24", "until": "YYYY-MM-DD" | "untilBetween": ["a", "b"] (optional),
 *                  "source": "...", "confirmed": true } ],
 *   "regionsNotAssessed": [ { "country": "UA", "note": "..." } ] }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Embargoes {
    /** The built-in data, as a classpath resource. */
    public static final String RESOURCE = "/io/chipgate/license/embargoes.json";

    private static volatile Embargoes builtIn;

    private final LocalDate asOf;
    private final String source;
    private final List<Embargo> periods;
    private final List<String[]> regions;

    private Embargoes(LocalDate asOf, String source, List<Embargo> periods, List<String[]> regions) {
        this.asOf = asOf;
        this.source = source;
        this.periods = List.copyOf(periods);
        this.regions = List.copyOf(regions);
    }

    /** {@return the built-in data} */
    public static Embargoes builtIn() {
        Embargoes e = builtIn;
        if (e == null) {
            e = DataReader.builtIn(RESOURCE, "embargo data", in -> load(in, "embargoes.json"));
            builtIn = e;
        }
        return e;
    }

    /**
     * Reads embargo data in the format above.
     *
     * @throws DocumentFormatException naming the file, the field and what was expected
     * @param in the JSON document; not closed
     * @param fileName the name used in error messages
     * @return the embargo periods and region notes
     */
    public static Embargoes load(InputStream in, String fileName) {
        return DataReader.load(in, fileName, new Reader()::read);
    }

    /** {@return the date of the newest text the data reproduces} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return where the data comes from} */
    public String source() {
        return source;
    }

    /** {@return every period, in file order} */
    public List<Embargo> periods() {
        return periods;
    }

    /**
     * {@return the periods of a destination in force, or possibly in force, on a date}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     * @param date the date, not null
     */
    public List<Embargo> on(String code, LocalDate date) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        List<Embargo> out = new ArrayList<>(1);
        for (Embargo e : periods) {
            if (e.country().equals(c) && e.inForce(date) != Tri.FALSE) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether the period is in force on the date, under one combination of readings. */
    static boolean inForce(Embargo e, LocalDate date, Explorer.Chooser chooser) {
        Tri t = e.inForce(date);
        if (t != Tri.UNKNOWN) {
            return t == Tri.TRUE;
        }
        if (date.isBefore(e.from())) {
            return !CountryGroups.BEFORE.equals(chooser.choose(startQuestion(e)).id());
        }
        return !CountryGroups.AFTER.equals(chooser.choose(question(e)).id());
    }

    /** The question a period whose first day is not recorded opens for a date before the first day shown. */
    static Question startQuestion(Embargo e) {
        String id = "embargo-start:" + e.country() + ":" + e.scope();
        return new Question(id, "Was the " + e.section() + " licence requirement for " + e.country() + " already in force on the date? "
            + "The data shows it from " + e.from() + " only.", List.of(
                new Reading(CountryGroups.AFTER, id, "already in force (it began earlier)", e.source()),
                new Reading(CountryGroups.BEFORE, id, "not yet in force", e.source() + " (start not recorded)")));
    }

    /** The question a period with an unknown end opens. */
    static Question question(Embargo e) {
        String id = "embargo-end:" + e.country() + ":" + e.scope();
        String src = e.source() + (e.confirmed() ? "" : " (date UNCONFIRMED)");
        String window = "between " + e.endEarliest().orElseThrow() + " and " + e.endLatest().orElseThrow();
        return new Question(id, "Had the " + e.section() + " period for " + e.country() + " (" + e.scope() + ") ended by the date? It ended "
            + window + ".", List.of(new Reading(CountryGroups.BEFORE, id, "not yet: still in force", src),
            new Reading(CountryGroups.AFTER, id, "already ended", src)));
    }

    /**
     * {@return warnings for a destination whose regions part 746 treats apart (e.g. Crimea and the covered regions of
     * Ukraine)}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     */
    public List<String> regionWarnings(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        List<String> w = new ArrayList<>();
        for (String[] r : regions) {
            if (r[0].equals(c)) {
                w.add(r[1]);
            }
        }
        return w;
    }

    private static final class Reader {
        Embargoes read(Node root) {
            root.fields(Set.of("asOf", "source", "periods"), Set.of("$comment", "regionsNotAssessed"));
            LocalDate asOf = DataReader.date(root.field("asOf"));
            String source = DataReader.text(root.field("source"));
            Node ps = root.field("periods");
            if (!ps.isArray() || ps.size() == 0) {
                throw ps.bad("a non-empty array of periods");
            }
            List<Embargo> periods = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                Node n = ps.get(i);
                n.fields(Set.of("country", "section", "scope", "from", "source", "confirmed"),
                    Set.of("until", "untilBetween", "note", "startKnown"));
                String country = DataReader.code(n.field("country"));
                Embargo.Scope scope;
                try {
                    scope = Embargo.Scope.valueOf(DataReader.text(n.field("scope")));
                } catch (IllegalArgumentException e) {
                    throw n.field("scope").bad("ALL_ITEMS or CCL_ITEMS");
                }
                LocalDate from = DataReader.date(n.field("from"));
                if (n.hasKey("until") && n.hasKey("untilBetween")) {
                    throw n.error(null, "at most one of \"until\" and \"untilBetween\"");
                }
                Optional<LocalDate> early = Optional.empty();
                Optional<LocalDate> late = Optional.empty();
                if (n.hasKey("until")) {
                    early = Optional.of(DataReader.date(n.field("until")));
                    late = early;
                } else if (n.hasKey("untilBetween")) {
                    Node w = n.field("untilBetween");
                    if (!w.isArray() || w.size() != 2) {
                        throw w.bad("an array of two ISO dates [earliest, latest]");
                    }
                    early = Optional.of(DataReader.date(w.get(0)));
                    late = Optional.of(DataReader.date(w.get(1)));
                    if (late.get().isBefore(early.get())) {
                        throw w.bad("the earliest date first");
                    }
                }
                if (early.isPresent() && !early.get().isAfter(from)) {
                    throw n.error(null, "an end after \"from\" (" + from + ")");
                }
                boolean confirmed = n.field("confirmed").bool();
                boolean startKnown = !n.hasKey("startKnown") || n.field("startKnown").bool();
                periods.add(new Embargo(country, DataReader.text(n.field("section")), scope, from, early, late,
                    DataReader.text(n.field("source")), confirmed, startKnown));
            }
            List<String[]> regions = new ArrayList<>();
            if (root.hasKey("regionsNotAssessed")) {
                Node rs = root.field("regionsNotAssessed");
                if (!rs.isArray()) {
                    throw rs.bad("an array");
                }
                for (int i = 0; i < rs.size(); i++) {
                    Node r = rs.get(i);
                    r.fields(Set.of("country", "note"), Set.of());
                    regions.add(new String[] {DataReader.code(r.field("country")), DataReader.text(r.field("note"))});
                }
            }
            return new Embargoes(asOf, source, periods, regions);
        }
    }
}
