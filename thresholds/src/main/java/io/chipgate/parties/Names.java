package io.chipgate.parties;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names are normalised before they are compared: Unicode NFKC, diacritics removed, lower case, apostrophes
 * removed, dotted initialisms joined ("S.A." is "sa"), every other punctuation a word break, and the words of
 * corporate form ("Co.", "Ltd.", "LLC", "GmbH", "Inc.", "Corporation", "Limited", "Group", "Holdings" …) and a few
 * joining words ("the", "of", "and") dropped. What is left is classified: generic words ("Technology",
 * "Information", "Industry" …) carry no weight, place names carry little, every other word is distinctive.
 *
 * <p>The word lists are the project's own choice, documented in docs/quality.md; they are data, not a rule of any
 * list. This class is immutable and thread-safe.
 */
final class Names {
    private Names() {
    }

    /** What a word counts for. */
    enum Kind {
        /** A word that identifies the party: full weight. */
        DISTINCTIVE,
        /** A country, region or city: never enough alone; little weight unless one of {@link #CITIES}. */
        PLACE,
        /** A word many unrelated companies share: no weight. */
        GENERIC
    }


    /** Words of legal or corporate form, and joining words: dropped. */
    static final Set<String> FORM_WORDS = Set.of(
        "co", "cos", "company", "companies", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation",
        "gmbh", "mbh", "group", "holdings", "holding", "plc", "sa", "ag", "bv", "nv", "jsc", "pjsc", "ojsc", "cjsc",
        "ooo", "oao", "zao", "pao", "llp", "lp", "pte", "pvt", "private", "sdn", "bhd", "kk", "srl", "spa", "sarl",
        "sas", "ltda", "fze", "fzco", "fzc", "fzllc", "pty", "ab", "asa", "oy", "oyj", "kft", "doo", "sro",
        "tov", "cv", "the", "of", "and", "de", "del", "&");

    /** Words too common among company names to identify one: no weight. */
    static final Set<String> GENERIC = Set.of(
        "technology", "technologies", "tech", "information", "industry", "industries", "industrial", "international",
        "intl", "trading", "trade", "traders", "electronics", "electronic", "electric", "electrical", "science",
        "sciences", "scientific", "development", "engineering", "systems", "system", "services", "service",
        "solutions", "import", "export", "enterprise", "enterprises", "general", "global", "research", "institute",
        "center", "centre", "equipment", "manufacturing", "products", "product", "materials", "investment",
        "investments", "management", "network", "networks", "communication", "communications", "digital",
        "intelligent", "smart", "new", "machinery", "logistics", "shipping", "supply", "commercial", "business",
        "resources", "energy", "partners", "capital", "import-export", "imp", "exp", "factory", "works", "office",
        "agency", "association", "bureau", "national", "universal", "united", "world", "worldwide",
        "co-operative", "cooperative", "firm", "branch", "affiliated", "entity", "subsidiary", "trust", "fund",
        "software", "hardware", "computer", "computing", "data", "semiconductor", "semiconductors", "microelectronics",
        "devices", "device", "instruments", "instrument", "precision", "advanced", "applied", "innovation",
        "innovations", "ventures", "venture", "consulting", "consultants", "marketing", "distribution", "sales",
        "parts", "components", "aviation", "aerospace", "defense", "defence", "optical", "optics", "power",
        "ai", "bank", "bancorp", "bancshares", "bankshares", "financial", "finance", "insurance", "securities", "first",
        "acquisition", "therapeutics", "pharmaceuticals", "pharmaceutical", "pharma", "biosciences", "biotech",
        "biomedical", "bio", "health", "healthcare", "medical", "airlines", "airline", "air", "foods", "food",
        "brands", "media", "entertainment", "realty", "properties", "marine", "maritime", "exploration",
        "construction", "automation", "storage", "education", "educational", "mining", "oil", "gas",
        "petroleum", "chemical", "chemicals", "steel", "metals", "transport", "transportation");

