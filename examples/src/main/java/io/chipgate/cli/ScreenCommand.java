package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.orderbook.Columns;
import io.chipgate.orderbook.OrderFile;
import io.chipgate.orderbook.OrderFileException;
import io.chipgate.orderbook.ScreeningReport;
import io.chipgate.orderbook.Stamp;
import io.chipgate.screening.Screening;
import io.chipgate.screening.ScreeningSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * stamped. The whole file is checked before anything is written (it is read once: checked and screened as it is
 * read); by default any bad line stops the screening (exit 3, every bad line on stderr, no output).
 */
@Command(name = "screen", description = {
    "Screens an order book (CSV or .xlsx: part, quantity, destination[, headquarters, date, consignee, id]; ERP headers such as",
    "Order No, Customer, Item, Qty, Ship-to Country, End user HQ, Ship date are recognised): for every line whether a licence",
    "is required, why, the exceptions and review policy, as one table (csv, xlsx) or a report for legal (html); totals per",
    "destination and consignee against the AI-diffusion caps as written (not enforced); a reproducibility stamp. Not legal advice."})
final class ScreenCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ORDERS", arity = "1", description = "The order book: UTF-8 CSV with a header line (Excel's \"CSV UTF-8\" reads as is) or an Excel workbook (.xlsx).")
    Path orders;

    @Option(names = "--columns", paramLabel = "HEADER=FIELD,...", description = {"Which header holds which field, over the recognised synonyms,",
        "e.g. 'Order No=id,Customer=consignee,Item=part,Qty=quantity,Ship-to Country=destination,End user HQ=headquarters,Ship date=date'.",
        "Fields: id, consignee, end_user, part, quantity, destination, headquarters, date."})
    String columns;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an .xlsx order book to read (default: the first).")
    String sheet;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the stamp, the summary and the totals as JSON to FILE.")
    Path summaryFile;

    @Option(names = "--on", paramLabel = "DATE", description = "The screening date: the date of lines without one (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = {"csv (one table, one row per line; with --out, the stamp",
        "beside it in OUT.stamp.json), xlsx (sheets Lines, Decisions, Summary, Stamp; needs --out), jsonl or html (default: csv)."})
    ScreeningReport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced only when the screening is complete); default: standard output.")
    Path out;

    @Option(names = "--skip-invalid", description = "Screen the valid lines and list the invalid ones, with their reasons, in the output.")
    boolean skipInvalid;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "A reading of the metric definitions (see 'chipgate classify --help').")
    List<String> interpretation = new ArrayList<>();

    /**
     * Decisions kept in memory per run: at about 20 KB each, 2,048 keep the memo near 40 MB, so that a book of any
     * length screens in a 512 MB heap; facts seen again after they left the memo are decided again (same answer).
     */
    static final int MEMO = 2048;

    /** Lines read and decided together: their distinct facts (at most this many) are decided in parallel. */
    static final int CHUNK = 1024;

    /** The copy of a piped order book, deleted when the command ends (or on SIGTERM); null for a file. */
    private Path pipeCopy;

    /** Most bytes a piped order book may hold: it is copied to a temporary file, which must not fill the disk. */
    static final long MAX_PIPE_BYTES = 1L << 30;

    @Override
    public Integer call() throws IOException {
        try {
            return screen();
        } finally {
            if (pipeCopy != null) {
                Files.deleteIfExists(pipeCopy);
            }
        }
    }

    private Integer screen() throws IOException {
        LocalDate date = on == null ? LocalDate.now() : on;
        Catalog catalog = root.catalog();
        Interpretation in = Selection.interpretation(interpretation);
        OrderFile file = OrderFile.of(orders, catalog, date).withSheet(sheet);
        if (columns != null) {
            try {
                file = file.withColumns(Columns.parse(columns));
            } catch (IllegalArgumentException e) {
                throw Chipgate.usage(spec, e.getMessage()); // a command-line mistake: exit 2
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean pipe = requireRegularFileOrPipe(orders);
        // every output is checked before anything is read (Output: never over an input, special files written into,
        // a missing folder or a directory refused in one line), and no two outputs on one file
        List<Path> inputs = new ArrayList<>(root.userCatalogs);
        inputs.add(orders);
        Output target = out == null ? null : Output.file("--out", out, false, inputs);
        Output stampTarget = out == null || format != ScreeningReport.Format.csv || target.special() ? null
            : Output.file("--out", stampFile(out), false, inputs);
        if (pipe) {
            // a pipe is copied once, after the outputs are checked: a workbook is read from a file (a zip), and the copy
            // bounds what a pipe may hold
            file = file.readFrom(copyPipe(orders));
        }
        Output summaryTarget = summaryFile == null ? null : Output.file("--summary", summaryFile, false, inputs);
        List<Path> outputs = new ArrayList<>();
        for (Path p : java.util.Arrays.asList(out, stampTarget == null ? null : stampFile(out), summaryFile)) {
            if (p != null) {
                Path o = p.toAbsolutePath().normalize();
                for (Path seen : outputs) {
                    if (o.equals(seen)) {
                        throw Chipgate.usage(spec, "cannot write two outputs to " + p + "; choose another --summary FILE");
                    }
                }
                outputs.add(o);
            }
        }
        if (format == ScreeningReport.Format.xlsx && out == null) {
            throw Chipgate.usage(spec, "--format xlsx writes a workbook, not text: give --out FILE.xlsx");
        }
        Screening screening = Screening.of(in, catalog::find).withMemoSize(MEMO);
        Screening.Run run = screening.newRun();
        Path spoolDir = target == null || target.special() ? Path.of(System.getProperty("java.io.tmpdir"))
            : out.toAbsolutePath().getParent() == null ? Path.of(".") : out.toAbsolutePath().getParent();
        ScreeningSummary summary = new ScreeningSummary();
        List<Path> temporary = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ScreeningReport report = new ScreeningReport(format, spoolDir)) {
            // a SIGTERM or Ctrl-C while screening: the temporary files go too (a normal exit or an error closes them below);
            // the report makes no file before its first line, so the hook is in place before any file exists
            Thread cleanup = new Thread(() -> {
                temporary.add(STOPPED);
                report.close();
                temporary.stream().filter(p -> p != STOPPED).forEach(p -> p.toFile().delete());
            }, "chipgate-screen-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                // one pass: the lines are checked and screened as they are read, in chunks (the distinct facts of a
                // chunk decided in parallel, then its lines spooled in order; only a chunk's lines and its decisions are
                // held); nothing is written before the whole file is checked, and a bad line (without --skip-invalid)
                // stops the screening while the rest is still checked, so that every bad line is named
                List<OrderFile.Entry> chunk = new ArrayList<>(CHUNK);
                List<OrderFile.Invalid> bad = new ArrayList<>();
                long[] count = {0, 0}; // lines, invalid lines
                Runnable flush = () -> {
                    if (count[1] == 0 || skipInvalid) {
                        report.screen(run, chunk, summary);
                    }
                    chunk.clear();
                };
                OrderFile.Validation v;
                try {
                    String sha = file.read(e -> {
                        count[0]++;
                        if (e instanceof OrderFile.Invalid i) {
                            if (count[1]++ < OrderFile.MAX_INVALID_KEPT) {
                                bad.add(i);
                            }
                            if (!skipInvalid) {
                                chunk.clear(); // nothing more is screened: the lines are only checked
                                return;
                            }
                        }
                        if (count[1] == 0 || skipInvalid) {
                            chunk.add(e);
                            if (chunk.size() == CHUNK) {
                                flush.run();
                            }
                        }
                    });
                    flush.run();
                    v = new OrderFile.Validation(count[0], List.copyOf(bad), count[1], sha);
                } catch (OrderFileException e) {
                    throw new BadInputException(e.getMessage());
                }
                if (!v.ok() && !skipInvalid) {
                    err.println("chipgate: bad input: " + orders + ": " + v.invalidCount() + " of " + v.lines()
                        + " lines are invalid; nothing was screened (fix them, or use --skip-invalid to screen the rest and list these in the output):");
                    v.invalid().forEach(i -> err.println("  " + Chipgate.oneLine(i.message())));
                    if (v.invalidNotKept() > 0) {
                        // the first ones with their reasons, the rest counted: the list is bounded, --skip-invalid lists every one
                        err.println("  … and " + v.invalidNotKept() + " more invalid lines (--skip-invalid lists every one in the output)");
                    }
                    err.flush();
                    return Chipgate.BAD_DATA;
                }
                Stamp stamp = Stamp.of(spec.root().version()[0], catalog.version(), screening.countryGroups(), screening.embargoes(), date,
                    orders.getFileName().toString(), v.sha256());
                report.stamp(stamp);
                if (out == null) {
                    Writer w = spec.commandLine().getOut();
                    report.finish(summary, run.decisions(), w);
                } else {
                    List<Output> targets = new ArrayList<>(List.of(target));
                    List<Output.Content> contents = new ArrayList<>(List.of(o -> {
                        OutputStream b = new BufferedOutputStream(root.ascii() ? new Json.AsciiOutputStream(o) : o, 1 << 16);
                        report.finish(summary, run.decisions(), b);
                        b.flush();
                    }));
                    if (stampTarget != null) {
                        targets.add(stampTarget);
                        contents.add(o -> o.write(json(ScreeningReport.stampJson(stamp)).getBytes(StandardCharsets.UTF_8)));
                    }
                    Output.writeAll(targets, contents);
                }
                if (summaryTarget != null) {
                    summaryTarget.write(o -> o.write(json(ScreeningReport.summaryJson(stamp, summary, run.decisions())).getBytes(StandardCharsets.UTF_8)));
                }
                if (out != null) {
                    spec.commandLine().getOut().println("screened " + summary.lines() + " lines (" + summary.needingAction() + " needing action, "
                        + summary.licencesRequired() + " licence required, " + summary.unknown() + " unknown"
                        + (summary.invalid() > 0 ? ", " + summary.invalid() + " invalid listed" : "") + ") → " + out
                        + (format == ScreeningReport.Format.csv ? " (stamp: " + stampFile(out).getFileName() + ")" : ""));
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook runs
                }
            }
        }
        return Chipgate.OK;
    }

    /** Put in the list of temporary files by the shutdown hook: no temporary file is made after it. */
    private static final Path STOPPED = Path.of(".chipgate-stopped");

    /**
     * The stamp's sidecar of a CSV output: {@code OUT.stamp.json}; for a name too long to take the suffix (most file
     * systems allow 255 bytes), its first 180 characters and a hash of the whole name.
     */
    static Path stampFile(Path out) {
        String name = out.getFileName().toString();
        if (name.getBytes(StandardCharsets.UTF_8).length + ".stamp.json".length() > 255) {
            name = name.substring(0, Math.min(name.length(), 180)) + "-" + Integer.toHexString(name.hashCode());
        }
        return out.resolveSibling(name + ".stamp.json");
    }

    /**
     * The order book must be a regular file or a pipe ({@code cat
     * orders.csv | chipgate screen /dev/stdin}), which is copied to a temporary file first: a device such as
     * {@code /dev/zero} would never end.
     *
     * @return whether it is a pipe
     */
    static boolean requireRegularFileOrPipe(Path orders) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(orders, java.nio.file.attribute.BasicFileAttributes.class);
            if (a.isRegularFile() || a.isDirectory()) {
                return false;
            }
            if (isFifo(orders)) {
                return true;
            }
            throw new BadInputException(orders + ": expected a regular file or a pipe (it is a device or a socket, which may never end)");
        } catch (IOException e) {
            return false; // missing or unreadable: the order file's own message says so
        }
    }

    /** Whether the path (links followed) is a FIFO: {@code unix:mode} S_IFIFO, where the platform gives the mode. */
    static boolean isFifo(Path p) {
        try {
            return ((Integer) Files.getAttribute(p, "unix:mode") & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Copies a piped order book to a temporary file readable by its owner only, deleted when the command ends (and by
     * the JVM's exit on SIGTERM); at most {@link #MAX_PIPE_BYTES}.
     */
    private Path copyPipe(Path orders) throws IOException {
        pipeCopy = Files.createTempFile("chipgate-orders-", ".tmp");
        pipeCopy.toFile().deleteOnExit();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (java.io.InputStream in = Files.newInputStream(orders); OutputStream o = Files.newOutputStream(pipeCopy)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_PIPE_BYTES) {
                    throw new BadInputException(orders + ": the pipe holds more than " + (MAX_PIPE_BYTES >> 20)
                        + " MiB; save the order book to a file first");
                }
                o.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new BadInputException(orders + ": cannot be read: " + e.getMessage());
        }
        return pipeCopy;
    }

    /** JSON text as written to a file: escaped to ASCII with {@code --ascii}. */
    private String json(String text) {
        return root.ascii() ? Json.ascii(text) : text;
    }
}
