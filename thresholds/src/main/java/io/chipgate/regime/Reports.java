package io.chipgate.regime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Determinations and regimes as text for people and as JSON with stable field names for scripts.
 *
 * <p>JSON numbers: {@code tpp} and {@code performanceDensity} are numbers (exact when the value terminates,
 * else rounded to 12 significant digits) or {@code null} when unknown; {@code tppExact} and
 * {@code performanceDensityExact} give the exact value as text ("6.58743633277…" marks a rounded quotient).
 */
public final class Reports {
    private static final JsonNodeFactory F = JsonNodeFactory.instance; // keeps BigDecimals as given (Jackson ≥ 2.15)
    private static final MathContext NUMBER = new MathContext(12, RoundingMode.HALF_EVEN);

    private Reports() {
    }

    /**
     * {@return a number for JSON: exact when terminating, else 12 significant digits}
     *
     * @param e the exact value, not null
     */
    public static BigDecimal number(Exact e) {
        return e.toBigDecimal(NUMBER).stripTrailingZeros();
    }

    /**
     * {@return a figure's value as a plain decimal rounded to {@code scale} places, or "unknown"/bounds text}
     *
     * @param f the figure, not null
     * @param scale the number of decimal places shown
     */
    public static String show(Figure f, int scale) {
        if (f.isKnown()) {
            Exact v = f.value().get();
            String s = v.isTerminating() && v.toBigDecimal(NUMBER).scale() <= scale ? v.toString() : v.round(scale).stripTrailingZeros().toPlainString();
            return (f.estimated() ? "~" : "") + grouped(s);
        }
        if (f.upper().isEmpty()) {
            return f.lower().signum() == 0 ? "unknown" : "≥ " + grouped(f.lower().round(scale).stripTrailingZeros().toPlainString());
        }
        String hi = f.upper().get().round(scale).stripTrailingZeros().toPlainString();
        return grouped(f.lower().signum() == 0 ? "≤ " + hi : f.lower().round(scale).stripTrailingZeros().toPlainString() + "–" + hi);
    }

    private static final java.util.regex.Pattern LONG_INTEGER = java.util.regex.Pattern.compile("(?<![\\d.,\\-/])\\d{5,}(?![\\d-])");

