package io.chipgate.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cells of order files as ERP exports write them: country names and codes, quantities with thousands
 * separators, header synonyms and mappings. The tables are written by hand from the names the issue and common
 * ERP exports use.
 */
class OrderFileParsingTest {
    private static String code(String text) {
        return Countries.find(text).map(c -> c.code()).orElse("none");
    }

    @Test
    void countriesByCodeAndByTheNamesOrderFilesUse() {
        Map<String, String> table = Map.ofEntries(
            Map.entry("DE", "DE"), Map.entry("de", "DE"), Map.entry(" Germany ", "DE"), Map.entry("GERMANY", "DE"), Map.entry("DEU", "DE"),
            Map.entry("United Arab Emirates", "AE"), Map.entry("UAE", "AE"), Map.entry("U.A.E.", "AE"),
            Map.entry("South Korea", "KR"), Map.entry("Korea, Republic of", "KR"), Map.entry("Republic of Korea", "KR"),
            Map.entry("North Korea", "KP"), Map.entry("Russia", "RU"), Map.entry("Russian Federation", "RU"),
            Map.entry("Viet Nam", "VN"), Map.entry("Vietnam", "VN"), Map.entry("Hong Kong", "HK"), Map.entry("Macao", "MO"),
            Map.entry("Macau", "MO"), Map.entry("Türkiye", "TR"), Map.entry("Turkiye", "TR"), Map.entry("Turkey", "TR"),
            Map.entry("Czechia", "CZ"), Map.entry("Czech Republic", "CZ"), Map.entry("China", "CN"), Map.entry("PRC", "CN"),
            Map.entry("People's Republic of China", "CN"), Map.entry("China (PRC)", "CN"), Map.entry("Taiwan", "TW"),
            Map.entry("UK", "GB"), Map.entry("United Kingdom", "GB"), Map.entry("The Netherlands", "NL"), Map.entry("Holland", "NL"),
            Map.entry("USA", "US"), Map.entry("United States", "US"), Map.entry("Burma", "MM"), Map.entry("Myanmar", "MM"),
            Map.entry("Iran, Islamic Republic of", "IR"), Map.entry("Côte d’Ivoire", "CI"), Map.entry("Brazil", "BR"),
            Map.entry("Saudi Arabia", "SA"), Map.entry("Kazakhstan", "KZ"));
        table.forEach((text, expected) -> assertEquals(expected, code(text), text));
    }

    @Test
    void whatNamesNoCountryIsNotGuessedButAnsweredWithTheNearest() {
        for (String t : List.of("Korea", "Congo", "Germny", "Narnia", "ZZ", "", "D E")) {
            assertEquals("none", code(t), t);
        }
        assertEquals(List.of("Korea, South (KR)", "Korea, North (KP)"), Countries.suggest("Korea"), "an ambiguous name lists both");
        assertTrue(Countries.suggest("Germny").contains("Germany (DE)"), Countries.suggest("Germny").toString());
        assertTrue(Countries.suggest("Viet-Nam ").contains("Vietnam (VN)"), Countries.suggest("Viet-Nam ").toString());
        assertEquals(List.of(), Countries.suggest("Narnia"));
    }

    @Test
    void everyIsoCodeAndItsNameFindTheCode() {
        // property over every assigned code: the code in either case, and the name chipgate prints for it, find it
        String[] codes = Locale.getISOCountries();
        qt().forAll(integers().between(0, codes.length - 1)).checkAssert(i -> {
            String c = codes[i];
            assertEquals(c, code(c.toLowerCase(Locale.ROOT)), c);
            if (!Countries.AMBIGUOUS.containsKey(Countries.key(Countries.name(c)))) {
                assertEquals(c, code(Countries.name(c)), Countries.name(c));
            }
        });
    }

