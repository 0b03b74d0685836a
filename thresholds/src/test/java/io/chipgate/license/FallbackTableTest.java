package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reading {@code fallback-table} (Readings.FALLBACK_TABLE): as enforced after BIS stopped enforcing 90 FR 4544 on
 * 2025-05-13, the pre-2025 destination scope of § 742.6(a)(6)(iii) for a 3A090.a item uses either the country-group
 * table in force on the shipment date or the table of 2025-01-12. The UAE shows the difference: it left D:4 and joined
 * A:5 on 2026-07-10 (91 FR 43034), so on 2026-08-01 it is outside the scope by the table on the date and inside it by
 * the table of 2025-01-12.
 */
class FallbackTableTest {
    static LicenseDetermination assess(String to, LocalDate on) {
        return Ship.assess(Chips.H100, 1, to, to, on, Interpretation.defaults(), Chips::find);
    }

    static Optional<Basis> destination(ReadingAnswer r) {
        return r.basis().stream().filter(b -> b.ground() == Ground.DESTINATION).findFirst();
    }

    static ReadingAnswer under(LicenseDetermination d, String reading) {
        return d.asEnforced().readings().stream()
            .filter(r -> r.readings().stream().anyMatch(x -> x.question().equals("fallback-table") && x.id().equals(reading)))
            .findFirst().orElseThrow(() -> new AssertionError("no reading " + reading + ":\n" + LicenseReports.text(d)));
    }

    @Test
    void eachReadingUsesItsOwnTable() {
        LicenseDetermination d = assess("AE", LocalDate.of(2026, 8, 1));
        assertTrue(destination(under(d, "table-on-date")).isEmpty(), "in A:5 on the date: outside the scope");
        Basis before = destination(under(d, "table-before-2025")).orElseThrow(() -> new AssertionError(LicenseReports.text(d)));
        assertEquals(Tri.TRUE, before.applies(), "in D:4 and not in A:5 on 2025-01-12");
        assertTrue(before.reason().contains("; for 3A090.a the scope uses the table of 2025-01-12 (fallback-table)"), before.reason());
    }

    @Test
    void theReasonNamesTheTableUnderEachReading() {
        // China is in the scope by either table: the ground applies, and its reason names both tables
        LicenseDetermination d = assess("CN", LocalDate.of(2025, 6, 1));
        Basis onDate = destination(under(d, "table-on-date")).orElseThrow();
        assertTrue(onDate.reason().contains("; for 3A090.a the scope uses the table on the date (fallback-table)"), onDate.reason());
        Basis combined = d.asEnforced().grounds().stream().filter(b -> b.ground() == Ground.DESTINATION).findFirst().orElseThrow();
        assertEquals(Tri.TRUE, combined.applies());
        assertTrue(combined.reason().contains("uses the table on the date") && combined.reason().contains("uses the table of 2025-01-12"),
            combined.reason());
    }
}
