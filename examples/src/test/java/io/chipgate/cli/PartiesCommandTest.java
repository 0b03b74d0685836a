package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.json;
import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartiesCommandTest {
    @TempDir
    Path dir;

    @Test
    void textShowsTheListDateTheHitAndItsEntry() {
        ChipgateCliTest.Run r = run("parties", "Moore Threads", "Acme Widgets Inc", "--country", "cn", "--on", "2026-08-15");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Consolidated Screening List of 2026-07-31 (25921 entries, built-in)", lines[0]);
        assertTrue(r.out().contains("Moore Threads [CN]: 1 hit"), r.out());
        assertTrue(r.out().contains("PROBABLE 100  EL     Moore Thread Intelligent Technology (Beijing) Co., Ltd."), r.out());
        assertTrue(r.out().contains("88 FR 71992"), r.out());
        assertTrue(r.out().contains("review policy: Presumption of denial"), r.out());
        assertTrue(r.out().contains("CN (country corroborates)"), r.out());
        assertTrue(r.out().contains("Acme Widgets Inc [CN]: no match at 75 or more"), r.out());
        assertTrue(r.out().contains("cannot see ownership"), r.out());
        assertEquals("", r.err());   // 15 days old: not stale
    }

    @Test
    void theReadmesExampleIsRealOutput() throws Exception {
        ChipgateCliTest.Run r = run("parties", "Moore Threads", "Zhipu", "Acme Widgets Inc", "--country", "SG", "--on", "2026-08-15");
        assertEquals(0, r.code(), r.err());
        String last = "Acme Widgets Inc [SG]: no match at 75 or more\n";
        String shown = r.out().substring(0, r.out().indexOf(last) + last.length());
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("$ chipgate parties \"Moore Threads\" \"Zhipu\" \"Acme Widgets Inc\" --country SG --on 2026-08-15\n"
            + shown + "…\n"), "README's parties example is stale:\n" + shown);
    }

    @Test
    void aStaleListIsSaidOnTheFirstLineAndOnStderr() {
        ChipgateCliTest.Run r = run("parties", "Zhipu AI", "--on", "2026-12-07");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("STALE: list is 129 days old on 2026-12-07"), r.out());
        assertTrue(r.err().startsWith("chipgate: warning: list is 129 days old"), r.err());
    }

    @Test
    void jsonHasTheListDateAndEachHitsFields() throws Exception {
        ChipgateCliTest.Run r = run("parties", "Zhipu AI", "--on", "2026-08-30", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals("2026-07-31", j.get("listDate").asText());
        assertEquals(30, j.get("listAgeDays").asInt());
        assertFalse(j.get("listStale").asBoolean());
        JsonNode h = j.get("results").get(0).get("hits").get(0);
        assertEquals("EL", h.get("list").asText());
        assertEquals("Beijing Zhipu Huazhang Technology Co., Ltd.", h.get("listedName").asText());
        assertEquals("Zhipu AI", h.get("matchedName").asText());
        assertEquals(100, h.get("score").asInt());
        assertEquals("PROBABLE", h.get("band").asText());
        assertEquals("90 FR 4617", h.get("citation").asText());
        assertEquals("Presumption of denial", h.get("reviewPolicy").asText());
        assertFalse(h.get("countryCorroborates").asBoolean());
    }

    @Test
    void aTradeGovFileReplacesTheBuiltInList() throws Exception {
        Path f = dir.resolve("consolidated.json");
        Files.writeString(f, "{\"sources_used\":[{\"last_imported\":\"2026-12-01T09:00:00-05:00\"}],\"results\":["
            + "{\"name\":\"Example Listed Widgets Co., Ltd.\",\"source\":\"Entity List (EL) - Bureau of Industry and Security\","
            + "\"addresses\":[{\"country\":\"CN\"}],\"federal_register_notice\":\"91 FR 1\",\"start_date\":\"2026-01-15\"}]}");
        ChipgateCliTest.Run r = run("parties", "Example Listed Widgets", "--parties", f.toString(), "--on", "2026-12-07",
            "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals("2026-12-01", j.get("listDate").asText());
        assertEquals(1, j.get("listEntries").asInt());
        assertEquals("91 FR 1", j.get("results").get(0).get("hits").get(0).get("citation").asText());
        assertEquals("2026-01-15", j.get("results").get(0).get("hits").get(0).get("startDate").asText());
    }

    @Test
    void aMalformedListFileIsOneLineWithExit3() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"results\":[{\"name\":\"X\"}]}");
        ChipgateCliTest.Run r = run("parties", "X", "--parties", f.toString());
        assertEquals(3, r.code(), r.out());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(f + ": $.results[0].source: no value: expected a list of the Consolidated Screening List"),
            r.err());
    }

    @Test
    void aBadCountryIsAUsageError() {
        ChipgateCliTest.Run r = run("parties", "X", "--country", "China");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("Invalid value for option '--country': 'China'"), r.err());
    }
}
