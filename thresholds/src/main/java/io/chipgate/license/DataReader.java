package io.chipgate.license;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The strict reading shared by the licence package's data files (country groups, embargoes): one JSON document
 * without duplicate keys or trailing content, known fields only, and one {@link CountryGroupsFormatException}
 * naming the file, the JSON path, the value and what was expected.
 */
final class DataReader {
    private final String file;

    DataReader(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Parses the document and hands its root to {@code read}. */
    static <T> T load(InputStream in, String fileName, Function<DataReader, Function<JsonNode, T>> read) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CountryGroupsFormatException(fileName, "$", null,
                "well-formed JSON without duplicate keys or trailing content (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName, e);
        }
        return read.apply(new DataReader(fileName)).apply(root);
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

    /** The file name used in messages. */
    String file() {
        return file;
    }

    /** The exception for a value shown as given (e.g. a key). */
    CountryGroupsFormatException badShown(String path, String shown, String expected) {
        return new CountryGroupsFormatException(file, path, shown, expected);
    }

    CountryGroupsFormatException bad(String path, JsonNode value, String expected) {
        return new CountryGroupsFormatException(file, path, value == null || value.isMissingNode() ? null : value.toString(), expected);
    }

    void fields(JsonNode node, String path, Set<String> required, Set<String> optional) {
        if (node == null || !node.isObject()) {
            throw bad(path, node, "an object");
        }
        for (String r : required) {
            if (!node.has(r) || node.get(r).isNull()) {
                throw bad(path + "." + r, null, "a value (the field is required)");
            }
        }
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!required.contains(f) && !optional.contains(f)) {
                Set<String> known = new TreeSet<>(required);
                known.addAll(optional);
                throw bad(path + "." + f, null, "one of the known fields " + known + " (unknown field '" + f + "')");
            }
        }
    }

    String text(JsonNode node, String path) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw bad(path, node, "a non-empty string");
        }
        if (node.asText().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw bad(path, node, "text without control characters");
        }
        return node.asText();
    }

    boolean bool(JsonNode node, String path) {
        if (node == null || !node.isBoolean()) {
            throw bad(path, node, "true or false");
        }
        return node.asBoolean();
    }

    LocalDate date(JsonNode node, String path) {
        String s = text(node, path);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw bad(path, node, "an ISO date such as 2024-12-02");
        }
    }

    String code(JsonNode node, String path) {
        String s = text(node, path);
        if (!s.equals(s.toUpperCase(Locale.ROOT)) || !CountryGroups.isIsoCode(s)) {
            throw bad(path, node, "an upper-case ISO 3166-1 alpha-2 code such as CN");
        }
        return s;
    }
}
