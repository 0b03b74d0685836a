package io.chipgate.orderbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The screening as an Excel workbook, written as a stream with POI's SXSSF (a window of rows in memory, the rest
 * in compressed temporary files that {@link #close()} deletes): sheets {@code Lines} (the {@link LineTable}: header
 * row frozen, an autofilter, column widths set; line and quantity as numbers, date as a date), {@code Decisions}
 * (each distinct decision's facts once), {@code Summary} and {@code Stamp}. The temporary files go to a private
 * directory beside the output, removed whole by {@link #close()}.
 *
 * <p>Every text cell is a string cell, never a formula; one that Excel would read as a formula if typed or pasted
 * (starting with = + - @, a tab or a carriage return) carries the "quote prefix" style, as Excel gives text typed
 * with a leading apostrophe. A cell holds at most 32,767 characters, Excel's limit: longer text is cut, ending "…".
 *
 * <p>Not thread-safe.
 */
final class XlsxReport implements Closeable {
    static {
        Poi.quiet();
    }

    /** A row of the Summary sheet: a heading (bold) or label and values (whole numbers as numbers). */
    record SummaryRow(boolean heading, List<String> cells) {
    }

    /** Excel's limit on the characters of a cell. */
    static final int MAX_CELL = 32_767;

    private final Path tmp;
    private final SXSSFWorkbook wb;
    private final SXSSFSheet lines;
    private final SXSSFSheet decisions;
    private final SXSSFSheet summary;
    private final SXSSFSheet stampSheet;
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle date;
    private int lineRow = 1;
    private int decisionRow = 1;

    /**
     * @param decisionColumns the header of the Decisions sheet
     * @param spoolDir where the private directory of SXSSF's temporary files is made (deleted by {@link #close()})
     */
    XlsxReport(List<String> decisionColumns, Path spoolDir) throws IOException {
        tmp = Files.createTempDirectory(spoolDir, "chipgate-screen-xlsx-");
        TempFileCreationStrategy inTmp = new DefaultTempFileCreationStrategy(tmp.toFile());
        wb = TempFile.withStrategy(inTmp, () -> new SXSSFWorkbook(200));
        wb.setCompressTempFiles(true);
        SXSSFSheet[] sheets = TempFile.withStrategy(inTmp, () -> new SXSSFSheet[] {wb.createSheet("Lines"), wb.createSheet("Decisions"),
            wb.createSheet("Summary"), wb.createSheet("Stamp")});
        lines = sheets[0];
        decisions = sheets[1];
        summary = sheets[2];
        stampSheet = sheets[3];
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        quoted = wb.createCellStyle();
        quoted.setQuotePrefixed(true);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        headerRow(lines, LineTable.COLUMNS);
        lines.createFreezePane(0, 1);
        for (int i = 0; i < LineTable.COLUMNS.size(); i++) {
            lines.setColumnWidth(i, 256 * width(LineTable.COLUMNS.get(i)));
        }
        headerRow(decisions, decisionColumns);
        decisions.createFreezePane(1, 1);
        for (int i = 0; i < decisionColumns.size(); i++) {
            decisions.setColumnWidth(i, 256 * (i == 0 ? 10 : 40));
        }
        summary.setColumnWidth(0, 256 * 60);
        summary.setColumnWidth(1, 256 * 24);
        stampSheet.setColumnWidth(0, 256 * 36);
        stampSheet.setColumnWidth(1, 256 * 70);
    }

    /** Column widths in characters, by what the column holds. */
    private static int width(String column) {
        return switch (column) {
            case "line", "quantity", "destination", "headquarters", "decision", "license_required", "notification_needed" -> 12;
            case "date", "id", "hts", "vendor_eccn" -> 14;
            case "unknown_because", "problems", "review_policy", "usable_exceptions", "settled_by" -> 50;
            case "action" -> 22;
            default -> 24;
        };
    }

    private void headerRow(SXSSFSheet sheet, List<String> names) {
        Row r = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(header);
        }
    }

    /** Adds a row to the Lines sheet: line and quantity as numbers, date as a date, the rest as text. */
    void line(List<String> cells) {
        Row r = lines.createRow(lineRow++);
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v.isEmpty()) {
                continue;
            }
            Cell c = r.createCell(i);
            if ((i == LineTable.QUANTITY || i == LineTable.LINE) && v.matches("\\d{1,15}")) {
                c.setCellValue(Long.parseLong(v));
            } else if (i == LineTable.DATE && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    c.setCellValue(LocalDate.parse(v));
                    c.setCellStyle(date);
                } catch (DateTimeParseException e) {
                    text(c, v);
                }
            } else {
                text(c, v);
            }
        }
    }

    /** Adds a row to the Decisions sheet. */
    void decision(List<String> cells) {
        Row r = decisions.createRow(decisionRow++);
        for (int i = 0; i < cells.size(); i++) {
            text(r.createCell(i), cells.get(i));
        }
    }

    private void text(Cell c, String v) {
        String t = v.length() > MAX_CELL ? v.substring(0, MAX_CELL - 1) + "…" : v;
        c.setCellValue(t);
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            c.setCellStyle(quoted);
        }
    }

    /**
     * Writes the Summary and Stamp sheets and the whole workbook.
     *
     * @param summaryRows the summary: headings and rows of label and values
     * @param stamp the stamp's fields
     * @param out where the workbook goes (not closed)
     */
    void finish(List<SummaryRow> summaryRows, Map<String, String> stamp, OutputStream out) throws IOException {
        if (lineRow > 1) {
            lines.setAutoFilter(new CellRangeAddress(0, lineRow - 1, 0, LineTable.COLUMNS.size() - 1));
        }
        int n = 0;
        for (SummaryRow row : summaryRows) {
            Row r = summary.createRow(n++);
            for (int i = 0; i < row.cells().size(); i++) {
                String v = row.cells().get(i);
                Cell c = r.createCell(i);
                if (!row.heading() && i > 0 && v.matches("\\d{1,15}")) {
                    c.setCellValue(Long.parseLong(v));
                } else {
                    text(c, v);
                }
                if (row.heading()) {
                    c.setCellStyle(header);
                }
            }
        }
        n = 0;
        for (Map.Entry<String, String> e : stamp.entrySet()) {
            Row r = stampSheet.createRow(n++);
            text(r.createCell(0), e.getKey());
            text(r.createCell(1), e.getValue());
        }
        wb.write(out);
        out.flush();
    }

    /** Deletes the temporary files. */
    @Override
    public synchronized void close() throws IOException {
        try {
            wb.close();
        } finally {
            try {
                wb.dispose(); // deletes SXSSF's temporary files
            } finally {
                // and whatever a sheet still being written left: the whole private directory goes
                try (Stream<Path> all = Files.walk(tmp)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
