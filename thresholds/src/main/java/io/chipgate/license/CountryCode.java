package io.chipgate.license;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, upper case, as the licence rules' destinations and headquarters are given
 * (e.g. {@code CN}, {@code DE}, {@code AE}; Hong Kong {@code HK} is assessed as China by the
 * {@link CountryGroups}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code two upper-case letters that ISO 3166-1 assigns
 */
public record CountryCode(String code) {
    private static final Set<String> ISO = new HashSet<>(Arrays.asList(Locale.getISOCountries()));

    /**
     * Checks that the code is an assigned ISO 3166-1 alpha-2 code in upper case.
     *
     * @param code two upper-case letters that ISO 3166-1 assigns, not null
     * @throws IllegalArgumentException if the code is not an assigned ISO 3166-1 alpha-2 code in upper case
     */
    public CountryCode {
        Objects.requireNonNull(code, "code");
        if (!ISO.contains(code)) {
            throw new IllegalArgumentException(message("country code", code));
        }
    }

    /**
     * Parses a code in upper or lower case, surrounding spaces ignored.
     *
     * @throws IllegalArgumentException for anything but an assigned ISO 3166-1 alpha-2 code, saying what to give
     * @param code two letters in either case, e.g. "cn", not null
     * @return the code in upper case
     */
    public static CountryCode of(String code) {
        return of(code, "country code");
    }

    /**
     * Parses a code, naming in the message what the code is for ("destination", "headquarters").
     *
     * @throws IllegalArgumentException for anything but an assigned ISO 3166-1 alpha-2 code
     * @param code two letters in either case, e.g. "cn"; null gives an error saying the code is required
     * @param what what the code is for, e.g. "destination", named in the message
     * @return the code in upper case
     */
    public static CountryCode of(String code, String what) {
        if (code == null) {
            throw new IllegalArgumentException(what + " is required: give an ISO 3166-1 alpha-2 country code such as CN, DE or AE");
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!ISO.contains(c)) {
            throw new IllegalArgumentException(message(what, code));
        }
        return new CountryCode(c);
    }

    private static String message(String what, String code) {
        String shown = code.length() > 20 ? code.substring(0, 20) + "…" : code;
        String c = code.strip().toUpperCase(Locale.ROOT);
        return what + " '" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not an ISO 3166-1 alpha-2 country code: give two letters such as CN, "
            + "DE or AE" + ("UK".equals(c) ? " (the United Kingdom is GB)" : "");
    }

    @Override
    public String toString() {
        return code;
    }
}
