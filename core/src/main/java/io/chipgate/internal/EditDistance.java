package io.chipgate.internal;

/**
 * Levenshtein edit distance, for "did you mean" suggestions on mistyped part and regime names. Not API.
 */
public final class EditDistance {
    /** Most cells of the distance table computed; beyond, the longer length is returned. */
    static final long MAX_CELLS = 1_000_000;

    private EditDistance() {
    }

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int between(String a, String b) {
        if ((long) a.length() * b.length() > MAX_CELLS) {
            // a name far longer than any id (say a megabyte-long field of an order file): no suggestion is
            // worth quadratic work, and the length difference is a lower bound that rules it out anyway
            return Math.max(a.length(), b.length());
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
