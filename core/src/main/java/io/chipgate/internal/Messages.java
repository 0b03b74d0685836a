package io.chipgate.internal;

/**
 * Text from a user's input made safe to show in a one-line message: control characters escaped, long values
 * capped. Not API.
 *
 * <p>A value copied into an error message must not act on the user's terminal (an ESC byte can clear it) nor
 * break the one-line promise (a newline), nor flood it (a megabyte-long value). This class is immutable and
 * thread-safe.
 */
public final class Messages {
    /** Most characters of a user's value shown in a message, before "…". */
    public static final int VALUE_CAP = 80;

    private Messages() {
    }

    /** Whether a character is a control character (C0, DEL, C1) or a line or paragraph separator. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }

    /** The index of the first control character in a string, or -1. */
    public static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A string with its control characters escaped ({@code \n}, {@code \t}, {@code \r}, otherwise
     * {@code \}{@code u001B}) and cut to at most {@code cap} characters with "…".
     */
    public static String capped(String s, int cap) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), cap) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= cap) {
                b.append('…');
                return b.toString();
            }
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (isControl(c) || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A user's value for a message: escaped and capped at {@link #VALUE_CAP} characters. */
    public static String value(String s) {
        return capped(s, VALUE_CAP);
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
