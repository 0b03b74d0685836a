package io.chipgate.regime;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.Node;
import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** Most rules in a custom regime. */
    public static final int MAX_RULES = 1000;
    /** Most clauses in one rule. */
    public static final int MAX_CLAUSES = 64;

    private final List<List<Threshold>> rules;
    private final boolean datacenterOnly;

    private CustomRegime(String id, String title, Instrument instrument, LocalDate effective, List<List<Threshold>> rules,
                         boolean datacenterOnly) {
        super(RegimeDefinition.of(id, title, instrument, EffectivePeriod.ofUnboundedEnd(effective)));
        this.rules = rules;
        this.datacenterOnly = datacenterOnly;
    }

    /**
     * Reads a custom regime.
     *
     * @param json the document text
     * @param file a name for messages
     * @return the regime
     * @throws DocumentFormatException naming the file, JSON path, value and what was expected
     */
    public static CustomRegime parse(String json, String file) {
        Node root = Documents.json(json, file);
        if (!root.isObject()) {
            throw root.bad("a JSON object describing a regime");
        }
        root.onlyFields(Set.of("id", "title", "citation", "url", "effective", "rules", "datacenterOnly"));
        Node idNode = root.field("id");
        String id = idNode.text();
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw idNode.error(Node.quote(id), "lower-case letters, digits, '.' and '-'");
        }
        if (Regimes.ids().contains(id)) {
            throw idNode.error(Node.quote(id), "an id that is not a built-in regime's");
        }
        String title = root.requiredText("title");
        String citation = root.requiredText("citation");
        Optional<String> url = root.optionalText("url");
        LocalDate effective = root.field("effective").date("\"2026-01-01\"");
        Instrument instrument = url.map(u -> Instrument.of(citation, title, citation).withUrl(u))
            .orElseGet(() -> Instrument.of(citation, title, citation));
        Node rs = root.field("rules");
        if (!rs.isArray() || rs.size() == 0) {
            throw rs.bad("a non-empty array of rules");
        }
        if (rs.size() > MAX_RULES) {
            throw rs.error("an array of " + rs.size() + " rules", "at most " + MAX_RULES + " rules");
        }
        List<List<Threshold>> rules = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            Node r = rs.get(i);
            r.onlyFields(Set.of("paragraph", "all"));
            String paragraph = r.optionalText("paragraph").orElse("rule " + (i + 1));
            Node all = r.field("all");
            if (!all.isArray() || all.size() == 0) {
                throw all.bad("a non-empty array of clauses");
            }
            if (all.size() > MAX_CLAUSES) {
                throw all.error("an array of " + all.size() + " clauses", "at most " + MAX_CLAUSES + " clauses");
            }
            List<Threshold> clauses = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                clauses.add(clause(all.get(j), paragraph, instrument));
            }
            rules.add(List.copyOf(clauses));
        }
        boolean dcOnly = root.has("datacenterOnly") && root.field("datacenterOnly").bool();
        return new CustomRegime(id, title, instrument, effective, List.copyOf(rules), dcOnly);
    }

    private static Threshold clause(Node c, String paragraph, Instrument instrument) {
        c.onlyFields(Set.of("quantity", "atLeast", "greaterThan", "lessThan"));
        Quantity quantity = c.field("quantity").enumValue(Quantity.class);
        Comparison cmp = null;
        String key = null;
        for (Comparison k : Comparison.values()) {
            String name = k == Comparison.AT_LEAST ? "atLeast" : k == Comparison.GREATER_THAN ? "greaterThan" : "lessThan";
            if (c.hasKey(name)) {
                if (cmp != null) {
                    throw c.errorAt(name, null, "exactly one of atLeast, greaterThan, lessThan");
                }
                cmp = k;
                key = name;
            }
        }
        if (cmp == null) {
            throw c.error(null, "one of atLeast, greaterThan, lessThan");
        }
        Node v = c.field(key);
        if (!v.isNumber() || v.number("").signum() < 0) {
            throw v.bad("a non-negative number written without quotes");
        }
        return Threshold.of(quantity, cmp, v.number(""), paragraph, instrument);
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
                e.condition(Notice.Code.DATACENTER_DESIGNATION, "applies only to parts designed or marketed for datacenters: " + dc.label());
            }
            if (dc == Tri.UNKNOWN && any != Tri.FALSE) {
                e.missing.add("datacenter (designed or marketed for datacenters: unknown)");
            }
            any = any.and(dc);
        }
        if (any == Tri.TRUE) {
            e.outcome(Outcome.CONTROLLED);
            if (e.explains()) {
                e.condition(Notice.Code.CUSTOM_RULE_MATCHED, "matched " + matched);
            }
        } else if (any == Tri.FALSE) {
            e.outcome(Outcome.NOT_CONTROLLED);
        }
        return e;
    }
}
