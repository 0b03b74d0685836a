package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListKindTest {
    /** The twelve "source" values of trade.gov's file, as the 2026-07-31 download writes them. */
    static Stream<Arguments> sources() {
        return Stream.of(
            Arguments.of("Entity List (EL) - Bureau of Industry and Security", ListKind.ENTITY_LIST),
            Arguments.of("Denied Persons List (DPL) - Bureau of Industry and Security", ListKind.DENIED_PERSONS),
            Arguments.of("Unverified List (UVL) - Bureau of Industry and Security", ListKind.UNVERIFIED),
            Arguments.of("Military End User (MEU) List - Bureau of Industry and Security", ListKind.MILITARY_END_USER),
            Arguments.of("Specially Designated Nationals (SDN) - Treasury Department", ListKind.SDN),
            Arguments.of("Sectoral Sanctions Identifications List (SSI) - Treasury Department", ListKind.SSI),
            Arguments.of("Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
                ListKind.CMIC),
            Arguments.of("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", ListKind.NS_MBS),
            Arguments.of("Palestinian Legislative Council List (PLC) - Treasury Department", ListKind.PLC),
            Arguments.of("Capta List (CAP) - Treasury Department", ListKind.CAP),
            Arguments.of("ITAR Debarred (DTC) - State Department", ListKind.ITAR_DEBARRED),
            Arguments.of("Nonproliferation Sanctions (ISN) - State Department", ListKind.NONPROLIFERATION));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void tradeGovSourceNamesAreReadByTheirCode(String source, ListKind kind) {
        assertEquals(Optional.of(kind), ListKind.ofSource(source));
        assertEquals(Optional.of(kind), ListKind.ofCode(kind.code()));
    }

    @Test
    void oddCodesAndUnknownSources() {
        assertEquals(Optional.of(ListKind.NONPROLIFERATION), ListKind.ofCode("acn"));
        assertEquals(Optional.of(ListKind.NS_MBS), ListKind.ofSource("ns-mbs"));
        assertEquals(Optional.empty(), ListKind.ofSource("Consolidated Sanctions List (UK)"));
        assertEquals(Optional.empty(), ListKind.ofCode("XYZ"));
    }

    @Test
    void agenciesAreTheDepartmentsThatKeepTheLists() {
        assertEquals(ListKind.Agency.COMMERCE, ListKind.MILITARY_END_USER.agency());
        assertEquals(ListKind.Agency.TREASURY, ListKind.CMIC.agency());
        assertEquals(ListKind.Agency.STATE, ListKind.ITAR_DEBARRED.agency());
    }
}
