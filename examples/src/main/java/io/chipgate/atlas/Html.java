package io.chipgate.atlas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the report's pages from Mustache templates (resources under {@code io/chipgate/atlas/}), where every
 * {@code {{value}}} is HTML-escaped; the only unescaped insertion is the embedded JSON, made safe by
 * {@link #embeddableJson}.
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

    /** JSON text as written to data.json. */
    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON text safe inside {@code <script type="application/json">}: '<', '>' and '&' can only occur inside
     * JSON strings, where their \\u escapes mean the same characters, so no "</script>" or "<!--" can end or
     * change the element, and {@code JSON.parse} returns exactly the data.
     */
    static String embeddableJson(JsonNode node) {
        return json(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
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
