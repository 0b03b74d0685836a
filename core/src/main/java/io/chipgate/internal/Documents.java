package io.chipgate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.document.DocumentFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The one reader of documents: JSON text (a spec, a custom regime, a licence data file, a vendor table) or a tree
 * already read from YAML, checked against the same limits and handed to the mapping code as a {@link Node}.
 * Not API.
 *
 * <p>Every document is refused, with one {@link DocumentFormatException} naming the file, the JSON path, the value
 * and what was expected, when it: is empty; is not well-formed; has a key twice in one object; has content after
 * the document; nests deeper than {@value #MAX_DEPTH} levels; has a number beyond {@link BoundedNumbers} (checked
 * before any arithmetic); has a string with a control character (see {@link Messages#isControl}). A leading
 * byte-order mark is skipped. Numbers are kept exactly as their decimal text ({@code 300.0} keeps its scale). The
 * size of a file is limited where it is read ({@link InputFiles#MAX_BYTES}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {
    /** Deepest nesting of arrays and objects accepted, in every format. */
    public static final int MAX_DEPTH = 64;

    /**
     * The JSON parser: jackson-core's streaming parser building the tree directly, without an ObjectMapper (whose
     * set-up costs a command-line call more than reading one part does). Duplicate keys are refused by the parser,
     * nesting is limited by its constraints, floating-point numbers are read as exact decimals with their scale, and
     * content after the document is refused.
     */
    private static final class Parser {
        static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        static final JsonNodeFactory NODES = JsonNodeFactory.instance; // keeps BigDecimals as written

        static JsonNode read(String text) throws IOException {
            try (JsonParser p = FACTORY.createParser(text)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                JsonNode root = value(p, t);
                JsonToken after = p.nextToken();
                if (after != null) {
                    throw new JsonParseException(p, "Trailing token (of type " + after + ") found after the document",
                        p.currentTokenLocation());
                }
                return root;
            }
        }

        /** The value starting at the current token; nesting is bounded by the parser's constraints. */
        private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                        String name = p.currentName();
                        o.set(name, value(p, p.nextToken()));
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        a.add(value(p, e));
                    }
                    return a;
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    switch (p.getNumberType()) {
                        case INT:
                            return NODES.numberNode(p.getIntValue());
                        case LONG:
                            return NODES.numberNode(p.getLongValue());
                        default:
                            return NODES.numberNode(p.getBigIntegerValue());
                    }
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new JsonParseException(p, "Unexpected token " + t);
            }
        }
    }

    private Documents() {
    }

    /** What nesting is accepted, in words for an error message. */
    public static String depthExpectation() {
        return "nesting at most " + MAX_DEPTH + " levels deep";
    }

    /**
     * Reads a JSON document.
     *
     * @param text the document, with or without a leading byte-order mark
     * @param file a name for messages
     * @return the root, checked
     * @throws DocumentFormatException if the document is not well-formed or breaks a limit
     */
    public static Node json(String text, String file) {
        Objects.requireNonNull(file, "file");
        JsonNode root;
        try {
            root = Parser.read(InputFiles.withoutBom(Objects.requireNonNull(text, "text")));
        } catch (StreamConstraintsException e) {
            throw new DocumentFormatException(file, "$", null, depthOrLimit(e) + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new DocumentFormatException(file, "$", null, "well-formed JSON" + where(e.getLocation()) + ": "
                + problem(e.getOriginalMessage()));
        } catch (IOException e) { // reading a string: no other I/O can fail
            throw new java.io.UncheckedIOException(e);
        } catch (NumberFormatException | ArithmeticException e) {
            // a number whose exponent does not fit an int ("1e2147483648")
            throw new DocumentFormatException(file, "$", null, BoundedNumbers.expectation());
        }
        if (root == null || root.isMissingNode()) {
            throw new DocumentFormatException(file, "$", null, "a JSON document, but the input is empty");
        }
        return tree(root, file);
    }

    /**
     * Reads a JSON document from UTF-8 bytes (a built-in resource).
     *
     * @param in the bytes, read to the end but not closed
     * @param file a name for messages
     * @return the root, checked
     * @throws DocumentFormatException if the bytes are not UTF-8, larger than {@link InputFiles#MAX_BYTES}, or not
     *     a valid document
     */
    public static Node json(InputStream in, String file) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) InputFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new DocumentFormatException(file, "$", null, "a readable document (" + e.getMessage() + ")");
        }
        if (bytes.length > InputFiles.MAX_BYTES) {
            throw new DocumentFormatException(file, "$", null, "a document of at most " + InputFiles.MAX_BYTES + " bytes");
        }
        return json(InputFiles.decode(bytes, file), file);
    }

    /**
     * Checks a tree read by another parser (YAML) against the limits every document meets, and wraps it.
     *
     * @param root the tree; numbers as {@link BigDecimal} or {@link java.math.BigInteger}
     * @param file a name for messages
     * @return the root, checked
     * @throws DocumentFormatException if the tree breaks a limit
     */
    public static Node tree(JsonNode root, String file) {
        check(file, "$", root, 0);
        return new Node(file, "$", root);
    }

    /**
     * Where a parser stopped, for an expectation: " (line 3, column 7)", or nothing when unknown.
     *
     * @param loc the parser's location, or null
     * @return the text, possibly empty
     */
    public static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /**
     * A parser's message without the parser's own vocabulary of source descriptions: "[Source: REDACTED (…);
     * line: 1, column: 1]" becomes "line 1, column 1".
     *
     * @param message the parser's message, may be null
     * @return the message for a user
     */
    public static String problem(String message) {
        return String.valueOf(message).replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String depthOrLimit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        return m.contains("nesting depth") ? depthExpectation() : "a document within the parser's limits: " + m;
    }

    /**
     * Every number within {@link BoundedNumbers}, every string free of control characters, the nesting bounded,
     * checked before any field is read (so no later step sees an explosive number).
     */
    /** The index of the first surrogate that is not half of a pair, or -1. */
    static int loneSurrogate(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static void check(String file, String path, JsonNode n, int depth) {
        if (n.isContainerNode() && depth >= MAX_DEPTH) {
            throw new DocumentFormatException(file, path, null, depthExpectation());
        }
        if (n.isNumber()) {
            BigDecimal v = n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
            if (!BoundedNumbers.isBounded(v)) {
                throw new DocumentFormatException(file, path, BoundedNumbers.show(v), BoundedNumbers.expectation());
            }
        } else if (n.isTextual()) {
            String t = n.textValue();
            int at = Messages.firstControl(t);
            if (at >= 0) {
                throw new DocumentFormatException(file, path, "\"" + t + "\"", "text without control characters (found U+"
                    + String.format("%04X", (int) t.charAt(at)) + " at character " + (at + 1) + ")");
            }
            int lone = loneSurrogate(t);
            if (lone >= 0) {
                // "\ud800" is valid JSON but no character: it breaks CSV and HTML outputs and prints as '?'
                throw new DocumentFormatException(file, path, "\"" + t + "\"", "well-formed Unicode text (found a lone surrogate U+"
                    + String.format("%04X", (int) t.charAt(lone)) + " at character " + (lone + 1) + ")");
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                check(file, path + "[" + i + "]", n.get(i), depth + 1);
            }
        } else if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                check(file, path + "." + e.getKey(), e.getValue(), depth + 1);
            }
        }
    }
}
