package io.chipgate.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The words of the rule behind each threshold paragraph, for the regime pages: quotes from the project's regulation
 * digest with where each was read ({@code io/chipgate/atlas/rule-texts.json}). A paragraph without a quote there
 * is shown with its citation only.
 */
final class RuleTexts {
    private static final JsonNode TEXTS = load();

    private RuleTexts() {
    }

    private static JsonNode load() {
        try (InputStream in = RuleTexts.class.getResourceAsStream("rule-texts.json")) {
            return Html.JSON.readTree(in).get("texts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quote for a paragraph of a regime, with {@code text}, {@code source} and {@code grade}; null when none is recorded. */
    static JsonNode quote(String regimeId, String paragraph) {
        for (JsonNode t : TEXTS) {
            if (t.get("paragraph").asText().equals(paragraph)) {
                for (JsonNode r : t.get("regimes")) {
                    if (r.asText().equals(regimeId)) {
                        return t;
                    }
                }
            }
        }
        return null;
    }
}