    /** Countries, regions and cities that stand in many listed names ("… (Beijing) Co., Ltd."): little weight. */
    static final Set<String> PLACES = Set.of(
        "china", "chinese", "beijing", "shanghai", "shenzhen", "guangzhou", "tianjin", "chongqing", "chengdu",
        "wuhan", "hangzhou", "nanjing", "xian", "suzhou", "dongguan", "hefei", "changsha", "jinan", "qingdao",
        "dalian", "shenyang", "harbin", "xiamen", "zhuhai", "guangdong", "jiangsu", "zhejiang", "sichuan", "hubei",
        "hunan", "shandong", "shaanxi", "fujian", "henan", "hebei", "anhui", "liaoning", "jilin", "yunnan",
        "hong", "kong", "hongkong", "macau", "macao", "taiwan", "russia", "russian", "moscow", "iran", "iranian",
        "tehran", "syria", "syrian", "damascus", "iraq", "lebanon", "beirut", "turkey", "turkiye", "istanbul",
        "uae", "emirates", "dubai", "sharjah", "abu", "dhabi", "india", "pakistan", "karachi", "lahore",
        "malaysia", "kuala", "lumpur", "singapore", "thailand", "vietnam", "indonesia", "korea", "pyongyang",
        "japan", "germany", "france", "italy", "spain", "netherlands", "belgium", "switzerland", "austria",
        "uk", "britain", "england", "london", "canada", "usa", "america", "american", "mexico", "brazil",
        "argentina", "venezuela", "cuba", "belarus", "minsk", "ukraine", "kazakhstan", "armenia", "georgia",
        "kyrgyzstan", "uzbekistan", "cyprus", "greece", "bulgaria", "latvia", "lithuania", "estonia", "finland",
        "sweden", "norway", "denmark", "poland", "czech", "slovakia", "hungary", "serbia", "egypt", "jordan",
        "oman", "qatar", "kuwait", "bahrain", "saudi", "arabia", "yemen", "afghanistan", "kabul", "africa",
        "asia", "europe", "european", "middle", "east", "eastern", "west", "western", "north", "south", "northern",
        "southern", "pacific", "australia", "zealand", "panama", "cayman", "seychelles", "marshall", "liberia",
        "bolivia", "chile", "peru", "colombia", "ecuador", "paraguay", "uruguay", "nigeria", "kenya", "ethiopia", "ghana", "angola",
        "tanzania", "zambia", "zimbabwe", "morocco", "algeria", "tunisia", "libya", "sudan", "sri", "lanka", "bangladesh", "nepal",
        "myanmar", "burma", "yangon", "cambodia", "laos", "philippines", "mongolia", "tajikistan", "turkmenistan", "azerbaijan", "moldova", "romania",
        "croatia", "slovenia", "bosnia", "albania", "macedonia", "montenegro", "portugal", "ireland", "luxembourg", "iceland", "malta", "israel",
        "jamaica", "madagascar", "mauritius", "guatemala", "honduras", "nicaragua", "haiti", "bahamas", "bermuda", "gibraltar", "monaco", "liechtenstein",
        "namibia", "botswana", "mozambique", "uganda", "rwanda", "congo", "cameroon", "senegal", "somalia", "djibouti", "brunei", "hanoi",
        "bangkok", "jakarta", "manila", "seoul", "tokyo", "osaka", "taipei", "mumbai", "delhi", "bangalore", "bengaluru", "chennai",
        "riyadh", "jeddah", "doha", "muscat", "baku", "tashkent", "almaty", "astana", "yerevan", "tbilisi", "kiev", "kyiv",
        "petersburg", "novosibirsk", "yekaterinburg", "cairo", "casablanca", "lagos", "nairobi", "johannesburg", "paris", "berlin", "munich", "frankfurt",
        "hamburg", "vienna", "zurich", "geneva", "milan", "rome", "madrid", "barcelona", "amsterdam", "rotterdam", "brussels", "antwerp",
        "warsaw", "prague", "budapest", "bucharest", "athens", "helsinki", "stockholm", "oslo", "copenhagen", "riga", "vilnius", "tallinn",
        "toronto", "vancouver", "montreal", "sydney", "melbourne", "auckland", "bogota", "caracas", "havana", "ningbo", "wuxi", "changzhou",
        "nantong", "kunming", "nanning", "guiyang", "taiyuan", "shijiazhuang", "zhengzhou", "nanchang", "fuzhou", "hainan", "guangxi", "xinjiang",
        "tibet", "mianyang", "luoyang", "baotou", "lanzhou", "urumqi", "shanxi", "heilongjiang", "inner", "mongolian");

