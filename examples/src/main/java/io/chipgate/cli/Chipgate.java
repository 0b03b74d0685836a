package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.UnknownPartException;
import io.chipgate.internal.Messages;
import io.chipgate.regime.UnknownRegimeException;
import io.chipgate.document.DocumentFormatException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The chipgate command line: regimes, the catalog, determinations, histories, frontiers, quotas and charts.
 *
 * <p>Exit codes: 0 ok; 1 with {@code --strict} when a determination is INDETERMINATE; 2 usage error (unknown
 * command, option, regime or part, an option value out of range); 3 bad input data: any problem with a user's
 * file or its content (missing, a directory, a device or FIFO, unreadable, over 64 MiB, empty, invalid,
 * truncated, a negative or absurd value, an unknown part inside an order file, an output file that cannot be
 * written, standard output full or closed); 4 internal error, which no input should reach (an
 * {@code IllegalArgumentException} from the library is one: only command-line mistakes are 2). Errors are one line on stderr, with control
 * characters escaped and long values cut; {@code --debug} adds the stack trace.
 */
@Command(name = "chipgate", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = BuildInfo.class,
    description = "Classifies AI accelerators under US export-control regimes (ECCN 3A090 and related rules), exactly and with reasons. Not legal advice.",
    subcommands = {RegimesCommand.class, PartsCommand.class, ClassifyCommand.class, HistoryCommand.class,
        MatrixCommand.class, FrontierCommand.class, QuotaCommand.class, ChartCommand.class, SpecCommand.class, LicenseCommand.class, ReportCommand.class, ReconcileCommand.class, ScreenCommand.class, TppCommand.class,
        PartiesCommand.class, DatasetCommand.class,
        CommandLine.HelpCommand.class})
public final class Chipgate implements Runnable {
    public static final int OK = 0;
    public static final int INDETERMINATE = 1;
    public static final int USAGE = 2;
    public static final int BAD_DATA = 3;
    public static final int INTERNAL = 4;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Option(names = "--catalog", scope = ScopeType.INHERIT, paramLabel = "PATH",
        description = "Spec files or directories (JSON/YAML) that add parts to the built-in catalog or override them.")
    List<Path> userCatalogs = List.of();

    @Option(names = "--ascii", scope = ScopeType.INHERIT,
        description = "In JSON and JSON Lines output (--format json or jsonl), write every character outside ASCII as a"
            + " \\uXXXX escape, for consumers that need ASCII; the JSON is the same.")
    boolean ascii;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Catalog catalog;

    /** {@return whether {@code --ascii} was given} */
    boolean ascii() {
        return ascii;
    }

    /** The built-in catalog with the user's files. */
    Catalog catalog() {
        if (catalog == null) {
            catalog = Catalog.builtin().withFiles(userCatalogs.toArray(new Path[0]));
            PrintWriter err = spec.commandLine().getErr();
            catalog.notices().forEach(n -> err.println("chipgate: notice: " + Messages.capped(n, 500)));
            err.flush();
        }
        return catalog;
    }

    /**
     * The notices of the user parts an answer about this part rests on: the part itself if it replaces a built-in
     * part, and any IC a system contains (at any depth) that does. Empty without replacements.
     */
    java.util.List<String> noticesFor(String partId) {
        Catalog c = catalog();
        if (c.notices().isEmpty()) {
            return java.util.List.of();
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(java.util.List.of(partId));
        java.util.List<String> out = new java.util.ArrayList<>();
        while (!todo.isEmpty() && seen.size() < 10_000) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            c.notice(id).ifPresent(out::add);
            c.find(id).ifPresent(p -> p.contains().forEach(k -> c.find(k.part()).ifPresent(ic -> todo.push(ic.id()))));
        }
        return out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Jit.allow();
        // UTF-8 whatever the platform encoding; a failed write is remembered and ends in exit 3
        System.exit(execute(args, StandardStream.out(), StandardStream.err()));
    }

