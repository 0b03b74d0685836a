package io.chipgate.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.chipgate.internal.BoundedNumbers;
import io.chipgate.internal.InputFiles;
import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML spec document directly as a tree — the tree {@link Documents#tree} checks and the spec mapping
 * reads, as for JSON; never converted to JSON text and parsed again — refusing what YAML would read silently
 * wrong: anchors and aliases ({@code name: *v} would otherwise load the text "v"), a second document in the file,
 * numbers not written as JSON decimals (YAML 1.1 octal {@code 0454}, hexadecimal, sexagesimal {@code 1:30},
 * {@code .inf}, {@code 1_000}), booleans other than {@code true}/{@code false}, duplicate keys, and nesting
 * deeper than {@value #MAX_DEPTH} (the limit of every document, {@link Documents#MAX_DEPTH}). Errors are one
 * {@link DocumentFormatException} naming the file, and the line and column in the expectation.
 */
final class YamlSpec {
    static final int MAX_DEPTH = Documents.MAX_DEPTH;
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final YAMLFactory FACTORY;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) InputFiles.MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        FACTORY = YAMLFactory.builder().loaderOptions(options)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
            .build();
    }

    private YamlSpec() {
    }

    /** The document as a JSON tree. */
    static JsonNode read(String text, String file) {
        checkFlowDepth(text, file);
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new DocumentFormatException(file, "$", null, "a YAML document, but the input is empty");
            }
            JsonNode root = value(p, t, file, 0);
            if (p.nextToken() != null) {
                throw error(p, file, "one YAML document (a second document or other content follows the first)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DocumentFormatException(file, "$", null, "well-formed YAML" + Documents.where(e.getLocation()) + ": "
                + problem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DocumentFormatException(file, "$", null, "a readable document: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof DocumentFormatException) {
                throw e;
            }
            // SnakeYAML's own limits (nesting, size) and scanner errors not wrapped by Jackson
            throw new DocumentFormatException(file, "$", null, "well-formed YAML: " + problem(e.getMessage()));
        }
    }

    /**
     * SnakeYAML's message on one line: its unindented lines ("while parsing a flow sequence", "expected ',' or
     * ']', but got …"), without the quoted source and caret lines.
     */
    static String problem(String message) {
        StringBuilder b = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                b.append(b.length() == 0 ? "" : "; ").append(line.trim());
            }
        }
        return b.length() == 0 ? String.valueOf(message).trim() : b.toString();
    }

    /**
     * Refuses flow collections ({@code [ [ [ …}) nested deeper than {@link #MAX_DEPTH} before the YAML scanner
     * sees them: it does work for each open level on every token, so thousands of levels cost seconds. Brackets
     * inside quoted scalars and comments are skipped; an apostrophe inside a word does not open a quote.
     */
    static void checkFlowDepth(String text, String file) {
        int depth = 0;
        int line = 1;
        int column = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                comment = false;
                continue;
            }
            if (comment) {
                continue;
            }
            if (quote != 0) {
                if (quote == '"' && c == '\\') {
                    i++;
                    column++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                comment = true;
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t\r[{,:".indexOf(text.charAt(i - 1)) >= 0)) {
                quote = c; // a quoted scalar starts only where a scalar may start, not at "it's"
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new DocumentFormatException(file, "$", null,
                        Documents.depthExpectation() + " (line " + line + ", column " + column + ")");
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }

    private static JsonNode value(YAMLParser p, JsonToken t, String file, int depth) throws IOException {
        if (p.isCurrentAlias()) {
            throw error(p, file, "no YAML aliases (write the value out; found *" + p.getText() + ")");
        }
        if (p.getCurrentAnchor() != null) {
            throw error(p, file, "no YAML anchors (found &" + p.getCurrentAnchor() + ")");
        }
        if (depth > MAX_DEPTH) {
            throw error(p, file, Documents.depthExpectation());
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    if (p.isCurrentAlias()) {
                        throw error(p, file, "no YAML aliases (write the key out)");
                    }
                    JsonToken v = p.nextToken();
                    JsonNode n = value(p, v, file, depth + 1);
                    if (o.has(name)) {
                        throw error(p, file, "each key once (duplicate key \"" + name + "\")");
                    }
                    o.set(name, n);
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    a.add(value(p, v, file, depth + 1));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = p.getText().trim();
                if (text.length() > 100 || !DECIMAL.matcher(text).matches()) {
                    throw error(p, file, "a number written as a decimal, e.g. 300 or 1.5e3 (found \"" + text
                        + "\"; YAML 1.1 octal, hexadecimal, sexagesimal and other forms are not accepted: quote text)");
                }
                BigDecimal v = new BigDecimal(text);
                if (!BoundedNumbers.isBounded(v)) {
                    throw error(p, file, BoundedNumbers.expectation() + " (found " + BoundedNumbers.show(v) + ")");
                }
                // as written: an integer stays an integer (for "year", "count"), a decimal keeps its scale
                return text.matches("-?[0-9]+") ? NODES.numberNode(v.toBigIntegerExact()) : NODES.numberNode(v);
            }
            case VALUE_TRUE:
            case VALUE_FALSE: {
                String text = p.getText().trim();
                if (!text.equals("true") && !text.equals("false")) {
                    throw error(p, file, "true or false (found \"" + text + "\"; quote it if it is text)");
                }
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw error(p, file, "a YAML mapping, sequence or scalar (found " + t + ")");
        }
    }

    private static DocumentFormatException error(YAMLParser p, String file, String expected) {
        return new DocumentFormatException(file, "$", null, expected + Documents.where(p.currentTokenLocation()));
    }
}
