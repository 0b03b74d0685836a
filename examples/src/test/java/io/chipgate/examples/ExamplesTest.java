package io.chipgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {
    @Test
    void procurementRefusesLinesThatNeedALicenceOrCannotBeDecided() {
        ProcurementCheck check = new ProcurementCheck(Catalog.builtin());
        LocalDate d = LocalDate.of(2024, 6, 1);
        assertTrue(check.check(new ProcurementCheck.OrderLine("H100", 8, "DE", "DE", d)).accepted());
        assertFalse(check.check(new ProcurementCheck.OrderLine("H100", 8, "DE", "CN", d)).accepted());
        assertFalse(check.check(new ProcurementCheck.OrderLine("H100", 8, "DE", null, d)).accepted());
        assertTrue(check.check(new ProcurementCheck.OrderLine("H20", 8, "CN", "CN", d)).accepted());
        assertFalse(check.check(new ProcurementCheck.OrderLine("H20", 8, "CN", "CN", LocalDate.of(2025, 6, 1))).accepted());
    }

    @Test
    void shipmentReportWritesOneRowPerShipmentWithCitations(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.csv");
        int n = ShipmentReport.write(Path.of("specs/shipments.csv"), out, Catalog.builtin());
        List<String> lines = Files.readAllLines(out);
        assertEquals(7, n);
        assertEquals(8, lines.size());
        assertTrue(lines.get(0).startsWith("part,quantity,destination,headquarters,date,classification,license_required"));
        assertTrue(lines.get(1).contains("nvidia-h100-sxm") && lines.get(1).contains(",false,"), lines.get(1));
        assertTrue(lines.get(2).contains(",true,") && lines.get(2).contains("744.23"), lines.get(2));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("FR")), "every row cites its rule");
    }
}
