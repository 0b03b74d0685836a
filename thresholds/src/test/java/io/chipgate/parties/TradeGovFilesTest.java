package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refresh from trade.gov's bulk downloads as they come: fixtures with every field of consolidated.json and the
 * 29-column header of consolidated.csv (test resources, see their README), read by {@link PartyList#read(Path)}.
 */
class TradeGovFilesTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        return copy(name, text(name));
    }

    private static String text(String name) throws Exception {
        try (InputStream in = TradeGovFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path copy(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-08-03T07:00:00Z")));
        return p;
    }

    /** The entries of both fixtures, written out by hand from the fixtures. */
    private static void assertEntries(List<PartyEntry> entries) {
        assertEquals(6, entries.size());
        assertEquals(new PartyEntry(ListKind.ENTITY_LIST, "", "Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
            List.of("Moore Threads", "Mo\u2019er Xianchen"), List.of("CN"), Optional.empty(), Optional.of("88 FR 71992"),
            Optional.of("For all items subject to the EAR. (See \u00a7\u00a7 734.9(e)(2) and 744.11 of the EAR)4"),
            Optional.of("Presumption of denial"), List.of(), Optional.of(LocalDate.of(2023, 10, 19))), entries.get(0));
        assertEquals(ListKind.MILITARY_END_USER, entries.get(1).list());
        assertEquals(Optional.of("85 FR 83799"), entries.get(1).citation());
        assertEquals(new PartyEntry(ListKind.SDN, "Entity", "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA",
            List.of("SBERBANK ROSSII", "PJSC SBERBANK", "SBERBANK OF RUSSIA"), List.of("RU", "IN"),
            Optional.of("17018"), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of("UKRAINE-EO13662", "RUSSIA-EO14024"), Optional.empty()), entries.get(2));
        assertEquals("Individual", entries.get(3).type());
        assertEquals(List.of("ZAYDAN, Muhammad"), entries.get(3).aliases());
        assertEquals(List.of(), entries.get(3).countries());
        assertEquals(ListKind.DENIED_PERSONS, entries.get(4).list());
        assertEquals(List.of("DK"), entries.get(4).countries());
        assertEquals(ListKind.CMIC, entries.get(5).list());
        assertEquals(List.of("CHINA TELECOM", "CHINA TELECOM CO., LTD"), entries.get(5).aliases());
        assertEquals(List.of("CMIC-EO13959"), entries.get(5).programmes());
    }

    @Test
    void consolidatedJsonAsDownloadedIsReadWhole() throws Exception {
        PartyList l = PartyList.read(fixture("consolidated-sample.json"));
        assertEntries(l.entries());
        // the latest last_imported of sources_used: 2026-07-31T09:15:02-04:00
        assertEquals(LocalDate.of(2026, 7, 31), l.date());
    }

    @Test
    void consolidatedCsvAsDownloadedIsReadWhole() throws Exception {
        PartyList l = PartyList.read(fixture("consolidated-sample.csv"));
        assertEntries(l.entries());
        assertEquals(LocalDate.of(2026, 8, 3), l.date());   // the file's modification day
    }

    @Test
    void aCsvWithAByteOrderMarkIsReadAlike() throws Exception {
        PartyList l = PartyList.read(copy("bom.csv", "\uFEFF" + text("consolidated-sample.csv")));
        assertEntries(l.entries());
    }

    @Test
    void aListedNameHitsWithItsListCitationLicenceRequirementAndPolicy() throws Exception {
        for (String file : List.of("consolidated-sample.json", "consolidated-sample.csv")) {
            PartyScreen s = PartyScreen.of(PartyList.read(fixture(file)));
            PartyHit moore = s.screen("Moore Threads", Optional.of("cn")).get(0);
            assertEquals(ListKind.ENTITY_LIST, moore.list(), file);
            assertEquals(100, moore.score(), file);
            assertEquals(MatchBand.PROBABLE, moore.band(), file);
            assertTrue(moore.countryCorroborates(), file);
            assertEquals(Optional.of("88 FR 71992"), moore.entry().citation(), file);
            assertEquals(Optional.of("Presumption of denial"), moore.entry().reviewPolicy(), file);
            assertTrue(moore.entry().licenceRequirement().orElseThrow().startsWith("For all items subject to the EAR"));
            PartyHit meu = s.screen("Academy of Aerospace Solid Propulsion Technology").get(0);
            assertEquals(ListKind.MILITARY_END_USER, meu.list(), file);
            assertTrue(meu.entry().reviewPolicy().orElseThrow().contains("\u00a7744.21(d) and (e)"), file);
            PartyHit sber = s.screen("Sberbank of Russia PJSC").get(0);
            assertEquals(ListKind.SDN, sber.list(), file);
            assertEquals(Optional.of("17018"), sber.entry().entityNumber(), file);
            assertEquals(ListKind.CMIC, s.screen("China Telecom Corp., Ltd.").get(0).list(), file);
            assertEquals(ListKind.DENIED_PERSONS, s.screen("Semiconductor Systems Intl. Inc. (SSI)").get(0).list(), file);
        }
    }

    private String error(String name, String content) throws Exception {
        Path p = copy(name, content);
        PartyListFormatException e = assertThrows(PartyListFormatException.class, () -> PartyList.read(p));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        return e.getMessage().substring(p.toString().length() + 2);
    }

    @Test
    void aBadJsonFileGivesOneLineNamingFileFieldAndValue() throws Exception {
        String json = text("consolidated-sample.json");
        assertEquals("$.results[2].addresses: invalid value \"Moscow\": expected an array of addresses; correct the"
            + " document and read it again", error("a.json", json.replaceFirst(
                "\"addresses\": \\[\\s*\\{\"address\": null, \"city\": \"Moscow\"[^\\]]*\\]", "\"addresses\": \"Moscow\"")));
        assertEquals("$.results[0].start_date: invalid value \"19/10/2023\": expected a date yyyy-mm-dd; correct the"
            + " document and read it again", error("b.json", json.replace("\"2023-10-19\"", "\"19/10/2023\"")));
        assertEquals("$.results[5].source: invalid value \"Non-SDN Chinese Military Companies\": expected a list of"
            + " the Consolidated Screening List, e.g. \"Entity List (EL) - Bureau of Industry and Security\" or a code"
            + " (EL, DPL, UVL, MEU, SDN, SSI, CMIC, NS-MBS, PLC, CAP, FSE, DTC, ISN); correct the document and read it"
            + " again", error("c.json", json.replace(
                "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
                "Non-SDN Chinese Military Companies")));
        assertEquals("$.results[3].alt_names[0]: invalid value {\"n\":1}: expected a string; correct the document and"
            + " read it again", error("d.json", json.replace("[\"ZAYDAN, Muhammad\"]", "[{\"n\":1}]")));
        assertEquals("$.sources_used[].last_imported: invalid value \"July 31, 2026\": expected a date-time starting"
            + " yyyy-mm-dd; correct the document and read it again",
            error("e.json", json.replace("\"2026-07-31T09:15:02-04:00\"", "\"July 31, 2026\"")));
    }

    @Test
    void aBadCsvFileGivesOneLineNamingFileLineColumnAndValue() throws Exception {
        String csv = text("consolidated-sample.csv");
        assertEquals("line 3, column start_date: invalid value \"23 Dec 2020\": expected a date yyyy-mm-dd; correct"
            + " the document and read it again", error("a.csv", csv.replace("2020-12-23", "23 Dec 2020")));
        // the Sberbank row spans lines 4 and 5 (a line break in its quoted addresses); the next row is line 6
        assertEquals("line 6, column name: no value: expected the listed name; correct the document and read it"
            + " again", error("b.csv", csv.replace("\"ABBAS, Abu\"", "\"\"")));
        assertEquals("line 7: invalid value 28: expected 29 fields, as many as the header row names; correct the"
            + " document and read it again", error("c.csv", csv.replace(",DK,,,,Y,", ",DK,,,Y,")));
        assertEquals("line 1: invalid value \"_id,list,name\": expected a header row of trade.gov's"
            + " consolidated.csv, with a \"source\" column; correct the document and read it again",
            error("d.csv", "_id,list,name\r\n1,EL,X\r\n"));
    }
}
