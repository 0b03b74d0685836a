package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.testing.Chips;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LicenseDetermination#settledBy()} is computed from the worlds of each shipment's exploration (the given shipment's
 * own enforced readings; a shipment with a fact answered explored once) and the datacenter variants of a part are kept
 * across decisions: it must name exactly what the reference gives, which explores the shipment again, with the reading
 * questions answered in advance, for every combination of answers it tries
 * ({@link SettledBy#find(LicenseDetermination, Shipment, java.util.function.BiFunction)}). Checked over a grid of parts
 * (designated and undesignated, an INDETERMINATE one, a memory, a system), destinations, headquarters and dates that
 * reaches every kind of candidate: headquarters, datacenter, the UAE approval, readings of the law and of the data.
 */
class SettledByWorldsTest {
    static final Part MID_NO_DC = Chips.hypothetical(new BigDecimal("2400"), new BigDecimal("500"), null, new BigDecimal("600"), null);
    static final Part HIGH_NO_DC = Chips.hypothetical(new BigDecimal("5000"), new BigDecimal("900"), null, new BigDecimal("900"), null);
    static final Part NO_COMPUTE = Chips.hypothetical(null, new BigDecimal("500"), true, new BigDecimal("600"), null);
    /** 2,000 GB/s of DRAM on an NVIDIA part: the two reported criteria of the 2025 letters disagree on it (SettledByTest). */
    static final Part NVIDIA_MID = Part.builder().from(Chips.hypothetical(new BigDecimal("1000"), new BigDecimal("500"), true,
        new BigDecimal("400"), new BigDecimal("2000"))).vendor("NVIDIA").build();
    /** The same without a datacenter designation. */
    static final Part NVIDIA_MID_NO_DC = Part.builder().from(Chips.hypothetical(new BigDecimal("1000"), new BigDecimal("500"), null,
        new BigDecimal("400"), new BigDecimal("2000"))).vendor("NVIDIA").build();
    static final List<Part> PARTS = List.of(Chips.H100, Chips.H20, Chips.A100, Chips.RTX_4090, Chips.L40, Chips.B200, Chips.HBM3E_STACK,
        Chips.HGX_H100, MID_NO_DC, HIGH_NO_DC, NO_COMPUTE, NVIDIA_MID, NVIDIA_MID_NO_DC);
    static final List<String> DESTINATIONS = List.of("CN", "MO", "HK", "DE", "AE", "SA", "IN", "VN", "RU", "US", "SG", "MY", "KP", "IR");
    static final String[] HEADQUARTERS = {null, "CN", "DE"};
    static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 11, 1), LocalDate.of(2023, 1, 20), LocalDate.of(2023, 12, 1),
        LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 15),
        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 1));

    static LicenseDetermination assess(Shipment s) {
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn());
    }

    /** The reference: every combination of answers explored anew with its readings answered in advance. */
    static List<OpenQuestion> reference(LicenseDetermination d, Shipment s) {
        List<PartyFinding> findings = d.parties();
        return SettledBy.find(d, s, (t, answered) -> Licensing.required(t, Interpretation.defaults(), Chips::find,
            CountryGroups.builtIn(), Embargoes.builtIn(), answered, new HashMap<>(), findings));
    }

    @Test
    void theWorldsGiveWhatExploringEachCombinationAgainGives() {
        int unknown = 0;
        int readings = 0;
        int facts = 0;
        for (Part p : PARTS) {
            for (String to : DESTINATIONS) {
                for (String hq : HEADQUARTERS) {
                    for (LocalDate on : DATES) {
                        Shipment s = Ship.of(p, 3, to, hq, on);
                        LicenseDetermination d = assess(s);
                        if (d.asEnforced().licenseRequired() != Tri.UNKNOWN) {
                            continue;
                        }
                        unknown++;
                        List<OpenQuestion> got = d.settledBy();
                        assertEquals(reference(d, s), got, s.toString());
                        boolean minimal = got.stream().noneMatch(q -> q.id().startsWith("figures:"));
                        readings += minimal && got.stream().anyMatch(q -> q.known().startsWith("open: ")) ? 1 : 0;
                        facts += got.stream().anyMatch(q -> q.id().equals("datacenter") || q.id().equals("uae-approved-end-user")) ? 1 : 0;
                    }
                }
            }
        }
        // the grid reaches unknown answers settled by readings and by facts other than the headquarters
        assertTrue(unknown > 200, "unknown answers: " + unknown);
        assertTrue(readings > 0, "settled by a set holding a reading: " + readings);
        assertTrue(facts > 0, "settled by the datacenter or the UAE approval: " + facts);
    }

    @Test
    void namedPartiesAndTheirReadingsGiveWhatTheReferenceGives() {
        int checked = 0;
        for (String name : new String[] {"Huawei Cloud Singapore", "Huawei Technologies Co., Ltd.", "SMIC", "Example GmbH"}) {
            for (String to : List.of("CN", "SG", "DE", "AE")) {
                for (LocalDate on : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 8, 1))) {
                    for (Part p : List.of(Chips.H100, MID_NO_DC)) {
                        Shipment s = Ship.of(p, 1, to, null, on).withEndUser(name);
                        LicenseDetermination d = assess(s);
                        if (d.asEnforced().licenseRequired() == Tri.UNKNOWN) {
                            checked++;
                            assertEquals(reference(d, s), d.settledBy(), s.toString());
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no unknown answer with a named party");
    }

    @Test
    void aPartsDatacenterVariantsAreKeptAndEqualThePartRebuilt() {
        Part dcTrue = SettledBy.datacenter(MID_NO_DC, true);
        Part dcFalse = SettledBy.datacenter(MID_NO_DC, false);
        assertEquals(Part.builder().from(MID_NO_DC).datacenter(true).build(), dcTrue);
        assertEquals(Part.builder().from(MID_NO_DC).datacenter(false).build(), dcFalse);
        assertEquals(Optional.of(true), dcTrue.datacenter());
        assertEquals(Optional.of(false), dcFalse.datacenter());
        assertSame(dcTrue, SettledBy.datacenter(MID_NO_DC, true));
        assertSame(dcFalse, SettledBy.datacenter(MID_NO_DC, false));
        // more parts than slots: each still gets its own variants (never a neighbour's)
        List<Part> many = new ArrayList<>();
        for (int i = 0; i < 3 * SettledBy.VARIANT_SLOTS; i++) {
            many.add(Chips.hypothetical(new BigDecimal(1000 + i), new BigDecimal("500"), null, new BigDecimal("600"), null));
        }
        for (int round = 0; round < 2; round++) {
            for (Part p : many) {
                Part v = SettledBy.datacenter(p, round == 0);
                assertEquals(Part.builder().from(p).datacenter(round == 0).build(), v);
                assertNotSame(p, v);
            }
        }
    }
}
