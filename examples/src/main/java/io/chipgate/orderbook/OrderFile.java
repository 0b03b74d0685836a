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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An order book in CSV: one shipment per line, columns found by header name (case and surrounding spaces
 * ignored; order and extra columns free). Read with the CSV library, so Excel's quoting ("RTX 4090, 24GB" and
 * doubled quotes) and a UTF-8 byte-order mark read correctly; the text must be UTF-8.
 *
 * <ul>
 * <li>{@code part} (required): a catalog id, name, alias or vendor part number</li>
 * <li>{@code quantity} (required): a whole number of units, 1 to 1,000,000,000</li>
 * <li>{@code destination} (required): ISO 3166-1 alpha-2 code</li>
 * <li>{@code headquarters} or {@code hq}: where the end user (or its ultimate parent) is headquartered; empty = unknown</li>
 * <li>{@code date}: ISO date of the shipment, from {@value #FIRST_DATE} (the first advanced-computing rule, 87 FR
 *     62186); empty = the screening date</li>
 * <li>{@code consignee}: for per-consignee totals</li>
 * <li>{@code line}, {@code id} or {@code order}: the user's id of the line, carried through</li>
 * </ul>
 *
 * <p>Each read checks every line and reports each bad one with its line number, the field, the value and what was
 * expected (an unknown part with the closest catalog ids). Whole-file faults (no header, a required column
 * missing, text that is not UTF-8, an unclosed quote) raise {@link OrderFileException}.
 *
 * <p>This class is immutable; reads are independent.
 */
public final class OrderFile {
    /** The first date the licence data covers: the advanced-computing rule of 2022-10-07 (87 FR 62186). */
    public static final String FIRST_DATE = "2022-10-07";
    /** The largest quantity accepted on one line. */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

    private final Path path;
    private final Catalog catalog;
    private final LocalDate defaultDate;

    private OrderFile(Path path, Catalog catalog, LocalDate defaultDate) {
        this.path = path;
        this.catalog = catalog;
        this.defaultDate = defaultDate;
    }

    /**
     * @param path the CSV file
     * @param catalog where parts are looked up
     * @param defaultDate the date of lines without one (the screening date)
     */
    public static OrderFile of(Path path, Catalog catalog, LocalDate defaultDate) {
        return new OrderFile(path, catalog, defaultDate);
    }

    public Path path() {
        return path;
    }

    /** One line read: valid (an order line) or invalid (its problems). */
    public sealed interface Entry permits Valid, Invalid {
        long lineNumber();
    }

    /** A valid line and the part as the user wrote it. */
    public record Valid(OrderLine order, String partAsGiven) implements Entry {
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

    /** What a whole read found: lines, invalid lines, and the SHA-256 of the file's bytes. */
    public record Validation(long lines, List<Invalid> invalid, String sha256) {
        public boolean ok() {
            return invalid.isEmpty();
        }
    }

