package io.chipgate.orderbook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.chipgate.license.Basis;
import io.chipgate.license.BasisStatus;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseOption;
import io.chipgate.license.LicenseReports;
import io.chipgate.license.ReadingAnswer;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Thresholds;
import io.chipgate.screening.Action;
import io.chipgate.screening.ScreenedLine;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a screening for people and programs, streaming: lines are spooled to temporary files as they are decided
 * (needing action, the rest, invalid lines, each decision's full facts) and the output is written at the end in
 * this order — the {@link Stamp}, the summary, totals per destination and per consignee-year, invalid lines, the
 * lines needing action, the other lines, the decisions. Memory does not depend on the number of lines.
 *
 * <ul>
 * <li>{@code csv}: UTF-8 with a byte-order mark (Excel), CRLF, every field quoted; sections separated by an empty
 *     row, each with its own header row. A user's text that Excel would run as a formula (starting with = + - @)
 *     is written with a leading apostrophe.</li>
 * <li>{@code jsonl}: one JSON object per line, {@code "record"} naming its kind: stamp, summary, total, invalid,
 *     line, decision (the decision carries the whole {@code license --format json} document).</li>
 * <li>{@code html}: one self-contained page (no scripts, no external files) with a print stylesheet; every value
 *     is HTML-escaped by the templates.</li>
 * </ul>
 *
 * <p>Deterministic: no clock, no random order; the same lines and stamp give the same bytes. Not thread-safe.
 */
public final class ScreeningReport implements Closeable {
    /** The output formats. */
    public enum Format { csv, jsonl, html }

    static final List<String> LINE_COLUMNS = List.of("line", "id", "consignee", "part_as_given", "part_id", "part_name", "quantity",
        "destination", "headquarters", "date", "action", "license_required", "unknown_because", "license_required_as_written",
        "review_policy", "basis", "license_exceptions", "notification", "classification", "aggregate_tpp", "ai_diffusion_tpp_as_written",
        "decision");
    static final List<String> DECISION_COLUMNS = List.of("decision", "part_id", "quantity", "destination", "headquarters", "date",
        "license_required", "readings_disagree", "readings", "basis_detail", "license_exceptions_detail", "review_policy_detail",
        "as_written", "warnings", "citations", "disclaimer");
    static final List<String> INVALID_COLUMNS = List.of("line", "id", "problems", "part", "quantity", "destination", "headquarters",
        "date", "consignee");

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultMustacheFactory MUSTACHE = new DefaultMustacheFactory("io/chipgate/orderbook");
    private static final Mustache HEAD = MUSTACHE.compile("screen-head.mustache");
    private static final Mustache ROW = MUSTACHE.compile("screen-row.mustache");
    private static final Mustache INVALID = MUSTACHE.compile("screen-invalid.mustache");
    private static final Mustache DECISION = MUSTACHE.compile("screen-decision.mustache");
    private static final String CRLF = "\r\n";

    private final Format format;
    private final Stamp stamp;
    private final Spool action;
    private final Spool rest;
    private final Spool invalid;
    private final Spool decisions;
    private final Map<Long, String> decisionTail = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > 16_384;
        }
    };

    /**
     * @param format the output format
     * @param stamp what the output rests on
     * @param spoolDir where temporary files go (deleted by {@link #close()})
     */
    public ScreeningReport(Format format, Stamp stamp, Path spoolDir) {
        this.format = format;
        this.stamp = stamp;
        this.action = new Spool(spoolDir, "action");
        this.rest = new Spool(spoolDir, "rest");
        this.invalid = new Spool(spoolDir, "invalid");
        this.decisions = new Spool(spoolDir, "decisions");
    }

    /** Adds a decided line. */
    public void line(ScreenedLine l, String partAsGiven) {
        Spool target = l.needsAction() ? action : rest;
        LicenseDetermination d = l.determination();
        switch (format) {
            case csv -> target.write(csvLine(l, partAsGiven));
            case jsonl -> target.write(jsonlLine(l, partAsGiven));
            case html -> target.write(render(ROW, lineModel(l, partAsGiven)));
        }
        if (l.firstOfDecision()) {
            switch (format) {
                case csv -> decisions.write(csvRow(decisionCells(l.decision(), d)));
                case jsonl -> {
                    ObjectNode n = JsonNodeFactory.instance.objectNode();
                    n.put("record", "decision");
                    n.put("decision", "D" + l.decision());
                    n.set("determination", licenseJson(d));
                    decisions.write(jsonLine(n));
                }
                case html -> decisions.write(render(DECISION, decisionModel(l.decision(), d)));
            }
        }
    }

    /** Adds an invalid line (with --skip-invalid): written, with its reasons, never dropped. */
    public void invalid(OrderFile.Invalid i) {
        switch (format) {
            case csv -> {
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(i.lineNumber()));
                cells.add(user(i.id()));
                cells.add(String.join(" | ", i.problems()));
                i.cells().values().forEach(v -> cells.add(user(v)));
                invalid.write(csvRow(cells));
            }
            case jsonl -> {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                n.put("record", "invalid");
                n.put("line", i.lineNumber());
                n.put("id", i.id());
                ArrayNode p = n.putArray("problems");
                i.problems().forEach(p::add);
                ObjectNode c = n.putObject("cells");
                i.cells().forEach(c::put);
                invalid.write(jsonLine(n));
            }
            case html -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", i.lineNumber());
                m.put("id", i.id());
                m.put("problems", i.problems());
                m.put("cells", String.join(", ", i.cells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
                invalid.write(render(INVALID, m));
            }
        }
    }

    /** Writes the whole output: stamp, summary, totals, invalid lines, lines needing action, the rest, decisions. */
    public void finish(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        action.flip();
        rest.flip();
        invalid.flip();
        decisions.flip();
        switch (format) {
            case csv -> finishCsv(s, decisionCount, out);
            case jsonl -> finishJsonl(s, decisionCount, out);
            case html -> finishHtml(s, decisionCount, out);
        }
        out.flush();
    }

    @Override
    public void close() {
        for (Spool sp : List.of(action, rest, invalid, decisions)) {
            sp.delete();
        }
    }

    // --- the summary, shared ------------------------------------------------------------------------------------

    private static Map<String, String> summaryFields(ScreeningSummary s, long decisionCount) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lines screened", Long.toString(s.lines()));
        m.put("invalid lines (not screened; listed with their reasons)", Long.toString(s.invalid()));
        m.put("distinct decisions", Long.toString(decisionCount));
        m.put("lines needing action", Long.toString(s.needingAction()));
        m.put("licence required (as enforced)", Long.toString(s.licencesRequired()));
        m.put("licence required unknown", Long.toString(s.unknown()));
        s.unknownReasons().forEach((k, v) -> m.put("unknown because " + k, Long.toString(v)));
        for (Action a : Action.values()) {
            m.put("action: " + a.label(), Long.toString(s.byAction().getOrDefault(a, 0L)));
        }
        s.exceptionsUsable().forEach((k, v) -> m.put("licence exception usable if its conditions hold: " + k, Long.toString(v)));
        m.put("prior notifications to file if License Exception NAC is used", Long.toString(s.notifications()));
        m.put("AI-diffusion caps", ScreeningSummary.NOT_ENFORCED);
        m.put("disclaimer", io.chipgate.license.Licensing.DISCLAIMER);
        return m;
    }

    private static final String COUNTRY_CAP = "country allocation 790,000,000 TPP 2025–2027 (§ 742.6(b)(10)(iii)(B)(1), as written)";
    private static final String LPP_CAP = "LPP 26,900,000 TPP per consignee per year (§ 740.29, as written)";
    private static final String AIA_CAP = "AIA reporting 253,000,000 TPP (§ 740.27, as written)";

    private static List<String> totalCells(ScreeningSummary.Total t, boolean country) {
        List<String> c = new ArrayList<>();
        c.add(t.key());
        c.add(Long.toString(t.lines()));
        c.add(Long.toString(t.units()));
        c.add(Long.toString(t.licencesRequired()));
        c.add(Long.toString(t.unknown()));
        c.add(t.capTpp().toString());
        if (country) {
            c.add(t.percentOf(Thresholds.AI_DIFFUSION_COUNTRY_ALLOCATION_TPP));
            c.add(over(t, Thresholds.AI_DIFFUSION_COUNTRY_ALLOCATION_TPP));
        } else {
            c.add(t.percentOf(Thresholds.LPP_TPP_PER_YEAR));
            c.add(over(t, Thresholds.LPP_TPP_PER_YEAR));
            c.add(t.percentOf(Thresholds.AIA_REPORTING_TPP));
            c.add(over(t, Thresholds.AIA_REPORTING_TPP));
        }
        return c;
    }

    private static String over(ScreeningSummary.Total t, BigDecimal cap) {
        Tri o = t.capTpp().greaterThan(cap);
        return o == Tri.TRUE ? "over (not enforced)" : o == Tri.FALSE ? "within" : "unknown";
    }

    private static final List<String> COUNTRY_HEADER = List.of("destination", "lines", "units", "licence required", "unknown",
        "3A090.a/4A090.a TPP (AI-diffusion rule as written)", "share of " + COUNTRY_CAP, "against the cap");
    private static final List<String> CONSIGNEE_HEADER = List.of("consignee · year", "lines", "units", "licence required", "unknown",
        "3A090.a/4A090.a TPP (AI-diffusion rule as written)", "share of " + LPP_CAP, "against LPP", "share of " + AIA_CAP, "against AIA");

    // --- CSV ----------------------------------------------------------------------------------------------------

    private void finishCsv(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(csvRow(List.of("chipgate screening", "value")));
        for (Map.Entry<String, String> e : stamp.fields().entrySet()) {
            out.write(csvRow(List.of(e.getKey(), e.getValue())));
        }
        out.write(CRLF);
        out.write(csvRow(List.of("summary", "value")));
        for (Map.Entry<String, String> e : summaryFields(s, decisionCount).entrySet()) {
            out.write(csvRow(List.of(e.getKey(), e.getValue())));
        }
        out.write(CRLF);
        out.write(csvRow(COUNTRY_HEADER));
        for (ScreeningSummary.Total t : s.byDestination().values()) {
            out.write(csvRow(totalCells(t, true)));
        }
        out.write(CRLF);
        out.write(csvRow(CONSIGNEE_HEADER));
        for (ScreeningSummary.Total t : s.byConsignee().values()) {
            List<String> c = totalCells(t, false);
            c.set(0, user(c.get(0)));
            out.write(csvRow(c));
        }
        if (s.invalid() > 0) {
            out.write(CRLF);
            out.write(csvRow(prefixed("invalid lines: ", INVALID_COLUMNS)));
            invalid.copyTo(out);
        }
        out.write(CRLF);
        out.write(csvRow(prefixed("lines (needing action first): ", LINE_COLUMNS)));
        action.copyTo(out);
        rest.copyTo(out);
        out.write(CRLF);
        out.write(csvRow(prefixed("decisions: ", DECISION_COLUMNS)));
        decisions.copyTo(out);
    }

    private static List<String> prefixed(String section, List<String> columns) {
        List<String> c = new ArrayList<>(columns);
        c.set(0, section + c.get(0));
        return c;
    }

    /**
     * The CSV record of a line: its own cells, then the cells of its decision, rendered once per decision (the
     * decision's key includes the quantity, so every one of them is the same for each line of the decision).
     */
    private String csvLine(ScreenedLine l, String partAsGiven) {
        String tail = decisionTail.get(l.decision());
        if (tail == null) {
            List<String> all = lineCells(l, "");
            String row = csvRow(all.subList(4, all.size()));
            tail = row;
            decisionTail.put(l.decision(), tail);
        }
        return csvRow(List.of(Long.toString(l.order().lineNumber()), user(l.order().id()), user(l.order().consignee()), user(partAsGiven)))
            .replace(CRLF, ",") + tail;
    }

    private static List<String> lineCells(ScreenedLine l, String partAsGiven) {
        LicenseDetermination d = l.determination();
        List<String> c = new ArrayList<>(LINE_COLUMNS.size());
        c.add(Long.toString(l.order().lineNumber()));
        c.add(user(l.order().id()));
        c.add(user(l.order().consignee()));
        c.add(user(partAsGiven));
        c.add(d.partId());
        c.add(d.partName());
        c.add(Long.toString(d.quantity()));
        c.add(d.destination());
        c.add(d.headquarters().orElse("unknown (not given)"));
        c.add(d.date().toString());
        c.add(l.action().label());
        c.add(yesNo(d.licenseRequired()));
        c.add(String.join(" | ", l.unknownBecause()));
        c.add(yesNo(d.asWritten().licenseRequired()));
        c.add(d.reviewPolicy().kind().label() + (d.reviewPolicy().citation().equals("-") ? "" : " (" + d.reviewPolicy().citation() + ")"));
        c.add(String.join(" | ", d.basis().stream().map(ScreeningReport::basisShort).toList()));
        c.add(String.join(" | ", d.licenseExceptions().stream().map(o -> o.code() + " (available: " + o.available().label() + ")"
            + (o.note().isEmpty() ? "" : " [" + o.note() + "]")).toList()));
        c.add(String.join(" | ", notification(d)));
        c.add(classification(d));
        c.add(d.aggregateTpp().map(Object::toString).orElse("unknown"));
        c.add(l.capTpp().toString());
        c.add("D" + l.decision());
        return c;
    }

    private static List<String> decisionCells(long n, LicenseDetermination d) {
        List<String> c = new ArrayList<>(DECISION_COLUMNS.size());
        c.add("D" + n);
        c.add(d.partId());
        c.add(Long.toString(d.quantity()));
        c.add(d.destination());
        c.add(d.headquarters().orElse("unknown (not given)"));
        c.add(d.date().toString());
        c.add(yesNo(d.licenseRequired()));
        c.add(Boolean.toString(d.asEnforced().readingsDisagree()));
        c.add(String.join(" | ", readings(d)));
        c.add(String.join(" | ", d.basis().stream().map(ScreeningReport::basisLong).toList()));
        c.add(String.join(" | ", d.licenseExceptions().stream().map(ScreeningReport::optionLong).toList()));
        c.add(d.reviewPolicy().toString());
        c.add(yesNo(d.asWritten().licenseRequired()) + "; basis: " + String.join(", ", d.asWritten().basis().stream().map(Basis::paragraph).toList()));
        c.add(String.join(" | ", d.warnings()));
        c.add(String.join(" | ", d.citations()));
        c.add(d.disclaimer());
        return c;
    }

    /** "yes", "no" or "unknown": never "no" for unknown. */
    static String yesNo(Tri t) {
        return t == Tri.TRUE ? "yes" : t == Tri.FALSE ? "no" : "unknown";
    }

    private static String basisShort(Basis b) {
        return b.paragraph() + " (applies: " + b.applies().label() + (b.status() == BasisStatus.IN_FORCE ? "" : ", " + b.status().name().replace('_', ' ')) + ")";
    }

    private static String basisLong(Basis b) {
        return basisShort(b) + ": " + b.text() + " — why: " + b.reason() + " — review: " + b.reviewPolicy() + " [" + b.citation() + "]";
    }

    private static String optionLong(LicenseOption o) {
        return o.code() + " (available: " + o.available().label() + "): " + o.conditions() + " [" + o.citation() + "]"
            + (o.notification().isEmpty() ? "" : " notify: " + String.join("; ", o.notification()))
            + (o.note().isEmpty() ? "" : " note: " + o.note());
    }

    private static List<String> notification(LicenseDetermination d) {
        List<String> out = new ArrayList<>();
        for (LicenseOption o : d.licenseExceptions()) {
            for (String item : o.notification()) {
                out.add(o.code() + ": " + item);
            }
        }
        return out;
    }

    private static String classification(LicenseDetermination d) {
        List<String> out = new ArrayList<>();
        for (Determination c : d.classifications()) {
            out.add(c.regimeId() + ": " + c.outcome().code() + (c.missing().isEmpty() ? "" : " (missing: " + String.join(", ", c.missing()) + ")"));
        }
        return out.isEmpty() ? "no 3A090 regime in force" : String.join(" | ", out);
    }

    private static List<String> readings(LicenseDetermination d) {
        List<String> out = new ArrayList<>();
        for (ReadingAnswer r : d.readings()) {
            out.add(r.label() + " → " + yesNo(r.licenseRequired()));
        }
        return out;
    }

    /** A user's cell: a leading = + - @ (a formula to Excel) gets an apostrophe. */
    public static String user(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /**
     * Any cell of a CSV or spreadsheet output: a plain number ({@code -12.5}) as it is, any other text through
     * {@link #user}, since a catalog part's name or a user catalog's citation is user text too (issue 22).
     */
    public static String cell(String s) {
        return PLAIN_NUMBER.matcher(s).matches() ? s : user(s);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** One CSV record: every field neutralised ({@link #cell}), quoted, quotes doubled, CRLF. */
    static String csvRow(List<String> cells) {
        StringBuilder s = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append('"').append(cell(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        return s.append(CRLF).toString();
    }

    // --- JSON lines ---------------------------------------------------------------------------------------------

    private void finishJsonl(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        ObjectNode st = JsonNodeFactory.instance.objectNode();
        st.put("record", "stamp");
        st.put("chipgate", stamp.chipgate());
        st.put("catalog", stamp.catalog());
        st.put("countryGroups", stamp.countryGroups());
        st.put("embargoesAsOf", stamp.embargoes().toString());
        st.put("newestRuleChange", stamp.ruleTexts().toString());
        st.put("screeningDate", stamp.screeningDate().toString());
        st.put("input", stamp.input());
        st.put("sha256", stamp.sha256());
        out.write(jsonLine(st));
        ObjectNode sm = JsonNodeFactory.instance.objectNode();
        sm.put("record", "summary");
        sm.put("lines", s.lines());
        sm.put("invalid", s.invalid());
        sm.put("decisions", decisionCount);
        sm.put("needingAction", s.needingAction());
        sm.put("licenceRequired", s.licencesRequired());
        sm.put("unknown", s.unknown());
        ObjectNode why = sm.putObject("unknownBecause");
        s.unknownReasons().forEach(why::put);
        ObjectNode acts = sm.putObject("byAction");
        for (Action a : Action.values()) {
            acts.put(a.name(), s.byAction().getOrDefault(a, 0L));
        }
        ObjectNode ex = sm.putObject("exceptionsUsable");
        s.exceptionsUsable().forEach(ex::put);
        sm.put("nacNotifications", s.notifications());
        sm.put("caps", ScreeningSummary.NOT_ENFORCED);
        sm.put("disclaimer", io.chipgate.license.Licensing.DISCLAIMER);
        out.write(jsonLine(sm));
        for (ScreeningSummary.Total t : s.byDestination().values()) {
            out.write(jsonLine(totalJson("destination", t, true)));
        }
        for (ScreeningSummary.Total t : s.byConsignee().values()) {
            out.write(jsonLine(totalJson("consignee-year", t, false)));
        }
        invalid.copyTo(out);
        action.copyTo(out);
        rest.copyTo(out);
        decisions.copyTo(out);
    }

    private static ObjectNode totalJson(String scope, ScreeningSummary.Total t, boolean country) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("record", "total");
        n.put("scope", scope);
        n.put("key", t.key());
        n.put("lines", t.lines());
        n.put("units", t.units());
        n.put("licenceRequired", t.licencesRequired());
        n.put("unknown", t.unknown());
        n.put("aiDiffusionTppAsWritten", t.capTpp().toString());
        ObjectNode caps = n.putObject("capsAsWritten");
        if (country) {
            cap(caps, "countryAllocation", t, Thresholds.AI_DIFFUSION_COUNTRY_ALLOCATION_TPP);
        } else {
            cap(caps, "lppPerConsigneeYear", t, Thresholds.LPP_TPP_PER_YEAR);
            cap(caps, "aiaReporting", t, Thresholds.AIA_REPORTING_TPP);
        }
        n.put("enforced", false);
        return n;
    }

    private static void cap(ObjectNode caps, String name, ScreeningSummary.Total t, BigDecimal cap) {
        ObjectNode c = caps.putObject(name);
        c.put("cap", cap);
        c.put("share", t.percentOf(cap));
        c.put("against", over(t, cap));
    }

    /** The JSON line of a line: its own fields, then those of its decision, serialised once per decision. */
    private String jsonlLine(ScreenedLine l, String partAsGiven) {
        String tail = decisionTail.get(-l.decision());
        if (tail == null) {
            ObjectNode all = lineJson(l, partAsGiven);
            for (String own : List.of("record", "line", "id", "consignee", "partAsGiven")) {
                all.remove(own);
            }
            tail = jsonLine(all);
            decisionTail.put(-l.decision(), tail);
        }
        ObjectNode own = JsonNodeFactory.instance.objectNode();
        own.put("record", "line");
        own.put("line", l.order().lineNumber());
        own.put("id", l.order().id());
        own.put("consignee", l.order().consignee());
        own.put("partAsGiven", partAsGiven);
        String head = jsonLine(own);
        return head.substring(0, head.length() - 2) + "," + tail.substring(1);
    }

    private static ObjectNode lineJson(ScreenedLine l, String partAsGiven) {
        LicenseDetermination d = l.determination();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("record", "line");
        n.put("line", l.order().lineNumber());
        n.put("id", l.order().id());
        n.put("consignee", l.order().consignee());
        n.put("partAsGiven", partAsGiven);
        n.put("part", d.partId());
        n.put("quantity", d.quantity());
        n.put("destination", d.destination());
        if (d.headquarters().isPresent()) {
            n.put("headquarters", d.headquarters().get());
        } else {
            n.putNull("headquarters");
        }
        n.put("date", d.date().toString());
        n.put("action", l.action().name());
        n.put("licenseRequired", yesNo(d.licenseRequired()));
        ArrayNode why = n.putArray("unknownBecause");
        l.unknownBecause().forEach(why::add);
        n.put("licenseRequiredAsWritten", yesNo(d.asWritten().licenseRequired()));
        n.put("reviewPolicy", d.reviewPolicy().kind().name());
        ArrayNode b = n.putArray("basis");
        d.basis().forEach(x -> b.add(x.paragraph()));
        ArrayNode e = n.putArray("licenseExceptions");
        d.licenseExceptions().forEach(o -> e.addObject().put("code", o.code()).put("available", yesNo(o.available())));
        n.put("aiDiffusionTppAsWritten", l.capTpp().toString());
        n.put("decision", "D" + l.decision());
        return n;
    }

    private static JsonNode licenseJson(LicenseDetermination d) {
        try {
            return JSON.readTree(LicenseReports.json(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the licence report is not JSON", e);
        }
    }

    private static String jsonLine(JsonNode n) {
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTML ---------------------------------------------------------------------------------------------------

    private void finishHtml(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stamp", pairs(stamp.fields()));
        m.put("summary", pairs(summaryFields(s, decisionCount)));
        m.put("countryHeader", COUNTRY_HEADER);
        m.put("consigneeHeader", CONSIGNEE_HEADER);
        m.put("countries", s.byDestination().values().stream().map(t -> Map.of("cells", totalCells(t, true))).toList());
        m.put("consignees", s.byConsignee().values().stream().map(t -> Map.of("cells", totalCells(t, false))).toList());
        m.put("hasInvalid", s.invalid() > 0);
        m.put("caps", ScreeningSummary.NOT_ENFORCED);
        m.put("disclaimer", io.chipgate.license.Licensing.DISCLAIMER);
        out.write(render(HEAD, m));
        if (s.invalid() > 0) {
            out.write("<section><h2>Invalid lines (not screened)</h2>\n<table><thead><tr><th>line</th><th>id</th><th>problems</th><th>cells as given</th></tr></thead><tbody>\n");
            invalid.copyTo(out);
            out.write("</tbody></table></section>\n");
        }
        String head = "<table class=\"lines\"><thead><tr><th>line</th><th>id</th><th>consignee</th><th>part</th><th>qty</th><th>to</th>"
            + "<th>HQ</th><th>date</th><th>licence required</th><th>action and reasons</th><th>decision</th></tr></thead><tbody>\n";
        out.write("<section><h2>Lines needing action</h2>\n" + head);
        action.copyTo(out);
        out.write("</tbody></table></section>\n<section><h2>Lines needing no action on the grounds assessed</h2>\n" + head);
        rest.copyTo(out);
        out.write("</tbody></table></section>\n<section class=\"decisions\"><h2>Decisions: the full facts, once per distinct shipment</h2>\n");
        decisions.copyTo(out);
        out.write("</section>\n</main>\n</body>\n</html>\n");
    }

    private static List<Map<String, String>> pairs(Map<String, String> m) {
        List<Map<String, String>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(Map.of("k", k, "v", v)));
        return out;
    }

    private static Map<String, Object> lineModel(ScreenedLine l, String partAsGiven) {
        LicenseDetermination d = l.determination();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", l.order().lineNumber());
        m.put("id", l.order().id());
        m.put("consignee", l.order().consignee());
        m.put("part", partAsGiven);
        m.put("partId", d.partId());
        m.put("quantity", d.quantity());
        m.put("destination", d.destination());
        m.put("hq", d.headquarters().orElse("unknown"));
        m.put("date", d.date().toString());
        m.put("required", yesNo(d.licenseRequired()));
        m.put("cls", "req-" + yesNo(d.licenseRequired()));
        m.put("action", l.action().label());
        m.put("needsAction", l.needsAction());
        List<String> reasons = new ArrayList<>(l.unknownBecause());
        if (l.needsAction()) {
            d.basis().stream().filter(b -> b.requires() == Tri.TRUE).forEach(b -> reasons.add(b.paragraph() + ": " + b.reason() + " [" + b.citation() + "]"));
            l.usableExceptions().forEach(o -> reasons.add("License Exception " + o.code() + " (available: " + o.available().label() + "): "
                + o.conditions() + " [" + o.citation() + "]" + (o.notification().isEmpty() ? "" : "; notify first: " + String.join("; ", o.notification()))));
            reasons.add("review policy: " + d.reviewPolicy());
        }
        m.put("reasons", reasons);
        m.put("hasReasons", !reasons.isEmpty());
        m.put("decision", "D" + l.decision());
        return m;
    }

    private static Map<String, Object> decisionModel(long n, LicenseDetermination d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", "D" + n);
        m.put("title", d.partName() + " (" + d.partId() + ") × " + d.quantity() + " → " + d.destination() + ", HQ "
            + d.headquarters().orElse("unknown") + ", " + d.date());
        m.put("required", yesNo(d.licenseRequired()));
        m.put("asWritten", yesNo(d.asWritten().licenseRequired()));
        m.put("readings", d.readings().size() > 1 ? readings(d) : List.of());
        m.put("basis", d.basis().stream().map(ScreeningReport::basisLong).toList());
        m.put("exceptions", d.licenseExceptions().stream().map(ScreeningReport::optionLong).toList());
        m.put("hasReadings", d.readings().size() > 1);
        m.put("hasBasis", !d.basis().isEmpty());
        m.put("hasExceptions", !d.licenseExceptions().isEmpty());
        m.put("policy", d.reviewPolicy().toString());
        m.put("classification", classification(d));
        m.put("citations", d.citations());
        m.put("warnings", d.warnings());
        m.put("disclaimer", d.disclaimer());
        return m;
    }

    private static String render(Mustache t, Map<String, Object> model) {
        java.io.StringWriter w = new java.io.StringWriter(1024);
        t.execute(w, model);
        return w.toString();
    }

    /** A temporary file written in order, then copied out. */
    private static final class Spool {
        private final Path dir;
        private final String name;
        private Path file;
        private Writer out;

        Spool(Path dir, String name) {
            this.dir = dir;
            this.name = name;
        }

        void write(String s) {
            try {
                if (out == null) {
                    file = Files.createTempFile(dir, "chipgate-screen-" + name + "-", ".part");
                    out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                }
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the temporary file of the screening in " + dir, e);
            }
        }

        void flip() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        void copyTo(Writer w) throws IOException {
            if (file == null) {
                return;
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                r.transferTo(w);
            }
        }

        void delete() {
            try {
                if (out != null) {
                    out.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary file left behind is harmless; nothing to report to the user
            }
        }
    }
}