    /**
     * Capitals and large cities that name hotels, banks and plants on the lists ("Phnom Penh Hotel", "Tabriz
     * Petrochemical Company"): places, so that a company named after its city is not a hit by the city alone, but
     * weighed as the distinctive words they are in those names, so that "Tabriz Petrochemical" is not "Shiraz
     * Petrochemical". Personal names among city names (Abbas, Sofia, Lima, Minh, Samara, Alexandria) are left out.
     */
    static final Set<String> CITIES = Set.of(
        "phnom", "penh", "vientiane", "saigon", "islamabad", "rawalpindi", "peshawar", "quetta", "bishkek", "dushanbe",
        "ashgabat", "chisinau", "belgrade", "sarajevo", "skopje", "tirana", "podgorica", "zagreb", "ljubljana",
        "aleppo", "homs", "latakia", "baghdad", "basra", "mosul", "erbil", "amman", "ramallah", "khartoum", "tripoli",
        "benghazi", "tunis", "algiers", "rabat", "managua", "quito", "sanaa", "manama", "isfahan", "mashhad", "tabriz",
        "shiraz", "qom", "karaj", "ahvaz", "ajman", "fujairah", "ankara", "izmir", "mersin", "vladivostok", "kazan",
        "omsk", "krasnoyarsk", "chelyabinsk", "rostov", "volgograd", "voronezh", "nizhny", "novgorod", "saratov",
        "izhevsk", "khabarovsk", "sevastopol", "simferopol", "donetsk", "luhansk", "crimea", "irkutsk", "tomsk",
        "tyumen", "kaliningrad", "murmansk", "arkhangelsk", "yaroslavl", "kaluga", "bryansk", "smolensk", "ryazan",
        "lipetsk", "penza", "orenburg", "barnaul", "kemerovo", "novokuznetsk", "yakutsk", "sochi", "krasnodar",
        "stavropol", "makhachkala", "grozny", "vitebsk", "gomel", "grodno", "mogilev", "kharkiv", "kharkov", "odessa",
        "odesa", "dnipro", "lviv", "mariupol", "nursultan", "naypyidaw", "mandalay", "dhaka", "colombo", "kathmandu",
        "ulaanbaatar", "harare", "lusaka", "kinshasa", "addis", "ababa", "mogadishu", "asmara", "bamako", "niamey",
        "ouagadougou", "maracaibo", "medellin", "guayaquil", "foshan", "huizhou", "wenzhou", "yantai", "weifang",
        "zibo", "tangshan", "baoding", "xuzhou", "yangzhou", "shaoxing", "quanzhou", "shantou", "haikou", "guilin",
        "yinchuan", "xining", "hohhot", "changchun", "daqing", "anshan", "dandong", "zhuzhou", "xiangtan", "yichang",
        "wuhu", "weihai", "linyi", "jining");

