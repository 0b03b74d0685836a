package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link CountryGroups#place}: "name (code)" for a code <em>as given</em>, the table's name (15 CFR part 740, supp. 1)
 * followed by the code in the caller's spelling; a code spelt in lower case never changes the text given for the
 * code in upper case, whichever is asked first.
 */
class CountryGroupsPlaceTest {
    @Test
    void aCodeInLowerCaseIsNamedWithItsOwnSpelling() {
        CountryGroups g = CountryGroups.builtIn();
        assertEquals("Vietnam (vn)", g.place("vn"));
        assertEquals("Vietnam (VN)", g.place("VN"));
        assertEquals("Vietnam (vn)", g.place("vn"));
        assertEquals("Vietnam (Vn)", g.place("Vn"));
    }

    @Test
    void theUpperCaseTextIsNotTakenFromALowerCaseQuestionAskedFirst() {
        // a fresh table (no text made yet): Macau asked in lower case first, then as the table spells it
        CountryGroups g = CountryGroups.load(CountryGroups.class.getResourceAsStream(CountryGroups.RESOURCE), "country-groups.json");
        assertEquals("Macau (mo)", g.place("mo"));
        assertEquals("Macau (MO)", g.place("MO"));
        assertEquals("China (PRC) (cn)", g.place("cn"));
        assertEquals("China (PRC) (CN)", g.place("CN"));
    }

    @Test
    void hongKongIsNamedAsItselfThoughAssessedAsChina() {
        // the table does not list Hong Kong in a group; it names it, and the code stays its own
        CountryGroups g = CountryGroups.builtIn();
        assertEquals("CN", g.groupCode("hk"));
        assertEquals("Hong Kong (HK)", g.place("HK"));
        assertEquals("Hong Kong (hk)", g.place("hk"));
    }
}
