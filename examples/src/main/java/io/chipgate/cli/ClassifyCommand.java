package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.UnknownPartException;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", description = {
    "Determinations for catalog parts or spec files, with clauses, margins, conditions, citations and warnings (licence questions: chipgate license).",
    "--regime ID evaluates that regime as written whatever the date and reports its status; --on DATE every regime in force on that date; neither: every regime in force today.",
    "--from FILE (or - for standard input) reads one query per line, PART or PART,DATE, and streams the answers: 10,000 lookups in one run."})
final class ClassifyCommand implements Callable<Integer> {
    /** The CSV columns, in order (see docs/cli-json.md for the JSON fields). */
    static final List<String> CSV_COLUMNS;

    static {
        List<String> c = new ArrayList<>(List.of("part", "part_name", "regime", "date", "status", "outcome"));
        c.addAll(FigureCells.columns("tpp"));
        c.addAll(FigureCells.columns("performance_density"));
        c.addAll(List.of("missing", "citations"));
        CSV_COLUMNS = List.copyOf(c);
    }

    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "0..*", description = "Catalog ids, names, aliases or vendor part numbers (h100, \"H100 SXM5\", nvidia-h100-sxm, 900-21010-0000-000).")
    List<String> names = new ArrayList<>();

    @Option(names = "--spec", paramLabel = "FILE", arity = "1..*", description = "Spec files or directories to classify (several may follow one --spec).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FILE", description = "Queries, one a line: PART or PART,DATE (ISO); '-' reads standard input; blank lines and # comments are skipped.")
    String from;

    @Option(names = "--regime", paramLabel = "ID", description = "One regime by id.")
    String regime;

    @Option(names = "--regime-file", paramLabel = "FILE", description = "A custom regime described in JSON.")
    Path regimeFile;

    @Option(names = "--on", paramLabel = "DATE", description = "The date asked (default: today).")
    LocalDate on;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "tf32Bits=19|32, sparseOnly=UNKNOWN|HALVE, tppBasis=HIGHER|COMPUTED|DECLARED, noNonPlanarArea=UNDEFINED|ZERO")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv or jsonl (one JSON object a line, streamed)")
    Format format;

    @Option(names = "--strict", description = "Exit with 1 when any determination is INDETERMINATE.")
    boolean strict;

    private Interpretation in;
    private boolean open;
    private boolean csvHeaderWritten;
    private ArrayNode jsonArray;

    @Override
    public Integer call() throws IOException {
        Options.requireFormat(spec, format, Format.text, Format.json, Format.csv, Format.jsonl);
        in = Selection.interpretation(interpretation);
        LocalDate date = on == null ? LocalDate.now() : on;
        PrintWriter out = spec.commandLine().getOut();
        jsonArray = Json.F.arrayNode();
        int code = Chipgate.OK;
        if (from != null) {
            if (!names.isEmpty() || !specs.isEmpty()) {
                throw new UsageException("give parts either as arguments or with --from, not both");
            }
            code = batch(out, date);
        } else {
            List<Part> parts = Selection.parts(root, names, specs);
            List<Regime> regimes = regimes(date);
            if (regimes.isEmpty() && format == Format.text) {
                out.println(noRegime(date));
            }
            for (Part p : parts) {
                emit(out, classify(p, regimes, date), -1);
            }
        }
        if (format == Format.json) {
            out.println(Json.write(jsonArray));
        } else if (format == Format.text) {
            out.println("Not legal advice: a computation from public rule text and published figures.");
        }
        out.flush();
        if (code != Chipgate.OK) {
            return code;
        }
        return strict && open ? Chipgate.INDETERMINATE : Chipgate.OK;
    }

    private List<Regime> regimes(LocalDate date) {
        return Selection.regimes(regime, regimeFile, date);
    }

    private List<Determination> classify(Part p, List<Regime> regimes, LocalDate date) {
        List<Determination> ds = new ArrayList<>();
        for (Regime r : regimes) {
            Determination d = r.classify(p, in, date, root.catalog()::find);
            open |= d.outcome() == Outcome.INDETERMINATE;
            ds.add(d);
        }
        return ds;
    }

    /** Says why nothing was determined: no regime was in force on the date. */
    static String noRegime(LocalDate date) {
        Regime first = Regimes.all().stream().min(java.util.Comparator.comparing(Regime::effective)).orElseThrow();
        return "no regime is in force on " + date + " (the first, " + first.id() + ", took effect " + first.effective()
            + "); --regime ID evaluates a rule as written on any date";
    }

    /** Reads queries line by line and writes each answer as soon as it is computed. */
    private int batch(PrintWriter out, LocalDate defaultDate) throws IOException {
        int errors = 0;
        try (LineSource r = LineSource.open(from, System.in)) {
            String source = r.name();
            String line;
            while ((line = r.next()) != null) {
                long n = r.lineNumber();
                String q = line.strip();
                if (q.isEmpty() || q.startsWith("#")) {
                    continue;
                }
                try {
                    int comma = q.lastIndexOf(',');
                    String name = comma < 0 ? q : q.substring(0, comma).strip();
                    LocalDate date = comma < 0 ? defaultDate : date(q.substring(comma + 1).strip(), source, n);
                    Part p = root.catalog().part(name);
                    List<Regime> regimes = regimes(date);
                    if (regimes.isEmpty() && format == Format.text) {
                        out.println(name + ": " + noRegime(date));
                    }
                    emit(out, classify(p, regimes, date), n);
                } catch (UnknownPartException | BadInputException e) {
                    errors++;
                    String message = source + ": line " + n + ": " + e.getMessage();
                    if (format == Format.jsonl) {
                        ObjectNode o = Json.F.objectNode().put("line", n).put("input", q).put("error", e.getMessage());
                        out.println(Json.line(o));
                    }
                    spec.commandLine().getErr().println("chipgate: " + Chipgate.oneLine(message));
                }
                if (out.checkError()) {
                    break; // standard output is closed (| head -1) or full: stop reading; the command says so and exits 3
                }
            }
        }
        return errors == 0 ? Chipgate.OK : Chipgate.BAD_DATA;
    }

    private static LocalDate date(String s, String source, long line) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadInputException("date: invalid value \"" + s + "\": expected an ISO date such as 2025-01-15 after the part; it "
                + Chipgate.dateProblem(s, e));
        }
    }

    private void emit(PrintWriter out, List<Determination> ds, long line) {
        switch (format) {
            case json:
                ds.forEach(d -> jsonArray.add(withNotices(Json.object(Reports.jsonLine(d)), d.partId())));
                break;
            case jsonl:
                ds.forEach(d -> out.println(Json.line(withNotices(Json.object(Reports.jsonLine(d)), d.partId()))));
                break;
            case csv:
                out.print(csv(ds, !csvHeaderWritten));
                csvHeaderWritten = true;
                break;
            default:
                ds.forEach(d -> {
                    out.println(Reports.text(d));
                    root.noticesFor(d.partId()).forEach(n -> out.println("  notice: " + n));
                });
        }
    }

    /** Adds {@code notices} (the replaced user parts the answer rests on) when there are any. */
    private ObjectNode withNotices(ObjectNode o, String partId) {
        List<String> notices = root.noticesFor(partId);
        if (!notices.isEmpty()) {
            notices.forEach(o.putArray("notices")::add);
        }
        return o;
    }

    static String csv(List<Determination> ds, boolean header) {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Determination d : ds) {
            List<String> row = new ArrayList<>(List.of(d.partId(), d.partName(), d.regimeId(), d.date().toString(),
                d.status().name(), d.outcome().code()));
            row.addAll(FigureCells.cells(d.tpp()));
            row.addAll(FigureCells.cells(d.performanceDensity()));
            row.add(String.join("; ", d.missing()));
            row.add(String.join("; ", d.citations()));
            rows.add(row);
        }
        try {
            CsvSchema s = header ? schema.build().withHeader() : schema.build().withoutHeader();
            return Csv.MAPPER.writer(s).writeValueAsString(Csv.neutralised(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
