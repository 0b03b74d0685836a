package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.orderbook.Columns;
import io.chipgate.orderbook.LineTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/screening.md documents the table's columns in order and every header synonym, as the code has them. */
class ScreeningDocsTest {
    static final String DOC = readDoc();

    static String readDoc() {
        try {
            return Files.readString(Path.of("../docs/screening.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The first cells of the markdown table rows between a heading and the next heading. */
    static List<String> firstCells(String from) {
        String part = DOC.substring(DOC.indexOf(from));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(part);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theCsvColumnsAreDocumentedInOrder() {
        List<String> documented = firstCells("| column | what |");
        assertEquals(LineTable.COLUMNS, documented.subList(0, LineTable.COLUMNS.size()));
    }

    @Test
    void everyFieldAndSynonymIsDocumented() {
        for (String field : Columns.FIELDS) {
            Matcher m = Pattern.compile("(?m)^\\| `" + field + "` \\| (yes|no) \\|.*\\| ([^|]+) \\|$").matcher(DOC);
            assertTrue(m.find(), field);
            assertEquals(Columns.REQUIRED.contains(field) ? "yes" : "no", m.group(1), field);
            assertEquals(Columns.SYNONYMS.get(field), List.of(m.group(2).strip().split(", ")), field);
        }
        assertTrue(Files.exists(Path.of("../docs/screening.md")));
        assertTrue(readme().contains("docs/screening.md"), "the README links the reference");
    }

    static String readme() {
        try {
            return Files.readString(Path.of("../README.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
