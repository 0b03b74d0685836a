package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.orderbook.OrderFile;
import io.chipgate.orderbook.OrderFileException;
import io.chipgate.orderbook.ScreeningReport;
import io.chipgate.orderbook.Stamp;
import io.chipgate.screening.ScreenedLine;
import io.chipgate.screening.Screening;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chipgate screen ORDERS.csv}: every line of an order book decided under the licence rules, explained and
 * stamped. The whole file is checked first; by default any bad line stops the screening (exit 3, every bad line
 * on stderr, no output).
 */
@Command(name = "screen", description = {
    "Screens an order book (CSV: part, quantity, destination[, headquarters, date, consignee, line]): for every line whether a licence",
    "is required, why, the exceptions and review policy; a summary first, lines needing action first, totals per destination and",
    "consignee against the AI-diffusion caps as written (not enforced), and a reproducibility stamp. Not legal advice."})
final class ScreenCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ORDERS.csv", arity = "1", description = "The order book, UTF-8 CSV with a header line (Excel's \"CSV UTF-8\" reads as is).")
    Path orders;

    @Option(names = "--on", paramLabel = "DATE", description = "The screening date: the date of lines without one (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "csv (Excel, with a BOM), jsonl or html (default: csv).")
    ScreeningReport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the screening is complete); default: standard output.")
    Path out;

    @Option(names = "--skip-invalid", description = "Screen the valid lines and list the invalid ones, with their reasons, in the output.")
    boolean skipInvalid;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "A reading of the metric definitions (see 'chipgate classify --help').")
    List<String> interpretation = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        LocalDate date = on == null ? LocalDate.now() : on;
        Catalog catalog = root.catalog();
        Interpretation in = Selection.interpretation(interpretation);
        requireRegularFile(orders);
        OrderFile file = OrderFile.of(orders, catalog, date);
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>(root.userCatalogs);
        inputs.add(orders);
        Output target = out == null ? null : Output.file("--out", out, false, inputs);
        Screening screening = Screening.of(in, catalog::find);
        Screening.Run run = screening.newRun();
        OrderFile.Validation v;
        try {
            // the whole file is checked before anything is decided; the distinct facts seen are planned meanwhile
            v = file.validate(e -> run.plan(e.order().shipment()));
        } catch (OrderFileException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!v.ok() && !skipInvalid) {
            err.println("chipgate: bad input: " + orders + ": " + v.invalid().size() + " of " + v.lines()
                + " lines are invalid; nothing was screened (fix them, or use --skip-invalid to screen the rest and list these in the output):");
            v.invalid().forEach(i -> err.println("  " + Chipgate.oneLine(i.message())));
            err.flush();
            return Chipgate.BAD_DATA;
        }
        run.decidePlanned();
        Stamp stamp = Stamp.of(spec.root().version()[0], catalog.version(), screening.countryGroups(), screening.embargoes(), date,
            orders.getFileName().toString(), v.sha256());
        Path spoolDir = target == null || target.special() ? Path.of(System.getProperty("java.io.tmpdir"))
            : out.toAbsolutePath().getParent() == null ? Path.of(".") : out.toAbsolutePath().getParent();
        ScreeningSummary summary = new ScreeningSummary();
        try (ScreeningReport report = new ScreeningReport(format, stamp, spoolDir)) {
            String sha;
            try {
                sha = file.read(e -> {
                    if (e instanceof OrderFile.Valid ok) {
                        ScreenedLine l = run.screen(ok.order());
                        summary.add(l);
                        report.line(l, ok.partAsGiven());
                    } else {
                        summary.addInvalid();
                        report.invalid((OrderFile.Invalid) e);
                    }
                });
            } catch (OrderFileException e) {
                throw new BadInputException(e.getMessage());
            }
            if (!sha.equals(v.sha256())) {
                throw new BadInputException(orders + ": the file changed while it was being screened; nothing was written");
            }
            if (out == null) {
                Writer w = spec.commandLine().getOut();
                report.finish(summary, run.decisions(), w);
            } else {
                target.write(o -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
                    report.finish(summary, run.decisions(), w);
                    w.flush();
                });
                spec.commandLine().getOut().println("screened " + summary.lines() + " lines (" + summary.needingAction() + " needing action, "
                    + summary.licencesRequired() + " licence required, " + summary.unknown() + " unknown"
                    + (summary.invalid() > 0 ? ", " + summary.invalid() + " invalid listed" : "") + ") → " + out);
            }
        }
        return Chipgate.OK;
    }

    /**
     * The order book is read twice (checked whole, then screened), so it must be a regular file: a device such as
     * {@code /dev/zero} would never end, and a pipe ({@code cat orders.csv | chipgate screen /dev/stdin}) cannot be
     * read again.
     */
    static void requireRegularFile(Path orders) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(orders, java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isRegularFile() && !a.isDirectory()) {
                throw new BadInputException(orders + ": expected a regular file (it is a pipe, device or socket; the order book is read twice, "
                    + "checked whole before anything is screened): save it to a file first");
            }
        } catch (IOException e) {
            // missing or unreadable: the order file's own message says so
        }
    }
}