    /** Runs a command line in-process, writing to the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Chipgate root = new Chipgate();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(LocalDate.class, Chipgate::date);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("chipgate: " + oneLine(message(ex)) + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            c.getErr().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter e = c.getErr();
            e.println(errorLine(ex));
            if (root.debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return exitCode(ex);
        });
        cl.setExecutionStrategy(parsed -> {
            if (asciiAsked(parsed)) {
                CommandLine sub = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
                Object format = sub.getCommandSpec().findOption("--format") == null ? null
                    : sub.getCommandSpec().findOption("--format").getValue();
                String f = format == null ? "" : format.toString();
                if (!f.equals("json") && !f.equals("jsonl")) {
                    throw new CommandLine.ParameterException(sub, "--ascii applies to JSON output: give --format json"
                        + " or jsonl" + (f.isEmpty() ? "" : " (not " + f + ")"));
                }
                cl.setOut(new Json.AsciiPrintWriter(out));
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // no input should get here (inputs are bounded when read); one line all the same
            err.println("chipgate: internal error — please report it: " + e + (root.debug ? "" : " (run with --debug for the stack trace)"));
            if (root.debug) {
                e.printStackTrace(err);
            }
            code = INTERNAL;
        }
        if (out.checkError() && code != INTERNAL) {
            // a full device or a closed pipe: the answer did not reach its reader, so it is not a success
            err.println("chipgate: cannot write standard output: " + oneLine(StandardStream.failure(out))
                + "; the output is incomplete");
            code = BAD_DATA;
        }
        err.flush();
        return code;
    }

    /** Whether {@code --ascii} was given, before or after the command's name. */
    private static boolean asciiAsked(CommandLine.ParseResult parsed) {
        for (CommandLine c : parsed.asCommandLineList()) {
            if (c.getCommand() instanceof Chipgate g && g.ascii) {
                return true;
            }
        }
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--ascii")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exit code of an exception a command threw: 3 for a user's file or an output that cannot be written, 2 for
     * a command-line mistake only (a {@link UsageException}, an unknown part or regime), 4 for anything else,
     * an {@code IllegalArgumentException} from the library included (it is a defect, not the user's mistake).
     */
    static int exitCode(Exception ex) {
        if (ex instanceof DocumentFormatException || ex instanceof BadInputException
            || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            return BAD_DATA;
        }
        if (ex instanceof UnknownRegimeException || ex instanceof UnknownPartException || ex instanceof UsageException) {
            return USAGE;
        }
        return INTERNAL;
    }

    /** The one line on stderr for an exception a command threw. */
    static String errorLine(Exception ex) {
        if (ex instanceof DocumentFormatException || ex instanceof BadInputException) {
            return "chipgate: bad input: " + oneLine(ex.getMessage());
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            return "chipgate: bad input: " + oneLine(ex.toString());
        }
        if (exitCode(ex) == USAGE) {
            return "chipgate: " + oneLine(ex.getMessage());
        }
        return "chipgate: internal error — please report it: " + oneLine(ex.toString()) + " (run with --debug for the stack trace)";
    }

    /** A message as one line: control characters escaped, at most 1000 characters. */
    static String oneLine(String message) {
        return Messages.capped(String.valueOf(message), 1000);
    }

    /** A usage error (exit 2) for an option value out of its range. */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The error of a command line, with "did you mean" for a mistyped command or option. */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            boolean command = !first.startsWith("-") && !ex.getCommandLine().getSubcommands().isEmpty();
            String what = command ? "Unknown command '" + first + "'"
                : first.startsWith("-") ? "Unknown option: '" + first + "'" : ex.getMessage();
            return what + Options.didYouMean(first, u.getSuggestions());
        }
        return ex.getMessage();
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + oneLine(s) + "' " + dateProblem(s, e));
        }
    }

    /**
     * Why a date does not parse: "is no such day (…)" for a well-formed date that does not exist (2026-02-29, 2025-04-31),
     * else "is not an ISO date such as 2025-01-15".
     */
    static String dateProblem(String s, DateTimeParseException e) {
        if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            return "is no such day (" + oneLine(cause) + ")";
        }
        return "is not an ISO date such as 2025-01-15";
    }
}
