package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Node;
import io.chipgate.metrics.Tri;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Country Groups of 15 CFR part 740, Supplement No. 1, that the advanced-computing licence rules use
 * (A:5, A:6, D:1, D:4, D:5), by ISO 3166-1 alpha-2 code, as dated data: membership as of the newest text
 * ({@link #asOf()}, the eCFR of 2026-07-23 for the built-in data) and each known dated change with its source.
 * Macau, which the rules always name beside D:5 ("Macau or a destination specified in Country Group D:5") and
 * which is not in D:5, is {@linkplain #inD5OrMacau added explicitly}; Hong Kong, which the table does not list,
 * is {@linkplain #groupCode treated as China}.
 *
 * <p>Membership on a date before {@link #asOf()} is reconstructed from the listed changes only; a change whose
 * date is known only within a window makes membership {@link Tri#UNKNOWN} inside that window. Every answer that
 * rests on unversioned membership comes with a {@linkplain #dateWarnings warning}.
 *
 * <h2>File format</h2>
 * <pre>{@code
 * { "table": "...", "asOf": "2026-07-23", "source": { "title", "url", "capture", "digest" },
 *   "groups": { "A:5": { "label": "...", "members": ["AR", ...] }, "A:6": ..., "D:1": ..., "D:4": ..., "D:5": ... },
 *   "names": { "CN": "China (PRC)", ... },            // a name for every code used
 *   "macau": { "code": "MO", "note": "...", "source": "..." },
 *   "notes": ["..."],
 *   "treatedAs": { "HK": { "as": "CN", "note": "...", "source": "...", "confirmed": false } },
 *   "changes": [ { "country": "CY", "group": "D:5", "memberBefore": true,
 *                  "effective": "2024-05-01" | "effectiveBetween": ["2024-01-01", "2024-12-31"],
 *                  "source": "...", "confirmed": false } ],
 *   "namedDestinations": [ { "country": "AE", "paragraph": "3A090.b", "text": "...",
 *                  "effective" | "effectiveBetween": ..., "source": "...", "confirmed": false } ] }
 * }</pre>
 * A change means: membership was {@code memberBefore} before the change and the opposite from it on; a country may
 * have several changes in one group, in date order, alternating, the last leaving the {@code asOf} membership.
 * With {@code effectiveBetween [a, b]}, membership on dates a ≤ d &lt; b is a {@link Question} with the readings
 * "before" and "after" (and {@link Tri#UNKNOWN} from {@link #member}). Unknown
 * fields, duplicate keys, codes that are not ISO 3166-1 alpha-2, dates out of order and "changes" that change
 * nothing are rejected with a {@link DocumentFormatException} naming the file and field.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryGroups {
    /** The groups the advanced-computing rules use, in the order they are listed. */
    public static final List<String> GROUPS = List.of("A:5", "A:6", "D:1", "D:4", "D:5");
    /** The built-in data, as a classpath resource. */
    public static final String RESOURCE = "/io/chipgate/license/country-groups.json";

    private static final Set<String> ISO = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    private static volatile CountryGroups builtIn;

    private final String file;
    private final String table;
    private final LocalDate asOf;
    private final String source;
    private final Map<String, Set<String>> members;
    private final Map<String, String> labels;
    private final Map<String, String> names;
    private final String macauNote;
    private final List<String> notes;
    private final Map<String, Alias> treatedAs;
    private final List<Change> changes;
    private final List<Named> named;
    /** The changes by country, then group, in the order of {@link #changes}. */
    private final Map<String, Map<String, List<Change>>> changesByCountry;
    /**
     * What the membership questions read about each code, found with one look-up: every ISO 3166-1 code and every code
     * the data name, made when the data are read (a code outside them gets a transient entry).
     */
    private final Map<String, Entry> entries;
    /** {@link #citation()}, made when first asked (every determination cites it); a race makes the same string. */
    private String citation;
    /** The dated changes undone for a date before {@link #asOf}, as {@link #dateWarnings} names them, made when first asked. */
    private String undone;

    /** A territory the table does not list, assessed with another code's groups. */
    private record Alias(String as, String note, String source, boolean confirmed) {
    }

    /** A dated change of membership (or of naming, for {@link Named}). */
    record Change(String country, String group, boolean memberBefore, LocalDate from, LocalDate until,
                          String source, boolean confirmed) {
        /** TRUE/FALSE: membership on the date is known as before/after is resolved by the caller; null: unknown. */
        Boolean before(LocalDate date) {
            if (date.isBefore(from)) {
                return Boolean.TRUE;
            }
            if (!date.isBefore(until)) {
                return Boolean.FALSE;
            }
            return null;
        }

        String window() {
            return from.equals(until) ? "on " + from : "between " + from + " and " + until;
        }
    }

    /** A destination that a paragraph names beside the country groups. */
    private record Named(String country, String paragraph, String text, Change change) {
    }

    /** The bits of D:1, D:4 and D:5, and of A:5 and A:6, in a membership mask (bit i: {@link #GROUPS}.get(i)). */
    private static final int D_BITS = 0b11100;
    private static final int A_BITS = 0b00011;

    /**
     * What the membership questions read about one code (normalised): the code its groups are read with, whether that
     * is Macau, its membership in each group as of {@link #asOf} for the groups in which it has no dated change, the
     * changes in each group (with their questions) and the paragraphs naming it.
     */
    private static final class Entry {
        final String code;
        final String groupCode;
        final boolean macau;
        /** Bit i: member of {@link #GROUPS}.get(i) as of asOf (read only where {@link #changes}[i] is null). */
        final int mask;
        /** By group index: the code's changes in that group, in date order, or null when it has none. */
        final Change[][] changes;
        /** {@link #question} of each change, index for index with {@link #changes}. */
        final Question[][] questions;
        /** Whether the code has a change in any group. */
        final boolean changing;
        /** The paragraphs naming the code, in the order of the data, with the question of each one's change. */
        final Named[] named;
        final Question[] namedQuestions;
        /** Whether a warning about the code may arise: an alias, Macau, a change or a naming. */
        final boolean warns;
        /** {@link CountryGroups#name} of the code, made when first asked; a race makes the same string. */
        String name;
        /** "name (code)", made when first asked; a race makes the same string. */
        String place;

        Entry(String code, String groupCode, boolean macau, int mask, Change[][] changes, Named[] named, boolean aliased) {
            this.code = code;
            this.groupCode = groupCode;
            this.macau = macau;
            this.mask = mask;
            this.changes = changes;
            this.questions = new Question[changes.length][];
            boolean any = false;
            for (int g = 0; g < changes.length; g++) {
                if (changes[g] != null) {
                    any = true;
                    questions[g] = new Question[changes[g].length];
                    for (int i = 0; i < changes[g].length; i++) {
                        questions[g][i] = question(changes[g][i]);
                    }
                }
            }
            this.changing = any;
            this.named = named;
            this.namedQuestions = new Question[named.length];
            for (int i = 0; i < named.length; i++) {
                namedQuestions[i] = question(named[i].change());
            }
            this.warns = aliased || macau || any || named.length > 0;
        }
    }

    private CountryGroups(String file, String table, LocalDate asOf, String source, Map<String, Set<String>> members,
                          Map<String, String> labels, Map<String, String> names, String macauNote, List<String> notes,
                          Map<String, Alias> treatedAs, List<Change> changes, List<Named> named) {
        this.file = file;
        this.table = table;
        this.asOf = asOf;
        this.source = source;
        this.members = members;
        this.labels = labels;
        this.names = names;
        this.macauNote = macauNote;
        this.notes = notes;
        this.treatedAs = treatedAs;
        this.changes = changes;
        this.named = named;
        Map<String, Map<String, List<Change>>> by = new java.util.HashMap<>();
        for (Change ch : changes) {
            by.computeIfAbsent(ch.country(), k -> new java.util.HashMap<>()).computeIfAbsent(ch.group(), k -> new ArrayList<>()).add(ch);
        }
        by.replaceAll((k, m) -> {
            m.replaceAll((g, l) -> List.copyOf(l));
            return Map.copyOf(m);
        });
        this.changesByCountry = Map.copyOf(by);
        Set<String> codes = new TreeSet<>(ISO);
        codes.addAll(names.keySet());
        members.values().forEach(codes::addAll);
        changes.forEach(c -> codes.add(c.country()));
        codes.addAll(treatedAs.keySet());
        named.forEach(n -> codes.add(n.country()));
        Map<String, Entry> es = new HashMap<>();
        for (String c : codes) {
            es.put(c, makeEntry(c));
        }
        this.entries = Map.copyOf(es);
        for (Entry e : entries.values()) {
            int i = twoLetters(e.code);
            if (i >= 0) {
                byLetters[i] = e;
            }
        }
    }

    /**
     * The entries of the codes of two capital letters A–Z (every ISO code), by {@link #twoLetters}: the same entries as
     * {@link #entries}, found without hashing or comparing the code.
     */
    private final Entry[] byLetters = new Entry[26 * 26];

    /** {@return the index of a code of two capital letters A–Z in {@link #byLetters}, or -1 for any other string} */
    private static int twoLetters(String code) {
        if (code.length() != 2) {
            return -1;
        }
        int a = code.charAt(0) - 'A';
        int b = code.charAt(1) - 'A';
        return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
    }

    /** The entry of a normalised code, made from the data. */
    private Entry makeEntry(String c) {
        Alias a = treatedAs.get(c);
        String gc = a == null ? c : a.as();
        int mask = 0;
        Change[][] ch = new Change[GROUPS.size()][];
        for (int g = 0; g < GROUPS.size(); g++) {
            if (members.get(GROUPS.get(g)).contains(gc)) {
                mask |= 1 << g;
            }
            List<Change> list = changesOf(gc, GROUPS.get(g));
            ch[g] = list.isEmpty() ? null : list.toArray(new Change[0]);
        }
        List<Named> ns = new ArrayList<>();
        for (Named n : named) {
            if (n.country().equals(gc)) {
                ns.add(n);
            }
        }
        return new Entry(c, gc, "MO".equals(gc), mask, ch, ns.toArray(new Named[0]), a != null);
    }

    /**
     * {@return "name (code)" for a code as given (e.g. "China (PRC) (CN)"), the text the licence reasons name a place
     * with; made once per code when the code is spelt as the data spell it}
     */
    String place(String code) {
        Entry e = entry(code);
        if (!e.code.equals(code)) {
            return name(code) + " (" + code + ")";
        }
        String p = e.place;
        if (p == null) {
            p = name(code) + " (" + code + ")";
            e.place = p;
        }
        return p;
    }

    /** {@return the entry of a code, either case: one look-up for a code as the data spell it} */
    private Entry entry(String code) {
        int i = code == null ? -1 : twoLetters(code);
        Entry e = i >= 0 ? byLetters[i] : code == null ? null : entries.get(code);
        if (e != null) {
            return e;
        }
        String c = normalize(code);
        e = entries.get(c);
        return e != null ? e : makeEntry(c);
    }

    /** {@return the index of a group in {@link #GROUPS}} @throws IllegalArgumentException if it is not one of them */
    private static int groupIndex(String group) {
        if (group != null) {
            switch (group) {
                case "A:5":
                    return 0;
                case "A:6":
                    return 1;
                case "D:1":
                    return 2;
                case "D:4":
                    return 3;
                case "D:5":
                    return 4;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Unknown country group '" + group + "': use one of " + GROUPS);
    }

    /** {@return the built-in data (the eCFR of 2026-07-23 with the dated changes sourced in the file)} */
    public static CountryGroups builtIn() {
        CountryGroups g = builtIn;
        if (g == null) {
            g = DataReader.builtIn(RESOURCE, "country groups", in -> load(in, "country-groups.json"));
            builtIn = g;
        }
        return g;
    }

    /**
     * Reads country-group data in the format above.
     *
     * @param in the JSON document; not closed
     * @param fileName the name used in error messages
     * @throws DocumentFormatException naming the file, the field and what was expected
     * @return the groups, their dated changes and notes
     */
    public static CountryGroups load(InputStream in, String fileName) {
        return DataReader.load(in, fileName, new Reader()::read);
    }

    /** {@return the table these groups come from, e.g. "15 CFR part 740, Supplement No. 1 (Country Groups)"} */
    public String table() {
        return table;
    }

    /** {@return the date of the newest text the membership lists reproduce} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return where the lists come from} */
    public String source() {
        return source;
    }

    /** {@return the citation of the table, with its date and source} */
    public String citation() {
        String c = citation;
        if (c == null) {
            c = table + ", as of the eCFR of " + asOf + " — " + source;
            citation = c;
        }
        return c;
    }

    /**
     * Notes of the table that apply whenever it is used (e.g. the State Department list controls D:5).
     *
     * @return notes of the table that apply whenever it is used; may be empty
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * {@return the label of a group, e.g. "Country Group D:5 (US arms embargoed)"}
     *
     * @param group one of {@link #GROUPS}, e.g. "D:5"
     * @throws IllegalArgumentException if the group is not one of {@link #GROUPS}
     */
    public String label(String group) {
        requireGroup(group);
        return labels.get(group);
    }

    /**
     * {@return the code whose groups a destination is assessed with: itself, or for a territory the table does not list
     * (Hong Kong) the code it is treated as (China)}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     */
    public String groupCode(String code) {
        return entry(code).groupCode;
    }

    /**
     * {@return the name of a code as the table spells it, or the code itself}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     */
    public String name(String code) {
        Entry e = entry(code);
        String n = e.name;
        if (n == null) {
            String c = e.code;
            n = names.get(c);
            if (n == null) {
                String display = new Locale("", c).getDisplayCountry(Locale.ENGLISH);
                n = display.isEmpty() || display.equals(c) ? c : display;
            }
            e.name = n;
        }
        return n;
    }

    /**
     * Whether a destination is in a group on a date: TRUE or FALSE where the data decide, UNKNOWN inside the
     * window of a change whose date is not known exactly.
     *
     * @param code ISO 3166-1 alpha-2 code
     * @param group one of {@link #GROUPS}
     * @param date the date of the assessment, not null
     * @return TRUE or FALSE where the data decide, UNKNOWN inside the window of a change of unknown date
     */
    public Tri member(String code, String group, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return agreed(c -> member(code, group, date, c));
    }

    /** TRUE/FALSE when both readings of every open change agree, UNKNOWN when they differ. */
    private static Tri agreed(java.util.function.Predicate<Explorer.Chooser> answer) {
        boolean before = answer.test(q -> q.reading(BEFORE));
        boolean after = answer.test(q -> q.reading(AFTER));
        return before == after ? Tri.of(before) : Tri.UNKNOWN;
    }

    /**
     * Membership under one combination of readings: inside the window of a change whose date is not known, the
     * chooser picks "before" or "after" through the change's {@link Question}.
     */
    boolean member(String code, String group, LocalDate date, Explorer.Chooser chooser) {
        int g = groupIndex(group);
        return member(entry(code), g, date, chooser);
    }

    /**
     * Membership of an entry's code in group {@code g} under one combination of readings: its membership as of
     * {@link #asOf} when it has no change in the group, otherwise read from the changes in date order.
     */
    private static boolean member(Entry e, int g, LocalDate date, Explorer.Chooser chooser) {
        Change[] list = e.changes[g];
        if (list == null) {
            return (e.mask >>> g & 1) != 0;
        }
        boolean state = list[0].memberBefore();
        for (int i = 0; i < list.length; i++) {
            Change ch = list[i];
            Boolean before = ch.before(date);
            if (before == null) {
                before = AFTER.equals(chooser.choose(e.questions[g][i]).id()) ? Boolean.FALSE : Boolean.TRUE;
            }
            if (before) {
                return state;
            }
            state = !ch.memberBefore();
        }
        return state;
    }

    /** "Macau or a destination specified in Country Group D:5", under one combination of readings. */
    boolean inD5OrMacau(String code, LocalDate date, Explorer.Chooser chooser) {
        Entry e = entry(code);
        return e.macau || member(e, 4, date, chooser);
    }

    /** D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6, under one combination of readings. */
    boolean inAdvancedComputingScope(String code, LocalDate date, Explorer.Chooser chooser) {
        Entry e = entry(code);
        if (!e.changing) {
            return (e.mask & D_BITS) != 0 && (e.mask & A_BITS) == 0;
        }
        // the questions asked in the same order as each group is read: D:1, D:4, D:5, then A:5, A:6, as far as needed
        boolean d = member(e, 2, date, chooser) || member(e, 3, date, chooser) || member(e, 4, date, chooser);
        return d && !(member(e, 0, date, chooser) || member(e, 1, date, chooser));
    }

    /** Whether a paragraph names the destination on a date, under one combination of readings. */
    boolean namedFor(String code, String paragraph, LocalDate date, Explorer.Chooser chooser) {
        Entry e = entry(code);
        for (int i = 0; i < e.named.length; i++) {
            Named n = e.named[i];
            if (n.paragraph().equals(paragraph)) {
                Boolean before = n.change().before(date);
                if (before == null) {
                    before = !AFTER.equals(chooser.choose(e.namedQuestions[i]).id());
                }
                return !before;
            }
        }
        return false;
    }

    static final String BEFORE = "before";
    static final String AFTER = "after";

    /** The question a change of unknown date opens: was the date before or after it? */
    static Question question(Change ch) {
        String id = "group-change:" + ch.country() + ":" + ch.group();
        String what = ch.group().contains(":") ? (ch.memberBefore() ? "left " : "joined ") + "Country Group " + ch.group()
            : "become named for " + ch.group() + " items";
        String source = ch.source() + (ch.confirmed() ? "" : " (date UNCONFIRMED)");
        return new Question(id, "Had " + ch.country() + " " + what + " by the date? It did so " + ch.window() + ".",
            List.of(new Reading(BEFORE, id, "not yet: " + ch.country() + " as before the change " + ch.window(), source),
                new Reading(AFTER, id, "already: " + ch.country() + " as after the change " + ch.window(), source)));
    }

    private List<Change> changesOf(String country, String group) {
        Map<String, List<Change>> of = changesByCountry.get(country);
        List<Change> out = of == null ? null : of.get(group);
        return out == null ? List.of() : out;
    }

    /**
     * {@return "Macau or a destination specified in Country Group D:5" (Hong Kong counts as China)}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     * @param date the date of the assessment, not null
     */
    public Tri inD5OrMacau(String code, LocalDate date) {
        if (isMacau(code)) {
            return Tri.TRUE;
        }
        return member(code, "D:5", date);
    }

    /**
     * {@return whether the code is Macau (MO)}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     */
    public boolean isMacau(String code) {
        return entry(code).macau;
    }

    /**
     * {@return "Destinations specified in Country Groups D:1, D:4, and D:5, excluding destinations also specified in
     * Country Groups A:5 or A:6" (§ 742.6(a)(6)(iii); § 744.23(a)(3))}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     * @param date the date of the assessment, not null
     */
    public Tri inAdvancedComputingScope(String code, LocalDate date) {
        Tri d = member(code, "D:1", date).or(member(code, "D:4", date)).or(member(code, "D:5", date));
        Tri a = member(code, "A:5", date).or(member(code, "A:6", date));
        return d.and(a.not());
    }

    /**
     * Whether a paragraph names the destination explicitly beside the country groups on a date (e.g. the United
     * Arab Emirates for 3A090.b items in the eCFR of 2026-07-23).
     *
     * @param paragraph e.g. "3A090.b"
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     * @param date the date of the assessment, not null
     * @return TRUE or FALSE where the data decide, UNKNOWN inside the window of a change of unknown date
     */
    public Tri namedFor(String code, String paragraph, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return agreed(c -> namedFor(code, paragraph, date, c));
    }

    /**
     * {@return the codes certainly in a group on a date (the table's spelling of each is {@link #name})}
     *
     * @param group one of {@link #GROUPS}, e.g. "D:5"
     * @param date the date of the assessment, not null
     */
    public Set<String> members(String group, LocalDate date) {
        requireGroup(group);
        Set<String> out = new TreeSet<>();
        for (String c : allCodes()) {
            if (member(c, group, date) == Tri.TRUE) {
                out.add(c);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * {@return the codes certainly in D:1 ∪ D:4 ∪ D:5 minus (A:5 ∪ A:6) on a date}
     *
     * @param date the date of the assessment, not null
     */
    public Set<String> advancedComputingScope(LocalDate date) {
        Set<String> out = new TreeSet<>();
        for (String c : allCodes()) {
            if (inAdvancedComputingScope(c, date) == Tri.TRUE) {
                out.add(c);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * {@return warnings for every assessment on a date: membership before {@link #asOf()} is reconstructed from the
     * listed changes only; after it, later changes are unknown}
     *
     * @param date the date of the assessment, not null
     */
    public List<String> dateWarnings(LocalDate date) {
        List<String> w = new ArrayList<>(notes.size() + 1);
        String dated = datedWarning(date);
        if (dated != null) {
            w.add(dated);
        }
        w.addAll(notes);
        return w;
    }

    /** {@return warning k of {@link #dateWarnings} on a date, without making the others} */
    String dateWarning(LocalDate date, int k) {
        String dated = datedWarning(date);
        return dated == null ? notes.get(k) : k == 0 ? dated : notes.get(k - 1);
    }

    /** The number of dates whose dated warning is kept ({@link #dated}). */
    static final int DATED_SLOTS = 2048;

    /** A date and its warning. */
    private record Dated(LocalDate date, String text) {
    }

    /**
     * The dated warnings made, by the date's day number (modulo {@link #DATED_SLOTS}, which spans more than five years):
     * the same text object for a date asked again. Entries are immutable and published through the array: two threads
     * may make the same entry, and either is kept.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Dated> dated =
        new java.util.concurrent.atomic.AtomicReferenceArray<>(DATED_SLOTS);

    /** {@return the first of {@link #dateWarnings} when the date is before or after {@link #asOf}, else null} */
    private String datedWarning(LocalDate date) {
        if (date.equals(asOf)) {
            return null;
        }
        int slot = (int) Math.floorMod(date.toEpochDay(), (long) DATED_SLOTS);
        Dated kept = dated.get(slot);
        if (kept != null && kept.date().equals(date)) {
            return kept.text();
        }
        String t = makeDatedWarning(date);
        dated.set(slot, new Dated(date, t));
        return t;
    }

    /** The warning of a date other than {@link #asOf}: before it, membership is reconstructed; after it, unknown. */
    private String makeDatedWarning(LocalDate date) {
        if (date.isBefore(asOf)) {
            String u = undone;
            if (u == null) {
                Set<String> changed = new LinkedHashSet<>();
                changes.forEach(c -> changed.add(c.country() + " " + c.group()));
                u = String.join(", ", changed);
                undone = u;
            }
            return "country groups on " + date + " are not versioned: membership is the " + table + " as of the eCFR of "
                + asOf + ", with only these dated changes undone: " + u
                + "; check Supplement No. 1 to part 740 as in force on " + date;
        }
        return "country groups on " + date + ": after the newest text in the data (eCFR of " + asOf
            + "); later changes are unknown";
    }

    /** {@return how many warnings {@link #dateWarnings} gives on a date, without their texts} */
    int dateWarningCount(LocalDate date) {
        return (date.isBefore(asOf) || date.isAfter(asOf) ? 1 : 0) + notes.size();
    }

    /**
     * {@return warnings about one destination on a date: its membership unknown in a change window, a change whose
     * source is unconfirmed, Macau named beside D:5, Hong Kong treated as China}
     *
     * @param code an ISO 3166-1 alpha-2 code, either case, not null
     * @param date the date of the assessment, not null
     */
    public List<String> countryWarnings(String code, LocalDate date) {
        Entry e = entry(code);
        if (!e.warns) {
            return new ArrayList<>();
        }
        String raw = e.code;
        String c = e.groupCode;
        List<String> w = new ArrayList<>();
        Alias alias = treatedAs.get(raw);
        if (alias != null) {
            w.add(name(raw) + " (" + raw + ") is assessed as " + name(alias.as()) + " (" + alias.as() + "): " + alias.note()
                + " Source: " + alias.source() + (alias.confirmed() ? "" : " (UNCONFIRMED)"));
        }
        if ("MO".equals(c)) {
            w.add(macauNote);
        }
        for (Change ch : changes) {
            if (!ch.country().equals(c)) {
                continue;
            }
            Boolean before = ch.before(date);
            if (before == null) {
                w.add("membership of " + name(c) + " (" + c + ") in " + ch.group() + " on " + date + " is UNKNOWN: it changed "
                    + ch.window() + " (" + (ch.memberBefore() ? "left" : "joined") + "; " + ch.source() + ")");
            } else if (!ch.confirmed() && before) {
                w.add(name(c) + " (" + c + ") taken as " + (ch.memberBefore() ? "in " : "not in ") + ch.group() + " on " + date
                    + ", before a change " + ch.window() + " whose source is UNCONFIRMED (" + ch.source() + ")");
            }
        }
        for (Named n : named) {
            if (n.country().equals(c) && n.change().before(date) == null) {
                w.add("whether " + name(c) + " is named for " + n.paragraph() + " items on " + date + " is UNKNOWN: named "
                    + n.change().window() + " (" + n.change().source() + ")");
            }
        }
        return w;
    }

    /**
     * {@return whether a string is an ISO 3166-1 alpha-2 code (upper or lower case)}
     *
     * @param code the string to test; may be null (not a code)
     */
    public static boolean isIsoCode(String code) {
        return code != null && code.trim().length() == 2 && ISO.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    private static String normalize(String code) {
        Objects.requireNonNull(code, "code");
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private Set<String> allCodes() {
        Set<String> all = new TreeSet<>(names.keySet());
        members.values().forEach(all::addAll);
        changes.forEach(c -> all.add(c.country()));
        all.removeAll(treatedAs.keySet());
        return all;
    }

    private void requireGroup(String group) {
        if (!members.containsKey(group)) {
            throw new IllegalArgumentException("Unknown country group '" + group + "': use one of " + GROUPS);
        }
    }

    @Override
    public String toString() {
        return table + " as of " + asOf + " (" + file + ")";
    }

    /** Validating reader of the file format. */
    private static final class Reader {
        CountryGroups read(Node root) {
            root.fields(Set.of("table", "asOf", "source", "groups", "names", "macau"),
                Set.of("$comment", "notes", "treatedAs", "changes", "namedDestinations"));
            String table = DataReader.text(root.field("table"));
            LocalDate asOf = DataReader.date(root.field("asOf"));
            Node src = root.field("source");
            src.fields(Set.of("title"), Set.of("url", "capture", "digest"));
            StringBuilder source = new StringBuilder(DataReader.text(src.field("title")));
            for (String f : List.of("url", "capture", "digest")) {
                if (src.hasKey(f)) {
                    source.append("; ").append(DataReader.text(src.field(f)));
                }
            }

            Node namesNode = root.field("names");
            namesNode.fields(Set.of(), Set.copyOf(namesNode.fieldNames()));
            Map<String, String> names = new LinkedHashMap<>();
            for (String k : namesNode.fieldNames()) {
                DataReader.codeKey(namesNode, k);
                names.put(k, DataReader.text(namesNode.field(k)));
            }

            Node groupsNode = root.field("groups");
            groupsNode.fields(Set.copyOf(GROUPS), Set.of());
            Map<String, Set<String>> members = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (String g : GROUPS) {
                Node gn = groupsNode.field(g);
                gn.fields(Set.of("label", "members"), Set.of());
                labels.put(g, DataReader.text(gn.field("label")));
                Node ms = gn.field("members");
                if (!ms.isArray() || ms.size() == 0) {
                    throw ms.bad("a non-empty array of ISO codes");
                }
                Set<String> set = new LinkedHashSet<>();
                for (int i = 0; i < ms.size(); i++) {
                    Node m = ms.get(i);
                    String c = DataReader.code(m);
                    if (!set.add(c)) {
                        throw m.bad("each code once in a group (" + c + " appears twice)");
                    }
                    if (!names.containsKey(c)) {
                        throw m.bad("a code with a name in $.names (add \"" + c + "\": \"...\")");
                    }
                }
                members.put(g, Collections.unmodifiableSet(set));
            }

            Node macau = root.field("macau");
            macau.fields(Set.of("code", "note", "source"), Set.of());
            Node mc = macau.field("code");
            if (!"MO".equals(DataReader.code(mc))) {
                throw mc.bad("\"MO\" (the rules name Macau beside D:5)");
            }
            if (members.get("D:5").contains("MO")) {
                throw groupsNode.field("D:5").field("members").bad(
                    "a D:5 list without MO: Macau is not in D:5 and is added explicitly (see $.macau)");
            }
            String macauNote = DataReader.text(macau.field("note")) + " Source: " + DataReader.text(macau.field("source"));

            List<String> notes = new ArrayList<>();
            if (root.hasKey("notes")) {
                Node ns = root.field("notes");
                if (!ns.isArray()) {
                    throw ns.bad("an array of strings");
                }
                for (int i = 0; i < ns.size(); i++) {
                    notes.add(DataReader.text(ns.get(i)));
                }
            }

            Map<String, Alias> aliases = new LinkedHashMap<>();
            if (root.hasKey("treatedAs")) {
                Node ta = root.field("treatedAs");
                ta.fields(Set.of(), Set.copyOf(ta.fieldNames()));
                for (String k : ta.fieldNames()) {
                    DataReader.codeKey(ta, k);
                    Node a = ta.field(k);
                    a.fields(Set.of("as", "note", "source", "confirmed"), Set.of());
                    String as = DataReader.code(a.field("as"));
                    if (as.equals(k)) {
                        throw a.field("as").bad("another code than the key");
                    }
                    aliases.put(k, new Alias(as, DataReader.text(a.field("note")), DataReader.text(a.field("source")),
                        a.field("confirmed").bool()));
                }
            }
            for (Map.Entry<String, Alias> e : aliases.entrySet()) {
                for (Set<String> ms : members.values()) {
                    if (ms.contains(e.getKey())) {
                        throw root.field("treatedAs").errorAt(e.getKey(), null,
                            "a code that no group lists (it is assessed as " + e.getValue().as() + ")");
                    }
                }
            }

            List<Change> changes = new ArrayList<>();
            Map<String, List<Change>> byKey = new LinkedHashMap<>();
            Map<String, Node> at = new HashMap<>();
            if (root.hasKey("changes")) {
                Node cs = root.field("changes");
                if (!cs.isArray()) {
                    throw cs.bad("an array of changes");
                }
                for (int i = 0; i < cs.size(); i++) {
                    Node c = cs.get(i);
                    c.fields(Set.of("country", "group", "memberBefore", "source", "confirmed"),
                        Set.of("effective", "effectiveBetween", "note"));
                    String country = DataReader.code(c.field("country"));
                    String group = DataReader.text(c.field("group"));
                    if (!members.containsKey(group)) {
                        throw c.field("group").bad("one of " + GROUPS);
                    }
                    boolean before = c.field("memberBefore").bool();
                    LocalDate[] window = window(c, asOf);
                    Change ch = new Change(country, group, before, window[0], window[1], DataReader.text(c.field("source")),
                        c.field("confirmed").bool());
                    List<Change> sameKey = byKey.computeIfAbsent(country + " " + group, k -> new ArrayList<>());
                    if (!sameKey.isEmpty()) {
                        Change prev = sameKey.get(sameKey.size() - 1);
                        if (ch.from().isBefore(prev.until())) {
                            throw c.error(null, "changes of " + country + " in " + group + " in date order without overlapping windows ("
                                + ch.window() + " is not after " + prev.window() + ")");
                        }
                        if (!ch.from().equals(ch.until()) && sameKey.stream().anyMatch(x -> !x.from().equals(x.until()))) {
                            throw c.error(null, "at most one change of unknown date (\"effectiveBetween\") per country and group: "
                                + country + " in " + group + " has two, which would share one question");
                        }
                        if (ch.memberBefore() == prev.memberBefore()) {
                            throw c.field("memberBefore").bad("the membership the previous change of " + country
                                + " in " + group + " left (" + !prev.memberBefore() + "): a change must change something");
                        }
                    }
                    sameKey.add(ch);
                    changes.add(ch);
                    at.put(country + " " + group, c);
                }
                for (Map.Entry<String, List<Change>> e : byKey.entrySet()) {
                    List<Change> list = e.getValue();
                    Change last = list.get(list.size() - 1);
                    if (last.memberBefore() == members.get(last.group()).contains(last.country())) {
                        throw at.get(e.getKey()).errorAt("memberBefore", null, "the opposite of the " + asOf + " membership of "
                            + last.country() + " in " + last.group() + " for its last change (a change must change something)");
                    }
                }
            }

            List<Named> named = new ArrayList<>();
            if (root.hasKey("namedDestinations")) {
                Node ns = root.field("namedDestinations");
                if (!ns.isArray()) {
                    throw ns.bad("an array of named destinations");
                }
                for (int i = 0; i < ns.size(); i++) {
                    Node n = ns.get(i);
                    n.fields(Set.of("country", "paragraph", "text", "source", "confirmed"), Set.of("effective", "effectiveBetween"));
                    String country = DataReader.code(n.field("country"));
                    String paragraph = DataReader.text(n.field("paragraph"));
                    LocalDate[] window = window(n, asOf);
                    Change ch = new Change(country, paragraph, false, window[0], window[1], DataReader.text(n.field("source")),
                        n.field("confirmed").bool());
                    named.add(new Named(country, paragraph, DataReader.text(n.field("text")), ch));
                }
            }
            return new CountryGroups(root.file(), table, asOf, source.toString(), Collections.unmodifiableMap(members),
                Collections.unmodifiableMap(labels), Collections.unmodifiableMap(names), macauNote, List.copyOf(notes),
                Collections.unmodifiableMap(aliases), List.copyOf(changes), List.copyOf(named));
        }

        private static LocalDate[] window(Node c, LocalDate asOf) {
            boolean exact = c.hasKey("effective");
            boolean between = c.hasKey("effectiveBetween");
            if (exact == between) {
                throw c.error(null,
                    "exactly one of \"effective\": \"YYYY-MM-DD\" or \"effectiveBetween\": [\"YYYY-MM-DD\", \"YYYY-MM-DD\"]");
            }
            LocalDate from;
            LocalDate until;
            if (exact) {
                from = DataReader.date(c.field("effective"));
                until = from;
            } else {
                Node w = c.field("effectiveBetween");
                if (!w.isArray() || w.size() != 2) {
                    throw w.bad("an array of two ISO dates [earliest, latest]");
                }
                from = DataReader.date(w.get(0));
                until = DataReader.date(w.get(1));
                if (until.isBefore(from)) {
                    throw w.bad("the earliest date first");
                }
            }
            if (until.isAfter(asOf)) {
                throw c.error(null, "a change on or before asOf (" + asOf + "): the lists reproduce the text of that date");
            }
            return new LocalDate[] {from, until};
        }
    }
}
