package io.chipgate.parties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The labelled sets of the screening measurement: variants of listed names, each labelled with the entry it must
 * find, and real company names not on the list. Variants are made from the list itself (every fifth entry, fixed
 * seed), one of each kind:
 * <ul>
 * <li>CASE: upper, lower or title case;</li>
 * <li>PUNCTUATION: apostrophes removed, every other punctuation mark a space, then a comma after the first word and a full stop at the end;</li>
 * <li>ORDER: words in reverse order;</li>
 * <li>FORM: words of corporate form at the end dropped ("Co., Ltd.", "LLC", "GmbH" …), for names that have one;</li>
 * <li>TYPO: one letter of the longest word (of five letters or more) replaced by another, for names that have one;</li>
 * <li>ALIAS: each alternative name the entry lists, as written.</li>
 * </ul>
 */
final class LabelledNames {
    private LabelledNames() {
    }

    /** The kinds of variant. */
    enum Kind { CASE, PUNCTUATION, ORDER, FORM, TYPO, ALIAS }

    /** A variant of a listed name, labelled with the entry it was made from. */
    record Variant(Kind kind, String name, PartyEntry entry) {
        Variant {
            Objects.requireNonNull(name);
        }
    }

    static final List<String> TRAILING_FORMS = List.of("co", "ltd", "llc", "inc", "gmbh", "limited", "corporation",
        "corp", "company", "group", "holdings", "plc", "jsc", "sa", "ag", "bv", "pte", "pvt", "private", "sdn", "bhd",
        "ooo", "oao", "zao", "fze", "fzco", "llp", "srl");

    static List<Variant> variants(PartyList list, int every, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Variant> out = new ArrayList<>();
        List<PartyEntry> entries = list.entries();
        for (int i = 0; i < entries.size(); i += every) {
            PartyEntry e = entries.get(i);
            String n = e.name();
            out.add(new Variant(Kind.CASE, switch (r.nextInt(3)) {
                case 0 -> n.toUpperCase(Locale.ROOT);
                case 1 -> n.toLowerCase(Locale.ROOT);
                default -> title(n);
            }, e));
            out.add(new Variant(Kind.PUNCTUATION, punctuated(n), e));
            out.add(new Variant(Kind.ORDER, reversed(n), e));
            String dropped = formDropped(n);
            if (!dropped.equals(n) && !dropped.isBlank()) {
                out.add(new Variant(Kind.FORM, dropped, e));
            }
            String typo = typo(n, r);
            if (typo != null) {
                out.add(new Variant(Kind.TYPO, typo, e));
            }
            for (String a : e.aliases()) {
                out.add(new Variant(Kind.ALIAS, a, e));
            }
        }
        return out;
    }

    static String title(String n) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : n.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return b.toString();
    }

    static String punctuated(String n) {
        String[] w = n.replaceAll("['\u2019]", "").replaceAll("[\\p{P}\\p{S}]", " ").trim().split("\\s+");
        StringBuilder b = new StringBuilder(w[0]);
        for (int i = 1; i < w.length; i++) {
            b.append(i == 1 ? ", " : " ").append(w[i]);
        }
        return b.append('.').toString();
    }

    static String reversed(String n) {
        String[] w = n.trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = w.length - 1; i >= 0; i--) {
            b.append(w[i]).append(i > 0 ? " " : "");
        }
        return b.toString();
    }

    static String formDropped(String n) {
        List<String> w = new ArrayList<>(List.of(n.trim().split("\\s+")));
        while (w.size() > 1 && TRAILING_FORMS.contains(w.get(w.size() - 1).replaceAll("[\\p{P}]", "").toLowerCase(Locale.ROOT))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w).replaceAll("[,\\s]+$", "");
    }

    /** One letter of the longest word (five letters or more) replaced, not first or last; null when no such word. */
    static String typo(String n, SplittableRandom r) {
        int bestStart = -1;
        int bestLen = 0;
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean letter = i < n.length() && Character.isLetter(n.charAt(i)) && n.charAt(i) < 0x80;
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start > bestLen) {
                    bestLen = i - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        if (bestLen < 5) {
            return null;
        }
        int p = bestStart + 1 + r.nextInt(bestLen - 2);
        char c = Character.toLowerCase(n.charAt(p));
        char t = c == 'x' ? 'q' : 'x';
        return n.substring(0, p) + (Character.isUpperCase(n.charAt(p)) ? Character.toUpperCase(t) : t) + n.substring(p + 1);
    }

    /** The company names of the false-hit set (test resource nasdaq-companies.txt), in file order. */
    static List<String> companies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
            LabelledNames.class.getResourceAsStream("/io/chipgate/parties/nasdaq-companies.txt")), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
