package io.chipgate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.document.DocumentFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22 §3: a whole number written with an exponent or decimals ({@code 2.022e3}) is read as the number it is
 * exactly; before, it was called out of range while the message printed 2022.
 */
class WholeNumbersTest {
    static final SpecReader R = SpecReader.instance();

    static String doc(String year) {
        return "{\"id\":\"yr-x\",\"vendor\":\"V\",\"name\":\"X\",\"year\":" + year + "}";
    }

    @ParameterizedTest
    @CsvSource({"2022, 2022", "2.022e3, 2022", "2022.0, 2022", "20220e-1, 2022", "1990, 1990", "2.1e3, 2100"})
    void aWholeNumberInAnyFormIsRead(String written, int year) {
        assertEquals(year, R.readParts(doc(written), "y.json").get(0).year().getAsInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2022.5; invalid value 2022.5: expected a whole number from 1990 to 2100",
        "1.989e3; invalid value 1989: expected a whole number from 1990 to 2100", "2.1001e3; invalid value 2100.1: expected a whole number",
        "1e9999; expected a number of at most 30 significant digits"})
    void otherwiseTheMessageShowsTheValueAndTheRange(String written, String fragment) {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> R.readParts(doc(written), "y.json"));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