    @Test
    void quantitiesWithThousandsSeparators() {
        Map<String, Long> ok = Map.ofEntries(Map.entry("8", 8L), Map.entry("1,024", 1024L), Map.entry("1 024", 1024L),
            Map.entry("1\u00A0024", 1024L), Map.entry("1\u202F024", 1024L), Map.entry("1'024", 1024L), Map.entry("1,000,000", 1_000_000L),
            Map.entry("8.0", 8L), Map.entry("8.00", 8L), Map.entry(" 16 ", 16L), Map.entry("0", 0L));
        ok.forEach((text, n) -> assertEquals(n, OrderFile.quantity(text), text));
        for (String bad : List.of("1.024", "1,02", "10,24", "1,0245", "1,024 567", ",024", "1,,024", "8.5", "8.000", "-8", "+8", "ten",
            "", "1e3", "0x10", "1_024", "12345678901234567890123")) {
            assertThrows(NumberFormatException.class, () -> OrderFile.quantity(bad), bad);
        }
    }

    @Test
    void anyWholeNumberWrittenWithGroupingReadsBack() {
        qt().forAll(longs().between(1, OrderFile.MAX_QUANTITY)).checkAssert(n -> {
            String comma = String.format(Locale.ROOT, "%,d", n);
            assertEquals(n, OrderFile.quantity(comma), comma);
            assertEquals(n, OrderFile.quantity(comma.replace(',', ' ')), comma);
            assertEquals(n, OrderFile.quantity(Long.toString(n)), comma);
        });
    }

    @Test
    void datesAsIsoOrWithAMidnightTime() {
        assertEquals("2025-03-14", OrderFile.date("2025-03-14").toString());
        assertEquals("2025-03-14", OrderFile.date("2025-03-14 00:00:00").toString());
        assertEquals("2025-03-14", OrderFile.date("2025-03-14T00:00").toString());
        for (String bad : List.of("14/03/2025", "3/14/2025", "2025-03-14 10:30:00", "2025-02-30")) {
            assertThrows(java.time.format.DateTimeParseException.class, () -> OrderFile.date(bad), bad);
        }
    }

    @Test
    void erpHeadersAreFoundWithoutAMapping() {
        List<String> header = List.of("Order No", "Customer", "Item", "Qty", "Ship-to Country", "End user HQ", "Ship date", "Notes");
        Map<String, Integer> cols = Columns.synonymsOnly().locate(header, "f.csv");
        assertEquals(Map.of("id", 0, "consignee", 1, "part", 2, "quantity", 3, "destination", 4, "headquarters", 5, "date", 6), cols);
        assertEquals(Map.of("id", 0, "part", 1, "quantity", 2, "destination", 3),
            Columns.synonymsOnly().locate(List.of("ORDER_NO.", "SKU", "Quantity", "Country"), "f.csv"));
    }

    @Test
    void aMappingOverridesTheSynonymsAndItsFaultsAreNamed() {
        List<String> header = List.of("Auftrag", "Kunde", "Artikel", "Menge", "Land", "Qty");
        Columns c = Columns.parse("Auftrag=id, Kunde=consignee,Artikel=part,Menge=quantity,Land=destination");
        assertEquals(Map.of("id", 0, "consignee", 1, "part", 2, "quantity", 3, "destination", 4), c.locate(header, "f.csv"),
            "a mapped field's synonym elsewhere (Qty) is ignored");
        OrderFileException absent = assertThrows(OrderFileException.class,
            () -> Columns.parse("Order No=id").locate(List.of("part", "quantity", "destination"), "f.csv"));
        assertTrue(absent.getMessage().contains("--columns names the header 'Order No' but the file has none such"), absent.getMessage());
        OrderFileException twice = assertThrows(OrderFileException.class,
            () -> Columns.synonymsOnly().locate(List.of("part", "quantity", "Country", "Ship-to Country"), "f.csv"));
        assertTrue(twice.getMessage().contains("columns 'Country' and 'Ship-to Country' both read as destination"), twice.getMessage());
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> Columns.parse("Qty=amount"));
        assertTrue(field.getMessage().contains("'amount' is not a field: expected one of id, consignee"), field.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Columns.parse("Qty"));
        assertThrows(IllegalArgumentException.class, () -> Columns.parse("A=part,B=part"));
        assertEquals(Optional.of("headquarters"), Optional.ofNullable(Columns.parse("Sitz=hq").mapping().get("sitz")));
    }
}
