package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The membership questions answered from one entry per code (issue 19 § 7, fifth round): the built-in dated changes
 * read on dates around them (a hand-made table from the data file's changes: Cyprus left D:5 between 2022-10-01 and
 * 2024-05-30, Nicaragua joined D:1 and D:5 on 2024-03-15, Cambodia left D:5 between 2025-11-07 and 2026-02-03), the
 * question each window opens and the order the questions are asked in, codes in either case, and the errors of an
 * unknown group or a missing code.
 */
class CountryGroupEntriesTest {
    private static final CountryGroups G = CountryGroups.builtIn();

    /** A chooser giving one reading to every question and recording the questions in the order asked. */
    private static final class Recording implements Explorer.Chooser {
        final String reading;
        final List<Question> asked = new ArrayList<>();

        Recording(String reading) {
            this.reading = reading;
        }

        @Override
        public Reading choose(Question q) {
            asked.add(q);
            return q.reading(reading);
        }
    }

    @Test
    void datedChangesAreReadOnTheirDatesAndOpenTheirQuestionInsideAWindow() {
        // code, group, date, membership when the window's question is read "before", then "after", and whether it is asked
        Object[][] table = {
            {"CY", "D:5", "2022-09-30", true, true, false},
            {"CY", "D:5", "2022-10-01", true, false, true},
            {"CY", "D:5", "2024-05-29", true, false, true},
            {"CY", "D:5", "2024-05-30", false, false, false},
            {"NI", "D:1", "2024-03-14", false, false, false},
            {"NI", "D:1", "2024-03-15", true, true, false},
            {"NI", "D:5", "2024-03-14", false, false, false},
            {"NI", "D:5", "2024-03-15", true, true, false},
            {"KH", "D:5", "2025-11-06", true, true, false},
            {"KH", "D:5", "2026-01-01", true, false, true},
            {"KH", "D:5", "2026-02-03", false, false, false},
        };
        for (Object[] row : table) {
            String code = (String) row[0];
            String group = (String) row[1];
            LocalDate date = LocalDate.parse((String) row[2]);
            Recording before = new Recording(CountryGroups.BEFORE);
            Recording after = new Recording(CountryGroups.AFTER);
            String what = code + " " + group + " " + date;
            assertEquals(row[3], G.member(code, group, date, before), what);
            assertEquals(row[4], G.member(code.toLowerCase(), group, date, after), what);
            boolean asked = (Boolean) row[5];
            assertEquals(asked ? 1 : 0, before.asked.size(), what);
            assertEquals(asked ? 1 : 0, after.asked.size(), what);
            if (asked) {
                assertEquals("group-change:" + code + ":" + group, before.asked.get(0).id(), what);
                assertEquals(before.asked.get(0), after.asked.get(0), what);
            }
            Tri expected = row[3].equals(row[4]) ? Tri.of((Boolean) row[3]) : Tri.UNKNOWN;
            assertEquals(expected, G.member(" " + code + " ", group, date), what);
        }
        Recording r = new Recording(CountryGroups.AFTER);
        G.member("CY", "D:5", LocalDate.of(2023, 6, 1), r);
        assertEquals("Had CY left Country Group D:5 by the date? It did so between 2022-10-01 and 2024-05-30.",
            r.asked.get(0).text());
    }

