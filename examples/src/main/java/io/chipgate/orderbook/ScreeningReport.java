package io.chipgate.orderbook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Thresholds;
import io.chipgate.screening.Action;
import io.chipgate.screening.ScreenedLine;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a screening for people and programs, streaming: lines are spooled to temporary files as they are decided
 * and the output is written whole at the end. Memory does not depend on the number of lines; each distinct
 * decision's full facts are written once and the lines refer to it by its id ({@code D1}, {@code D2} …).
 *
 * <ul>
 * <li>{@code csv}: ONE rectangular table, one row per order line in file order, columns {@link LineTable#COLUMNS};
 *     UTF-8 with a byte-order mark (Excel), CRLF, every field quoted. The stamp and the summary go to their own
 *     files ({@link #stampJson}, {@link #summaryJson}).</li>
 * <li>{@code xlsx}: an Excel workbook ({@link XlsxReport}): sheets Lines, Decisions, Summary, Stamp.</li>
 * <li>{@code jsonl}: one JSON object per line, {@code "record"} naming its kind: stamp, summary, total, invalid,
 *     line, decision (the decision carries the whole {@code license --format json} document).</li>
 * <li>{@code html}: one self-contained page for legal (no scripts, no external files) with a print stylesheet:
 *     the summary, the lines needing action, the unknown lines with what settles each, the other lines, each
 *     decision's facts once, then the AI-diffusion caps as written (only where a line counts toward them) and the
 *     stamp; every value is HTML-escaped by the templates.</li>
 * </ul>
 *
 * <p>In CSV and XLSX every cell of the user's or the catalog's text is neutralised against formula injection: in
 * CSV a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe; in XLSX it is a string
 * cell with Excel's quote prefix.
 *
 * <p>Deterministic: no clock, no random order; the same lines and stamp give the same bytes (the XLSX form: the
 * same cells). Not thread-safe.
 */
public final class ScreeningReport implements Closeable {
    /** The output formats. */
    public enum Format { csv, jsonl, html, xlsx }

    static final List<String> DECISION_COLUMNS = List.of("decision", "part", "part_name", "quantity", "destination", "headquarters", "date",
        "license_required", "license_required_as_written", "readings_disagree", "readings", "unknown_because", "basis",
        "license_exceptions", "review_policy", "classification", "warnings", "citations", "disclaimer");

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DefaultMustacheFactory MUSTACHE = new DefaultMustacheFactory("io/chipgate/orderbook");
    private static final Mustache HEAD = MUSTACHE.compile("screen-head.mustache");
    private static final Mustache ROW = MUSTACHE.compile("screen-row.mustache");
    private static final Mustache INVALID = MUSTACHE.compile("screen-invalid.mustache");
    private static final Mustache DECISION = MUSTACHE.compile("screen-decision.mustache");
    private static final Mustache TAIL = MUSTACHE.compile("screen-tail.mustache");
    private static final String CRLF = "\r\n";

    private final Format format;
    private Stamp stamp;
    private final LineTable table = new LineTable();
    private final Spool lines;
    private final Spool required;
    private final Spool unknown;
    private final Spool rest;
    private final Spool invalid;
    private final Spool decisions;
    private final Path spoolDir;
    /** The decisions' warnings, each printed once in the HTML's notes and referenced by number (bounded). */
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private static final int MAX_NOTES = 4096;
    /** Each decision detail printed, to the decision that printed it first. */
    private final Map<String, String> sameDetail = new java.util.HashMap<>();
    private XlsxReport xlsx;
    private boolean closed;
    /** The JSON of recent decisions' line fields, made once per decision; concurrent (lines are made in parallel), emptied when full. */
    private final Map<Long, String> decisionTail = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param format the output format
     * @param stamp what the output rests on
     * @param spoolDir where temporary files go (deleted by {@link #close()})
     */
    public ScreeningReport(Format format, Stamp stamp, Path spoolDir) {
        this(format, spoolDir);
        this.stamp = stamp;
    }

    /**
     * A report whose stamp is given when the lines have been read ({@link #stamp(Stamp)}, before {@code finish}): the
     * stamp holds the input's SHA-256, known only at its end when the lines are screened as they are read.
     *
     * @param format the output format
     * @param spoolDir where temporary files go (deleted by {@link #close()})
     */
    public ScreeningReport(Format format, Path spoolDir) {
        this.format = format;
        this.lines = new Spool(spoolDir, "lines");
        this.required = new Spool(spoolDir, "required");
        this.unknown = new Spool(spoolDir, "unknown");
        this.rest = new Spool(spoolDir, "rest");
        this.invalid = new Spool(spoolDir, "invalid");
        this.decisions = new Spool(spoolDir, "decisions");
        this.spoolDir = spoolDir;
    }

    /**
     * Sets what the output rests on, for a report made without it.
     *
     * @param what the stamp, not null
     */
    public void stamp(Stamp what) {
        this.stamp = java.util.Objects.requireNonNull(what, "stamp");
    }

    /** The workbook, made on first use (so a report closed before it writes anything leaves no file). */
    private synchronized XlsxReport xlsx() {
        if (closed) {
            throw new UncheckedIOException(new IOException("the screening was stopped"));
        }
        if (xlsx == null) {
            try {
                xlsx = new XlsxReport(DECISION_COLUMNS, spoolDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the temporary files of the workbook in " + spoolDir, e);
            }
        }
        return xlsx;
    }

    /**
     * Adds a decided line.
     *
     * @param l the line decided
     * @param partAsGiven the part as the file writes it
     */
    public void line(ScreenedLine l, String partAsGiven) {
        line(l, new OrderFile.Valid(l.order(), partAsGiven));
    }

    /**
     * Adds a decided line.
     *
     * @param l the line decided
     * @param v the line as read
     */
    public void line(ScreenedLine l, OrderFile.Valid v) {
        LicenseDetermination d = l.determination();
        switch (format) {
            case csv -> lines.write(csvRow(table.row(l, v)));
            case xlsx -> xlsx().line(table.row(l, v));
            case jsonl -> (l.needsAction() ? required : rest).write(jsonlLine(l, v));
            case html -> {
                Spool target = l.licenseRequired() == Tri.UNKNOWN ? unknown : l.needsAction() ? required : rest;
                target.write(render(ROW, lineModel(l, v, target)));
            }
        }
        if (l.firstOfDecision()) {
            switch (format) {
                case csv -> {
                    // the CSV is one table of lines: a decision's facts are in the XLSX, JSON lines and HTML forms
                }
                case xlsx -> xlsx().decision(decisionCells(l.decision(), d, l));
                case jsonl -> decisions.write(decisionJsonl(l, licenseJson(d)));
                case html -> decisions.write(decisionHtml(l.decision(), d, l));
            }
        }
    }

    /**
     * Screens a chunk of lines and adds them, in the order of the file: the distinct facts of its valid lines are
     * decided together (in parallel, {@link io.chipgate.screening.Screening.Run#decidePlanned}), each line is screened
     * and counted in the summary (an invalid line as invalid), and the chunk's rows written with {@link #lines}. What
     * the screen command does for each chunk of the order file.
     *
     * <p>The decisions are made on the caller's thread (and the common pool); the counting and the writing are handed
     * to a thread of the report's own, so that they overlap the next chunk's decisions: chunk after chunk in order, at
     * most one chunk waiting. {@link #drain()} (and {@code finish}) waits for them; a failure of the writing (a full
     * disk) is thrown by the next call to this method, {@code drain} or {@code finish}. The summary must not be read,
     * nor lines added otherwise, before {@link #drain()}.
     *
     * @param run the screening run deciding the lines
     * @param entries the lines as read, in order (copied: the caller may reuse the list)
     * @param summary the totals, to which every line of the chunk is added
     */
    public void screen(io.chipgate.screening.Screening.Run run, List<OrderFile.Entry> entries, ScreeningSummary summary) {
        List<OrderFile.Entry> chunk = List.copyOf(entries);
        List<io.chipgate.screening.OrderLine> valid = new ArrayList<>(chunk.size());
        for (OrderFile.Entry e : chunk) {
            if (e instanceof OrderFile.Valid ok) {
                valid.add(ok.order());
            }
        }
        List<ScreenedLine> decided = run.screen(valid);
        drain();
        writing = writer().submit(() -> {
            java.util.Iterator<ScreenedLine> next = decided.iterator();
            List<ScreenedLine> screened = new java.util.ArrayList<>(chunk.size());
            for (OrderFile.Entry e : chunk) {
                if (e instanceof OrderFile.Valid) {
                    ScreenedLine l = next.next();
                    summary.add(l);
                    screened.add(l);
                } else {
                    summary.addInvalid();
                    screened.add(null);
                }
            }
            // the chunk's rows are made in parallel and written in order
            lines(chunk, screened);
        });
    }

    /** The chunk being counted and written on {@link #writer}, or null. */
    private java.util.concurrent.Future<?> writing;
    /** The thread that counts and writes the screened chunks, in order; made on first use. */
    private java.util.concurrent.ExecutorService writer;

    private synchronized java.util.concurrent.ExecutorService writer() {
        if (closed) {
            throw new UncheckedIOException(new IOException("the screening was stopped"));
        }
        if (writer == null) {
            writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chipgate-screen-writer");
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    /**
     * Waits until the chunks handed to {@link #screen(io.chipgate.screening.Screening.Run, List, ScreeningSummary)} are
     * counted and written; throws what their writing threw.
     */
    public void drain() {
        java.util.concurrent.Future<?> w = writing;
        if (w == null) {
            return;
        }
        writing = null;
        Waiting.result(w, () -> new UncheckedIOException(new java.io.InterruptedIOException("interrupted while the screening was written")));
    }

    /**
     * Adds a chunk of lines, in the order of the file: the same output as {@link #line(ScreenedLine, OrderFile.Valid)}
     * and {@link #invalid} one by one, but the CSV rows and the JSON lines (and each new decision's licence document)
     * are made in parallel, then written in order.
     *
     * @param entries the lines as read, in order
     * @param screened for each entry, its screened line when it is valid, else null
     */
    public void lines(List<OrderFile.Entry> entries, List<ScreenedLine> screened) {
        if (format != Format.csv && format != Format.jsonl) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof OrderFile.Valid v) {
                    line(screened.get(i), v);
                } else {
                    invalid((OrderFile.Invalid) entries.get(i));
                }
            }
            return;
        }
        if (format == Format.jsonl && entries.size() > JSONL_WINDOW) {
            // a decision's licence document is large as a tree: at most a window of them are held at once
            for (int from = 0; from < entries.size(); from += JSONL_WINDOW) {
                int to = Math.min(entries.size(), from + JSONL_WINDOW);
                lines(entries.subList(from, to), screened.subList(from, to));
            }
            return;
        }
        Object[] made = java.util.stream.IntStream.range(0, entries.size()).parallel().mapToObj(i -> {
            if (!(entries.get(i) instanceof OrderFile.Valid v)) {
                return format == Format.csv ? csvRow(table.row((OrderFile.Invalid) entries.get(i))) : null;
            }
            ScreenedLine l = screened.get(i);
            if (format == Format.csv) {
                return csvRow(table.row(l, v));
            }
            String line = jsonlLine(l, v);
            return l.firstOfDecision() ? new Object[] {line, licenseJson(l.determination())} : line;
        }).toArray();
        if (format == Format.csv) {
            StringBuilder b = new StringBuilder(made.length * 400);
            for (Object o : made) {
                b.append((String) o);
            }
            lines.write(b.toString());
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof OrderFile.Valid)) {
                invalid((OrderFile.Invalid) entries.get(i));
                continue;
            }
            ScreenedLine l = screened.get(i);
            Spool target = l.needsAction() ? required : rest;
            if (made[i] instanceof Object[] withDecision) {
                target.write((String) withDecision[0]);
                decisions.write(decisionJsonl(l, (JsonNode) withDecision[1]));
            } else {
                target.write((String) made[i]);
            }
        }
    }

    /** Lines of the JSON lines form made together: each new decision's licence document is held as a tree meanwhile. */
    private static final int JSONL_WINDOW = 128;

    /** The decision record of the JSON lines (its texts written as text records first, in order). */
    private String decisionJsonl(ScreenedLine l, JsonNode licence) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("record", "decision");
        n.put("decision", "D" + l.decision());
        n.set("determination", compact(licence));
        return jsonLine(n);
    }

    /**
     * Adds an invalid line (with --skip-invalid): written, with its reasons, never dropped.
     *
     * @param i the invalid line
     */
    public void invalid(OrderFile.Invalid i) {
        switch (format) {
            case csv -> lines.write(csvRow(table.row(i)));
            case xlsx -> xlsx().line(table.row(i));
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
                m.put("cells", String.join(", ", i.cells().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
                invalid.write(render(INVALID, m));
            }
        }
    }

    /**
     * Writes the whole output of a text format (csv, jsonl, html).
     *
     * @param s the summary
     * @param decisionCount the distinct decisions made
     * @param out where the output goes (flushed, not closed)
     * @throws IOException if writing fails
     * @throws IllegalStateException for the xlsx format, which is not text
     */
    public void finish(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        flipAll();
        switch (format) {
            case csv -> finishCsv(out);
            case jsonl -> finishJsonl(s, decisionCount, out);
            case html -> finishHtml(s, decisionCount, out);
            case xlsx -> throw new IllegalStateException("an XLSX workbook is written to an OutputStream");
        }
        out.flush();
    }

    /**
     * Writes the whole output, in any format (text formats as UTF-8).
     *
     * @param s the summary
     * @param decisionCount the distinct decisions made
     * @param out where the output goes (flushed, not closed)
     * @throws IOException if writing fails
     */
    public void finish(ScreeningSummary s, long decisionCount, OutputStream out) throws IOException {
        if (format == Format.xlsx) {
            flipAll();
            xlsx().finish(summaryRows(s, decisionCount), stamp.fields(), out);
            return;
        }
        if (format == Format.csv) {
            // the same bytes as the Writer's: the rows are spooled as UTF-8, so they are copied as they are, not decoded
            // and encoded again
            flipAll();
            out.write(("\uFEFF" + csvRow(LineTable.COLUMNS)).getBytes(StandardCharsets.UTF_8));
            lines.copyTo(out);
            out.flush();
            return;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        finish(s, decisionCount, w);
    }

    private void flipAll() throws IOException {
        drain();
        for (Spool sp : List.of(lines, required, unknown, rest, invalid, decisions)) {
            sp.flip();
        }
    }

    /** Deletes the temporary files. */
    @Override
    public synchronized void close() {
        closed = true;
        if (writer != null) {
            writer.shutdownNow(); // a chunk still being written fails on its next write: its spool is deleted below
        }
        for (Spool sp : List.of(lines, required, unknown, rest, invalid, decisions)) {
            sp.delete();
        }
        if (xlsx != null) {
            try {
                xlsx.close();
            } catch (IOException e) {
                // a temporary file left behind in the temporary directory is harmless; nothing to report
            }
        }
    }

    // --- the stamp and the summary, shared ----------------------------------------------------------------------

    /**
     * {@return the stamp as a JSON document (the CSV form's sidecar {@code OUT.stamp.json})}
     *
     * @param stamp the stamp
     */
    public static String stampJson(Stamp stamp) {
        return pretty(stampNode(stamp));
    }

    private static ObjectNode stampNode(Stamp stamp) {
        ObjectNode st = JsonNodeFactory.instance.objectNode();
        st.put("chipgate", stamp.chipgate());
        st.put("catalog", stamp.catalog());
        st.put("countryGroups", stamp.countryGroups());
        st.put("embargoesAsOf", stamp.embargoes().toString());
        st.put("newestRuleChange", stamp.ruleTexts().toString());
        st.put("screeningDate", stamp.screeningDate().toString());
        st.put("input", stamp.input());
        st.put("sha256", stamp.sha256());
        st.put("partiesList", stamp.partiesList().toString());
        return st;
    }

    /**
     * {@return the stamp, the summary and the totals as one JSON document ({@code --summary FILE})}
     *
     * @param stamp the stamp
     * @param s the summary
     * @param decisionCount the distinct decisions made
     */
    public static String summaryJson(Stamp stamp, ScreeningSummary s, long decisionCount) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("stamp", stampNode(stamp));
        ObjectNode sm = summaryNode(s, decisionCount);
        sm.remove("record");
        root.set("summary", sm);
        ArrayNode dest = root.putArray("byDestination");
        s.byDestination().values().forEach(t -> dest.add(totalJson("destination", t, true)));
        ArrayNode cons = root.putArray("byConsigneeYear");
        s.byConsignee().values().forEach(t -> cons.add(totalJson("consignee-year", t, false)));
        for (JsonNode n : dest) {
            ((ObjectNode) n).remove("record");
        }
        for (JsonNode n : cons) {
            ((ObjectNode) n).remove("record");
        }
        return pretty(root);
    }

    private static String pretty(JsonNode n) {
        try {
            return PRETTY.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

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

    private List<XlsxReport.SummaryRow> summaryRows(ScreeningSummary s, long decisionCount) {
        List<XlsxReport.SummaryRow> rows = new ArrayList<>();
        rows.add(new XlsxReport.SummaryRow(true, List.of("summary", "lines")));
        summaryFields(s, decisionCount).forEach((k, v) -> rows.add(new XlsxReport.SummaryRow(false, List.of(k, v))));
        rows.add(new XlsxReport.SummaryRow(false, List.of()));
        rows.add(new XlsxReport.SummaryRow(true, COUNTRY_HEADER));
        s.byDestination().values().forEach(t -> rows.add(new XlsxReport.SummaryRow(false, totalCells(t, true))));
        rows.add(new XlsxReport.SummaryRow(false, List.of()));
        rows.add(new XlsxReport.SummaryRow(true, CONSIGNEE_HEADER));
        s.byConsignee().values().forEach(t -> rows.add(new XlsxReport.SummaryRow(false, totalCells(t, false))));
        return rows;
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
        if (country && !allocationApplies(t.key())) {
            c.add("n/a");
            c.add(NO_ALLOCATION);
        } else if (country) {
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

    /** The same cells for people: thousands separated, the TPP rounded for display. */
    private static List<String> totalCellsForPeople(ScreeningSummary.Total t, boolean country) {
        List<String> c = totalCells(t, country);
        for (int i = 1; i <= 4; i++) {
            c.set(i, grouped(Long.parseLong(c.get(i))));
        }
        c.set(5, tpp(t.capTpp()));
        return c;
    }

    /** Why a destination is shown against no country allocation. */
    static final String NO_ALLOCATION = "not applicable: supplement 5(a) (presumption of approval) or Macau/D:5 (presumption of denial)";

    /**
     * Whether the AI-diffusion per-country allocation (§ 742.6(b)(10)(iii)(B), as written) applies to a destination:
     * only outside supplement 5(a) and outside Macau and D:5 ({@link io.chipgate.license.Licensing#countryAllocationApplies},
     * D:5 membership as of the country groups' newest text). An unknown membership keeps the destination shown.
     */
    static boolean allocationApplies(String destination) {
        io.chipgate.license.CountryGroups g = io.chipgate.license.CountryGroups.builtIn();
        return io.chipgate.license.Licensing.countryAllocationApplies(io.chipgate.license.CountryCode.of(destination), g.asOf())
            != Tri.FALSE;
    }

    private static String over(ScreeningSummary.Total t, BigDecimal cap) {
        Tri o = t.capTpp().greaterThan(cap);
        return o == Tri.TRUE ? "over (not enforced)" : o == Tri.FALSE ? "within" : "unknown";
    }

    private static final List<String> COUNTRY_HEADER = List.of("destination", "lines", "units", "licence required", "unknown",
        "3A090.a/4A090.a TPP (AI-diffusion rule as written)", "share of " + COUNTRY_CAP, "against the cap");
    private static final List<String> CONSIGNEE_HEADER = List.of("consignee · year", "lines", "units", "licence required", "unknown",
        "3A090.a/4A090.a TPP (AI-diffusion rule as written)", "share of " + LPP_CAP, "against LPP", "share of " + AIA_CAP, "against AIA");

    /** 1234567 as "1,234,567". */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A TPP figure for people: thousands separated, one decimal at most, "~" for an estimate, bounds as a range. */
    static String tpp(Figure f) {
        if (f.value().isPresent()) {
            return (f.estimated() ? "~" : "") + grouped(f.value().get());
        }
        if (f.upper().isEmpty()) {
            return f.lower().signum() == 0 ? "unknown" : "≥ " + grouped(f.lower());
        }
        return grouped(f.lower()) + " – " + grouped(f.upper().get());
    }

    private static String grouped(Exact e) {
        BigDecimal b = e.toBigDecimal(MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_EVEN);
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(b);
    }

    // --- CSV ----------------------------------------------------------------------------------------------------

    private void finishCsv(Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(csvRow(LineTable.COLUMNS));
        lines.copyTo(out);
    }

    private static List<String> decisionCells(long n, LicenseDetermination d, ScreenedLine l) {
        List<String> c = new ArrayList<>(DECISION_COLUMNS.size());
        c.add("D" + n);
        c.add(d.partId());
        c.add(d.partName());
        c.add(Long.toString(d.quantity()));
        c.add(d.destination());
        c.add(d.headquarters().orElse("unknown"));
        c.add(d.date().toString());
        c.add(yesNo(d.licenseRequired()));
        c.add(yesNo(d.asWritten().licenseRequired()) + "; basis: " + String.join(", ", d.asWritten().basis().stream().map(Basis::paragraph).toList()));
        c.add(Boolean.toString(d.asEnforced().readingsDisagree()));
        c.add(String.join(" | ", readings(d)));
        c.add(String.join(" | ", l.unknownBecause()));
        c.add(String.join(" | ", d.basis().stream().map(ScreeningReport::basisLong).toList()));
        c.add(String.join(" | ", d.licenseExceptions().stream().map(ScreeningReport::optionLong).toList()));
        c.add(d.reviewPolicy().toString());
        c.add(classification(d));
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
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) {
            return s; // the common case, without the pattern: nothing to neutralise
        }
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
        st.setAll(stampNode(stamp));
        out.write(jsonLine(st));
        out.write(jsonLine(summaryNode(s, decisionCount)));
        for (ScreeningSummary.Total t : s.byDestination().values()) {
            out.write(jsonLine(totalJson("destination", t, true)));
        }
        for (ScreeningSummary.Total t : s.byConsignee().values()) {
            out.write(jsonLine(totalJson("consignee-year", t, false)));
        }
        invalid.copyTo(out);
        required.copyTo(out);
        rest.copyTo(out);
        decisions.copyTo(out);
    }

    private static ObjectNode summaryNode(ScreeningSummary s, long decisionCount) {
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
        return sm;
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
        if (country && !allocationApplies(t.key())) {
            caps.put("countryAllocation", NO_ALLOCATION);
        } else if (country) {
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
    private String jsonlLine(ScreenedLine l, OrderFile.Valid v) {
        String partAsGiven = v.partAsGiven();
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
        own.put("endUser", v.endUser());
        own.put("partAsGiven", partAsGiven);
        LineTable.Vendor vendor = table.vendorOf(l, v);
        own.put("vendorPartNumber", vendor.partNumber());
        own.put("vendorEccn", vendor.eccn());
        own.put("hts", vendor.hts());
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
        n.put("origin", d.shipment().itemOrigin().origin().map(io.chipgate.license.Origin::code).orElse(null));
        n.put("subjectToEar", d.jurisdiction().assumed() ? "assumed" : yesNo(d.subjectToEar()));
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
        List<LicenseOption> usable = d.licenseRequired() == Tri.FALSE ? List.of() : l.usableExceptions();
        ArrayNode u = n.putArray("usableExceptions");
        usable.forEach(o -> u.addObject().put("code", o.code()).put("available", yesNo(o.available())));
        n.put("notificationNeeded", usable.stream().anyMatch(o -> !o.notification().isEmpty()));
        n.put("partiesScreened", d.partiesScreened());
        ArrayNode ps = n.putArray("parties");
        d.parties().forEach(f -> ps.addObject().put("role", f.party().role().name()).put("name", f.party().name())
            .put("list", f.hit().list().code()).put("listedName", f.hit().listedName()).put("band", f.hit().band().name())
            .put("score", f.hit().score()).put("citation", f.hit().citation().orElse("")));
        ArrayNode sb = n.putArray("settledBy");
        d.settledBy().forEach(q -> sb.addObject().put("id", q.id()).put("question", q.question()).put("known", q.known())
            .put("citation", q.citation()));
        n.put("aiDiffusionTppAsWritten", l.capTpp().toString());
        n.put("decision", "D" + l.decision());
        return n;
    }

    /** The texts written so far as {@code text} records, each with its id; cleared (and texts written again) past the cap. */
    private final Map<String, String> textIds = new java.util.HashMap<>();
    private long nextText;
    /** At most this many texts are remembered (about 10 MB): the memory of a run stays bounded. */
    static final int MAX_TEXTS = 20_000;
    /** Fields whose text is written once as a {@code text} record and referred to by its id ({@code "T12"}). */
    static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("text", "reason", "conditions", "note", "citation", "disclaimer",
        "assumption", "warnings", "citations", "notification", "question", "known");

    /**
     * The licence document of a decision, for the JSON lines: every rule text, reason, condition, warning and citation is
     * written once as a {@code {"record":"text","id":"T12","text":"…"}} record and referred to by its id, so that texts
     * repeated from decision to decision are not repeated in the output; {@code groundsConsidered} (the grounds that do
     * not apply) and the top-level copy of the enforced readings are left out ({@code chipgate license --format json}
     * gives the whole document).
     */
    private JsonNode compact(JsonNode doc) {
        ObjectNode o = (ObjectNode) doc;
        o.remove("groundsConsidered");
        o.remove("readings");
        return refs(o, null);
    }

    private JsonNode refs(JsonNode n, String field) {
        if (n.isTextual() && field != null && TEXT_FIELDS.contains(field)) {
            return JsonNodeFactory.instance.textNode(textRef(n.asText()));
        }
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                o.set(k, refs(o.get(k), k));
            }
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = (com.fasterxml.jackson.databind.node.ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, refs(a.get(i), field));
            }
        }
        return n;
    }

    private String textRef(String text) {
        if (text.length() < 24 && !text.matches("T[0-9]+")) {
            return text; // shorter than a record: kept in place (never a text that looks like a reference)
        }
        String id = textIds.get(text);
        if (id == null) {
            if (textIds.size() >= MAX_TEXTS) {
                textIds.clear();
            }
            id = "T" + (++nextText);
            textIds.put(text, id);
            ObjectNode t = JsonNodeFactory.instance.objectNode();
            t.put("record", "text");
            t.put("id", id);
            t.put("text", text);
            decisions.write(jsonLine(t));
        }
        return id;
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

    private static final String LINE_HEAD = "<th>line · id</th><th>consignee</th><th>part</th><th class=\"n\">qty</th><th>to</th><th>HQ</th><th>date</th>";

    private void finishHtml(ScreeningSummary s, long decisionCount, Writer out) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> fields = summaryFields(s, decisionCount);
        fields.remove("AI-diffusion caps");
        fields.remove("disclaimer");
        List<Map<String, String>> summary = new ArrayList<>();
        fields.forEach((k, v) -> summary.add(Map.of("k", k, "v", v.matches("\\d+") ? grouped(Long.parseLong(v)) : v)));
        m.put("summary", summary);
        m.put("disclaimer", io.chipgate.license.Licensing.DISCLAIMER);
        m.put("input", stamp.input());
        m.put("screeningDate", stamp.screeningDate().toString());
        long required = s.byAction().getOrDefault(Action.APPLY_FOR_LICENCE, 0L) + s.byAction().getOrDefault(Action.EXCEPTION_OR_LICENCE, 0L);
        out.write(render(HEAD, m));
        out.write("<section><h2>Lines needing action: licence required (" + grouped(required) + ")</h2>\n");
        table(out, this.required, LINE_HEAD + "<th>action</th><th>licence exceptions usable if their conditions hold</th><th>decision</th>",
            "No line needs a licence on the grounds assessed.");
        out.write("</section>\n<section><h2>Unknown lines: whether a licence is required is unknown (" + grouped(s.unknown()) + ")</h2>\n");
        table(out, unknown, LINE_HEAD + "<th>why unknown</th><th>settled by</th><th>decision</th>", "No line is unknown.");
        out.write("</section>\n<section class=\"rest\"><h2>Other lines: no licence required on the grounds assessed ("
            + grouped(s.byAction().getOrDefault(Action.NONE, 0L)) + ")</h2>\n");
        table(out, rest, LINE_HEAD + "<th>decision</th>", "None.");
        out.write("</section>\n");
        if (s.invalid() > 0) {
            out.write("<section><h2>Invalid lines: not screened (" + grouped(s.invalid()) + ")</h2>\n<table><thead><tr><th>line · id</th>"
                + "<th>problems</th><th>cells as given</th></tr></thead><tbody>\n");
            invalid.copyTo(out);
            out.write("</tbody></table></section>\n");
        }
        out.write("<section class=\"decisions\"><h2>Decisions: the facts of each distinct shipment, once</h2>\n");
        decisions.copyTo(out);
        out.write("</section>\n");
        if (!notes.isEmpty()) {
            out.write("<section class=\"notes\"><h3>Notes to the decisions: rule texts, conditions, warnings and citations, each once</h3>\n<ol class=\"r small notes\">\n");
            for (String li : noteItems(notes)) {
                out.write(li);
            }
            out.write("</ol>\n</section>\n");
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("caps", ScreeningSummary.NOT_ENFORCED);
        t.put("countryHeader", COUNTRY_HEADER);
        t.put("consigneeHeader", CONSIGNEE_HEADER);
        List<Map<String, Object>> countries = s.byDestination().values().stream().filter(ScreeningReport::counts)
            .filter(x -> allocationApplies(x.key()))
            .map(x -> Map.<String, Object>of("cells", totalCellsForPeople(x, true))).toList();
        List<Map<String, Object>> consignees = s.byConsignee().values().stream().filter(ScreeningReport::counts)
            .map(x -> Map.<String, Object>of("cells", totalCellsForPeople(x, false))).toList();
        t.put("countries", countries);
        t.put("consignees", consignees);
        t.put("hasCaps", !countries.isEmpty() || !consignees.isEmpty());
        t.put("hasCountries", !countries.isEmpty());
        t.put("hasConsignees", !consignees.isEmpty());
        t.put("stamp", pairs(stamp.fields()));
        out.write(render(TAIL, t));
    }

    /** Whether a total counts toward the caps as written: its TPP is not known to be zero. */
    private static boolean counts(ScreeningSummary.Total t) {
        return !(t.capTpp().isKnown() && t.capTpp().value().get().signum() == 0);
    }

    private static void table(Writer out, Spool rows, String head, String none) throws IOException {
        if (rows.isEmpty()) {
            out.write("<p>" + none + "</p>\n");
            return;
        }
        out.write("<table class=\"lines\"><thead><tr>" + head + "</tr></thead><tbody>\n");
        rows.copyTo(out);
        out.write("</tbody></table>\n");
    }

    private static List<Map<String, String>> pairs(Map<String, String> m) {
        List<Map<String, String>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(Map.of("k", k, "v", v)));
        return out;
    }

    private Map<String, Object> lineModel(ScreenedLine l, OrderFile.Valid v, Spool target) {
        LicenseDetermination d = l.determination();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", l.order().lineNumber());
        m.put("id", l.order().id());
        m.put("consignee", l.order().consignee());
        m.put("part", v.partAsGiven());
        m.put("partId", d.partId().equalsIgnoreCase(v.partAsGiven()) ? "" : d.partId());
        m.put("quantity", grouped(d.quantity()));
        m.put("destination", d.destination());
        m.put("hq", d.headquarters().orElse("unknown"));
        m.put("date", d.date().toString());
        m.put("required", target == required);
        m.put("unknown", target == unknown);
        m.put("action", l.action().label());
        m.put("exceptions", l.usableExceptions().stream().map(o -> o.code() + (o.notification().isEmpty() ? "" : " (notify first)")
            + (o.available() == Tri.TRUE ? "" : " (available: " + o.available().label() + ")")).toList());
        m.put("why", LineTable.shortened(String.join(" | ", l.unknownBecause()), LineTable.MAX_UNKNOWN_BECAUSE));
        m.put("settledBy", LineTable.shortened(String.join(" | ", l.determination().settledBy().stream().map(q -> q.question()).toList()),
            LineTable.MAX_UNKNOWN_BECAUSE));
        m.put("decision", "D" + l.decision());
        return m;
    }

    private static Map<String, Object> decisionModel(long n, LicenseDetermination d, ScreenedLine l, Map<String, Integer> notes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", "D" + n);
        m.put("title", d.partName() + " (" + d.partId() + ") × " + grouped(d.quantity()) + " → " + d.destination() + ", HQ "
            + d.headquarters().orElse("unknown") + ", " + d.date());
        m.put("required", yesNo(d.licenseRequired()));
        m.put("asWritten", yesNo(d.asWritten().licenseRequired()));
        m.put("action", l.action().label());
        // a reason that is a ground's own ("§ … may apply: why") is given once, with the ground below
        List<String> unknownBecause = new ArrayList<>();
        for (String u : l.unknownBecause()) {
            String same = u;
            for (Basis b : d.basis()) {
                if (b.applies() != Tri.FALSE && u.equals(b.paragraph() + " may apply: " + b.reason())) {
                    same = b.paragraph() + " may apply (why: under the grounds below)";
                    break;
                }
            }
            unknownBecause.add(same);
        }
        m.put("unknownBecause", unknownBecause);
        m.put("hasUnknown", !l.unknownBecause().isEmpty());
        // the lines' table cuts what settles an unknown answer: the decision gives every question whole
        List<String> settledBy = d.licenseRequired() == Tri.UNKNOWN ? d.settledBy().stream().map(q -> q.question()).toList() : List.of();
        m.put("settledBy", settledBy);
        m.put("hasSettledBy", !settledBy.isEmpty());
        m.put("readings", d.readings().size() > 1 ? readings(d) : List.of());
        // the rule texts and a licence exception's conditions repeat from decision to decision: each is a numbered
        // note, printed once; the decision keeps what is its own (applies, why, availability)
        // when no licence is required the exceptions and the review policy ask nothing: they stay in the workbook and
        // the JSON lines, and the page keeps to what decides the line; a ground not in force (shown as written, or not
        // enforced) repeats its reason from decision to decision, so its reason is a note of its own
        boolean none = d.licenseRequired() == Tri.FALSE;
        m.put("basis", d.basis().stream().filter(b -> b.applies() != Tri.FALSE).map(b -> {
            // the rule's words, its review policy and the reason are three notes: each repeats on its own
            boolean compact = b.status() != BasisStatus.IN_FORCE;
            String why = compact ? note(notes, "why: " + b.reason()) : "";
            return Map.of("text", compact && !why.isEmpty() ? basisShort(b) : basisShort(b) + " — why: " + b.reason(),
                "why", why, "note", note(notes, "\u201C" + b.text() + "\u201D [" + b.citation() + "]"),
                "review", note(notes, "review: " + b.reviewPolicy()));
        }).toList());
        m.put("exceptions", d.licenseExceptions().stream().filter(o -> o.available() != Tri.FALSE).map(o -> Map.of("text",
            o.code() + " (available: " + o.available().label() + ")" + (o.note().isEmpty() ? "" : " note: " + o.note()), "note",
            note(notes, o.code() + ": " + o.conditions() + " [" + o.citation() + "]"
                + (o.notification().isEmpty() ? "" : " notify: " + String.join("; ", o.notification()))))).toList());
        // the readings are listed when they disagree (an unknown: its first reason lists them); a definite answer is
        // every reading's answer, so one line says how many agree
        m.put("hasReadings", d.readings().size() > 1 && l.unknownBecause().isEmpty() && d.licenseRequired() == Tri.UNKNOWN);
        m.put("agreeing", d.readings().size() > 1 && d.licenseRequired() != Tri.UNKNOWN
            ? d.readings().size() + " readings of the law, one answer" : "");
        m.put("hasBasis", d.basis().stream().anyMatch(b -> b.applies() != Tri.FALSE));
        m.put("hasExceptions", !none && d.licenseExceptions().stream().anyMatch(o -> o.available() != Tri.FALSE));
        m.put("hasPolicy", !none);
        // the policy's words repeat from decision to decision: its kind and citation here, its words a note
        String policyNote = none ? "" : note(notes, "review: " + d.reviewPolicy());
        m.put("policy", policyNote.isEmpty() ? d.reviewPolicy().toString()
            : d.reviewPolicy().kind().label() + " (" + d.reviewPolicy().citation() + ")");
        m.put("policyNote", policyNote);
        m.put("classification", classification(d));
        // each citation is a note of its own: decisions share most of them, and a list per decision would repeat them
        // (printed inline once the notes are full)
        List<String> citationRefs = new ArrayList<>();
        List<Map<String, String>> citations = new ArrayList<>();
        for (String c : d.citations()) {
            String k = note(notes, c);
            if (k.isEmpty()) {
                citations.add(Map.of("text", c));
            } else {
                citationRefs.add(k);
            }
        }
        citations.addAll(0, ranges(citationRefs));
        m.put("citations", citations);
        m.put("hasCitations", !d.citations().isEmpty());
        // a warning (most repeat from decision to decision) is a numbered note, printed once at the end of the decisions
        List<String> inline = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (String w : d.warnings()) {
            String k = note(notes, w);
            if (k.isEmpty()) {
                inline.add(w);
            } else {
                refs.add(k);
            }
        }
        m.put("warnings", inline);
        m.put("hasWarnings", !inline.isEmpty());
        m.put("notes", ranges(refs));
        m.put("hasNotes", !refs.isEmpty());
        return m;
    }

    /**
     * Note references in number order, three or more consecutive numbers as one range ("N2–N7"), each linking to its
     * first note: {@code ref} the anchor, {@code label} the text.
     */
    static List<Map<String, String>> ranges(List<String> refs) {
        int[] n = refs.stream().mapToInt(r -> Integer.parseInt(r.substring(1))).sorted().distinct().toArray();
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n.length; ) {
            int j = i;
            while (j + 1 < n.length && n[j + 1] == n[j] + 1) {
                j++;
            }
            if (j - i >= 2) {
                out.add(Map.of("ref", "N" + n[i], "label", "N" + n[i] + "\u2013N" + n[j]));
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(Map.of("ref", "N" + n[k], "label", "N" + n[k]));
                }
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * A decision's detail; one whose detail (all but its title) is the same as an earlier decision's says so and
     * links to it instead (bounded: after {@link #MAX_NOTES} distinct details, each is printed whole).
     */
    private String decisionHtml(long n, LicenseDetermination d, ScreenedLine l) {
        Map<String, Object> m = decisionModel(n, d, l, notes);
        Map<String, Object> body = new LinkedHashMap<>(m);
        body.put("decision", "");
        body.put("title", "");
        String key = render(DECISION, body);
        String first = sameDetail.get(key);
        if (first != null) {
            return "<div class=\"decision same\" id=\"D" + n + "\"><h3>D" + n + ": " + escape((String) m.get("title")) + "</h3><p>The detail of <a href=\"#"
                + first + "\">" + first + "</a>.</p></div>\n";
        }
        if (sameDetail.size() < MAX_NOTES) {
            sameDetail.put(key, "D" + n);
        }
        return render(DECISION, m);
    }

    /** A date, or a country as the licence texts name it ("United Arab Emirates (AE)"): what varies between notes alike. */
    private static final java.util.regex.Pattern VARYING = java.util.regex.Pattern.compile(
        "(\\d{4}-\\d{2}-\\d{2})|((?:\\p{Lu}[\\p{L}'\u2019.-]* )*\\p{Lu}[\\p{L}'\u2019.-]* \\(\\p{Lu}{2}\\))");

    /**
     * The notes as list items, each labelled with its number. Notes that differ only in one date or one country (a
     * warning repeated for each shipment date, a review policy for each destination) are one item: the text once, with
     * the varying value as ‹date› or ‹country›, after the numbers each with its value ("N12 (2024-06-01), N40
     * (2025-06-01): country groups on ‹date› are …"); every note keeps its anchor, nothing is left out.
     */
    static List<String> noteItems(Map<String, Integer> notes) {
        record Note(String text, int number, List<String> values, List<Boolean> dates) {
        }
        Map<String, List<Note>> byTemplate = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : notes.entrySet()) {
            java.util.regex.Matcher m = VARYING.matcher(e.getKey());
            StringBuilder t = new StringBuilder();
            List<String> values = new ArrayList<>();
            List<Boolean> dates = new ArrayList<>();
            int at = 0;
            while (m.find()) {
                t.append(e.getKey(), at, m.start()).append(m.group(1) != null ? "\u0000d" : "\u0000c");
                values.add(m.group());
                dates.add(m.group(1) != null);
                at = m.end();
            }
            t.append(e.getKey().substring(at));
            // a note without a date or a country is alone in its group (its text is its own key)
            byTemplate.computeIfAbsent(values.isEmpty() ? "\u0001" + e.getKey() : t.toString(), k -> new ArrayList<>())
                .add(new Note(e.getKey(), e.getValue(), values, dates));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Note>> g : byTemplate.entrySet()) {
            List<Note> members = g.getValue();
            Note first = members.get(0);
            // the positions whose value differs between the notes; each note must hold one value in all of them
            List<Integer> varying = new ArrayList<>();
            for (int i = 0; i < first.values().size(); i++) {
                int k = i;
                if (members.stream().anyMatch(n -> !n.values().get(k).equals(first.values().get(k)))) {
                    varying.add(i);
                }
            }
            boolean oneValueEach = !varying.isEmpty() && members.size() > 1 && members.stream().allMatch(n -> varying.stream()
                .allMatch(i -> n.values().get(i).equals(n.values().get(varying.get(0))) && n.dates().get(i) == n.dates().get(varying.get(0))));
            if (!oneValueEach) {
                for (Note n : members) {
                    out.add("<li id=\"N" + n.number() + "\"><b>N" + n.number() + "</b> " + escape(n.text()) + "</li>\n");
                }
                continue;
            }
            String placeholder = first.dates().get(varying.get(0)) ? "\u2039date\u203A" : "\u2039country\u203A";
            StringBuilder text = new StringBuilder();
            java.util.regex.Matcher m = VARYING.matcher(first.text());
            int at = 0;
            for (int i = 0; m.find(); i++) {
                text.append(escape(first.text().substring(at, m.start()))).append(varying.contains(i) ? placeholder : escape(m.group()));
                at = m.end();
            }
            text.append(escape(first.text().substring(at)));
            StringBuilder li = new StringBuilder("<li id=\"N" + first.number() + "\">");
            for (int i = 0; i < members.size(); i++) {
                Note n = members.get(i);
                li.append(i == 0 ? "" : ", ").append(i == 0 ? "<b>" : "<b id=\"N" + n.number() + "\">").append("N").append(n.number())
                    .append("</b> (").append(escape(n.values().get(varying.get(0)))).append(')');
            }
            out.add(li.append(": ").append(text).append("</li>\n").toString());
        }
        return out;
    }

    /** The note number of a text ("N4"), numbering it if new; empty when the notes are full (then print it inline). */
    private static String note(Map<String, Integer> notes, String text) {
        Integer k = notes.get(text);
        if (k == null && notes.size() < MAX_NOTES) {
            k = notes.size() + 1;
            notes.put(text, k);
        }
        return k == null ? "" : "N" + k;
    }

    /** Text for HTML: {@code & < > " '} escaped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String render(Mustache t, Map<String, Object> model) {
        java.io.StringWriter w = new java.io.StringWriter(1024);
        t.execute(w, model);
        return w.toString();
    }

    /**
     * A temporary file written in order, then copied out. Deleting it (on close, or from a shutdown hook on SIGTERM
     * while another thread still writes) is final: a later write fails instead of creating the file again.
     */
    private static final class Spool {
        private final Path dir;
        private final String name;
        private Path file;
        private Writer out;
        private boolean deleted;

        Spool(Path dir, String name) {
            this.dir = dir;
            this.name = name;
        }

        synchronized void write(String s) {
            try {
                if (deleted) {
                    throw new IOException("the screening was stopped");
                }
                if (out == null) {
                    file = Files.createTempFile(dir, "chipgate-screen-" + name + "-", ".part");
                    out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                }
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the temporary file of the screening in " + dir, e);
            }
        }

        synchronized boolean isEmpty() {
            return file == null;
        }

        synchronized void flip() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        void copyTo(Writer w) throws IOException {
            Path f;
            synchronized (this) {
                f = file;
            }
            if (f == null) {
                return;
            }
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                r.transferTo(w);
            }
        }

        /** Copies the file's bytes (UTF-8, as written) to a stream. */
        void copyTo(OutputStream o) throws IOException {
            Path f;
            synchronized (this) {
                f = file;
            }
            if (f != null) {
                Files.copy(f, o);
            }
        }

        synchronized void delete() {
            deleted = true;
            try {
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                // closing a temporary file that is deleted next: nothing to report
            }
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary file left behind is harmless; nothing to report to the user
            }
        }
    }
}
