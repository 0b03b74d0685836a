package io.chipgate.license;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the item shipped was made, the first fact of the jurisdiction step ({@link Jurisdiction}): a US-origin item is
 * subject to the EAR wherever it is (15 CFR 734.3(a)(2)); a foreign-made item located outside the United States is
 * subject only through the de minimis rule (§ 734.4, § 734.3(a)(3)) or a foreign-direct-product rule (§ 734.9,
 * § 734.3(a)(4)).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Origin {
    /** Made in the United States: "All U.S. origin items wherever located" (§ 734.3(a)(2)). */
    US("us"),
    /** Made outside the United States and located outside it (a foreign-made item in the United States is subject under § 734.3(a)(1)). */
    FOREIGN("foreign");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    /** {@return the lower-case code used on the command line and in order files: "us" or "foreign"} */
    public String code() {
        return code;
    }

    /**
     * {@return the origin with this code}
     *
     * @param text "us" or "foreign", ASCII case ignored, not null
     * @throws IllegalArgumentException naming the value and what is expected when it is neither
     */
    public static Origin parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String t = text.toString().trim().toLowerCase(Locale.ROOT);
        for (Origin o : values()) {
            if (o.code.equals(t)) {
                return o;
            }
        }
        throw new IllegalArgumentException("invalid origin '" + text + "': expected us or foreign");
    }
}
