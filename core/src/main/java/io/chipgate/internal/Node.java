package io.chipgate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.chipgate.document.DocumentFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A position in a document read by {@link Documents}: the value there and its JSON path, with the typed reads
 * every format needs (strings, booleans, bounded numbers, enumerated names, ISO dates, arrays of at most so many
 * entries, objects of known fields). Every failed read is a {@link DocumentFormatException} naming the file, the
 * path, the value and what was expected. Not API.
 *
 * <p>This class is immutable and thread-safe (the tree is never modified).
 */
public final class Node {
    private final String file;
    private final String path;
    private final JsonNode node;

    Node(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** @return the file name used in messages */
    public String file() {
        return file;
    }

    /** @return the JSON path of this value */
    public String path() {
        return path;
    }

    /** @return the failure at this position, for a value shown as given ({@code null} for none) */
    public DocumentFormatException error(String value, String expected) {
        return new DocumentFormatException(file, path, value, expected);
    }

    /** @return the failure at this position, showing this node's value */
    public DocumentFormatException bad(String expected) {
        return error(show(), expected);
    }

    /** @return the failure at a field of this object that is absent or unusable ({@code null} value) */
    public DocumentFormatException errorAt(String name, String value, String expected) {
        return new DocumentFormatException(file, path + "." + name, value, expected);
    }

    // ------------------------------------------------------------------------------------------- shape

    /** @return whether this is an object */
    public boolean isObject() {
        return node.isObject();
    }

    /** @return whether this is an array */
    public boolean isArray() {
        return node.isArray();
    }

    /** @return whether this is a number */
    public boolean isNumber() {
        return node.isNumber();
    }

    /** @return whether this is a string */
    public boolean isText() {
        return node.isTextual();
    }

    /** @return whether this is the JSON value null */
    public boolean isNull() {
        return node.isNull();
    }

    /** @return the number of entries of an array or fields of an object, 0 otherwise */
    public int size() {
        return node.size();
    }

    /** @return whether this object has the field with a value other than null */
    public boolean has(String name) {
        JsonNode n = node.get(name);
        return n != null && !n.isNull();
    }

    /** @return whether this object has the field, even with the value null */
    public boolean hasKey(String name) {
        return node.has(name);
    }

    /**
     * The required field of this object.
     *
     * @throws DocumentFormatException if it is absent or null
     */
    public Node field(String name) {
        JsonNode n = node.get(name);
        if (n == null || n.isNull()) {
            throw errorAt(name, null, "a value for the required field \"" + name + "\"");
        }
        return new Node(file, path + "." + name, n);
    }

    /** @return the field, if present and not null */
    public Optional<Node> optional(String name) {
        return has(name) ? Optional.of(field(name)) : Optional.empty();
    }

    /** @return the entry {@code i} of this array */
    public Node get(int i) {
        return new Node(file, path + "[" + i + "]", node.get(i));
    }

    /** @return the names of this object's fields, in document order */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Requires an object whose fields are all in {@code allowed}.
     *
     * @throws DocumentFormatException naming the first unknown field and the valid ones
     */
    public void onlyFields(Set<String> allowed) {
        if (!node.isObject()) {
            throw bad("an object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw errorAt(n, show(node.get(n)), "a known field (unknown field \"" + n + "\"; valid fields are " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    /**
     * Requires an object with every field of {@code required} (not null) and no field outside both sets.
     *
     * @throws DocumentFormatException naming the missing or unknown field
     */
    public void fields(Set<String> required, Set<String> optional) {
        if (!node.isObject()) {
            throw bad("an object");
        }
        for (String r : new TreeSet<>(required)) {
            if (!has(r)) {
                throw errorAt(r, null, "a value (the field is required)");
            }
        }
        Set<String> known = new TreeSet<>(required);
        known.addAll(optional);
        onlyFields(known);
    }

    /**
     * Visits the entries of an array field, if present.
     *
     * @param max most entries accepted
     * @throws DocumentFormatException if the field is not an array or has more than {@code max} entries
     */
    public void array(String name, int max, Consumer<Node> each) {
        if (has(name)) {
            field(name).elements(max).forEach(each);
        }
    }

    /**
     * The entries of this array.
     *
     * @param max most entries accepted
     * @throws DocumentFormatException if this is not an array or has more than {@code max} entries
     */
    public List<Node> elements(int max) {
        if (!node.isArray()) {
            throw bad("an array");
        }
        if (node.size() > max) {
            throw error("an array of " + node.size() + " entries", "at most " + max + " entries");
        }
        List<Node> all = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            all.add(get(i));
        }
        return all;
    }

    // ------------------------------------------------------------------------------------------- scalars

    /**
     * A non-blank string, trimmed.
     *
     * @throws DocumentFormatException if this is not a string or is blank
     */
    public String text() {
        if (!node.isTextual()) {
            throw bad("a string");
        }
        String t = node.asText().trim();
        if (t.isEmpty()) {
            throw error("\"" + node.asText() + "\"", "a non-empty string");
        }
        return t;
    }

    /**
     * A non-blank string, exactly as written (not trimmed).
     *
     * @throws DocumentFormatException if this is not a string or is blank
     */
    public String exactText() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw bad("a non-empty string");
        }
        return node.asText();
    }

    /**
     * A string exactly as written, possibly blank.
     *
     * @throws DocumentFormatException if this is not a string
     */
    public String rawText() {
        if (!node.isTextual()) {
            throw bad("a string");
        }
        return node.textValue();
    }

    /** @return the required string field, trimmed */
    public String requiredText(String name) {
        return field(name).text();
    }

    /** @return the string field, trimmed, if present */
    public Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(field(name).text()) : Optional.empty();
    }

    /**
     * @return true or false
     * @throws DocumentFormatException if this is not a JSON boolean
     */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw bad("true or false");
        }
        return node.booleanValue();
    }

    /**
     * A whole number in a range.
     *
     * @throws DocumentFormatException if this is not a whole number from {@code min} to {@code max}
     */
    public int integer(int min, int max) {
        if (node.isNumber() && !node.isIntegralNumber()) {
            // 2.022e3 is exactly 2022: read as written, like every other number (the bound was checked when read)
            BigDecimal exact = node.decimalValue();
            if (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0) {
                BigDecimal whole = exact.stripTrailingZeros();
                if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
                    throw error(BoundedNumbers.show(exact), "a whole number from " + min + " to " + max);
                }
                return whole.intValueExact();
            }
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw bad("a whole number from " + min + " to " + max);
        }
        int v = node.intValue();
        if (v < min || v > max) {
            throw error(Integer.toString(v), "a whole number from " + min + " to " + max);
        }
        return v;
    }

    /**
     * The number exactly as written.
     *
     * @throws DocumentFormatException if this is not a number
     */
    public BigDecimal number(String unit) {
        if (!node.isNumber()) {
            throw bad("a number" + units(unit) + ", written without quotes");
        }
        return node.isBigInteger() ? new BigDecimal(node.bigIntegerValue())
            : node.isIntegralNumber() ? BigDecimal.valueOf(node.longValue()) : node.decimalValue();
    }

    /**
     * A number above 0 and at most {@code max}, exactly as written.
     *
     * @throws DocumentFormatException otherwise
     */
    public BigDecimal positive(BigDecimal max, String unit) {
        BigDecimal v = number(unit);
        if (v.signum() <= 0 || v.compareTo(max) > 0) {
            throw error(v.toPlainString(), "a number above 0 and at most " + max.toPlainString() + units(unit));
        }
        return v;
    }

    /**
     * A number from {@code min} to {@code max}, exactly as written.
     *
     * @throws DocumentFormatException otherwise
     */
    public BigDecimal atLeast(BigDecimal min, BigDecimal max, String unit) {
        BigDecimal v = positive(max, unit);
        if (v.compareTo(min) < 0) {
            throw error(v.toPlainString(), "a number from " + min.toPlainString() + " to " + max.toPlainString() + units(unit));
        }
        return v;
    }

    /**
     * The enumerated constant named by this string, ignoring the case of ASCII letters only.
     *
     * @throws DocumentFormatException naming the valid names
     */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String t = text();
        for (E e : type.getEnumConstants()) {
            if (AsciiNames.equalsIgnoringCase(e.name(), t)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw error(quote(t), "one of " + names);
    }

    /**
     * An ISO date ("2026-11-29").
     *
     * @param example the date shown in the expectation
     * @throws DocumentFormatException otherwise
     */
    public LocalDate date(String example) {
        String t = text();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw error(quote(t), "an ISO date such as " + example);
        }
    }

    /**
     * This value for a message: a number plain (or scientific when huge), a string quoted, a container by kind.
     *
     * @return the text shown
     */
    public String show() {
        return show(node);
    }

    /** @return a JSON value for a message */
    public static String show(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return null;
        }
        if (n.isNumber()) {
            return BoundedNumbers.show(n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue());
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return quote(n.asText());
        }
        return n.toString();
    }

    /** @return the text in double quotes */
    public static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String units(String unit) {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }
}
