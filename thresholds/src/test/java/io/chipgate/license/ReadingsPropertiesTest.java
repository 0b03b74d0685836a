package io.chipgate.license;

import static io.chipgate.license.LicensingPropertiesTest.DESTINATIONS;
import static io.chipgate.license.LicensingPropertiesTest.dates;
import static io.chipgate.license.LicensingPropertiesTest.facts;
import static io.chipgate.license.LicensingPropertiesTest.headquarters;
import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static io.chipgate.license.LicensingPropertiesTest.rank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import io.chipgate.testing.Qt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the readings: agreement, monotonicity under added readings, embargo bars, headquarters. */
class ReadingsPropertiesTest {
    private static final List<String> EMBARGOED = List.of("CU", "KP", "IR", "SY", "RU", "BY");

    private static LicenseDetermination assess(Part p, String to, String hq, LocalDate on, CountryGroups g) {
        Shipment s = Shipment.of(p, 4, CountryCode.of(to), on);
        return Licensing.assess(hq == null ? s : s.withHeadquarters(CountryCode.of(hq)), Interpretation.defaults(), PartResolver.none(),
            g, Embargoes.builtIn());
    }

    /** The built-in groups with Nicaragua's exact change date of 2024-03-15 widened into a window: one more open question. */
    static CountryGroups widened() {
        try (InputStream in = CountryGroups.class.getResourceAsStream(CountryGroups.RESOURCE)) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = (ObjectNode) m.readTree(in);
            for (var c : (ArrayNode) root.get("changes")) {
                if ("NI".equals(c.get("country").asText())) {
                    ((ObjectNode) c).remove("effective");
                    ((ObjectNode) c).putArray("effectiveBetween").add("2023-06-01").add("2024-09-30");
                }
            }
            return CountryGroups.load(new ByteArrayInputStream(m.writeValueAsBytes(root)), "widened.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDefiniteAnswerIsTheAnswerOfEveryReading() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination d = assess(f.part(), to, hq, on, CountryGroups.builtIn());
            for (LicenseAnswer a : List.of(d.asWritten(), d.asEnforced())) {
                if (a.licenseRequired() != Tri.UNKNOWN) {
                    for (ReadingAnswer r : a.readings()) {
                        cov.hit("a reading of a definite answer");
                        assertEquals(a.licenseRequired(), r.licenseRequired(), () -> r.label() + " for " + d);
                    }
                }
                assertTrue(!a.readingsDisagree() || a.licenseRequired() == Tri.UNKNOWN, d::toString);
                if (a.readingsDisagree()) {
                    cov.hit("readings disagree");
                }
            }
        });
        cov.assertReached(10, "a reading of a definite answer", "readings disagree");
    }

    @Test
    void addingAReadingNeverTurnsAnUnknownIntoADefiniteAnswer() {
        CountryGroups wide = widened();
        List<String> dests = new ArrayList<>(DESTINATIONS);
        dests.add("NI");
        dests.add("NI");
        qt().forAll(facts(), pick(dests), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            Tri before = assess(f.part(), to, hq, on, CountryGroups.builtIn()).licenseRequired();
            Tri after = assess(f.part(), to, hq, on, wide).licenseRequired();
            assertTrue(after == Tri.UNKNOWN || after == before, () -> f + " → " + to + " on " + on + ": " + before + " became " + after);
        });
    }

    @Test
    void noLicenceExceptionIsOfferedToAPart746Destination() {
        Qt.Coverage cov = new Qt.Coverage();
        qt().forAll(facts(), pick(EMBARGOED), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            LicenseDetermination d = assess(f.part(), to, hq, on, CountryGroups.builtIn());
            boolean barred = d.basis().stream().anyMatch(b -> b.ground() == Ground.EMBARGO && b.applies() == Tri.TRUE);
            if (barred) {
                cov.hit("embargo applies");
                assertTrue(d.licenseExceptions().isEmpty(), () -> LicenseReports.text(d));
                assertTrue(d.asWritten().licenseExceptions().isEmpty());
            }
            assertTrue(d.licenseExceptions().stream().noneMatch(o -> o.available() == Tri.TRUE), () -> LicenseReports.text(d));
        });
        cov.assertReached(10, "embargo applies");
    }

    @Test
    void aD5HeadquartersNeverRemovesALicenceRequirement() {
        qt().forAll(facts(), pick(DESTINATIONS), headquarters(), dates()).checkAssert((f, to, hq, on) -> {
            Tri other = assess(f.part(), to, hq, on, CountryGroups.builtIn()).licenseRequired();
            Tri china = assess(f.part(), to, "CN", on, CountryGroups.builtIn()).licenseRequired();
            assertTrue(rank(china) >= rank(other), () -> f + " → " + to + " on " + on + ": HQ " + hq + " " + other + ", HQ CN " + china);
        });
    }
}
