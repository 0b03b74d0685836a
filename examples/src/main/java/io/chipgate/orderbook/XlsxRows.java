package io.chipgate.orderbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of one sheet of an Excel workbook (.xlsx), read as a stream of XML events with Apache POI's
 * {@link XSSFReader}: memory does not grow with the number of rows. Each cell comes as text, read as what it is:
 * a date cell (a number in a date format) as an ISO date ({@code 2025-03-14}; with its time when it has one), a
 * number as its exact decimal text as stored ({@code 1024}, {@code 8.5}), a string as itself, a boolean as
 * {@code TRUE}/{@code FALSE}, a formula as its cached result, an error as {@code #DIV/0!} and so on.
 *
 * <p>Not thread-safe; one read at a time.
 */
final class XlsxRows {
    /** Receives each row: its number in the sheet (1-based) and its cells from column A (missing cells null). */
    interface RowHandler {
        void row(long rowNumber, List<String> cells);
    }

    static {
        Poi.quiet();
    }

    private XlsxRows() {
    }

    /**
     * Reads a sheet.
     *
     * @param path the workbook
     * @param shownAs the name messages give it (its path, or the pipe it was copied from)
     * @param sheet the sheet's name, or null for the first sheet
     * @param rows receives each non-empty row in order
     * @throws OrderFileException when the file is not a workbook or has no such sheet
     */
    static void read(Path path, String shownAs, String sheet, RowHandler rows) {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (sheet == null || sheet.equalsIgnoreCase(name)) {
                        XMLReader xml = SAXHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(strings, styles, date1904, rows));
                        xml.parse(new InputSource(in));
                        return;
                    }
                }
            }
            throw new OrderFileException(shownAs + ": no sheet named '" + sheet + "': the workbook has " + String.join(", ", names)
                + "; choose one with --sheet NAME");
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new OrderFileException(shownAs + ": not readable as an Excel workbook (.xlsx): save it as .xlsx or as \"CSV UTF-8\"");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new OrderFileException(shownAs + ": not readable as an Excel workbook (.xlsx): " + e.getMessage());
        } catch (IOException e) {
            throw new OrderFileException(shownAs + ": cannot be read: " + e.getMessage());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException | IllegalStateException e) {
            // POI's checks of a damaged or hostile package (zip bomb, missing parts) end here
            throw new OrderFileException(shownAs + ": not readable as an Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    /** The sheet names of a workbook, in order. */
    static List<String> sheetNames(Path path) {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
        } catch (IOException | OpenXML4JException e) {
            throw new OrderFileException(path + ": not readable as an Excel workbook (.xlsx): " + e.getMessage());
        }
        return names;
    }

    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, SAXException,
            ParserConfigurationException {
        boolean[] is1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = SAXHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes a) {
                    if ("workbookPr".equals(localName)) {
                        String v = a.getValue("date1904");
                        is1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return is1904[0];
    }

    /** The SAX handler of one sheet's XML: rows of {@code <c r="B3" t="s" s="1"><v>…</v></c>}. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowHandler rows;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells = new ArrayList<>();
        private long rowNumber;
        private long lastRow;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private String value;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, RowHandler rows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? lastRow + 1 : Long.parseLong(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? cells.size() : new CellReference(r).getCol();
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value = null;
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "is" -> {
                    inInline = false;
                    value = text.toString();
                }
                case "c" -> {
                    String t = cellText();
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, t);
                }
                case "row" -> {
                    lastRow = rowNumber;
                    rows.row(rowNumber, cells);
                }
                default -> {
                }
            }
        }

        private String cellText() {
            if (value == null) {
                return null;
            }
            if (type == null || type.equals("n")) {
                return number(value);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
                case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                case "d" -> value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9) : value; // ISO 8601 (strict OOXML)
                default -> value; // inlineStr, str (a formula's text), e (an error such as #N/A)
            };
        }

        private String number(String raw) {
            BigDecimal exact;
            try {
                exact = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                return raw;
            }
            if (styles != null && style < styles.getNumCellStyles()) {
                XSSFCellStyle st = styles.getStyleAt(style);
                if (st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString())) {
                    return date(exact);
                }
            }
            return exact.stripTrailingZeros().toPlainString();
        }

        /** A date serial: days since 1899-12-30 (or 1904-01-01), the fraction the time of day. */
        private String date(BigDecimal serial) {
            if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
                return serial.toPlainString(); // not a date Excel can show; read as the number it is
            }
            LocalDateTime t = DateUtil.getLocalDateTime(serial.doubleValue(), date1904, true);
            return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
    }
}
