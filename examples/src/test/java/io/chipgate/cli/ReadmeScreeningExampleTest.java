package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's screening example is real output: the command's one-line answer, the stamp and the rows of the table
 * it shows (the columns it names, every line from the first on — none left out — long cells cut only where marked
 * with "…") are what {@code chipgate screen orders.xlsx --on 2026-11-30} writes for the ERP fixture today.
 */
class ReadmeScreeningExampleTest {
    static final String README = ScreeningDocsTest.readme();

    @Test
    void theReadmeScreeningExampleIsTheRealOutput(@TempDir Path dir) throws Exception {
        Path orders = dir.resolve("orders.xlsx");
        Files.copy(Path.of("src/test/resources/orderbook/erp-export.xlsx"), orders);
        Path out = dir.resolve("screening.csv");
        ChipgateCliTest.Run r = ChipgateCliTest.run("screen", orders.toString(), "--on", "2026-11-30", "--out", out.toString(),
            "--summary", dir.resolve("summary.json").toString());
        assertEquals(0, r.code(), r.err());
        // the one-line answer, with the paths as the README gives them
        String said = r.out().strip().replace(out.toString(), "screening.csv").replace(dir.resolve("screening.csv.stamp.json").toString(),
            "screening.csv.stamp.json");
        assertTrue(README.contains("\n" + said + "\n"), "the README's screening line differs from the real one: " + said);
        // the stamp, whole
        String stamp = Files.readString(dir.resolve("screening.csv.stamp.json")).strip();
        assertTrue(README.contains("$ cat screening.csv.stamp.json\n" + stamp + "\n```"), "the README's stamp differs from the real one:\n" + stamp);
        // the table's rows: the README names its columns on the header line and shows the first lines in order
        Matcher m = Pattern.compile("```text\\n(id,part_as_given,[^\\n]*)\\n(.*?)```", Pattern.DOTALL).matcher(README);
        assertTrue(m.find(), "the README's table example");
        List<String> header = List.of(m.group(1).split(","));
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> shown = rows(csv, m.group(2));
        List<List<String>> real = rows(csv, Files.readString(out));
        List<String> realHeader = real.remove(0);
        assertTrue(shown.size() >= 5, "rows shown: " + shown.size());
        for (int i = 0; i < shown.size(); i++) {
            List<String> row = shown.get(i);
            assertEquals(header.size(), row.size(), "README row " + row);
            for (int c = 0; c < header.size(); c++) {
                String want = row.get(c);
                String got = real.get(i).get(realHeader.indexOf(header.get(c)));
                String where = "README table row " + (i + 1) + ", column " + header.get(c);
                if (want.endsWith("…")) {
                    String kept = want.substring(0, want.length() - 1).strip();
                    assertTrue(got.startsWith(kept) && got.length() > kept.length(), where + ": '" + want + "' is not a cut of '" + got + "'");
                } else {
                    assertEquals(got, want, where);
                }
            }
        }
        assertTrue(README.contains("The first " + words(shown.size()) + " of the book's 50 lines"), "the README says which lines it shows");
    }

    private static String words(int n) {
        return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve").get(n);
    }

    private static List<List<String>> rows(CsvMapper csv, String text) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                out.add(new ArrayList<>(List.of(it.next())));
            }
        }
        return out;
    }
}
