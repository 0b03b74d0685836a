package io.chipgate.parties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Screens names against a {@link PartyList}: every entry whose listed name or alias matches with a score of
 * {@value MatchBand#THRESHOLD} or more is a {@link PartyHit}, best first.
 *
 * <p>How a score is made (docs/quality.md gives the measured recall, false hits and speed):
 * <ol>
 * <li>Both names are normalised ({@code Names}): NFKC, diacritics, case, apostrophes, punctuation, dotted
 *     initialisms, and the words of corporate form dropped; word order is ignored.</li>
 * <li>Names with the same words score 100. Otherwise generic words ("Technology", "Information", "Industry" …)
 *     carry no weight, and a name needs at least one distinctive word in common: a name made only of generic words or
 *     place names matches only a listed name with exactly its words.</li>
 * <li>Each distinctive word weighs its inverse document frequency over all listed names and aliases
 *     (ln(1 + names / names with the word)); a place name weighs 2, except the capitals and large cities that name
 *     listed hotels, banks and plants ({@code Names.CITIES}), which weigh as distinctive words do but, as places, are
 *     never enough alone. Words pair up one to one, a pair's similarity
 *     being 1 when equal and otherwise 1 − d / longer length, with d the Levenshtein distance of Apache Commons Text,
 *     counted when at least 0.75 and both words have four letters or more.</li>
 * <li>The score is a weighted Dice coefficient, 100 × Σ similarity² × (weight₁ + weight₂) / (all weights of both
 *     names), rounded down; generic words that only one name has add to the denominator
 *     ({@value #QUERY_GENERIC_WEIGHT} for the screened name's, {@value #LISTED_GENERIC_WEIGHT} for the listed
 *     name's), and a screened word not on the list that is one edit from a form word, generic word or place name is
 *     read as that word.</li>
 * <li>A name with a word of corporate form ("Ltd.", "Inc.", "Holdings") is an organisation's, and is not
 *     screened against entries the list types as Individual, Vessel or Aircraft unless the listed name matched has
 *     such a word too.</li>
 * </ol>
 * Candidates come from an index of the words and of their one-letter deletions, so that a name is compared with the
 * few listed names that share a word or nearly a word with it. The built-in list's index is built at build time
 * ({@code csl.index}); a list read from a file is indexed when its screen is made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyScreen {
    /** The weight of a place name. */
    static final float PLACE_WEIGHT = 2.0f;
    /** The least similarity of two different words that counts. */
    static final double WORD_SIMILARITY = 0.75;
    /** The fewest letters a word has to be compared by edit distance rather than for equality. */
    static final int FUZZY_LENGTH = 4;

    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** Entry types a name with a corporate form ("… Ltd.") is not screened against. */
    private static final java.util.Set<String> PERSONS_AND_CRAFT = java.util.Set.of("Individual", "Vessel", "Aircraft");
    /** The weight of a generic word of the screened name that the listed name lacks. */
    static final float QUERY_GENERIC_WEIGHT = 8.0f;
    /** The weight of a generic word of the listed name that the screened name lacks. */
    static final float LISTED_GENERIC_WEIGHT = 3.0f;

    private final PartyList list;
    private final PartyIndex index;

    /** The hits of recent names per name and country ({@link #remembering}), or null for a screen that remembers none. */
    private final Map<Asked, List<PartyHit>> remembered;

    /** A name screened and its country as normalised (null when not given): what the hits depend on. */
    private record Asked(String name, String country) {
    }
    /** The most names {@link #remembered} keeps (emptied when full). */
    private final int remember;

    private PartyScreen(PartyList list) {
        this.list = list;
        this.index = list.index() != null ? list.index() : PartyIndex.build(list);
        int forms = index.forms();
        scratch = ThreadLocal.withInitial(() -> new Scratch(forms));
        this.remembered = null;
        this.remember = 0;
    }

    private PartyScreen(PartyScreen over, int remember) {
        this.list = over.list;
        this.index = over.index;
        this.scratch = over.scratch;
        this.remembered = new java.util.concurrent.ConcurrentHashMap<>();
        this.remember = remember;
    }

    /**
     * A screen over the same list that remembers the hits of the names it screened, per name and country, up to
     * {@code names} of them (then it forgets them all and starts again): a name screened again gets the same hits
     * (the same list, as an unmodifiable list) without being scored again. For a caller that screens the same few
     * thousand names many times, such as an order book's customers, line after line. Thread-safe.
     *
     * @param names the most names remembered, at least 1
     * @return the remembering screen (a new one each call: screens share no memory of names)
     * @throws IllegalArgumentException when {@code names} is below 1
     */
    public PartyScreen remembering(int names) {
        if (names < 1) {
            throw new IllegalArgumentException("names must be at least 1 (the most names remembered), got " + names);
        }
        return new PartyScreen(this, names);
    }

    /**
     * The names a listed name gives in parentheses: "Semiconductor Manufacturing International Corporation (SMIC)"
     * is also "SMIC" and "Semiconductor Manufacturing International Corporation"; "Huawei Technologies Co., Ltd.
     * (Huawei)" is also "Huawei". Only text with a distinctive word counts: "(Beijing)" or "(Malaysia)" names no
     * party but tells one subsidiary from another, so such a name has no other form.
     */
    static List<String> parenthesised(String name) {
        if (name.indexOf('(') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        java.util.regex.Matcher m = PARENTHESES.matcher(name);
        while (m.find()) {
            String inner = m.group(1).trim();
            if (Names.words(inner).stream().anyMatch(w -> Names.kind(w) == Names.Kind.DISTINCTIVE)) {
                out.add(inner);
            }
        }
        if (!out.isEmpty()) {
            String without = PARENTHESES.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").replace(" ,", ",").trim();
            if (Names.words(without).stream().anyMatch(w -> Names.kind(w) == Names.Kind.DISTINCTIVE)) {
                out.add(without);
            }
        }
        return out;
    }

    /**
     * The {@link String#hashCode()} of a word and of each string made by deleting one of its letters, computed from
     * prefix and suffix hashes without building the strings. Two words within one deletion of each other (one
     * substitution, insertion, deletion or adjacent transposition apart) share a hash; equal hashes of different
     * strings only add a candidate that the edit distance then rejects.
     */
    static int[] deletionHashes(String w) {
        int n = w.length();
        int[] pow = new int[n + 1];
        pow[0] = 1;
        for (int i = 1; i <= n; i++) {
            pow[i] = pow[i - 1] * 31;
        }
        int[] suffix = new int[n + 1];
        for (int j = n - 1; j >= 0; j--) {
            suffix[j] = suffix[j + 1] + w.charAt(j) * pow[n - 1 - j];
        }
        int[] out = new int[n + 1];
        out[0] = w.hashCode();
        int prefix = 0;
        for (int i = 0; i < n; i++) {
            out[i + 1] = prefix * pow[n - 1 - i] + suffix[i + 1];
            prefix = prefix * 31 + w.charAt(i);
        }
        return out;
    }

    /**
     * A screen over a list. The built-in list comes with its build-time index; any other list is indexed here, which
     * takes about a second for the whole Consolidated Screening List (docs/quality.md).
     *
     * @param list the list, not null
     * @return the screen
     */
    public static PartyScreen of(PartyList list) {
        return new PartyScreen(Objects.requireNonNull(list, "list"));
    }

    /** The screen of the built-in list, built on first use. */
    private static final class Builtin {
        static final PartyScreen SCREEN = of(PartyList.builtin());
    }

    /**
     * {@return the screen of {@link PartyList#builtin()}, the same instance on every call}
     */
    public static PartyScreen builtin() {
        return Builtin.SCREEN;
    }

    /**
     * {@return the list screened against}
     */
    public PartyList list() {
        return list;
    }

    /**
     * Screens a name without a country.
     *
     * @param name the name of a party as written, not null
     * @return the hits, best first; empty when nothing scores {@value MatchBand#THRESHOLD} or more
     */
    public List<PartyHit> screen(String name) {
        return screen(name, Optional.empty());
    }

    /** Per-thread scratch space, so a query allocates no array as long as the list. */
    private final ThreadLocal<Scratch> scratch;

    private static final class Scratch {
        final float[] acc;
        final boolean[] distinctive;
        final int[] touched;
        int size;

        Scratch(int forms) {
            acc = new float[forms];
            distinctive = new boolean[forms];
            touched = new int[forms];
        }
    }

    /**
     * Screens a name, with the country the party is in when known.
     *
     * @param name the name of a party as written, not null
     * @param country the ISO 3166 alpha-2 code of the party's country (any case), or empty; it corroborates a hit
     *     when the entry has an address there, and never removes one
     * @return the hits, one per entry, best first (by score, then list, then listed name); empty when nothing scores
     *     {@value MatchBand#THRESHOLD} or more
     */
    public List<PartyHit> screen(String name, Optional<String> country) {
        Objects.requireNonNull(name, "name");
        String cc = country.map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (remembered == null) {
            return scored(name, cc);
        }
        Asked k = new Asked(name, cc);
        List<PartyHit> hits = remembered.get(k);
        if (hits == null) {
            hits = List.copyOf(scored(name, cc));
            if (remembered.size() >= remember) {
                remembered.clear(); // the hits are scored alike again: no answer changes
            }
            remembered.put(k, hits);
        }
        return hits;
    }

    /** The hits of a name, scored (the country normalised, or null). */
    private List<PartyHit> scored(String name, String cc) {
        List<String> tokens = Names.tokens(name);
        boolean organisation = Names.organisation(tokens);
        List<String> qWords = new ArrayList<>();
        for (String w : tokens) {
            if (Names.FORM_WORDS.contains(w)) {
                continue;
            }
            String c = index.wordId(w) >= 0 ? w : Names.corrected(w, ONE_EDIT);
            if (!Names.FORM_WORDS.contains(c) && !qWords.contains(c)) {
                qWords.add(c);
            }
        }
        Map<Integer, int[]> best = new LinkedHashMap<>();
        int key = index.exactKey(Names.key(qWords));
        if (key >= 0) {
            for (int k = index.exactStart[key]; k < index.exactStart[key + 1]; k++) {
                keep(best, index.exactForms[k], 100);
            }
        }
        List<String> q = new ArrayList<>();
        List<String> qGeneric = new ArrayList<>();
        for (String w : qWords) {
            (Names.kind(w) == Names.Kind.GENERIC ? qGeneric : q).add(w);
        }
        if (q.stream().anyMatch(w -> Names.kind(w) == Names.Kind.DISTINCTIVE)) {
            scoreCandidates(q, qGeneric, best);
        }
        List<PartyHit> hits = new ArrayList<>(best.size());
        for (Map.Entry<Integer, int[]> b : best.entrySet()) {
            int f = b.getValue()[0];
            int score = b.getValue()[1];
            PartyEntry entry = list.entries().get(b.getKey());
            String formName = index.formName.get(f);
            if (organisation && PERSONS_AND_CRAFT.contains(entry.type()) && !Names.organisation(formName)) {
                continue;
            }
            hits.add(new PartyHit(entry, formName, score, MatchBand.of(score).orElseThrow(),
                cc != null && entry.countries().contains(cc)));
        }
        hits.sort(Comparator.comparingInt(PartyHit::score).reversed()
            .thenComparing(PartyHit::list).thenComparing(PartyHit::listedName));
        return hits;
    }

    private void keep(Map<Integer, int[]> best, int form, int score) {
        int e = index.formEntry[form];
        int[] old = best.get(e);
        if (old == null || old[1] < score) {
            best.put(e, new int[] {form, score});
        }
    }

    private void scoreCandidates(List<String> q, List<String> qGeneric, Map<Integer, int[]> best) {
        int n = q.size();
        // for each query word: the listed words it matches, with their similarity
        List<Map<Integer, Double>> matches = new ArrayList<>(n);
        float[] qWeight = new float[n];
        float placeBound = 0;
        float queryWeight = 0;
        for (int i = 0; i < n; i++) {
            String w = q.get(i);
            Map<Integer, Double> m = new HashMap<>();
            int id = index.wordId(w);
            if (id >= 0) {
                m.put(id, 1.0);
            }
            if (Names.kind(w) == Names.Kind.DISTINCTIVE && w.length() >= FUZZY_LENGTH) {
                long[] deletions = index.deletions;
                for (int h : deletionHashes(w)) {
                    long lo = (long) h << 32;
                    int k = Arrays.binarySearch(deletions, lo);
                    for (k = k < 0 ? -k - 1 : k; k < deletions.length && (deletions[k] >> 32) == h; k++) {
                        int c = (int) deletions[k];
                        if (!m.containsKey(c)) {
                            double s = similarity(w, index.word(c));
                            if (s >= WORD_SIMILARITY) {
                                m.put(c, s);
                            }
                        }
                    }
                }
            }
            matches.add(m);
            if (Names.PLACES.contains(w)) {
                qWeight[i] = PLACE_WEIGHT;
            } else if (id >= 0) {
                qWeight[i] = index.weight[id];
            } else {
                double bestSim = 0;
                float wBest = index.maxWeight;
                for (Map.Entry<Integer, Double> e : m.entrySet()) {
                    if (e.getValue() > bestSim) {
                        bestSim = e.getValue();
                        wBest = index.weight[e.getKey()];
                    }
                }
                qWeight[i] = wBest;
            }
            queryWeight += qWeight[i];
            if (Names.kind(w) == Names.Kind.PLACE && id >= 0) {
                placeBound += qWeight[i] + index.weight[id];   // a place word matches only itself
            }
        }
        int[] qGenericIds = new int[qGeneric.size()];
        for (int i = 0; i < qGenericIds.length; i++) {
            qGenericIds[i] = index.genericId(qGeneric.get(i));
        }
        Scratch s = scratch.get();
        try {
            for (int i = 0; i < n; i++) {
                if (Names.kind(q.get(i)) == Names.Kind.PLACE) {
                    continue;
                }
                for (Map.Entry<Integer, Double> m : matches.get(i).entrySet()) {
                    int c = m.getKey();
                    float add = (float) (m.getValue() * m.getValue() * (qWeight[i] + index.weight[c]));
                    boolean distinct = index.kind(c) == Names.Kind.DISTINCTIVE;
                    for (int p = index.postingStart[c]; p < index.postingStart[c + 1]; p++) {
                        int f = index.postings[p];
                        if (s.acc[f] == 0 && !s.distinctive[f]) {
                            s.touched[s.size++] = f;
                        }
                        s.acc[f] += add;
                        s.distinctive[f] |= distinct;
                    }
                }
            }
            for (int t = 0; t < s.size; t++) {
                int f = s.touched[t];
                if (!s.distinctive[f]) {
                    continue;
                }
                double bound = (s.acc[f] + placeBound) / (queryWeight + index.formWeight[f]);
                // (the generic penalty only lowers the score, so the bound holds without it)
                if (bound * 100 + 1e-9 < MatchBand.THRESHOLD) {
                    continue;
                }
                int score = align(f, matches, qWeight, queryWeight + genericPenalty(qGenericIds, f));
                if (score >= MatchBand.THRESHOLD) {
                    keep(best, f, score);
                }
            }
        } finally {
            for (int t = 0; t < s.size; t++) {
                s.acc[s.touched[t]] = 0;
                s.distinctive[s.touched[t]] = false;
            }
            s.size = 0;
        }
    }

    /**
     * The weight added to the denominator for generic words that differ: {@value #QUERY_GENERIC_WEIGHT} for each
     * generic word of the screened name the listed name lacks ("Liberty Global" says more than "Liberty"), and
     * {@value #LISTED_GENERIC_WEIGHT} for each generic word of the listed name the screened name lacks ("Huawei" says
     * less than "Huawei Technologies", a smaller difference).
     */
    private float genericPenalty(int[] q, int f) {
        int from = index.formGenericStart[f];
        int to = index.formGenericStart[f + 1];
        int onlyQ = 0;
        for (int w : q) {
            if (!contains(index.formGeneric, from, to, w)) {
                onlyQ++;
            }
        }
        int onlyC = 0;
        for (int k = from; k < to; k++) {
            if (!contains(q, 0, q.length, index.formGeneric[k])) {
                onlyC++;
            }
        }
        return QUERY_GENERIC_WEIGHT * onlyQ + LISTED_GENERIC_WEIGHT * onlyC;
    }

    /** Whether a[from .. to) holds x (the generic words of a name are few). */
    private static boolean contains(int[] a, int from, int to, int x) {
        for (int k = from; k < to; k++) {
            if (a[k] == x) {
                return true;
            }
        }
        return false;
    }

    /** The weighted Dice score of a query against one listed name, words paired greedily, best pair first. */
    private int align(int f, List<Map<Integer, Double>> matches, float[] qWeight, float queryWeight) {
        int[] c = Arrays.copyOfRange(index.formWords, index.formWordStart[f], index.formWordStart[f + 1]);
        int n = matches.size();
        // candidate pairs (i, j, value)
        double[] value = new double[n * c.length];
        double[] sims = new double[n * c.length];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> m = matches.get(i);
            for (int j = 0; j < c.length; j++) {
                Double sim = m.get(c[j]);
                if (sim != null) {
                    sims[i * c.length + j] = sim;
                    value[i * c.length + j] = sim * sim * (qWeight[i] + index.weight[c[j]]);
                }
            }
        }
        boolean[] qUsed = new boolean[n];
        boolean[] cUsed = new boolean[c.length];
        double matched = 0;
        boolean distinctive = false;
        while (true) {
            int bi = -1;
            for (int k = 0; k < value.length; k++) {
                if (value[k] > 0 && !qUsed[k / c.length] && !cUsed[k % c.length] && (bi < 0 || value[k] > value[bi])) {
                    bi = k;
                }
            }
            if (bi < 0) {
                break;
            }
            qUsed[bi / c.length] = true;
            cUsed[bi % c.length] = true;
            matched += value[bi];
            distinctive |= index.kind(c[bi % c.length]) == Names.Kind.DISTINCTIVE;
        }
        if (!distinctive) {
            return 0;
        }
        double dice = matched / (queryWeight + index.formWeight[f]);
        return (int) Math.floor(Math.min(1.0, dice) * 100 + 1e-9);
    }

    /** Whether two words of one length differ only by two adjacent letters swapped ("huawie", "huawei"). */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
            && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    /**
     * 1 − d / longer length, with d the Levenshtein distance of Apache Commons Text (at most 2 is computed), an
     * adjacent swap counting as one edit; 0 when further apart or when a word is shorter than four letters.
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() < FUZZY_LENGTH || b.length() < FUZZY_LENGTH) {
            return 0;
        }
        int d = LEVENSHTEIN.apply(a, b);
        if (d == 2 && swapped(a, b)) {
            d = 1;
        }
        return d < 0 ? 0 : 1.0 - (double) d / Math.max(a.length(), b.length());
    }
}