    @Test
    void theScopeAsksTheGroupsQuestionsInTheOrderItReadsThemAndEqualsTheGroupsCombined() {
        List<String> codes = List.of("CN", "HK", "MO", "RU", "IR", "AE", "SA", "IN", "VN", "MY", "SG", "DE", "CY", "NI", "KH",
            "us", " cy", "Kh");
        qt().forAll(pick(codes), SourceDSL.integers().between(0, 6 * 366), pick(List.of(CountryGroups.BEFORE, CountryGroups.AFTER)))
            .checkAssert((code, day, reading) -> {
                LocalDate date = LocalDate.of(2021, 1, 1).plusDays(day);
                Recording scope = new Recording(reading);
                boolean in = G.inAdvancedComputingScope(code, date, scope);
                Recording groups = new Recording(reading);
                boolean d = G.member(code, "D:1", date, groups) || G.member(code, "D:4", date, groups)
                    || G.member(code, "D:5", date, groups);
                boolean expected = d && !(G.member(code, "A:5", date, groups) || G.member(code, "A:6", date, groups));
                assertEquals(expected, in, code + " " + date);
                assertEquals(groups.asked, scope.asked, code + " " + date);
                Recording d5 = new Recording(reading);
                boolean macau = "MO".equals(code.strip().toUpperCase());
                assertEquals(macau || G.member(code, "D:5", date, new Recording(reading)), G.inD5OrMacau(code, date, d5));
                assertEquals(macau, G.isMacau(code));
            });
    }

    @Test
    void hongKongIsReadAsChinaAndMacauIsNamedBesideD5() {
        LocalDate on = LocalDate.of(2025, 1, 1);
        assertEquals("CN", G.groupCode("hk"));
        assertEquals("MO", G.groupCode("MO"));
        for (String group : CountryGroups.GROUPS) {
            assertEquals(G.member("CN", group, on), G.member("HK", group, on), group);
        }
        assertTrue(G.isMacau(" mo"));
        assertFalse(G.isMacau("CN"));
        assertEquals(Tri.TRUE, G.inD5OrMacau("MO", on));
        assertFalse(G.countryWarnings("HK", on).isEmpty());
        assertFalse(G.countryWarnings("MO", on).isEmpty());
        assertEquals(List.of(), G.countryWarnings("DE", on));
        assertEquals(G.name("DE"), G.name(" de"));
    }

    @Test
    void anUnknownGroupOrAMissingCodeIsRefused() {
        LocalDate on = LocalDate.of(2025, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> G.member("CN", "D:2", on));
        assertEquals("Unknown country group 'D:2': use one of [A:5, A:6, D:1, D:4, D:5]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> G.member("CN", null, on));
        NullPointerException n = assertThrows(NullPointerException.class, () -> G.member(null, "D:5", on));
        assertEquals("code", n.getMessage());
        // a code the data do not name is in no group and warns of nothing
        assertEquals(Tri.FALSE, G.member("XK", "D:5", on));
        assertEquals(List.of(), G.countryWarnings("XK", on));
    }

    /**
     * A code of two capital letters is found in an array indexed by its letters, any other spelling through the map of
     * entries after normalising it: for every such pair of letters (ISO codes, codes the data name, codes they do not), on
     * dates either side of the dated changes, both ways give the same answers to every question an entry answers.
     */
    @Test
    void everyTwoLetterCodeAnswersAsItsOtherSpellingsDo() {
        List<LocalDate> dates = List.of(LocalDate.of(2022, 9, 30), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 15),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1));
        int data = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String upper = "" + a + b;
                data += G.isMacau(upper) || !G.name(upper).equals(upper) ? 1 : 0;
                String lower = upper.toLowerCase(java.util.Locale.ROOT);
                for (String other : List.of(lower, " " + upper, upper.charAt(0) + lower.substring(1))) {
                    assertEquals(G.groupCode(other), G.groupCode(upper), other);
                    assertEquals(G.name(other), G.name(upper), other);
                    assertEquals(G.isMacau(other), G.isMacau(upper), other);
                    for (LocalDate on : dates) {
                        for (String group : CountryGroups.GROUPS) {
                            assertEquals(G.member(other, group, on), G.member(upper, group, on), other + " " + group + " " + on);
                        }
                        assertEquals(G.inD5OrMacau(other, on), G.inD5OrMacau(upper, on), other + " " + on);
                        assertEquals(G.inAdvancedComputingScope(other, on), G.inAdvancedComputingScope(upper, on), other + " " + on);
                    }
                }
            }
        }
        // the letters reach the codes the data name (a name other than the code), not only unknown ones
        assertTrue(data > 200, "codes with data: " + data);
        assertEquals("China (PRC) (CN)", G.place("CN"));
    }
}