    /**
     * Reads the whole file, keeping only the invalid lines; computes the SHA-256 of its bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public Validation validate() {
        return validate(v -> { });
    }

    /**
     * Reads the whole file, keeping only the invalid lines and handing each valid one to {@code valid} (e.g. to plan
     * the decisions ahead); computes the SHA-256 of its bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public Validation validate(Consumer<Valid> valid) {
        List<Invalid> bad = new ArrayList<>();
        long[] n = {0};
        String sha = read(e -> {
            n[0]++;
            if (e instanceof Invalid i) {
                bad.add(i);
            } else {
                valid.accept((Valid) e);
            }
        });
        return new Validation(n[0], List.copyOf(bad), sha);
    }

    /**
     * Reads the file in order, handing each line to the consumer; returns the SHA-256 of the file's bytes.
     *
     * @throws OrderFileException for a fault of the whole file
     */
    public String read(Consumer<Entry> each) {
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
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                String[] row = it.nextValue();
                if (p == null) {
                    p = new Parser(header(row), row.length);
                    continue;
                }
                if (blank(row)) {
                    continue;
                }
                each.accept(p.parse(line, row));
            }
            if (p == null) {
                throw new OrderFileException(path + ": the file is empty: expected a header line naming the columns part, quantity, destination");
            }
            byte[] rest = new byte[8192];
            while (digest.read(rest) >= 0) {
                // hash any bytes the CSV reader left unread
            }
        } catch (NoSuchFileException e) {
            throw new OrderFileException(path + ": no such file");
        } catch (CharacterCodingException e) {
            throw new OrderFileException(path + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        } catch (RuntimeJsonMappingException e) {
            throw malformed(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new OrderFileException(path + ": not readable as CSV" + at(e) + ": " + e.getOriginalMessage());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new OrderFileException(path + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
            }
            throw e;
        } catch (IOException e) {
            throw new OrderFileException(path + ": cannot be read: " + e.getMessage());
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
            return new OrderFileException(path + ": not readable as CSV" + at(j) + ": " + j.getOriginalMessage());
        }
        if (c instanceof CharacterCodingException) {
            return new OrderFileException(path + ": the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
        return new OrderFileException(path + ": not readable as CSV: " + e.getMessage());
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

    private static boolean blank(String[] row) {
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

    private Map<String, Integer> header(String[] row) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            String name = row[i] == null ? "" : row[i].strip().toLowerCase(Locale.ROOT);
            if (name.equals("hq")) {
                name = "headquarters";
            }
            if (name.isEmpty()) {
                continue;
            }
            if (cols.putIfAbsent(name, i) != null) {
                throw new OrderFileException(path + ": line 1 (header): column '" + visible(row[i].strip()) + "' appears twice: expected each column once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("part", "quantity", "destination")) {
            if (!cols.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new OrderFileException(path + ": line 1 (header): missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                + ": expected a header naming part, quantity, destination (and optionally headquarters, date, consignee, line); found "
                + String.join(", ", cols.keySet().stream().map(OrderFile::visible).toList()));
        }
        return cols;
    }

    /** Parses rows against one header; remembers part look-ups (bounded). */
    private final class Parser {
        private final Map<String, Integer> cols;
        private final int idCol;
        private final Map<String, Object> parts = new HashMap<>();
        private final int width;

        Parser(Map<String, Integer> cols, int width) {
            this.cols = cols;
            this.width = width;
            int id = -1;
            for (String c : List.of("line", "id", "order")) {
                if (cols.containsKey(c)) {
                    id = cols.get(c);
                    break;
                }
            }
            this.idCol = id;
        }

        private String cell(String[] row, String col) {
            Integer i = cols.get(col);
            return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
        }

        Entry parse(long line, String[] row) {
            List<String> problems = new ArrayList<>();
            String id = idCol >= 0 && idCol < row.length && row[idCol] != null ? row[idCol].strip() : "";
            if (!trailingEmpty(row)) {
                problems.add(row.length + " fields where the header has " + width + ": check the quoting of this line");
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
                quantity = Long.parseLong(q);
                if (quantity < 1 || quantity > MAX_QUANTITY) {
                    problems.add("quantity " + q + " is out of range: expected a whole number of units from 1 to 1000000000");
                }
            } catch (NumberFormatException e) {
                problems.add("quantity '" + shown(q) + "' is not a whole number: expected units such as 8 (no separators or decimals)");
            }
            CountryCode dest = country(cell(row, "destination"), "destination", true, problems);
            CountryCode hq = country(cell(row, "headquarters"), "headquarters", false, problems);
            String d = cell(row, "date");
            LocalDate date = defaultDate;
            if (!d.isEmpty()) {
                try {
                    date = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    date = null;
                    problems.add("date '" + shown(d) + "' is not an ISO date: expected YYYY-MM-DD such as 2025-06-01");
                }
            }
            if (date != null && date.isBefore(LocalDate.parse(FIRST_DATE))) {
                problems.add("date " + date + " is outside the data: the licence rules assessed begin on " + FIRST_DATE
                    + " (87 FR 62186)");
            }
            if (!problems.isEmpty()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String c : List.of("part", "quantity", "destination", "headquarters", "date", "consignee")) {
                    cells.put(c, cell(row, c));
                }
                return new Invalid(line, id, cells, problems);
            }
            Shipment s = Shipment.of(part, quantity, dest, date);
            if (hq != null) {
                s = s.withHeadquarters(hq);
            }
            return new Valid(new OrderLine(line, id, cell(row, "consignee"), s), partText);
        }

        private boolean trailingEmpty(String[] row) {
            for (int i = width; i < row.length; i++) {
                if (row[i] != null && !row[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private CountryCode country(String text, String field, boolean required, List<String> problems) {
            if (text.isEmpty()) {
                if (required) {
                    problems.add(field + " is empty: expected an ISO 3166-1 alpha-2 code such as CN, DE or AE");
                }
                return null;
            }
            try {
                return CountryCode.of(text);
            } catch (IllegalArgumentException e) {
                problems.add(field + " " + e.getMessage().replaceFirst("^country code ", ""));
                return null;
            }
        }
    }

    /**
     * A header name for a message: invisible characters (a second byte-order mark, a zero-width space, controls) shown
     * as \\uXXXX, so that "missing column part … found part" cannot happen.
     */
    private static String visible(String s) {
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

    private static String shown(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
