package io.chipgate.internal;

/**
 * The one case folding used for names in input (enumerated values, precisions, quantities, interpretation
 * options): ASCII letters only, independent of the locale. Not API.
 *
 * <p>{@link String#equalsIgnoreCase} and {@code toUpperCase(Locale.ROOT)} fold more: the dotless "ı" upper-cases to
 * "I" and the Kelvin sign "K" lower-cases to "k", so "NVLıNK" would be read as NVLINK. Here only a–z and A–Z are
 * folded; any other character must match exactly. This class is immutable and thread-safe.
 */
public final class AsciiNames {
    private AsciiNames() {
    }

    /** Whether two names are equal ignoring the case of ASCII letters only. */
    public static boolean equalsIgnoringCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && upper(x) != upper(y)) {
                return false;
            }
        }
        return true;
    }

    /** The name with its ASCII letters upper-cased and every other character unchanged. */
    public static String upper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(upper(s.charAt(i)));
        }
        return b.toString();
    }

    /** The name with its ASCII letters lower-cased and every other character unchanged. */
    public static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c);
        }
        return b.toString();
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    }
}