    /**
     * {@return text with thousands separators in every whole number of five digits or more ("30000000000" →
     * "30,000,000,000", "15832" → "15,832"); four-digit numbers stay as the rules write them (4800), and fractional
     * digits, dates and document numbers ("2024-28270") are left alone} For text output only: JSON and CSV keep plain
     * numbers.
     *
     * @param text the text to group, not null
     */
    public static String grouped(String text) {
        java.util.regex.Matcher m = LONG_INTEGER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.format(java.util.Locale.ROOT, "%,d", new java.math.BigInteger(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * One determination as a JSON document (indented), with the stable field names of docs/cli-json.md; numbers
     * plain ({@code 4800}, never {@code 4.8E+3}).
     *
     * @param d the determination, not null
     * @return the JSON text
     */
    public static String json(Determination d) {
        return write(Writers.PRETTY, tree(d));
    }

    /**
     * One determination as one line of JSON (JSON Lines), with the fields of {@link #json(Determination)}.
     *
     * @param d the determination, not null
     * @return the JSON text, without a line break
     */
    public static String jsonLine(Determination d) {
        return write(Writers.LINE, tree(d));
    }

    /**
     * A regime with its citation, dates and status on a date, as a JSON document (indented).
     *
     * @param r the regime, not null
     * @param on the date of the status, not null
     * @return the JSON text
     */
    public static String json(Regime r, LocalDate on) {
        return write(Writers.PRETTY, tree(r, on));
    }

    /**
     * A regime as one line of JSON, with the fields of {@link #json(Regime, LocalDate)}.
     *
     * @param r the regime, not null
     * @param on the date of the status, not null
     * @return the JSON text, without a line break
     */
    public static String jsonLine(Regime r, LocalDate on) {
        return write(Writers.LINE, tree(r, on));
    }

    /** The writers, built on first use: text reports never pay for an ObjectMapper. */
    private static final class Writers {
        static final ObjectMapper PRETTY = JsonMapper.builder().nodeFactory(F)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).enable(SerializationFeature.INDENT_OUTPUT).build();
        static final ObjectMapper LINE = JsonMapper.builder().nodeFactory(F)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    private static String write(ObjectMapper m, ObjectNode tree) {
        try {
            return m.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report as JSON", e);
        }
    }

    /** One determination as a JSON tree (Jackson stays an implementation detail: not API). */
    static ObjectNode tree(Determination d) {
        ObjectNode o = F.objectNode();
        o.put("part", d.partId());
        o.put("partName", d.partName());
        o.put("regime", d.regimeId());
        o.put("date", d.date().toString());
        o.put("status", d.status().name());
        o.put("outcome", d.outcome().code());
        figure(o, "tpp", d.tpp());
        figure(o, "performanceDensity", d.performanceDensity());
        ArrayNode clauses = o.putArray("clauses");
        for (Clause c : d.clauses()) {
            ObjectNode n = clauses.addObject();
            n.put("clause", c.label());
            n.put("paragraph", c.threshold().paragraph());
            n.put("quantity", c.threshold().quantity().name());
            n.put("comparison", c.threshold().comparison().name());
            n.put("threshold", c.threshold().line());
            if (c.input().isKnown()) {
                n.put("value", number(c.input().value().get()));
            } else {
                n.putNull("value");
            }
            n.put("result", c.result().name());
            if (c.margin().isPresent()) {
                n.put("margin", number(c.margin().get()));
            } else {
                n.putNull("margin");
            }
            c.robust().ifPresent(r -> n.put("robust", r));
            n.put("citation", c.threshold().citation());
        }
        ArrayNode conditions = o.putArray("conditions");
        d.conditions().forEach(conditions::add);
        ArrayNode conditionCodes = o.putArray("conditionCodes");
        d.conditionNotices().forEach(n -> conditionCodes.add(n.code().name()));
        ArrayNode margins = o.putArray("margins");
        for (Clause c : d.margins()) {
            margins.addObject().put("clause", c.label()).put("paragraph", c.threshold().paragraph())
                .put("margin", number(c.margin().get())).put("text", c.marginText());
        }
        ArrayNode cit = o.putArray("citations");
        d.citations().forEach(cit::add);
        ObjectNode interp = o.putObject("interpretation");
        d.interpretation().asMap().forEach(interp::put);
        ObjectNode sens = o.putObject("sensitivity");
        d.sensitivity().forEach((k, v) -> sens.put(k, v.code()));
        ArrayNode missing = o.putArray("missing");
        d.missing().forEach(missing::add);
        if (d.robust().isPresent()) {
            o.put("robust", d.robust().get());
        } else {
            o.putNull("robust");
        }
        ArrayNode w = o.putArray("warnings");
        d.warnings().forEach(w::add);
        ArrayNode warningCodes = o.putArray("warningCodes");
        d.warningNotices().forEach(n -> warningCodes.add(n.code().name()));
        o.put("disclaimer", d.disclaimer());
        return o;
    }

    private static void figure(ObjectNode o, String name, Figure f) {
        if (f.isKnown()) {
            o.put(name, number(f.value().get()));
            o.put(name + "Exact", f.value().get().toString());
        } else {
            o.putNull(name);
            o.putNull(name + "Exact");
        }
        o.put(name + "Estimated", f.estimated());
    }

    /** A regime as a JSON tree (not API). */
    static ObjectNode tree(Regime r, LocalDate on) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id());
        o.put("title", r.title());
        o.put("citation", r.instrument().citation());
        r.instrument().frDoc().ifPresent(x -> o.put("frDoc", x));
        o.put("cfr", r.instrument().cfr());
        r.instrument().published().ifPresent(x -> o.put("published", x.toString()));
        r.instrument().url().ifPresent(x -> o.put("url", x));
        o.put("effective", r.effective().toString());
        r.compliance().ifPresent(x -> o.put("compliance", x.toString()));
        if (r.endExclusive().isPresent()) {
            o.put("supersededOn", r.endExclusive().get().toString());
        } else {
            o.putNull("supersededOn");
        }
        if (r.notEnforcedFrom().isPresent()) {
            o.put("notEnforcedFrom", r.notEnforcedFrom().get().toString());
        } else {
            o.putNull("notEnforcedFrom");
        }
        o.put("date", on.toString());
        o.put("status", r.status(on).name());
        ArrayNode t = o.putArray("thresholds");
        r.thresholds().forEach(x -> t.addObject().put("clause", x.label()).put("citation", x.citation()));
        ArrayNode w = o.putArray("warnings");
        r.standingWarnings().forEach(w::add);
        return o;
    }

    /**
     * {@return a determination explained in text, clause by clause}
     *
     * @param d the determination, not null
     */
    public static String text(Determination d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.regimeId()).append(" on ").append(d.date()).append(" (").append(d.status()).append("): ")
            .append(d.partId()).append(" → ").append(d.outcome().code()).append('\n');
        sb.append(String.format("  %-34s %s%n", "TPP", show(d.tpp(), 3)));
        sb.append(String.format("  %-34s %s%n", "performance density", show(d.performanceDensity(), 4)));
        for (Clause c : d.clauses()) {
            sb.append(String.format("  %-34s %-14s %-8s %s%n", grouped(c.label()) + " [" + c.threshold().paragraph().replace("ECCN ", "") + "]",
                show(c.input(), 4), c.result().label(), c.marginText().isEmpty() ? "" : "(" + grouped(c.marginText()) + ")"));
        }
        d.conditions().forEach(c -> sb.append("  ").append(c).append('\n'));
        if (!d.missing().isEmpty()) {
            sb.append("  missing: ").append(String.join("; ", d.missing())).append('\n');
        }
        d.sensitivity().forEach((k, v) -> sb.append("  under ").append(k).append(": ").append(v.code()).append('\n'));
        d.robust().ifPresent(r -> sb.append("  robust across estimate intervals: ").append(r ? "yes" : "NO").append('\n'));
        d.citations().forEach(c -> sb.append("  citation: ").append(c).append('\n'));
        d.warnings().forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        sb.append("  interpretation: ").append(d.interpretation()).append('\n');
        return sb.toString();
    }
}
