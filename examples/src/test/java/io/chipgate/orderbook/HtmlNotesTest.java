package io.chipgate.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The notes of the screening report for legal: notes alike but for one date or one country are printed once with the
 * value of each (nothing left out, every note keeps its anchor), others each on its own; references as ranges.
 * Expected items written by hand.
 */
class HtmlNotesTest {
    @Test
    void notesAlikeButForOneDateOrCountryArePrintedOnce() {
        Map<String, Integer> notes = new LinkedHashMap<>();
        notes.put("groups on 2024-06-01 are not versioned (eCFR of 2026-07-23); check them as in force on 2024-06-01", 1);
        notes.put("15 CFR 742.6(a)(6)", 2);
        notes.put("groups on 2025-03-14 are not versioned (eCFR of 2026-07-23); check them as in force on 2025-03-14", 3);
        notes.put("review: Viet Nam (VN) is outside supplement 5(a)", 4);
        notes.put("review: T\u00FCrkiye (TR) is outside supplement 5(a)", 5);
        // two dates that both differ, and differ within each note: not one value each, so printed each on its own
        notes.put("UAE taken as in D:4 on 2025-12-01, before a change on 2026-07-10", 6);
        notes.put("UAE taken as in D:4 on 2025-06-01, before a change on 2026-07-11", 7);
        // a note alone in its kind
        notes.put("review: Brazil (BR) is inside <b>", 8);
        assertEquals(List.of(
            "<li id=\"N1\"><b>N1</b> (2024-06-01), <b id=\"N3\">N3</b> (2025-03-14): groups on \u2039date\u203A are not versioned "
                + "(eCFR of 2026-07-23); check them as in force on \u2039date\u203A</li>\n",
            "<li id=\"N2\"><b>N2</b> 15 CFR 742.6(a)(6)</li>\n",
            "<li id=\"N4\"><b>N4</b> (Viet Nam (VN)), <b id=\"N5\">N5</b> (T\u00FCrkiye (TR)): review: \u2039country\u203A is outside supplement 5(a)</li>\n",
            "<li id=\"N6\"><b>N6</b> UAE taken as in D:4 on 2025-12-01, before a change on 2026-07-10</li>\n",
            "<li id=\"N7\"><b>N7</b> UAE taken as in D:4 on 2025-06-01, before a change on 2026-07-11</li>\n",
            "<li id=\"N8\"><b>N8</b> review: Brazil (BR) is inside &lt;b&gt;</li>\n"), ScreeningReport.noteItems(notes));
    }

    @Test
    void referencesAreSortedAndThreeOrMoreConsecutiveNumbersAreARange() {
        assertEquals(List.of(Map.of("ref", "N1", "label", "N1\u2013N3"), Map.of("ref", "N7", "label", "N7"), Map.of("ref", "N8", "label", "N8"),
                Map.of("ref", "N10", "label", "N10")),
            ScreeningReport.ranges(List.of("N3", "N1", "N2", "N8", "N7", "N10", "N2")));
        assertEquals(List.of(), ScreeningReport.ranges(List.of()));
    }
}
