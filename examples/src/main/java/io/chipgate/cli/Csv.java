package io.chipgate.cli;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.chipgate.orderbook.ScreeningReport;
import java.util.ArrayList;
import java.util.List;

/** CSV output: cells quoted only when they must be (a comma, quote or line break), so headers stay plain. */
final class Csv {
    static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private Csv() {
    }

    /**
     * Rows with every cell neutralised for spreadsheets: text that Excel would run as a formula (a leading
     * = + - @, tab or CR) gets an apostrophe; plain numbers stay as they are. A user catalog's part name or
     * citation reaches these cells, so every one is treated as user text (the rule of {@code screen}'s order cells).
     */
    static List<List<String>> neutralised(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row.size());
            row.forEach(c -> r.add(c == null ? null : ScreeningReport.cell(c)));
            out.add(r);
        }
        return out;
    }
}
