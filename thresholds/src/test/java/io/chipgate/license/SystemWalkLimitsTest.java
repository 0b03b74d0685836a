package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import io.chipgate.testing.SharedSystems;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits of the licence layer's walks over a system's ICs (issue 22 § 4; docs/quality.md, "structures"): a system
 * nesting 32 levels is read whole, past 32 levels the answer is UNKNOWN with one {@link LicenceNotice.Code#SYSTEM_NOT_READ}
 * warning, and every walk (the datacenter designation read from the ICs, the aggregate TPP) cuts at the same level.
 */
class SystemWalkLimitsTest {
    static final LocalDate ON = LocalDate.of(2026, 11, 30);
    /** "past 32 levels … UNKNOWN with a warning" (docs/quality.md). */
    static final int LEVELS = 32;

    /** A chain of {@code levels} systems, each containing the next, the last containing one H100; the top is "dag-0-0". */
    static Map<String, Part> chain(int levels) {
        return SharedSystems.dag(Chips.H100, 1, levels);
    }

    static Assessment.Run run(Map<String, Part> parts) {
        return new Assessment.Run(Ship.of(parts.get("dag-0-0"), 1, "DE", "DE", ON), Interpretation.defaults(),
            id -> java.util.Optional.ofNullable(parts.get(id)), CountryGroups.builtIn(), Embargoes.builtIn(), Posture.AS_WRITTEN,
            q -> {
                throw new AssertionError("no reading is asked by a walk: " + q);
            }, new HashMap<>(), List.of());
    }

    static long notRead(Assessment.Run run) {
        return run.warnings.stream().filter(w -> w.code() == LicenceNotice.Code.SYSTEM_NOT_READ).count();
    }

    @Test
    void thirtyTwoLevelsAreReadWhole() {
        Assessment.Run run = run(chain(LEVELS));
        assertEquals(Tri.TRUE, run.datacenter(), "the H100 at the bottom is a datacenter IC");
        assertEquals(0, run.aggregateTpp().value().orElseThrow().compareTo(
            Licensing.assess(Shipment.of(Chips.H100, 1, CountryCode.of("DE"), ON)).aggregateTpp().orElseThrow()),
            "one H100: the aggregate is its TPP");
        assertEquals(0, notRead(run), run.warnings.toString());
    }

    @Test
    void pastThirtyTwoLevelsEveryWalkIsUnknownWithOneWarning() {
        Assessment.Run run = run(chain(LEVELS + 1));
        assertEquals(Tri.UNKNOWN, run.datacenter(), "the IC below the limit is not read: unknown, not 'no'");
        assertTrue(run.aggregateTpp().value().isEmpty(), "an aggregate that could not be summed is unknown, not a number");
        assertEquals(Tri.UNKNOWN, DestinationGround.aggregateBox(run));
        assertEquals(1, notRead(run), "the warning is given once, however many walks are cut: " + run.warnings);
        Assessment.Run deeper = run(chain(3 * LEVELS));
        assertEquals(Tri.UNKNOWN, deeper.datacenter());
        assertTrue(deeper.aggregateTpp().value().isEmpty());
    }

    @Test
    void throughThePublicApiTheAggregateOfATooDeepSystemIsAbsent() {
        Map<String, Part> ok = chain(LEVELS);
        Map<String, Part> deep = chain(LEVELS + 1);
        LicenseDetermination read = Licensing.assess(Shipment.of(ok.get("dag-0-0"), 1, CountryCode.of("DE"), ON)
            .withHeadquarters(CountryCode.of("DE")), Interpretation.defaults(), id -> java.util.Optional.ofNullable(ok.get(id)),
            CountryGroups.builtIn(), Embargoes.builtIn());
        LicenseDetermination cut = Licensing.assess(Shipment.of(deep.get("dag-0-0"), 1, CountryCode.of("DE"), ON)
            .withHeadquarters(CountryCode.of("DE")), Interpretation.defaults(), id -> java.util.Optional.ofNullable(deep.get(id)),
            CountryGroups.builtIn(), Embargoes.builtIn());
        assertTrue(read.aggregateTpp().isPresent(), LicenseReports.text(read));
        assertFalse(read.notices().stream().anyMatch(n -> n.code() == LicenceNotice.Code.SYSTEM_NOT_READ), read.warnings().toString());
        assertTrue(cut.aggregateTpp().isEmpty(), LicenseReports.text(cut));
        assertEquals(1, cut.notices().stream().filter(n -> n.code() == LicenceNotice.Code.SYSTEM_NOT_READ).count(), cut.warnings().toString());
    }

    @Test
    void eachWalkCutShortGivesTheWarning() {
        // whichever walk meets the limit first says so: the datacenter designation read from the ICs, or the aggregate TPP
        Assessment.Run designation = run(chain(LEVELS + 1));
        designation.datacenter();
        assertEquals(1, notRead(designation), designation.warnings.toString());
        Assessment.Run tpp = run(chain(LEVELS + 1));
        tpp.aggregateTpp();
        assertEquals(1, notRead(tpp), tpp.warnings.toString());
    }

    @Test
    void sharedSubsystemsOfNonDatacenterIcsAreNotADatacenterItem() {
        // 4 wide, 6 deep, every system holding every system of the next level, RTX 4090s (not designated for datacenters) at
        // the bottom: every IC says no, so the system is not a datacenter item (§ 740.8(a)), however often a subsystem recurs
        Map<String, Part> parts = SharedSystems.dag(Chips.RTX_4090, 4, 6);
        Assessment.Run run = run(parts);
        assertEquals(Tri.FALSE, run.datacenter());
        assertEquals(0, notRead(run), run.warnings.toString());
    }
}
