package io.chipgate.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the report's pages from Mustache templates (resources under {@code io/chipgate/atlas/}), where every
 * {@code {{value}}} is HTML-escaped; the only unescaped insertion is the embedded JSON, made safe by
 * {@link #writeEmbeddable}.
 */
final class Html {
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("io/chipgate/atlas");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** The page rendered from the template {@code name}.mustache with the model. */
    String render(String name, Map<String, Object> model) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter w = new StringWriter(16384);
        m.execute(w, model);
        return w.toString();
    }

    /** Compact JSON with '<', '>' and '&' written as \\u escapes: safe inside a script element, parsed the same. */
    private static final com.fasterxml.jackson.databind.ObjectWriter EMBEDDABLE = new ObjectMapper()
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .writer().with(new com.fasterxml.jackson.core.io.CharacterEscapes() {
            private static final long serialVersionUID = 1L;
            private final int[] escapes = escapesFor();

            private int[] escapesFor() {
                int[] e = com.fasterxml.jackson.core.io.CharacterEscapes.standardAsciiEscapesForJSON();
                e['<'] = ESCAPE_STANDARD;
                e['>'] = ESCAPE_STANDARD;
                e['&'] = ESCAPE_STANDARD;
                return e;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });

    /** Where a page's embedded data goes while the rest of the page is rendered. */
    private static final String DATA_MARK = "\u0000atlas-data\u0000";

    /**
     * Writes a page whose template embeds the data ({@code {{{json}}}}), streaming the data into the file rather than
     * building it as one string: the data of 10,000 parts is tens of megabytes.
     */
    void renderWithData(String name, Map<String, Object> model, JsonNode data, java.io.Writer out) throws java.io.IOException {
        model.put("json", DATA_MARK);
        String page = render(name, model);
        int at = page.indexOf(DATA_MARK);
        out.write(page, 0, at);
        writeEmbeddable(data, out);
        out.write(page, at + DATA_MARK.length(), page.length() - at - DATA_MARK.length());
    }

    /**
     * The data as compact JSON safe inside {@code <script type="application/json">}: '<', '>' and '&' can only occur
     * inside JSON strings, where their \\u escapes mean the same characters, so no "</script>" or "<!--" can end or
     * change the element, and {@code JSON.parse} returns exactly the data.
     */
    static void writeEmbeddable(JsonNode node, java.io.Writer out) throws java.io.IOException {
        EMBEDDABLE.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
    }

    /** The data as written to data.json, streamed. */
    static void writeJson(JsonNode node, java.io.Writer out) throws java.io.IOException {
        JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
        out.write("\n");
    }

    /** A link target for a source address: http(s) only, so no "javascript:" or "data:" address from a user catalog becomes a link. */
    static Optional<String> safeUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.trim();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? Optional.of(u) : Optional.empty();
    }
}
