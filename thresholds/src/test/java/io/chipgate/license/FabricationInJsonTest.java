package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Die;
import io.chipgate.model.DieRole;
import io.chipgate.model.Grade;
import io.chipgate.model.Part;
import io.chipgate.model.Source;
import io.chipgate.testing.Chips;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/cli-json.md, {@code jurisdiction.fabrication}: "for a foreign-made item, where the catalog says the part's dies are
 * fabricated, from dies[].process and its source ("GH100: TSMC 4N (source nv-hopper-wp)"): context for the facts, never
 * used as one; empty otherwise" — in the document and, byte for byte, in its JSON line.
 */
class FabricationInJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The H100 with its die as the documentation's example names it. */
    static final Part H100_DIE = Part.builder().from(Chips.H100)
        .addSources(Source.builder().id("nv-hopper-wp").title("NVIDIA H100 Tensor Core GPU Architecture").grade(Grade.VENDOR).build())
        .dies(List.of(Die.builder().name("GH100").role(DieRole.LOGIC).areaMm2(new BigDecimal("814")).nonPlanar(true).process("TSMC 4N")
            .source("nv-hopper-wp").build()))
        .build();

    static List<String> fabrication(LicenseDetermination d) throws IOException {
        JsonNode j = MAPPER.readTree(LicenseReports.json(d)).get("jurisdiction").get("fabrication");
        return MAPPER.convertValue(j, MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    @Test
    void aForeignMadeItemListsWhereItsDiesAreFabricated() throws IOException {
        LicenseDetermination d = Ship.assess(H100_DIE, 1, "DE", "DE", LocalDate.of(2024, 6, 1));
        LicenseDetermination foreign = Licensing.assess(Ship.of(H100_DIE, 1, "DE", "DE", LocalDate.of(2024, 6, 1))
            .withItemOrigin(ItemOrigin.foreign(Tri.TRUE, BigDecimal.ZERO)));
        assertEquals(List.of("GH100: TSMC 4N (source nv-hopper-wp)"), fabrication(foreign));
        assertArrayEquals(LicenseReports.jsonLine(foreign).getBytes(StandardCharsets.UTF_8), LicenseReports.jsonLineUtf8(foreign));
        assertEquals(List.of(), fabrication(d), "no origin given: assumed US-origin, no fabrication context");
    }
}
