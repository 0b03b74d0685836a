package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chipgate license --from FILE}: one shipment a line, answers streamed, bad lines reported, the rest answered. */
class LicenseBatchTest {
    @TempDir
    Path dir;

    @Test
    void aThousandShipmentsInOneRunAgreeWithSingleCalls() throws IOException {
        List<String> sample = List.of("L40,KH,,2024-06-01", "B200,AE,AE,2026-08-01,8", "H100,DE,DE,2024-06-01", "L40,RU,,2024-06-01",
            "RTX-4090,VN,VN,2024-03-01");
        StringBuilder file = new StringBuilder("\uFEFFpart,to,hq,date,quantity\n# a comment\n\n");
        for (int i = 0; i < 1000; i++) {
            file.append(sample.get(i % sample.size())).append('\n');
        }
        Path in = dir.resolve("shipments.csv");
        Files.writeString(in, file);
        ChipgateCliTest.Run r = ChipgateCliTest.run("license", "--from", in.toString(), "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1000, lines.size());
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < sample.size(); i++) {
            String[] f = sample.get(i).split(",", -1);
            List<String> args = new java.util.ArrayList<>(List.of("license", f[0], "--to", f[1], "--on", f[3], "--format", "json"));
            if (!f[2].isEmpty()) {
                args.addAll(List.of("--hq", f[2]));
            }
            if (f.length > 4) {
                args.addAll(List.of("--quantity", f[4]));
            }
            JsonNode single = m.readTree(ChipgateCliTest.run(args.toArray(new String[0])).out());
            assertEquals(single, m.readTree(lines.get(i)), sample.get(i));
            assertEquals(single, m.readTree(lines.get(i + sample.size())), "each line answered alike");
        }
        assertTrue(m.readTree(lines.get(1)).get("licenseRequired").asBoolean(), "B200 to the UAE: 91 FR 43034 keeps the licence");
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndTheOthersAnswered() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "L40,KH,,2024-06-01\nnosuch,CN\nL40,XX\nL40,DE,DE,2024-13-01\nL40,DE,DE,2024-06-01,0\nL40\nH100,DE,DE,2024-06-01\n");
        ChipgateCliTest.Run r = ChipgateCliTest.run("license", "--from", in.toString(), "--format", "jsonl");
        assertEquals(Chipgate.BAD_DATA, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size());
        ObjectMapper m = new ObjectMapper();
        assertEquals("nvidia-l40", m.readTree(lines.get(0)).get("part").asText());
        for (int i = 1; i <= 5; i++) {
            assertEquals(i + 1, m.readTree(lines.get(i)).get("line").asInt(), lines.get(i));
        }
        assertTrue(m.readTree(lines.get(2)).get("error").asText().contains("'XX' is not an ISO 3166-1 alpha-2"));
        assertTrue(m.readTree(lines.get(3)).get("error").asText().contains("expected an ISO date"));
        assertTrue(m.readTree(lines.get(4)).get("error").asText().contains("at least 1"));
        assertTrue(m.readTree(lines.get(5)).get("error").asText().contains("PART,TO[,HQ[,DATE[,QUANTITY]]]"));
        assertEquals("nvidia-h100-sxm", m.readTree(lines.get(6)).get("part").asText());
        assertTrue(r.err().contains(in + ": line 2: "), r.err());
        assertEquals(5, r.err().lines().count(), "one line per bad shipment");
    }

    @Test
    void standardOutputGetsTheSameBytesAsAWriterDoes() throws IOException {
        // to standard output the JSON lines are written as UTF-8 bytes by the deciding threads; to any other writer as
        // text: the two must be the same bytes, bad lines and their order included (more than one chunk of lines)
        StringBuilder file = new StringBuilder("part,to,hq,date,quantity\n");
        List<String> sample = List.of("L40,KH,,2024-06-01", "B200,AE,AE,2026-08-01,8", "nosuch,CN", "H100,DE,DE,2024-06-01",
            "H20,CN,,2025-06-01,3", "L40,DE,DE,2024-13-01", "nvidia-hgx-h100-8gpu,MO,CN,2023-11-20,2");
        for (int i = 0; i < LicenseCommand.CHUNK + 300; i++) {
            file.append(sample.get(i % sample.size())).append('\n');
        }
        Path in = dir.resolve("mixed.csv");
        Files.writeString(in, file);
        String[] args = {"license", "--from", in.toString(), "--format", "jsonl"};
        ChipgateCliTest.Run text = ChipgateCliTest.run(args);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Chipgate.execute(args, StandardStream.of(bytes), new java.io.PrintWriter(err));
        assertEquals(Chipgate.BAD_DATA, code);
        assertEquals(text.code(), code);
        assertEquals(text.err(), err.toString());
        byte[] expected = text.out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(java.util.Arrays.equals(expected, bytes.toByteArray()), "the same bytes");
        assertEquals(LicenseCommand.CHUNK + 300, text.out().lines().count());
        assertTrue(text.out().contains("§"), "non-ASCII text is in the comparison");
    }

    @Test
    void oneShipmentOrAFileNotBoth() {
        assertEquals(2, ChipgateCliTest.run("license", "L40", "--to", "KH", "--from", "x.csv").code());
        assertEquals(2, ChipgateCliTest.run("license", "L40").code(), "--to is required with PART");
        assertEquals(2, ChipgateCliTest.run("license", "--from", "x.csv", "--format", "json").code(), "jsonl or text with --from");
        assertEquals(3, ChipgateCliTest.run("license", "--from", dir.resolve("missing.csv").toString()).code());
    }
}