    /**
     * The words of a name after normalisation, in the order written, form words dropped, repeated words once.
     *
     * @param name a name as written, not null
     * @return the words, possibly none
     */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>(6);
        for (String w : tokens(name)) {
            add(out, w);
        }
        return out;
    }

    /** Joining words: form words that say nothing about what kind of party a name is. */
    private static final Set<String> JOINING = Set.of("the", "of", "and", "de", "del", "&");

    /**
     * Whether a name is an organisation's by its words: it has a word of corporate form ("Ltd", "Inc.", "GmbH",
     * "Holdings" …), which the names of individuals, vessels and aircraft do not have.
     *
     * @param name a name as written
     * @return true when the name has a word of corporate form
     */
    static boolean organisation(String name) {
        return organisation(tokens(name));
    }

    /**
     * Whether normalised tokens (form words kept) include a word of corporate form.
     *
     * @param tokens the tokens of {@link #tokens(String)}
     * @return true when one is a word of corporate form
     */
    static boolean organisation(List<String> tokens) {
        for (String w : tokens) {
            if (FORM_WORDS.contains(w) && !JOINING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The normalised words of a name, in order, form words kept.
     *
     * @param name a name as written
     * @return the tokens
     */
    static List<String> tokens(String name) {
        String s = name;
        if (!ascii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder unmarked = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int t = Character.getType(c);
                if (t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK
                    && t != Character.ENCLOSING_MARK) {
                    unmarked.append(c);
                }
            }
            s = unmarked.toString();
        }
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'', '\u2018', '\u2019', '\u02bc', '`', '\u00b4' -> { }
                case '\u00df' -> b.append("ss");
                case '\u00f8' -> b.append('o');
                case '\u00e6' -> b.append("ae");
                case '\u0153' -> b.append("oe");
                case '\u0111', '\u00f0' -> b.append('d');
                case '\u0142' -> b.append('l');
                case '\u0131' -> b.append('i');
                case '\u00fe' -> b.append("th");
                default -> b.append(Character.isLetterOrDigit(c) || c == '.' || Character.isSurrogate(c) ? c : ' ');
            }
        }
        b.append(' ');
        List<String> raw = new ArrayList<>(8);
        int start = -1;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == ' ') {
                if (start >= 0) {
                    chunk(raw, b.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        // runs of single letters are one initialism: "S A" is "sa", as "S.A." is
        List<String> out = new ArrayList<>(raw.size());
        StringBuilder letters = new StringBuilder();
        for (String w : raw) {
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                letters.append(w);
                continue;
            }
            if (letters.length() > 0) {
                out.add(letters.toString());
                letters.setLength(0);
            }
            out.add(w);
        }
        if (letters.length() > 0) {
            out.add(letters.toString());
        }
        return out;
    }

    /** A run of letters, digits and dots: an initialism ("s.a.", "u.s.a") joined, otherwise split at the dots. */
    private static void chunk(List<String> out, String chunk) {
        if (chunk.indexOf('.') < 0) {
            out.add(chunk);
        } else if (initialism(chunk)) {
            out.add(chunk.replace(".", ""));
        } else {
            int start = 0;
            for (int i = 0; i <= chunk.length(); i++) {
                if (i == chunk.length() || chunk.charAt(i) == '.') {
                    if (i > start) {
                        out.add(chunk.substring(start, i));
                    }
                    start = i + 1;
                }
            }
        }
    }

    /** Single letters each followed by a dot, the last dot optional: "s.a.", "u.s.a". */
    private static boolean initialism(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return chunk.length() >= 2;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> out, String word) {
        if (!word.isEmpty() && !FORM_WORDS.contains(word) && !out.contains(word)) {
            out.add(word);
        }
    }

    /**
     * A word of the query corrected to the form word, generic word or place name it is one edit from (five letters or more:
     * "corxoration" is "corporation", "technolxgy" is "technology"), so a typing error in a word that carries no
     * weight does not become a distinctive word.
     *
     * @param word a normalised word that is not one of the listed words
     * @param distance the Levenshtein distance, limited to 1
     * @return the form or generic word, or the word itself when it is none
     */
    static String corrected(String word, org.apache.commons.text.similarity.LevenshteinDistance distance) {
        if (word.length() < 5 || FORM_WORDS.contains(word) || GENERIC.contains(word) || PLACES.contains(word)) {
            return word;
        }
        for (int h : PartyScreen.deletionHashes(word)) {
            List<String> near = CORRECTIONS.get(h);
            if (near != null) {
                for (String g : near) {
                    if (distance.apply(word, g) >= 0) {
                        return g;
                    }
                }
            }
        }
        return word;
    }

    /** The form words, generic words and place names of five letters or more, by the hashes of their deletions. */
    private static final java.util.Map<Integer, List<String>> CORRECTIONS = corrections();

    private static java.util.Map<Integer, List<String>> corrections() {
        java.util.Map<Integer, List<String>> m = new java.util.HashMap<>();
        for (Set<String> set : List.of(FORM_WORDS, GENERIC, PLACES)) {
            for (String g : new java.util.TreeSet<>(set)) {
                if (g.length() >= 5) {
                    for (int h : PartyScreen.deletionHashes(g)) {
                        List<String> l = m.computeIfAbsent(h, k -> new ArrayList<>(1));
                        if (!l.contains(g)) {
                            l.add(g);
                        }
                    }
                }
            }
        }
        return m;
    }

    /**
     * {@return what the word counts for}
     *
     * @param word a normalised word
     */
    static Kind kind(String word) {
        if (GENERIC.contains(word)) {
            return Kind.GENERIC;
        }
        return PLACES.contains(word) || CITIES.contains(word) ? Kind.PLACE : Kind.DISTINCTIVE;
    }

    /**
     * The key two names share when they have the same words in any order: the sorted words joined by spaces.
     *
     * @param words normalised words
     * @return the key, empty when there are no words
     */
    static String key(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        return String.join(" ", sorted);
    }
}
