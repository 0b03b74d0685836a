package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** trade.gov's consolidated.json and consolidated.csv, in the shape of the bulk download (fields of the CSL API). */
class PartyListFilesTest {
    @TempDir
    Path dir;

    static final String JSON = """
        {"sources_used":[{"source":"Entity List (EL) - Bureau of Industry and Security","source_last_updated":"2026-11-20T00:00:00-05:00","last_imported":"2026-12-01T09:00:04-05:00"}],
         "results":[
          {"id":"abc","source":"Entity List (EL) - Bureau of Industry and Security","entity_number":null,"type":null,
           "programs":[],"name":"Moore Thread Intelligent Technology (Beijing) Co., Ltd.","title":null,
           "addresses":[{"address":"Room 1, Building 2","city":"Beijing","state":null,"postal_code":null,"country":"CN"}],
           "federal_register_notice":"88 FR 71992","start_date":"2023-10-19","end_date":null,"standard_order":null,
           "license_requirement":"For all items subject to the EAR.","license_policy":"Presumption of denial.",
           "alt_names":["Moore Threads","Mo\\u2019er Xianchen"],"source_list_url":null,"source_information_url":null},
          {"id":"def","source":"Specially Designated Nationals (SDN) - Treasury Department","entity_number":"36",
           "type":"Entity","programs":["CUBA"],"name":"AEROCARIBBEAN AIRLINES","addresses":[{"country":"CU"}],
           "alt_names":["AERO-CARIBBEAN"]}
         ]}
        """;

