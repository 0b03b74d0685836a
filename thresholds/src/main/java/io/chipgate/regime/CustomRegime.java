package io.chipgate.regime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.chipgate.internal.InputFiles;
import io.chipgate.internal.JsonScalars;
import io.chipgate.metrics.Tri;
import io.chipgate.spec.SpecFormatException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A hypothetical regime a user describes in JSON with the same threshold shapes as the built-in ones — say a
 * bill's proposed lines — and runs like a built-in regime. A part is {@link Outcome#CONTROLLED} when all clauses
 * of any rule hold, NOT_CONTROLLED when every rule has a clause that fails, INDETERMINATE otherwise.
 *
 * <pre>{@code
 * { "id": "safe-chips-act", "title": "SAFE Chips Act (S. 3374), proposed", "citation": "S. 3374 (bill, not law)",
 *   "effective": "2026-01-01",
 *   "rules": [
 *     { "paragraph": "(A)", "all": [ { "quantity": "TPP", "atLeast": 4800 } ] },
 *     { "paragraph": "(B)", "all": [ { "quantity": "TPP", "atLeast": 2400 }, { "quantity": "PERFORMANCE_DENSITY", "atLeast": 1.6 } ] },
 *     { "paragraph": "(D)", "all": [ { "quantity": "MEMORY_BANDWIDTH", "atLeast": 4100 } ] } ] }
 * }</pre>
 *
 * <p>Quantities: {@link Quantity} names. Comparisons: {@code atLeast}, {@code greaterThan}, {@code lessThan}.
 * Optional {@code "datacenterOnly": true} applies the rules only to parts designed or marketed for datacenters.
 *
 * <p>Limits: at most {@value #MAX_RULES} rules of at most {@value #MAX_CLAUSES} clauses; every number within
 * {@link io.chipgate.internal.BoundedNumbers} (at most 30 significant digits, magnitude 1e-30 to 1e30); no
 * control characters in any string; nothing after the document; quantity names match ignoring ASCII case only.
 * A leading byte-order mark is skipped. This class is immutable and thread-safe.
 */
public final class CustomRegime extends Regime {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    /** Most rules in a custom regime. */
    public static final int MAX_RULES = 1000;
    /** Most clauses in one rule. */
    public static final int MAX_CLAUSES = 64;

    private final List<List<Threshold>> rules;
    private final boolean datacenterOnly;

    private CustomRegime(String id, String title, Instrument instrument, LocalDate effective, List<List<Threshold>> rules,
                         boolean datacenterOnly) {
        super(id, title, instrument, effective, null, null, null);
        this.rules = rules;
        this.datacenterOnly = datacenterOnly;
    }

    /**
     * Reads a custom regime.
     *
     * @throws SpecFormatException naming the file, JSON path, value and what was expected
     */
    public static CustomRegime parse(String json, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(InputFiles.withoutBom(json));
        } catch (JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new SpecFormatException(file, "$", null, "well-formed JSON" + where + ": " + e.getOriginalMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SpecFormatException(file, "$", null, io.chipgate.internal.BoundedNumbers.expectation());
        }
        if (root == null || root.isMissingNode()) {
            throw new SpecFormatException(file, "$", null, "a JSON object describing a regime, but the input is empty");
        }
        if (!root.isObject()) {
            throw new SpecFormatException(file, "$", null, "a JSON object describing a regime");
        }
        JsonScalars.check(file, "$", root);
        only(file, "$", root, Set.of("id", "title", "citation", "url", "effective", "rules", "datacenterOnly"));
        String id = text(file, "$.id", root.get("id"));
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new SpecFormatException(file, "$.id", "\"" + id + "\"", "lower-case letters, digits, '.' and '-'");
        }
        if (Regimes.ids().contains(id)) {
            throw new SpecFormatException(file, "$.id", "\"" + id + "\"", "an id that is not a built-in regime's");
        }
        String title = text(file, "$.title", root.get("title"));
        String citation = text(file, "$.citation", root.get("citation"));
        String url = root.hasNonNull("url") ? text(file, "$.url", root.get("url")) : null;
        LocalDate effective;
        String eff = text(file, "$.effective", root.get("effective"));
        try {
            effective = LocalDate.parse(eff);
        } catch (DateTimeParseException e) {
            throw new SpecFormatException(file, "$.effective", "\"" + eff + "\"", "an ISO date such as \"2026-01-01\"");
        }
        Instrument instrument = Instrument.of(citation, null, title, citation, null, url);
        JsonNode rs = root.get("rules");
        if (rs == null || !rs.isArray() || rs.isEmpty()) {
            throw new SpecFormatException(file, "$.rules", null, "a non-empty array of rules");
        }
        if (rs.size() > MAX_RULES) {
            throw new SpecFormatException(file, "$.rules", "an array of " + rs.size() + " rules", "at most " + MAX_RULES + " rules");
        }
        List<List<Threshold>> rules = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            String rp = "$.rules[" + i + "]";
            JsonNode r = rs.get(i);
            only(file, rp, r, Set.of("paragraph", "all"));
            String paragraph = r.hasNonNull("paragraph") ? text(file, rp + ".paragraph", r.get("paragraph")) : "rule " + (i + 1);
            JsonNode all = r.get("all");
            if (all == null || !all.isArray() || all.isEmpty()) {
                throw new SpecFormatException(file, rp + ".all", null, "a non-empty array of clauses");
            }
            if (all.size() > MAX_CLAUSES) {
                throw new SpecFormatException(file, rp + ".all", "an array of " + all.size() + " clauses", "at most " + MAX_CLAUSES + " clauses");
            }
            List<Threshold> clauses = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                clauses.add(clause(file, rp + ".all[" + j + "]", all.get(j), paragraph, instrument));
            }
            rules.add(List.copyOf(clauses));
        }
        boolean dcOnly = false;
        if (root.has("datacenterOnly")) {
            if (!root.get("datacenterOnly").isBoolean()) {
                throw new SpecFormatException(file, "$.datacenterOnly", root.get("datacenterOnly").toString(), "true or false");
            }
            dcOnly = root.get("datacenterOnly").booleanValue();
        }
        return new CustomRegime(id, title, instrument, effective, List.copyOf(rules), dcOnly);
    }

    private static Threshold clause(String file, String path, JsonNode c, String paragraph, Instrument instrument) {
        only(file, path, c, Set.of("quantity", "atLeast", "greaterThan", "lessThan"));
        String q = text(file, path + ".quantity", c.get("quantity"));
        Quantity quantity = null;
        for (Quantity k : Quantity.values()) {
            if (io.chipgate.internal.AsciiNames.equalsIgnoringCase(k.name(), q)) {
                quantity = k;
            }
        }
        if (quantity == null) {
            throw new SpecFormatException(file, path + ".quantity", "\"" + q + "\"", "one of " + List.of(Quantity.values()));
        }
        Comparison cmp = null;
        String key = null;
        for (Comparison k : Comparison.values()) {
            String name = k == Comparison.AT_LEAST ? "atLeast" : k == Comparison.GREATER_THAN ? "greaterThan" : "lessThan";
            if (c.has(name)) {
                if (cmp != null) {
                    throw new SpecFormatException(file, path + "." + name, null, "exactly one of atLeast, greaterThan, lessThan");
                }
                cmp = k;
                key = name;
            }
        }
        if (cmp == null) {
            throw new SpecFormatException(file, path, null, "one of atLeast, greaterThan, lessThan");
        }
        JsonNode v = c.get(key);
        if (!v.isNumber() || v.decimalValue().signum() < 0) {
            throw new SpecFormatException(file, path + "." + key, v.isNumber() ? v.decimalValue().toString() : v.toString(),
                "a non-negative number written without quotes");
        }
        BigDecimal line = v.isBigInteger() ? new BigDecimal(v.bigIntegerValue()) : v.decimalValue();
        return Threshold.of(quantity, cmp, line, paragraph, instrument);
    }

    private static void only(String file, String path, JsonNode n, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw new SpecFormatException(file, path, n == null ? null : n.toString(), "an object");
        }
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new SpecFormatException(file, path + "." + f, null, "a known field (unknown field \"" + f + "\"; valid fields are " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private static String text(String file, String path, JsonNode n) {
        if (n == null || n.isNull()) {
            throw new SpecFormatException(file, path, null, "a value for this required field");
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new SpecFormatException(file, path, n.toString(), "a non-empty string");
        }
        return n.asText().trim();
    }

    @Override
    public List<Threshold> thresholds() {
        List<Threshold> all = new ArrayList<>();
        rules.forEach(all::addAll);
        return all;
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("custom regime from a user file: hypothetical lines, not law");
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        Evaluation e = Evaluation.of(explain);
        Tri any = Tri.FALSE;
        String matched = null;
        for (List<Threshold> rule : rules) {
            Tri all = Tri.TRUE;
            for (Threshold t : rule) {
                all = all.and(e.test(t, in));
            }
            if (all == Tri.TRUE && matched == null && e.explains()) {
                matched = rule.get(0).paragraph();
            }
            any = any.or(all);
        }
        if (datacenterOnly) {
            Tri dc = datacenter(in);
            if (e.explains()) {
                e.condition("applies only to parts designed or marketed for datacenters: " + dc.label());
            }
            if (dc == Tri.UNKNOWN && any != Tri.FALSE) {
                e.missing.add("datacenter (designed or marketed for datacenters: unknown)");
            }
            any = any.and(dc);
        }
        if (any == Tri.TRUE) {
            e.outcome(Outcome.CONTROLLED);
            if (e.explains()) {
                e.condition("matched " + matched);
            }
        } else if (any == Tri.FALSE) {
            e.outcome(Outcome.NOT_CONTROLLED);
        }
        return e;
    }
}
