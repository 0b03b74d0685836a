package io.chipgate.orderbook;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.UnknownPartException;
import io.chipgate.license.CountryCode;
import io.chipgate.license.Shipment;
import io.chipgate.model.Part;
import io.chipgate.screening.OrderLine;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order book: one shipment per line, in a CSV file (UTF-8) or an Excel workbook (.xlsx, the first sheet or a
 * named one), with a header row naming the columns. Columns are found by header name: the field names below, the
 * synonyms ERP exports use ({@link Columns#SYNONYMS}: {@code Order No}, {@code Customer}, {@code Item}, {@code Qty},
 * {@code Ship-to Country}, {@code End user HQ}, {@code Ship date} …), or a mapping the user gives
 * ({@link #withColumns}); case, spacing and punctuation are ignored; order and other columns are free. CSV is
 * read with the CSV library, so Excel's quoting ("RTX 4090, 24GB" and doubled quotes) and a UTF-8 byte-order mark
 * read correctly; a workbook is read as a stream ({@link XlsxRows}), its date and number cells as what they are.
 *
 * <ul>
 * <li>{@code part} (required): a catalog id, name, alias or vendor part number</li>
 * <li>{@code quantity} (required): a whole number of units, 1 to 1,000,000,000; thousands separators allowed
 *     ({@code 1,024}, {@code 1 024})</li>
 * <li>{@code destination} (required): an ISO 3166-1 code or an English country name ({@link Countries})</li>
 * <li>{@code headquarters}: where the end user (or its ultimate parent) is headquartered, as the destination;
 *     empty = unknown</li>
 * <li>{@code date}: ISO date of the shipment (or a date cell), from {@value #FIRST_DATE} (the first reported
 *     advanced-computing licence requirement; the first rule, 87 FR 62186, is of 2022-10-07); empty = the screening
 *     date</li>
 * <li>{@code consignee}: for per-consignee totals</li>
 * <li>{@code end_user}: the end user's name, carried for party screening</li>
 * <li>{@code id}: the user's id of the line (order number), carried through</li>
 * <li>{@code origin}: where the item was made: {@code us} or {@code foreign}, or a country (the United States is
 *     {@code us}, any other country {@code foreign}); empty = assumed subject to the EAR (US-origin item)</li>
 * <li>{@code us_tech}: for a foreign-made item, whether it is a direct product of US-origin technology, software or
 *     plant (15 CFR 734.9): {@code yes}, {@code no} or {@code unknown}; empty = unknown</li>
 * <li>{@code us_content}: for a foreign-made item, its controlled US-origin content in percent of its value
 *     (§ 734.4), 0 to 100 ({@code 18.5} or {@code 18.5%}), or {@code unknown}; empty = unknown</li>
 * </ul>
 *
 * <p>Each read checks every line and reports each bad one with its line number, the field, the value and what was
 * expected (an unknown part or country with the closest names). Whole-file faults (no header, a required column
 * missing, text that is not UTF-8, an unclosed quote, a file that is not a workbook) raise
 * {@link OrderFileException}.
 *
 * <p>This class is immutable; reads are independent.
 */
public final class OrderFile {
    /**
     * The first date the licence data covers: the licence requirement NVIDIA's Form 8-K of 2022-08-31 reports from
     * 2022-08-26 (before the first rule of 2022-10-07, 87 FR 62186).
     */
    public static final String FIRST_DATE = "2022-08-26";
    private static final LocalDate FIRST = LocalDate.parse(FIRST_DATE);
    /** The largest quantity accepted on one line. */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final Path path;
    private final Catalog catalog;
    private final LocalDate defaultDate;
    private final Columns columns;
    private final String sheet;
    /** The name messages give the file: its path, or the name of the pipe it was copied from. */
    private final String shownAs;

    private OrderFile(Path path, Catalog catalog, LocalDate defaultDate, Columns columns, String sheet) {
        this(path, catalog, defaultDate, columns, sheet, path.toString());
    }

    private OrderFile(Path path, Catalog catalog, LocalDate defaultDate, Columns columns, String sheet, String shownAs) {
        this.path = path;
        this.shownAs = shownAs;
        this.catalog = catalog;
        this.defaultDate = defaultDate;
        this.columns = columns;
        this.sheet = sheet;
    }

    /**
     * @param path the CSV file
     * @param catalog where parts are looked up
     * @param defaultDate the date of lines without one (the screening date)
     */
    public static OrderFile of(Path path, Catalog catalog, LocalDate defaultDate) {
        return new OrderFile(path, catalog, defaultDate, Columns.synonymsOnly(), null);
    }

    /**
     * {@return this file read with a column mapping over the synonyms}
     *
     * @param mapping e.g. {@code Columns.parse("Order No=id,Qty=quantity")}
     */
    public OrderFile withColumns(Columns mapping) {
        return new OrderFile(path, catalog, defaultDate, mapping, sheet, shownAs);
    }

    /**
     * {@return this file, when it is a workbook, read from the named sheet (case ignored) instead of the first}
     *
     * @param sheetName the sheet's name, or null for the first sheet
     */
    public OrderFile withSheet(String sheetName) {
        return new OrderFile(path, catalog, defaultDate, columns, sheetName, shownAs);
    }

    /**
     * {@return this file read from a copy (e.g. of a pipe, which cannot be read twice), messages still naming this file}
     *
     * @param copy the regular file holding the same bytes
     */
    public OrderFile readFrom(Path copy) {
        return new OrderFile(copy, catalog, defaultDate, columns, sheet, shownAs);
    }

    /** {@return the file} */
    public Path path() {
        return path;
    }

    /** {@return whether the file is an Excel workbook (.xlsx): it starts as a ZIP archive does} */
    public boolean isWorkbook() {
        return kind() == Kind.XLSX;
    }

    private enum Kind { CSV, XLSX, XLS }

    private Kind kind() {
        byte[] b = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(b, 0, 4);
        } catch (NoSuchFileException e) {
            throw new OrderFileException(shownAs + ": no such file");
        } catch (IOException e) {
            throw new OrderFileException(shownAs + ": cannot be read: " + e.getMessage());
        }
        if (n == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return Kind.XLSX;
        }
        if (n == 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return Kind.XLS;
        }
        return Kind.CSV;
    }

    /** One line read: valid (an order line) or invalid (its problems). */
    public sealed interface Entry permits Valid, Invalid {
        long lineNumber();
    }

    /**
     * A valid line, the part as the user wrote it and the end user's name (empty when not given).
     *
     * @param order the order line
     * @param partAsGiven the part cell as written
     * @param endUser the end_user cell as written, empty when absent
     */
    public record Valid(OrderLine order, String partAsGiven, String endUser) implements Entry {
        /**
         * A valid line without an end user.
         *
         * @param order the order line
         * @param partAsGiven the part cell as written
         */
        public Valid(OrderLine order, String partAsGiven) {
            this(order, partAsGiven, "");
        }

        @Override
        public long lineNumber() {
            return order.lineNumber();
        }
    }

    /** An invalid line: its number, the user's id, the cells as given and every problem found. */
    public record Invalid(long lineNumber, String id, Map<String, String> cells, List<String> problems) implements Entry {
        /** "line 4: quantity 'ten' is not a whole number …; part 'H1000' is unknown …". */
        public String message() {
            return "line " + lineNumber + ": " + String.join("; ", problems);
        }
    }

    /** Most invalid lines a validation keeps with their problems; the rest are counted (600,000 would fill a small heap). */
    public static final int MAX_INVALID_KEPT = 1000;

    /**
     * What a whole read found: lines, the first {@link #MAX_INVALID_KEPT} invalid lines, how many were invalid in all,
     * and the SHA-256 of the file's bytes.
     */
    public record Validation(long lines, List<Invalid> invalid, long invalidCount, String sha256) {
        public boolean ok() {
            return invalidCount == 0;
        }

        /** {@return how many invalid lines were counted but not kept} */
        public long invalidNotKept() {
            return invalidCount - invalid.size();
        }
    }

    /**
     * Reads the whole file, keeping only the first {@link #MAX_INVALID_KEPT} invalid lines and counting the rest;
     * computes the SHA-256 of its bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public Validation validate() {
        return validate(v -> { });
    }

    /**
     * Reads the whole file, keeping only the first {@link #MAX_INVALID_KEPT} invalid lines (the rest counted) and
     * handing each valid one to {@code valid} (e.g. to plan the decisions ahead); computes the SHA-256 of its bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public Validation validate(Consumer<Valid> valid) {
        List<Invalid> bad = new ArrayList<>();
        long[] n = {0, 0};
        String sha = read(e -> {
            n[0]++;
            if (e instanceof Invalid i) {
                if (n[1]++ < MAX_INVALID_KEPT) {
                    bad.add(i);
                }
            } else {
                valid.accept((Valid) e);
            }
        });
        return new Validation(n[0], List.copyOf(bad), n[1], sha);
    }

    /**
     * Reads the file in order, handing each line to the consumer; returns the SHA-256 of the file's bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public String read(Consumer<Entry> each) {
        Kind k = kind();
        if (k == Kind.XLS) {
            throw new OrderFileException(shownAs + ": an Excel 97-2003 workbook (.xls) is not read: save it as .xlsx or as \"CSV UTF-8\"");
        }
        if (k == Kind.CSV && sheet != null) {
            throw new OrderFileException(shownAs + ": --sheet " + sheet + " names a sheet, but the file is CSV, not an Excel workbook");
        }
        return ahead(batches -> k == Kind.XLSX ? readWorkbook(batches) : readCsv(batches), each);
    }

    /** Parsed batches read ahead of the consumer, at most this many. */
    private static final int BATCHES_AHEAD = 4;

    /** Ends the reading thread when the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** What ended the reading thread, handed to the consumer to throw. */
    private record Failure(RuntimeException exception, Error error) {
    }

    /**
     * Reads and parses on a thread of its own, up to {@link #BATCHES_AHEAD} batches ahead, while the caller's thread
     * takes the lines in order: the reading and the consumer's work (deciding, writing) overlap. A fault of the file is
     * thrown to the caller as it was raised; when the consumer throws, the reading stops and its file is closed.
     */
    private String ahead(java.util.function.Function<Consumer<Entry[]>, String> reader, Consumer<Entry> each) {
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(BATCHES_AHEAD);
        Object end = new Object();
        String[] sha = {null};
        Consumer<Object> put = x -> {
            try {
                queue.put(x);
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        };
        Thread t = new Thread(() -> {
            try {
                sha[0] = reader.apply(put::accept);
                put.accept(end);
            } catch (Stopped e) {
                // the consumer stopped: nothing to hand over
            } catch (RuntimeException e) {
                offerFailure(put, new Failure(e, null));
            } catch (Error e) {
                offerFailure(put, new Failure(null, e));
            }
        }, "chipgate-order-reader");
        t.setDaemon(true);
        t.start();
        try {
            while (true) {
                Object o = queue.take();
                if (o == end) {
                    break;
                }
                if (o instanceof Failure f) {
                    if (f.error() != null) {
                        throw f.error();
                    }
                    throw f.exception();
                }
                for (Entry e : (Entry[]) o) {
                    each.accept(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderFileException(shownAs + ": the reading was interrupted");
        } finally {
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sha[0];
    }

    private static void offerFailure(Consumer<Object> put, Failure f) {
        try {
            put.accept(f);
        } catch (Stopped e) {
            // the consumer stopped first: its own exception is the one thrown
        }
    }

    private String readWorkbook(Consumer<Entry[]> each) {
        String sha = sha256();
        Parser[] p = {null};
        Batch[] batch = {null};
        XlsxRows.read(path, shownAs, sheet, (rowNumber, row) -> {
            if (blank(row)) {
                return;
            }
            if (p[0] == null) {
                p[0] = new Parser(columns.locate(row, shownAs), Integer.MAX_VALUE); // cells beyond the header: notes, ignored
                batch[0] = new Batch(p[0], each);
                return;
            }
            batch[0].add(rowNumber, row);
        });
        if (batch[0] != null) {
            batch[0].flush();
        }
        if (p[0] == null) {
            throw new OrderFileException(shownAs + ": the sheet is empty: expected a header row naming the columns part, quantity, destination");
        }
        return sha;
    }

    private String sha256() {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                sha.update(buf, 0, n);
            }
            return hex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        } catch (IOException e) {
            throw new OrderFileException(shownAs + ": cannot be read: " + e.getMessage());
        }
    }

    private String readCsv(Consumer<Entry[]> each) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (InputStream raw = Files.newInputStream(path);
             DigestInputStream digest = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha);
             Reader text = new InputStreamReader(withoutBom(new java.io.FilterInputStream(digest) {
                 @Override
                 public void close() {
                     // the digest is drained and closed below
                 }
             }), StandardCharsets.UTF_8.newDecoder()
                 .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
            Parser p = null;
            Batch batch = null;
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                List<String> row = Arrays.asList(it.nextValue());
                if (p == null) {
                    p = new Parser(columns.locate(row, shownAs), row.size());
                    batch = new Batch(p, each);
                    continue;
                }
                if (blank(row)) {
                    continue;
                }
                batch.add(line, row);
            }
            if (batch != null) {
                batch.flush();
            }
            if (p == null) {
                throw new OrderFileException(shownAs + ": the file is empty: expected a header line naming the columns part, quantity, destination");
            }
            byte[] rest = new byte[8192];
            while (digest.read(rest) >= 0) {
                // hash any bytes the CSV reader left unread
            }
        } catch (NoSuchFileException e) {
            throw new OrderFileException(shownAs + ": no such file");
        } catch (CharacterCodingException e) {
            throw new OrderFileException(shownAs + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        } catch (RuntimeJsonMappingException e) {
            throw malformed(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OrderFileException(shownAs + ": not readable as CSV" + at(e) + ": " + e.getOriginalMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new OrderFileException(shownAs + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
            }
            throw e;
        } catch (IOException e) {
            throw new OrderFileException(shownAs + ": cannot be read: " + e.getMessage());
        }
        return hex(sha.digest());
    }

    /** " at line N", or nothing when the parser gives no location (a value over its length limit). */
    private static String at(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    }

    private OrderFileException malformed(RuntimeException e) {
        Throwable c = e.getCause();
        if (c instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return new OrderFileException(shownAs + ": not readable as CSV" + at(j) + ": " + j.getOriginalMessage());
        }
        if (c instanceof CharacterCodingException) {
            return new OrderFileException(shownAs + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
        return new OrderFileException(shownAs + ": not readable as CSV: " + e.getMessage());
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            p.unread(b, 0, n);
        }
        return p;
    }

    private static boolean blank(List<String> row) {
        for (String s : row) {
            if (s != null && !s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return s.toString();
    }

    /** Rows read in order are parsed in batches, in parallel (parsing a row depends on no other), and handed on in order, a batch at a time. */
    private static final class Batch {
        /** Rows parsed together. */
        static final int SIZE = 1024;
        /** Fewer rows than this are parsed on the reading thread. */
        static final int PARALLEL_FROM = 64;
        private final Parser parser;
        private final Consumer<Entry[]> each;
        private final long[] lines = new long[SIZE];
        private final List<List<String>> rows = new ArrayList<>(SIZE);

        Batch(Parser parser, Consumer<Entry[]> each) {
            this.parser = parser;
            this.each = each;
        }

        void add(long line, List<String> row) {
            lines[rows.size()] = line;
            rows.add(row);
            if (rows.size() == SIZE) {
                flush();
            }
        }

        void flush() {
            java.util.stream.IntStream i = java.util.stream.IntStream.range(0, rows.size());
            Entry[] parsed = (rows.size() >= PARALLEL_FROM ? i.parallel() : i).mapToObj(k -> parser.parse(lines[k], rows.get(k))).toArray(Entry[]::new);
            rows.clear();
            if (parsed.length > 0) {
                each.accept(parsed);
            }
        }
    }

    /** Parses rows against one header; remembers part, country and date look-ups (bounded); thread-safe. */
    private final class Parser {
        private final Map<String, Integer> cols;
        private final int idCol;
        private final Map<String, Object> parts = new java.util.concurrent.ConcurrentHashMap<>();
        /** Country look-ups: a book names few countries, in many lines. */
        private final Map<String, Optional<CountryCode>> countries = new java.util.concurrent.ConcurrentHashMap<>();
        /** Dates as written, parsed: a book of a few years has at most a few thousand. */
        private final Map<String, LocalDate> dates = new java.util.concurrent.ConcurrentHashMap<>();
        private final int width;

        Parser(Map<String, Integer> cols, int width) {
            this.cols = cols;
            this.width = width;
            this.idCol = cols.getOrDefault("id", -1);
        }

        private String cell(List<String> row, String col) {
            Integer i = cols.get(col);
            return i == null || i >= row.size() || row.get(i) == null ? "" : row.get(i).strip();
        }

        Entry parse(long line, List<String> row) {
            List<String> problems = new ArrayList<>();
            String id = cell(row, "id");
            if (!trailingEmpty(row)) {
                problems.add(row.size() + " fields where the header has " + width + ": check the quoting of this line");
            }
            String partText = cell(row, "part");
            Part part = null;
            if (partText.isEmpty()) {
                problems.add("part is empty: expected a catalog id, name or vendor part number");
            } else {
                Object found = parts.get(partText);
                if (found == null) {
                    try {
                        found = catalog.part(partText);
                    } catch (UnknownPartException e) {
                        found = "part '" + shown(partText) + "' is not in the catalog"
                            + (e.suggestions().isEmpty() ? " (list it with 'chipgate parts')" : "; did you mean " + String.join(", ", e.suggestions()) + "?");
                    }
                    if (parts.size() > 4096) {
                        parts.clear();
                    }
                    parts.put(partText, found);
                }
                if (found instanceof Part p) {
                    part = p;
                } else {
                    problems.add((String) found);
                }
            }
            String q = cell(row, "quantity");
            long quantity = 0;
            try {
                quantity = quantity(q);
                if (quantity < 1 || quantity > MAX_QUANTITY) {
                    problems.add("quantity " + q + " is out of range: expected a whole number of units from 1 to 1,000,000,000");
                }
            } catch (NumberFormatException e) {
                problems.add("quantity '" + shown(q) + "' is not a whole number: expected units such as 8 or 1,024");
            }
            CountryCode dest = country(cell(row, "destination"), "destination", true, problems);
            CountryCode hq = country(cell(row, "headquarters"), "headquarters", false, problems);
            String d = cell(row, "date");
            LocalDate date = defaultDate;
            if (!d.isEmpty()) {
                try {
                    date = dates.get(d);
                    if (date == null) {
                        date = date(d);
                        if (dates.size() >= 4096) {
                            dates.clear();
                        }
                        dates.put(d, date);
                    }
                } catch (DateTimeParseException e) {
                    date = null;
                    problems.add("date '" + shown(d) + "' is not an ISO date: expected YYYY-MM-DD such as 2025-06-01");
                }
            }
            if (date != null && date.isBefore(FIRST)) {
                problems.add("date " + date + " is outside the data: the licence rules assessed begin on " + FIRST_DATE
                    + " (the first reported advanced-computing licence requirement, NVIDIA's Form 8-K of 2022-08-31)");
            }
            io.chipgate.license.ItemOrigin origin = io.chipgate.license.ItemOrigin.notGiven();
            try {
                origin = originFacts(cell(row, "origin"), cell(row, "us_tech"), cell(row, "us_content"));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String c : List.of("part", "quantity", "destination", "headquarters", "date", "consignee", "end_user", "origin", "us_tech",
                    "us_content")) {
                    cells.put(c, cell(row, c));
                }
                return new Invalid(line, id, cells, problems);
            }
            Shipment s = Shipment.of(part, quantity, dest, date).withItemOrigin(origin);
            if (hq != null) {
                s = s.withHeadquarters(hq);
            }
            // the parties named are screened against the Consolidated Screening List with the licence answer
            if (!cell(row, "consignee").isBlank()) {
                s = s.withConsignee(cell(row, "consignee").strip());
            }
            if (!cell(row, "end_user").isBlank()) {
                s = s.withEndUser(cell(row, "end_user").strip());
            }
            return new Valid(new OrderLine(line, id, cell(row, "consignee"), s), partText, cell(row, "end_user"));
        }

        /** The origin facts of a line; an origin given as a country is {@code us} for the United States, else {@code foreign}. */
        private io.chipgate.license.ItemOrigin originFacts(String origin, String usTech, String usContent) {
            String o = origin.strip();
            if (!o.isEmpty() && !o.equalsIgnoreCase("us") && !o.equalsIgnoreCase("foreign")) {
                Optional<CountryCode> c = Countries.find(o);
                if (c.isEmpty()) {
                    throw new IllegalArgumentException("origin '" + shown(o) + "' is not us, foreign or a country: expected us, foreign, or "
                        + "the country where the item was made such as TW or Taiwan");
                }
                o = c.get().code().equals("US") ? "us" : "foreign";
            }
            return OriginFacts.parse(o, usTech, usContent, "origin", "us_tech", "us_content");
        }

        private boolean trailingEmpty(List<String> row) {
            for (int i = width; i < row.size(); i++) {
                if (row.get(i) != null && !row.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private CountryCode country(String text, String field, boolean required, List<String> problems) {
            if (text.isEmpty()) {
                if (required) {
                    problems.add(field + " is empty: expected an ISO code or an English country name such as DE or Germany");
                }
                return null;
            }
            Optional<CountryCode> c = countries.get(text);
            if (c == null) {
                c = Countries.find(text);
                if (countries.size() >= 4096) {
                    countries.clear();
                }
                countries.put(text, c);
            }
            if (c.isPresent()) {
                return c.get();
            }
            List<String> near = Countries.suggest(text);
            problems.add(field + " '" + shown(text) + "' is not a country chipgate knows: expected an ISO code or an English name such as DE or Germany"
                + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            return null;
        }
    }

    /**
     * A header name for a message: invisible characters (a second byte-order mark, a zero-width space, controls) shown
     * as \\uXXXX, so that "missing column part … found part" cannot happen.
     */
    static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().limit(200).forEach(c -> {
            if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:([,\u00A0\u202F\u2009 '])\\d{3})?(?:\\1\\d{3})*");
    private static final Pattern WHOLE = Pattern.compile("\\d+(?:\\.0{1,2})?");

    /**
     * A quantity as order files write it: digits, with thousands grouped by one kind of separator (comma, space,
     * no-break or thin space, apostrophe: {@code 1,024}, {@code 1 024}, {@code 1'024}), or a whole number with one
     * or two zero decimals ({@code 8.0}, {@code 8.00}, as spreadsheets export). A dot followed by three digits
     * ({@code 1.024}) is refused: it is a thousand in some countries and one in others.
     *
     * @throws NumberFormatException for anything else
     */
    static long quantity(String q) {
        String t = q.strip();
        if (digits(t)) {
            return Long.parseLong(t); // the common case, without the patterns: what WHOLE accepts without decimals
        }
        if (WHOLE.matcher(t).matches()) {
            int dot = t.indexOf('.');
            return Long.parseLong(dot < 0 ? t : t.substring(0, dot));
        }
        if (t.length() <= 20 && GROUPED.matcher(t).matches()) {
            StringBuilder d = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    d.append(c);
                }
            }
            return Long.parseLong(d.toString());
        }
        throw new NumberFormatException(q);
    }

    /** Whether a text is 1 to 18 ASCII digits (a long without overflow). */
    private static boolean digits(String t) {
        if (t.isEmpty() || t.length() > 18) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An ISO date, or an ISO date and a midnight time ({@code 2025-03-14 00:00:00}, {@code 2025-03-14T00:00}). */
    static LocalDate date(String d) {
        String t = d.strip();
        Matcher m = MIDNIGHT.matcher(t);
        return LocalDate.parse(m.matches() ? m.group(1) : t);
    }

    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]00:00(?::00(?:\\.0+)?)?");

    private static String shown(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
