package io.chipgate.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Writes a synthetic order book for the screening benchmark and the streaming test: N lines drawn with a fixed
 * seed from a few parts, destinations, headquarters, dates, quantities and consignees, so a run of the same N is
 * the same file. The lines are invented; only the part names and country codes are real.
 *
 * <p>Run: {@code java -cp examples/target/chipgate.jar io.chipgate.examples.OrderBookGenerator 1000000 orders-1m.csv}
 */
public final class OrderBookGenerator {
    /** The header line of a generated file. */
    public static final String HEADER = "line,part,quantity,destination,headquarters,date,consignee";
    static final List<String> PARTS = List.of("H100", "H20", "L40", "B200", "A100", "MI300X", "RTX 4090", "Gaudi 3",
        "900-21010-0000-000", "skhynix-hbm3e-8h", "A800", "H800");
    static final List<String> DESTINATIONS = List.of("DE", "CN", "AE", "KH", "RU", "IN", "SG", "JP", "NL", "MY", "HK", "BR");
    static final List<String> HEADQUARTERS = List.of("", "US", "CN", "DE");
    static final List<String> DATES = List.of("2023-06-01", "2024-06-01", "2025-03-01", "2025-06-01", "2026-01-20", "2026-08-01");
    static final List<String> QUANTITIES = List.of("1", "8", "64", "512");

    private OrderBookGenerator() {
    }

    /** The header of an ERP-style book ({@link #erpLines}): the column names an ERP export uses, mapped by synonyms. */
    public static final String ERP_HEADER = "Order No,Customer,Item,Qty,Ship-to Country,End user HQ,Ship date";
    static final List<String> ERP_PARTS = List.of("H100", "H20", "L40", "B200", "A100", "MI300X", "RTX 4090", "Gaudi 3", "900-21010-0000-000", "A800");
    static final List<String> ERP_COUNTRIES = List.of("Germany", "China", "UAE", "Cambodia", "Russia", "India", "Singapore", "Japan",
        "Netherlands", "Malaysia", "Hong Kong", "Brazil");

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--erp")) {
            long n = Long.parseLong(args[1]);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), 1 << 16)) {
                w.write(ERP_HEADER);
                w.write('\n');
                Iterator<String> it = erpLines(n);
                while (it.hasNext()) {
                    w.write(it.next());
                    w.write('\n');
                }
            }
            return;
        }
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: OrderBookGenerator LINES OUT.csv [PARTS DATES]  (PARTS 1-" + PARTS.size() + ", DATES 1-" + DATES.size()
                + ": how many of each to draw from; default all)\n       OrderBookGenerator --erp LINES OUT.csv  (a realistic book: "
                + "free quantities, any day of 2024-2026, 5,000 customers; nearly every line a distinct decision)");
            System.exit(2);
        }
        long n = Long.parseLong(args[0]);
        int parts = args.length == 4 ? Integer.parseInt(args[2]) : PARTS.size();
        int dates = args.length == 4 ? Integer.parseInt(args[3]) : DATES.size();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), 1 << 16)) {
            w.write(HEADER);
            w.write('\n');
            Iterator<String> it = lines(n, 1000, parts, dates);
            while (it.hasNext()) {
                w.write(it.next());
                w.write('\n');
            }
        }
    }

    /**
     * The lines, lazily: {@code parts} and {@code dates} limit the variety (and so the distinct decisions).
     */
    public static Iterator<String> lines(long n, int consignees, int parts, int dates) {
        SplittableRandom r = new SplittableRandom(20261130L);
        return numbered(n, i -> {
            String part = PARTS.get(r.nextInt(parts));
            return i + "," + (part.contains(" ") ? "\"" + part + "\"" : part) + "," + QUANTITIES.get(r.nextInt(QUANTITIES.size())) + ","
                + DESTINATIONS.get(r.nextInt(DESTINATIONS.size())) + "," + HEADQUARTERS.get(r.nextInt(HEADQUARTERS.size())) + ","
                + DATES.get(r.nextInt(dates)) + ",Consignee " + (1 + r.nextInt(consignees));
        });
    }

    /** Lines 1 to n, each made by {@code line} from its number when asked (in order: the generators draw in sequence). */
    private static Iterator<String> numbered(long n, java.util.function.LongFunction<String> line) {
        return new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public String next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                return line.apply(++i);
            }
        };
    }

    /**
     * A realistic book as an ERP exports it (header {@link #ERP_HEADER}), lazily, with a fixed seed: 10 parts by name
     * or part number, quantities 1–2,000 (from 1,000 with a thousands separator, quoted), 12 countries by English name,
     * headquarters unknown or US/CN/DE, any day of 2024-01-01 to 2026-09-26, 5,000 customers. Quantity and date vary
     * so freely that nearly every line is a distinct decision (issue 21's realistic book).
     *
     * @param n the number of lines
     * @return the lines, without the header
     */
    public static Iterator<String> erpLines(long n) {
        SplittableRandom r = new SplittableRandom(20261207L);
        java.time.LocalDate first = java.time.LocalDate.of(2024, 1, 1);
        return numbered(n, i -> {
            int q = 1 + r.nextInt(2000);
            return "SO-" + i + ",Customer " + (1 + r.nextInt(5000)) + ",\"" + ERP_PARTS.get(r.nextInt(ERP_PARTS.size())) + "\","
                + (q >= 1000 ? "\"" + String.format(java.util.Locale.ROOT, "%,d", q) + "\"" : Integer.toString(q)) + ","
                + ERP_COUNTRIES.get(r.nextInt(ERP_COUNTRIES.size())) + "," + HEADQUARTERS.get(r.nextInt(HEADQUARTERS.size())) + ","
                + first.plusDays(r.nextInt(1000));
        });
    }
}
