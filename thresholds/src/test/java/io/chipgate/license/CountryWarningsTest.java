package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CountryGroups#countryWarnings}: each destination the table treats specially says so — Hong Kong (not listed,
 * assessed as China), Macau (named beside D:5, not in it), Cambodia (left D:5 on a date known only within a window) —
 * and a destination with nothing special gets no warning.
 */
class CountryWarningsTest {
    /** The built-in table read afresh by each test (not the shared {@link CountryGroups#builtIn} instance). */
    static CountryGroups fresh() {
        return CountryGroups.load(CountryGroups.class.getResourceAsStream(CountryGroups.RESOURCE), "country-groups.json");
    }
    static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 15);

    @Test
    void hongKongIsAssessedAsChinaAndTheWarningSaysSo() {
        List<String> w = fresh().countryWarnings("HK", DEC_2025);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("Hong Kong (HK) is assessed as China (PRC) (CN): Hong Kong is not listed in Supplement No. 1 to part 740"),
            w.get(0));
        assertTrue(w.get(0).endsWith("(UNCONFIRMED)"), "the alias's source is not confirmed: " + w.get(0));
    }

    @Test
    void macauIsNamedBesideD5() {
        List<String> w = fresh().countryWarnings("MO", DEC_2025);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("Macau is not in Country Group D:5"), w.get(0));
        assertTrue(w.get(0).contains(" Source: eCFR 2026-07-23, Supp. No. 1 to part 740 (notes)"), w.get(0));
    }

    @Test
    void cambodiasMembershipInsideItsWindowIsUnknown() {
        // in D:5 since 86 FR 70015; the State Department lifted its embargo on 2025-11-07; BIS removed it effective 2026-02-03
        List<String> w = fresh().countryWarnings("KH", DEC_2025);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("membership of Cambodia (KH) in D:5 on 2025-12-15 is UNKNOWN: it changed between 2025-11-07 and "
            + "2026-02-03 (left; "), w.get(0));
        assertEquals(List.of(), fresh().countryWarnings("KH", LocalDate.of(2026, 3, 1)), "after the window, nothing is open");
    }

    @Test
    void anOrdinaryDestinationHasNoWarning() {
        assertEquals(List.of(), fresh().countryWarnings("DE", DEC_2025));
        assertEquals(List.of(), fresh().countryWarnings("cn", DEC_2025));
    }
}