    static final String CSV = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
        + "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
        + "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
        + "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\r\n"
        + "abc,Entity List (EL) - Bureau of Industry and Security,,,,\"Moore Thread Intelligent Technology (Beijing) Co., Ltd.\",,"
        + "\"Room 1, Building 2, Beijing, , CN\",88 FR 71992,2023-10-19,,,For all items subject to the EAR.,"
        + "Presumption of denial.,,,,,,,,,Moore Threads; Mo’er Xianchen,,,,,,\r\n"
        + "def,Specially Designated Nationals (SDN) - Treasury Department,36,Entity,CUBA,AEROCARIBBEAN AIRLINES,,"
        + "\"Havana, CU\",,,,,,,,,,,,,\"multi\nline remark\",,AERO-CARIBBEAN,,,,,,\r\n";

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-11-02T10:00:00Z")));
        return p;
    }

    private static void assertMoore(PartyEntry e) {
        assertEquals(new PartyEntry(ListKind.ENTITY_LIST, "", "Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
            List.of("Moore Threads", "Mo\u2019er Xianchen"), List.of("CN"), Optional.empty(), Optional.of("88 FR 71992"),
            Optional.of("For all items subject to the EAR."), Optional.of("Presumption of denial."), List.of(),
            Optional.of(LocalDate.of(2023, 10, 19))), e);
    }

    @Test
    void consolidatedJsonIsReadAndDatedByItsLatestImport() throws Exception {
        PartyList l = PartyList.read(write("consolidated.json", JSON));
        assertEquals(LocalDate.of(2026, 12, 1), l.date());
        assertEquals(2, l.entries().size());
        assertMoore(l.entries().get(0));
        PartyEntry sdn = l.entries().get(1);
        assertEquals(ListKind.SDN, sdn.list());
        assertEquals(Optional.of("36"), sdn.entityNumber());
        assertEquals(List.of("CUBA"), sdn.programmes());
        assertEquals(List.of("CU"), sdn.countries());
        assertTrue(l.source().contains("consolidated.json"), l.source());
        // and it screens
        assertEquals("Moore Threads", PartyScreen.of(l).screen("Moore Threads").get(0).matchedName());
    }

    @Test
    void consolidatedCsvIsReadAndDatedByTheFilesModificationDay() throws Exception {
        PartyList l = PartyList.read(write("consolidated.csv", CSV));
        assertEquals(LocalDate.of(2026, 11, 2), l.date());
        assertEquals(2, l.entries().size());
        assertMoore(l.entries().get(0));
        assertEquals(List.of("AERO-CARIBBEAN"), l.entries().get(1).aliases());
        assertEquals(List.of("CU"), l.entries().get(1).countries());
        assertTrue(l.source().contains("modification day"), l.source());
    }

    @Test
    void jsonWithoutSourcesUsedIsDatedByTheFile() throws Exception {
        PartyList l = PartyList.read(write("c.json", "{\"results\":[]}"));
        assertEquals(LocalDate.of(2026, 11, 2), l.date());
        assertTrue(l.entries().isEmpty());
    }

    private String error(String name, String content) throws Exception {
        Path p = write(name, content);
        PartyListFormatException e = assertThrows(PartyListFormatException.class, () -> PartyList.read(p));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
        return e.getMessage().substring(p.toString().length() + 2);
    }

    @Test
    void malformedFilesGiveOneLineNamingFileFieldAndValue() throws Exception {
        assertEquals("$.results[0].name: no value: expected the listed name, a non-empty string; correct the document"
            + " and read it again", error("a.json", "{\"results\":[{\"source\":\"EL\"}]}"));
        assertEquals("$.results[1].source: invalid value \"UK Sanctions List\": expected a list of the Consolidated"
            + " Screening List, e.g. \"Entity List (EL) - Bureau of Industry and Security\" or a code (EL, DPL, UVL,"
            + " MEU, SDN, SSI, CMIC, NS-MBS, PLC, CAP, FSE, DTC, ISN); correct the document and read it again",
            error("b.json", "{\"results\":[{\"name\":\"X\",\"source\":\"EL\"},{\"name\":\"Y\",\"source\":\"UK Sanctions List\"}]}"));
        assertEquals("$.results[0].alt_names: invalid value {\"a\":1}: expected an array of strings; correct the"
            + " document and read it again",
            error("c.json", "{\"results\":[{\"name\":\"X\",\"source\":\"EL\",\"alt_names\":{\"a\":1}}]}"));
        assertTrue(error("d.json", "{\"results\":[{\"name\":").startsWith("$ (line 1, column "));
        assertEquals("$.results: no value: expected trade.gov's consolidated.json: an object with a \"results\" array"
            + " of entries; correct the document and read it again", error("e.json", "{\"total\":0}"));
        assertEquals("line 1: invalid value \"id,title\": expected a header row of trade.gov's consolidated.csv, with"
            + " a \"name\" column; correct the document and read it again", error("f.csv", "id,title\nx,y\n"));
        assertEquals("line 3: invalid value 2: expected 3 fields, as many as the header row names; correct the"
            + " document and read it again", error("g.csv", "name,source,x\nA,EL,1\nB,EL\n"));
        assertEquals("line 2, column source: invalid value \"Sanctions\": expected a list of the Consolidated"
            + " Screening List, e.g. \"Entity List (EL) - Bureau of Industry and Security\" or a code (EL, DPL, UVL,"
            + " MEU, SDN, SSI, CMIC, NS-MBS, PLC, CAP, FSE, DTC, ISN); correct the document and read it again",
            error("h.csv", "name,source\nA,Sanctions\n"));
        assertEquals("$.results[0].start_date: invalid value \"19/10/2023\": expected a date yyyy-mm-dd; correct the"
            + " document and read it again",
            error("j.json", "{\"results\":[{\"name\":\"X\",\"source\":\"EL\",\"start_date\":\"19/10/2023\"}]}"));
        assertEquals("line 2: no value: expected a closing quote for the field opened on this line; correct the"
            + " document and read it again", error("i.csv", "name,source\n\"A,EL\n"));
    }

    @Test
    void aMissingOrNonUtf8FileIsNamed() throws Exception {
        Path missing = dir.resolve("nothere.json");
        PartyListFormatException e = assertThrows(PartyListFormatException.class, () -> PartyList.read(missing));
        assertEquals(missing + ": $: no value: expected a screening-list file (no such file); correct the document"
            + " and read it again", e.getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xE9, '\n'});
        e = assertThrows(PartyListFormatException.class, () -> PartyList.read(latin1));
        assertTrue(e.getMessage().contains("expected UTF-8 text"), e.getMessage());
    }
}
