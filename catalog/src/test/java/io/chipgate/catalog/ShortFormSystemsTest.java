package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Determination;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regimes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short forms ({@code regime.classify(part, date)}, {@code Regimes.classifyInForceOn(part, date)},
 * {@code Regimes.history(part)}) see inside the built-in systems through {@link PartResolver#builtIn()}, which this
 * jar provides: a DGX H100 holds eight H100 SXM (TPP 15,831.2 ≥ 4800, 3A090.a.1), so it is 4A090.a under the 2023
 * text (ECCN 4A090.a: "containing integrated circuits exceeding the limits in 3A090.a").
 */
class ShortFormSystemsTest {
    static final LocalDate DAY = LocalDate.of(2025, 1, 15);

    @Test
    void theBuiltInResolverIsTheBuiltInCatalog() {
        assertTrue(PartResolver.builtInAvailable());
        assertEquals("nvidia-h100-sxm", PartResolver.builtIn().find("nvidia-h100-sxm").orElseThrow().id());
        assertTrue(PartResolver.builtIn().find("no-such-part").isEmpty());
        assertInstanceOf(PartResolver.class, Catalog.builtin());
    }

    @Test
    void dgxH100ViaTheShortFormIs4A090a() {
        Part dgx = Catalog.builtin().part("nvidia-dgx-h100");
        Determination d = Regimes.byId("3a090-2023").classify(dgx, DAY);
        assertEquals(Outcome.ECCN_4A090_A, d.outcome(), d::toString);
        assertTrue(d.missing().isEmpty(), () -> "missing " + d.missing());
        // the same answer as the four-argument form with the catalog as resolver
        Determination full = Regimes.byId("3a090-2023").classify(dgx, Interpretation.defaults(), DAY, Catalog.builtin());
        assertEquals(full, d);
    }

    @Test
    void withoutAResolverTheSystemIsIndeterminateNamingItsIc() {
        Part dgx = Catalog.builtin().part("nvidia-dgx-h100");
        Determination d = Regimes.byId("3a090-2023").classify(dgx, Interpretation.defaults(), DAY, PartResolver.none());
        assertEquals(Outcome.INDETERMINATE, d.outcome());
        assertTrue(d.missing().stream().anyMatch(m -> m.contains("nvidia-h100-sxm")), () -> "missing " + d.missing());
    }

    @Test
    void classifyInForceOnSeesInsideSystems() {
        Part dgx = Catalog.builtin().part("nvidia-dgx-h100");
        List<Determination> ds = Regimes.classifyInForceOn(dgx, DAY);
        Determination acs = ds.stream().filter(x -> x.regimeId().equals("3a090-2024")).findFirst().orElseThrow();
        assertEquals(Outcome.ECCN_4A090_A, acs.outcome());
    }

    @Test
    void theLicenceShortFormSeesInsideSystems() {
        // 4A090.a to China (D:5) needs a licence (§ 742.6(a)(6)(iii)); unresolved, the ICs would leave it unknown
        Part dgx = Catalog.builtin().part("nvidia-dgx-h100");
        io.chipgate.license.Shipment s = io.chipgate.license.Shipment.of(dgx, 1, io.chipgate.license.CountryCode.of("CN"),
            LocalDate.of(2026, 8, 1));
        io.chipgate.license.LicenseDetermination l = io.chipgate.license.Licensing.assess(s);
        assertEquals(io.chipgate.metrics.Tri.TRUE, l.licenseRequired());
        assertEquals(java.util.Optional.of(Outcome.ECCN_4A090_A), l.classification());
        assertEquals(l, io.chipgate.license.Licensing.assess(s, Interpretation.defaults(), Catalog.builtin()));
    }

    @Test
    void historyOfASystemSeesInsideIt() {
        Part dgx = Catalog.builtin().part("nvidia-dgx-h100");
        List<HistoryPeriod> h = Regimes.history(dgx);
        // from 2022-10-07 the 2022 text applies: the H100 SXM has 900 GB/s NVLink + 128 GB/s PCIe ≥ 600 and TPP ≥ 4800
        HistoryPeriod first = h.stream().filter(p -> p.from().equals(LocalDate.of(2022, 10, 7))).findFirst().orElseThrow();
        assertEquals(Outcome.ECCN_4A090_A, first.determinations().get(0).outcome(), first::toString);
    }
}
