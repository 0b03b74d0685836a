package io.chipgate.cli;

import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Shipment;
import io.chipgate.license.LicenseReports;
import io.chipgate.license.Licensing;
import io.chipgate.metrics.Interpretation;
import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "license", description = {"May N of this part be shipped to this destination for this end user on this date, and under what? Not legal advice.",
    "--from FILE (or - for standard input) reads one shipment per line, PART,TO[,HQ[,DATE[,QUANTITY]]] (an empty HQ is unknown), "
        + "and streams the answers; for order files with headers, totals and reports use 'chipgate screen'."})
final class LicenseCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "0..1", description = "Catalog id, name, alias or vendor part number (or use --from).")
    String part;

    @Option(names = "--to", paramLabel = "CC", description = "Destination, ISO 3166 alpha-2 (CN, DE, AE…); required with PART.")
    String to;

    @Option(names = "--from", paramLabel = "FILE", description = "Shipments, one a line: PART,TO[,HQ[,DATE[,QUANTITY]]]; '-' reads "
        + "standard input; blank lines and # comments are skipped; --on is the default date.")
    String from;

    @Option(names = "--hq", paramLabel = "CC", description = "Where the end user (or its ultimate parent) is headquartered; omitted = "
        + "unknown, and grounds that depend on it (§ 744.23(a)(3), the reported letters) are then unknown.")
    String hq;

    @Option(names = "--end-user", paramLabel = "NAME", description = "The end user's name, screened against the Consolidated Screening "
        + "List (Entity List, Denied Persons, Unverified, MEU, OFAC and State lists); omitted = parties not screened.")
    String endUser;

    @Option(names = "--consignee", paramLabel = "NAME", description = "The consignee's name, screened like --end-user.")
    String consignee;

    @Option(names = "--parties", paramLabel = "FILE", description = "Screen against this list instead of the bundled snapshot: "
        + "trade.gov's consolidated.json or consolidated.csv exactly as downloaded.")
    java.nio.file.Path partiesFile;

    @Option(names = "--quantity", defaultValue = "1", paramLabel = "N")
    long quantity;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the shipment (default: today).")
    LocalDate on;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json, or jsonl (with --from: one JSON object a line, streamed)")
    Format format;

    @Option(names = "--origin", paramLabel = "us|foreign", description = "Where the item was made: us (subject to the EAR wherever it "
        + "is, § 734.3(a)(2)) or foreign (made and located outside the United States: the foreign-direct-product rules and de minimis "
        + "decide). Omitted = assumed subject to the EAR (US-origin item), and the answer says so.")
    String origin;

    @Option(names = "--us-tech", paramLabel = "yes|no|unknown", description = "With --origin foreign: is the item a direct product of "
        + "US-origin technology or software of the listed ECCNs, or made by a plant that is (§ 734.9)? Default unknown.")
    String usTech;

    @Option(names = "--us-content", paramLabel = "PERCENT", description = "With --origin foreign: the controlled US-origin content as a "
        + "percentage of the item's value (§ 734.4, supplement no. 2 to part 734), 0 to 100, or unknown (the default).")
    String usContent;

    @Option(names = "--strict", description = "Exit with 1 when whether a licence is required is unknown.")
    boolean strict;

    @Override
    public Integer call() throws java.io.IOException {
        Interpretation in = Selection.interpretation(interpretation);
        PrintWriter out = spec.commandLine().getOut();
        if (from != null) {
            Options.requireFormat(spec, format, Format.text, Format.jsonl);
            if (part != null || to != null || hq != null || endUser != null || consignee != null) {
                throw Chipgate.usage(spec, "give one shipment as PART --to CC [--hq CC], or several with --from FILE, not both");
            }
            return batch(out, in);
        }
        Options.requireFormat(spec, format, Format.text, Format.json);
        if (part == null || to == null) {
            throw Chipgate.usage(spec, "give PART and --to CC (the destination), or --from FILE with one shipment a line");
        }
        Part p = root.catalog().part(part);
        Shipment shipment;
        try {
            shipment = Shipment.of(p, quantity, CountryCode.of(to), on == null ? LocalDate.now() : on);
        } catch (IllegalArgumentException e) {
            throw UsageException.of(quantity < 1 ? "--quantity" : "--to", e);
        }
        if (hq != null) {
            try {
                shipment = shipment.withHeadquarters(CountryCode.of(hq));
            } catch (IllegalArgumentException e) {
                throw UsageException.of("--hq", e);
            }
        }
        shipment = shipment.withItemOrigin(originFacts());
        if (endUser != null) {
            shipment = shipment.withEndUser(endUser);
        }
        if (consignee != null) {
            shipment = shipment.withConsignee(consignee);
        }
        io.chipgate.parties.PartyScreen screen = shipment.parties().isEmpty() ? null
            : partiesFile == null ? io.chipgate.parties.PartyScreen.builtin()
            : io.chipgate.parties.PartyScreen.of(io.chipgate.parties.PartyList.read(partiesFile));
        LicenseDetermination d = Licensing.assess(shipment, in, root.catalog()::find, io.chipgate.license.CountryGroups.builtIn(),
            io.chipgate.license.Embargoes.builtIn(), screen);
        if (d.partiesListStale() && format != Format.json) {
            spec.commandLine().getErr().println("chipgate: warning: the screening list of " + d.partiesListDate().orElseThrow()
                + " is older than 30 days on " + shipment.date() + ": refresh it with --parties FILE (trade.gov consolidated.json)");
        }
        out.println(format == Format.json ? withNotices(LicenseReports.json(d), d.partId(), true) : LicenseReports.text(d));
        if (format != Format.json) {
            root.noticesFor(d.partId()).forEach(n -> out.println("notice: " + n));
        }
        if (format != Format.json && hq == null && !d.licenseRequired().isKnown()
            && d.notices().stream().anyMatch(w -> w.code() == io.chipgate.license.LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN)) {
            out.println("Tip: give --hq CC (where the end user or its ultimate parent is headquartered): the answer depends on it.");
        }
        return strict && !d.licenseRequired().isKnown() ? Chipgate.INDETERMINATE : Chipgate.OK;
    }

    /** Lines of a file decided together: their answers are computed in parallel, then written in order. */
    static final int CHUNK = 512;

    /** One line's answer, or its error, ready to write. */
    private record Answer(long line, String input, String written, byte[] bytes, String error, boolean unknown) {
    }

    /** The line separator in UTF-8, as {@code println} ends a line. */
    private static final byte[] NEWLINE = System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * Reads shipments line by line and writes the answers in the order of the lines; a bad line is reported, the rest
     * answered. From a file the lines are taken in chunks of {@link #CHUNK}, each chunk's answers computed in parallel
     * (the library is immutable and thread-safe); from standard input each answer is written as soon as it is computed.
     */
    private int batch(PrintWriter out, Interpretation in) throws java.io.IOException {
        String source = from.equals("-") ? "standard input" : from;
        LocalDate defaultDate = on == null ? LocalDate.now() : on;
        io.chipgate.license.ItemOrigin facts = originFacts();
        int chunkSize = from.equals("-") ? 1 : CHUNK;
        Written written = new Written();
        boolean seen = false;
        List<long[]> numbers = new ArrayList<>(chunkSize);
        List<String> lines = new ArrayList<>(chunkSize);
        // JSON lines are written as UTF-8 bytes by the threads that decide them when standard output takes bytes
        StandardStream bytesOut = format == Format.jsonl && out instanceof StandardStream s ? s : null;
        // from a file, a chunk is decided by the pool while the one before it is written
        java.util.concurrent.ForkJoinPool pool = chunkSize > 1 ? new java.util.concurrent.ForkJoinPool(
            Runtime.getRuntime().availableProcessors()) : null;
        java.util.concurrent.Future<List<Answer>> pending = null;
        try (LineSource r = LineSource.open(from, System.in)) {
            root.catalog(); // loaded once, before any parallel work
            String line;
            boolean more = true;
            BadInputException unreadable = null;
            while (more) {
                try {
                    line = r.next();
                } catch (BadInputException e) {
                    line = null; // the lines before it are answered first, as when each line was answered as read
                    unreadable = e;
                }
                more = line != null;
                if (more) {
                    long n = r.lineNumber();
                    String q = line.strip();
                    if (q.isEmpty() || q.startsWith("#") || !seen && q.toLowerCase(java.util.Locale.ROOT).startsWith("part,")) {
                        seen |= !q.isEmpty() && !q.startsWith("#");
                        continue;
                    }
                    seen = true;
                    numbers.add(new long[] {n});
                    lines.add(q);
                    if (lines.size() < chunkSize) {
                        continue;
                    }
                }
                if (lines.isEmpty()) {
                    continue;
                }
                List<long[]> chunkNumbers = List.copyOf(numbers);
                List<String> chunkLines = List.copyOf(lines);
                numbers.clear();
                lines.clear();
                if (pool == null) {
                    if (!write(decide(chunkNumbers, chunkLines, in, defaultDate, facts, bytesOut != null), out, bytesOut, source, written)) {
                        break;
                    }
                    continue;
                }
                java.util.concurrent.Future<List<Answer>> next = pool.submit(() -> decide(chunkNumbers, chunkLines, in, defaultDate,
                    facts, bytesOut != null));
                boolean open = pending == null || write(answers(pending), out, bytesOut, source, written);
                pending = next;
                if (!open) {
                    pending = null;
                    break;
                }
            }
            if (pending != null) {
                write(answers(pending), out, bytesOut, source, written);
            }
            if (unreadable != null) {
                throw unreadable;
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        if (written.errors > 0) {
            return Chipgate.BAD_DATA;
        }
        return strict && written.unknown ? Chipgate.INDETERMINATE : Chipgate.OK;
    }

    /** What the answers written so far came to: how many lines were bad, whether any answer was unknown. */
    private static final class Written {
        private int errors;
        private boolean unknown;
    }

    /** The answers of a chunk decided by the pool (an error in deciding is thrown as it was thrown). */
    private static List<Answer> answers(java.util.concurrent.Future<List<Answer>> decided) {
        return io.chipgate.orderbook.Waiting.result(decided, () -> new IllegalStateException("interrupted while deciding"));
    }

    /**
     * Writes a chunk's answers in order (a bad line to standard error, and as a JSON error line in JSON Lines);
     * {@return false when standard output is closed or full (| head -1): the command stops reading and says so}
     */
    private boolean write(List<Answer> answers, PrintWriter out, StandardStream bytesOut, String source, Written written) {
        for (Answer a : answers) {
            if (a.error() != null) {
                written.errors++;
                if (format == Format.jsonl) {
                    out.println(Json.line(Json.F.objectNode().put("line", a.line()).put("input", a.input()).put("error", a.error())));
                }
                spec.commandLine().getErr().println("chipgate: " + Chipgate.oneLine(source + ": line " + a.line() + ": " + a.error()));
            } else {
                written.unknown |= a.unknown();
                if (a.bytes() != null) {
                    bytesOut.writeUtf8(a.bytes());
                } else {
                    out.println(a.written());
                }
            }
            if (out.checkError()) {
                return false;
            }
        }
        return true;
    }

    /** The origin facts of --origin, --us-tech and --us-content (applied to every shipment of --from). */
    private io.chipgate.license.ItemOrigin originFacts() {
        try {
            return io.chipgate.orderbook.OriginFacts.parse(origin, usTech, usContent);
        } catch (IllegalArgumentException e) {
            throw Chipgate.usage(spec, e.getMessage());
        }
    }

    /** The answers to a chunk of lines, in their order: decided and rendered in parallel when there are several. */
    private List<Answer> decide(List<long[]> numbers, List<String> lines, Interpretation in, LocalDate defaultDate,
                                io.chipgate.license.ItemOrigin facts, boolean bytes) {
        java.util.stream.IntStream indices = java.util.stream.IntStream.range(0, lines.size());
        return (lines.size() > 1 ? indices.parallel() : indices)
            .mapToObj(i -> answer(numbers.get(i)[0], lines.get(i), in, defaultDate, facts, bytes)).toList();
    }

    /**
     * One line's answer: the JSON line (as UTF-8 bytes with its line separator when {@code bytes}, and no notices are
     * added) or the text (with notices), or the error of a bad line.
     */
    private Answer answer(long n, String q, Interpretation in, LocalDate defaultDate, io.chipgate.license.ItemOrigin facts,
                          boolean bytes) {
        try {
            LicenseDetermination d = Licensing.assess(shipment(q, defaultDate).withItemOrigin(facts), in, resolver());
            String written;
            if (format == Format.jsonl && bytes && root.noticesFor(d.partId()).isEmpty()) {
                return new Answer(n, q, null, LicenseReports.jsonLineUtf8(d, NEWLINE), null, !d.licenseRequired().isKnown());
            } else if (format == Format.jsonl) {
                written = withNotices(LicenseReports.jsonLine(d), d.partId(), false);
            } else {
                StringBuilder t = new StringBuilder(LicenseReports.text(d));
                root.noticesFor(d.partId()).forEach(x -> t.append(System.lineSeparator()).append("notice: ").append(x));
                written = t.toString();
            }
            return new Answer(n, q, written, null, null, !d.licenseRequired().isKnown());
        } catch (BadInputException | IllegalArgumentException e) {
            return new Answer(n, q, null, null, e.getMessage(), false);
        }
    }

    /** The JSON with {@code notices} added when the answer rests on a user part that replaces a built-in one. */
    private String withNotices(String json, String partId, boolean pretty) {
        List<String> notices = root.noticesFor(partId);
        if (notices.isEmpty()) {
            return json;
        }
        try {
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(json);
            notices.forEach(o.putArray("notices")::add);
            return pretty ? m.writerWithDefaultPrettyPrinter().writeValueAsString(o) : m.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@return what finds the ICs of a system: with no user catalog, the built-in resolver, which finds exactly what the
     * built-in catalog finds and whose systems' classifications the licence layer keeps across decisions; otherwise the
     * run's catalog, each name looked up once}
     */
    private PartResolver resolver() {
        return root.catalog() == Catalog.builtin() && PartResolver.builtInAvailable() ? PartResolver.builtIn() : this::find;
    }

    /** Bound of the look-ups kept by a run of --from: the parts by name and the dates by text. */
    static final int KEPT = 4_096;

    /** The parts a run of --from looked up, by the name as written (empty: not in the catalog); bounded, see {@link #KEPT}. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<Part>> parts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The dates a run of --from read, by their text (valid ones only); bounded, see {@link #KEPT}. */
    private final java.util.concurrent.ConcurrentHashMap<String, LocalDate> dates = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@return the catalog's part of this name, as {@code Catalog.find} gives it, looked up once per name in a run} */
    private java.util.Optional<Part> find(String name) {
        java.util.Optional<Part> p = parts.get(name);
        if (p == null) {
            p = root.catalog().find(name);
            keep(parts, name, p);
        }
        return p;
    }

    private static <V> void keep(java.util.concurrent.ConcurrentHashMap<String, V> memo, String key, V value) {
        if (memo.size() >= KEPT) {
            memo.clear();
        }
        memo.put(key, value);
    }

    /** {@return whether the text is 1 to 10 ASCII digits} */
    private static boolean digits(String t) {
        if (t.isEmpty() || t.length() > 10) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** PART,TO[,HQ[,DATE[,QUANTITY]]]. */
    private Shipment shipment(String q, LocalDate defaultDate) {
        String[] f = q.split(",", -1);
        if (f.length < 2 || f.length > 5) {
            throw new BadInputException("invalid value \"" + q + "\": expected PART,TO[,HQ[,DATE[,QUANTITY]]]");
        }
        String name = f[0].strip();
        Part p = find(name).orElseGet(() -> root.catalog().part(name)); // the catalog's error, with its suggestions
        LocalDate date = defaultDate;
        if (f.length > 3 && !f[3].isBlank()) {
            String text = f[3].strip();
            date = dates.get(text);
            if (date == null) {
                try {
                    date = LocalDate.parse(text);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new BadInputException("date: invalid value \"" + text + "\": expected an ISO date such as 2025-01-15; it "
                        + Chipgate.dateProblem(text, e));
                }
                keep(dates, text, date);
            }
        }
        long qty = 1;
        if (f.length > 4 && !f[4].isBlank()) {
            String t = f[4].strip();
            qty = digits(t) ? Long.parseLong(t) : -1;
            if (qty < 1) {
                throw new BadInputException("quantity: invalid value \"" + t + "\": expected a whole number of at least 1");
            }
        }
        Shipment s = Shipment.of(p, qty, CountryCode.of(f[1], "destination"), date);
        return f.length > 2 && !f[2].isBlank() ? s.withHeadquarters(CountryCode.of(f[2], "headquarters")) : s;
    }
}
