package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Chips;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The filings' requirements (reported-requirements.json) reach "any system that incorporates" a named product whatever
 * the system is called, and each filing reaches only the destinations it names: NVIDIA's 8-K of 2025-04-15 (H20: China
 * incl. Hong Kong and Macau, and D:5 countries) and its 8-K of 2022-08-31 (A100/H100: China, Hong Kong, Russia; no D:5).
 */
class ReportedSystemsTest {
    static final LocalDate JUN_2025 = LocalDate.of(2025, 6, 1);
    static final LocalDate SEP_2022 = LocalDate.of(2022, 9, 1);
    static final String H20_FILING = "nvidia-8k-2025-04-15";
    static final String FILING_2022 = "nvidia-8k-2022-08-31";

    /** A server of another vendor, named after neither product, holding eight of one IC. */
    static Part server(String ic) {
        return Part.builder().id("inference-box-" + ic).vendor("Acme").name("Inference Box").kind(PartKind.SYSTEM)
            .addContains(Component.of(ic, 8)).build();
    }

    static Basis reported(Part p, String to, String hq, LocalDate on, String id, PartResolver resolver) {
        LicenseDetermination d = Licensing.assess(Ship.of(p, 1, to, hq, on), Interpretation.defaults(), resolver);
        return d.grounds().stream().filter(b -> b.ground() == Ground.REPORTED_REQUIREMENT && b.key().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError(id + " not evaluated:\n" + LicenseReports.text(d)));
    }

    @Test
    void aSystemIncorporatingTheH20IsReachedWhateverItsName() {
        Basis b = reported(server("h20"), "CN", "CN", JUN_2025, H20_FILING, Chips::find);
        assertEquals(Tri.TRUE, b.applies(), b.reason());
        assertTrue(b.reason().startsWith("Inference Box is named by the filing (or incorporates a named product: H20); "), b.reason());
        Basis pod = reported(server("h100"), "CN", "CN", SEP_2022, FILING_2022, Chips::find);
        assertEquals(Tri.TRUE, pod.applies(), pod.reason());
        LicenseDetermination l4 = Licensing.assess(Ship.of(server("l4"), 1, "CN", "CN", SEP_2022), Interpretation.defaults(), Chips::find);
        assertTrue(l4.grounds().stream().noneMatch(x -> x.ground() == Ground.REPORTED_REQUIREMENT),
            "an L4 server is not a system incorporating an A100 or H100: the filing is not among its grounds");
    }

    @Test
    void aSystemWhoseIcsCannotBeResolvedMayIncorporateTheProduct() {
        Basis b = reported(server("h20"), "CN", "CN", JUN_2025, H20_FILING, PartResolver.none());
        assertEquals(Tri.UNKNOWN, b.applies(), "unknown is not no: " + b.reason());
        assertTrue(b.reason().startsWith("Inference Box may incorporate a named product (an IC could not be resolved: H20); "), b.reason());
    }

    @Test
    void theD5DestinationsAreTheH20FilingsOnly() {
        // Venezuela is in D:5: the 2025 filing names D:5 countries, the 2022 filing does not. The headquarters is German, so
        // only the destination can bring the shipment in. A user's own entry for the H20 (another object) is named alike.
        Part ownH20 = Part.builder().from(Chips.H20).build();
        assertEquals(Tri.TRUE, reported(ownH20, "VE", "DE", JUN_2025, H20_FILING, Chips::find).applies());
        assertEquals(Tri.FALSE, reported(Chips.HGX_H100, "VE", "DE", SEP_2022, FILING_2022, Chips::find).applies(),
            "the 2022 filing names China, Hong Kong and Russia only");
        assertEquals(Tri.TRUE, reported(Chips.HGX_H100, "RU", "DE", SEP_2022, FILING_2022, Chips::find).applies());
    }
}
