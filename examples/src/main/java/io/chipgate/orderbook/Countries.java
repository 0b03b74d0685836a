package io.chipgate.orderbook;

import io.chipgate.license.CountryCode;
import io.chipgate.license.CountryGroups;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Countries as order files write them: an ISO 3166-1 alpha-2 code ({@code DE}), an alpha-3 code ({@code DEU}), or an
 * English name ({@code Germany}), with the common variants ({@code UAE}, {@code South Korea},
 * {@code Korea, Republic of}, {@code Russian Federation}, {@code Viet Nam}, {@code Macau}, {@code Turkey},
 * {@code Czech Republic}, {@code UK} …). Case, accents, punctuation and a leading "the" are ignored.
 *
 * <p>The names come from three places, in this order: the variants written out in {@link #VARIANTS} (ours), the
 * names of the project's country-group table ({@link CountryGroups#name}), and the English country names of the
 * Java runtime ({@link Locale#getDisplayCountry(Locale)}, CLDR data). Anything else gets "did you mean" suggestions
 * by edit distance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Countries {
    /**
     * Variants that order files use and that neither the ISO names nor the country-group table spell, to the code
     * they mean. Written by hand; each is a common English name or abbreviation of the country.
     */
    static final Map<String, String> VARIANTS = variants();

    /** Names that could mean more than one country: never guessed, the candidates are suggested. */
    static final Map<String, List<String>> AMBIGUOUS = Map.of("korea", List.of("KR", "KP"), "congo", List.of("CG", "CD"));

    private static final Map<String, String> BY_NAME = index();
    private static final Map<String, String> NAME_OF = names();

    private Countries() {
    }

    private static Map<String, String> variants() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "AE", "UAE", "U.A.E.", "United Arab Emirates", "Emirates");
        put(m, "KR", "South Korea", "Korea, Republic of", "Republic of Korea", "Korea (South)", "Korea, South", "ROK");
        put(m, "KP", "North Korea", "Korea, North", "Korea (North)", "DPRK", "Korea, Democratic People's Republic of",
            "Democratic People's Republic of Korea");
        put(m, "RU", "Russia", "Russian Federation");
        put(m, "VN", "Vietnam", "Viet Nam");
        put(m, "HK", "Hong Kong", "Hong Kong SAR", "Hong Kong SAR China", "Hong Kong, China", "HKSAR");
        put(m, "MO", "Macao", "Macau", "Macao SAR", "Macao SAR China", "Macau SAR", "Macao, China");
        put(m, "TR", "Turkey", "Türkiye", "Turkiye", "Republic of Türkiye");
        put(m, "CZ", "Czechia", "Czech Republic");
        put(m, "CN", "China", "PRC", "People's Republic of China", "China (PRC)", "Mainland China", "China, People's Republic of");
        put(m, "TW", "Taiwan", "Chinese Taipei", "Taiwan, Province of China");
        put(m, "US", "USA", "U.S.A.", "U.S.", "United States", "United States of America");
        put(m, "GB", "UK", "U.K.", "United Kingdom", "Great Britain", "Britain",
            "United Kingdom of Great Britain and Northern Ireland");
        put(m, "NL", "Netherlands", "Holland", "The Netherlands");
        put(m, "IR", "Iran", "Iran, Islamic Republic of", "Islamic Republic of Iran");
        put(m, "SY", "Syria", "Syrian Arab Republic");
        put(m, "LA", "Laos", "Lao PDR", "Lao People's Democratic Republic");
        put(m, "MD", "Moldova", "Moldova, Republic of", "Republic of Moldova");
        put(m, "VE", "Venezuela", "Venezuela, Bolivarian Republic of");
        put(m, "BO", "Bolivia", "Bolivia, Plurinational State of");
        put(m, "TZ", "Tanzania", "Tanzania, United Republic of");
        put(m, "MM", "Myanmar", "Burma");
        put(m, "CD", "DR Congo", "DRC", "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "Congo-Kinshasa");
        put(m, "CG", "Republic of the Congo", "Congo-Brazzaville");
        put(m, "CI", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire");
        put(m, "MK", "North Macedonia", "Macedonia");
        put(m, "SZ", "Eswatini", "Swaziland");
        put(m, "CV", "Cabo Verde", "Cape Verde");
        put(m, "VA", "Vatican", "Holy See", "Vatican City");
        put(m, "PS", "Palestine", "State of Palestine");
        put(m, "BN", "Brunei", "Brunei Darussalam");
        put(m, "FM", "Micronesia", "Micronesia, Federated States of");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, String> m, String code, String... names) {
        for (String n : names) {
            m.put(n, code);
        }
    }

    private static Map<String, String> index() {
        Map<String, String> m = new HashMap<>();
        CountryGroups groups = CountryGroups.builtIn();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            m.putIfAbsent(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                String three = l.getISO3Country();
                if (!three.isEmpty()) {
                    m.putIfAbsent(key(three), code);
                }
            } catch (MissingResourceException e) {
                // no alpha-3 code for this one: its alpha-2 code and names still work
            }
            String table = groups.name(code);
            if (!table.equals(code)) {
                m.put(key(table), code);
            }
        }
        VARIANTS.forEach((name, code) -> m.put(key(name), code));
        m.keySet().removeAll(AMBIGUOUS.keySet());
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        CountryGroups groups = CountryGroups.builtIn();
        for (String code : Locale.getISOCountries()) {
            String table = groups.name(code);
            m.put(code, table.equals(code) ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : table);
        }
        return m;
    }

    /**
     * The key a name is matched by: accents removed, lower case, "&amp;" as "and", punctuation as spaces, spaces
     * collapsed, a leading "the" dropped.
     */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'').replace("&", " and ").replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    /**
     * The country a cell names.
     *
     * @param text a code or an English name, not null
     * @return the code, or empty when the text names no country this class knows
     */
    public static Optional<CountryCode> find(String text) {
        String t = text.strip();
        if (t.length() == 2 && CountryGroups.isIsoCode(t.toUpperCase(Locale.ROOT))) {
            return Optional.of(CountryCode.of(t));
        }
        String code = BY_NAME.get(key(t));
        return code == null ? Optional.empty() : Optional.of(CountryCode.of(code));
    }

    /** {@return the English name of a code, as the country-group table or else the Java runtime spells it} */
    public static String name(String code) {
        return NAME_OF.getOrDefault(code, code);
    }

    /**
     * Up to three countries whose names are closest to the text ("Germny" → "Germany (DE)"), nearest first.
     *
     * @param text what the file says, not null
     * @return "name (code)" of each, nearest first; empty when nothing is near
     */
    public static List<String> suggest(String text) {
        String k = key(text);
        if (k.isEmpty()) {
            return List.of();
        }
        if (AMBIGUOUS.containsKey(k)) {
            return AMBIGUOUS.get(k).stream().map(c -> name(c) + " (" + c + ")").toList();
        }
        int limit = Math.max(2, k.length() / 3);
        Map<String, Integer> best = new TreeMap<>();
        for (Map.Entry<String, String> e : BY_NAME.entrySet()) {
            if (e.getKey().length() < 4) {
                continue; // codes and abbreviations are not suggested for a near miss
            }
            int d = distance(k, e.getKey(), limit);
            if (d <= limit) {
                best.merge(e.getValue(), d, Math::min);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(best.entrySet());
        sorted.sort(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(3, sorted.size()))) {
            out.add(name(e.getKey()) + " (" + e.getKey() + ")");
        }
        return out;
    }

    /** Levenshtein distance, giving up (limit + 1) once it must exceed the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
