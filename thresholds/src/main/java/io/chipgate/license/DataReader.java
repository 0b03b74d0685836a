package io.chipgate.license;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the licence package's data files (country groups, embargoes) add to the one document reader
 * ({@link Documents}): loading a built-in resource, strings taken exactly as written, ISO dates and upper-case
 * ISO 3166-1 codes. Every failure is one {@link DocumentFormatException} naming the file, the JSON path, the
 * value and what was expected.
 */
final class DataReader {
    private DataReader() {
    }

    /** Parses the document and hands its root to {@code read}. */
    static <T> T load(InputStream in, String fileName, Function<Node, T> read) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return read.apply(Documents.json(in, fileName));
    }

    /** Loads a built-in resource of the thresholds jar. */
    static <T> T builtIn(String resource, String what, Function<InputStream, T> load) {
        try (InputStream in = DataReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The built-in " + what + " " + resource
                    + " are missing from the classpath: rebuild the chipgate-thresholds jar");
            }
            return load.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in " + what + " " + resource, e);
        }
    }

    /** A non-blank string, exactly as written. */
    static String text(Node n) {
        return n.exactText();
    }

    /** An ISO date. */
    static LocalDate date(Node n) {
        return n.date("2024-12-02");
    }

    /** An upper-case ISO 3166-1 alpha-2 code. */
    static String code(Node n) {
        String s = n.exactText();
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || !CountryGroups.isIsoCode(s)) {
            throw n.bad("an upper-case ISO 3166-1 alpha-2 code such as CN");
        }
        return s;
    }

    /** A key of an object that must be an upper-case ISO code. */
    static void codeKey(Node object, String key) {
        if (!CountryGroups.isIsoCode(key) || !key.equals(key.toUpperCase(Locale.ROOT))) {
            throw object.errorAt(key, '"' + key + '"', "an upper-case ISO 3166-1 alpha-2 code as the key");
        }
    }
}
