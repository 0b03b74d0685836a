package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;

/** Pretty JSON with plain decimals, or one compact line per object for JSON Lines. */
final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.instance; // keeps BigDecimals as given (Jackson ≥ 2.15 does not normalise here)

    /** The writers, built on first use: a text-format call never pays for an ObjectMapper (see docs/benchmarks.md). */
    private static final class Writers {
        static final ObjectMapper M = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .nodeFactory(F).build();

        static final ObjectMapper LINE = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(F).build();

        /** Reads the library's JSON text back as a tree, numbers exactly as written (to add CLI-only fields). */
        static final ObjectMapper READ = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(F).build();
    }


    private Json() {
    }

    /**
     * A JSON object written by the library ({@code Reports.json}) as a tree, so the CLI can add its own fields
     * (notices) and place it in an array; numbers are kept exactly as written.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode object(String json) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode) Writers.READ.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** One compact line, for JSON Lines. */
    static String line(Object node) {
        try {
            return Writers.LINE.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object node) {
        try {
            return Writers.M.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
