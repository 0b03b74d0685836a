package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Examples from the 2026-07-31 list; the expected entries were read by hand from the copy's screening-list.json. */
class PartyScreenTest {
    static final PartyScreen SCREEN = PartyScreen.builtin();

    private static PartyHit top(String name, String country) {
        List<PartyHit> hits = SCREEN.screen(name, Optional.ofNullable(country));
        assertFalse(hits.isEmpty(), name + " should hit");
        return hits.get(0);
    }

    @Test
    void mooreThreadsIsOnTheEntityListByItsAlias() {
        PartyHit h = top("Moore Threads", "SG");
        assertEquals(ListKind.ENTITY_LIST, h.list());
        assertEquals("Moore Thread Intelligent Technology (Beijing) Co., Ltd.", h.listedName());
        assertEquals("Moore Threads", h.matchedName());
        assertTrue(h.matchedAlias());
        assertEquals(100, h.score());
        assertEquals(MatchBand.PROBABLE, h.band());
        assertEquals(Optional.of("88 FR 71992"), h.citation());
        assertEquals(Optional.of("Presumption of denial"), h.reviewPolicy());
        assertEquals(Optional.of("For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4"),
            h.licenceRequirement());
        assertEquals(List.of("CN"), h.countries());
        assertFalse(h.countryCorroborates());   // the order is to Singapore; the entry's address is in China
        assertTrue(top("Moore Threads", "cn").countryCorroborates());
    }

    @Test
    void mooreThreadsByItsFullNameFindsTheThreeListedCompaniesInOrder() {
        List<PartyHit> hits = SCREEN.screen("MOORE THREAD INTELLIGENT TECHNOLOGY CO LTD");
        assertEquals(List.of("Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
                "Moore Thread Intelligent Technology (Chengdu) Co., Ltd.",
                "Moore Thread Intelligent Technology (Shanghai) Co., Ltd."),
            hits.stream().map(PartyHit::listedName).toList());
        assertTrue(hits.stream().allMatch(h -> h.band() == MatchBand.PROBABLE));
    }

    @Test
    void zhipuAiIsOnTheEntityListByItsAlias() {
        PartyHit h = top("Zhipu AI", null);
        assertEquals(ListKind.ENTITY_LIST, h.list());
        assertEquals("Beijing Zhipu Huazhang Technology Co., Ltd.", h.listedName());
        assertEquals(Optional.of("90 FR 4617"), h.citation());
        assertEquals(Optional.of("Presumption of denial"), h.reviewPolicy());
    }

    @Test
    void aListedHuaweiSubsidiaryIsProbableAndAnUnlistedOneIsPossible() {
        PartyHit japan = top("Huawei Technologies Japan KK", "JP");
        assertEquals("Huawei Technologies Japan K.K.", japan.listedName());
        assertEquals(100, japan.score());
        assertTrue(japan.countryCorroborates());
        assertTrue(japan.citation().orElseThrow().startsWith("84 FR 22963"), japan.citation().orElseThrow());
        assertTrue(japan.licenceRequirement().orElseThrow().contains("734.9(e)"), "the foreign-direct-product footnote");

        // Huawei Technologies (Malaysia) Sdn. Bhd. is not itself listed: the parent is, as a possible match
        List<PartyHit> malaysia = SCREEN.screen("Huawei Technologies (Malaysia) Sdn. Bhd.", Optional.of("MY"));
        PartyHit parent = malaysia.stream().filter(h -> h.listedName().equals("Huawei Technologies Co., Ltd. (Huawei)"))
            .findFirst().orElseThrow();
        assertEquals(MatchBand.POSSIBLE, parent.band());
        assertFalse(parent.countryCorroborates());
        assertTrue(malaysia.stream().allMatch(h -> h.band() == MatchBand.POSSIBLE && h.listedName().toLowerCase().contains("huawei")));
        assertTrue(malaysia.stream().anyMatch(h -> h.list() == ListKind.CMIC));   // Huawei is on the CMIC list too
    }

    /** One entry of each list: a name to screen, and the entry it must find. */
    static Stream<Arguments> oneOfEachList() {
        return Stream.of(
            Arguments.of("Moore Threads", ListKind.ENTITY_LIST, "Moore Thread Intelligent Technology (Beijing) Co., Ltd.", ""),
            Arguments.of("Estrella del Caribe Import and Export Inc", ListKind.DENIED_PERSONS,
                "ESTRELLA DEL CARIBE IMPORT AND EXPORT INC.", ""),
            Arguments.of("Atlas Sanatgaran", ListKind.UNVERIFIED, "Atlas Sanatgaran", ""),
            Arguments.of("Academy of Aerospace Solid Propulsion Technology (AASPT)", ListKind.MILITARY_END_USER,
                "Academy of Aerospace Solid Propulsion Technology (AASPT)", ""),
            Arguments.of("Aero-Caribbean", ListKind.SDN, "AEROCARIBBEAN AIRLINES", "36"),
            Arguments.of("VTB Bank PJSC", ListKind.SSI, "VTB BANK PUBLIC JOINT STOCK COMPANY", "17013"),
            Arguments.of("China Telecom Corp., Ltd.", ListKind.CMIC, "China Telecom Corporation Limited", "30882"),
            Arguments.of("Rosselkhozbank", ListKind.NS_MBS, "Joint Stock Company Russian Agricultural Bank", "17014"),
            Arguments.of("Mohammad Mahmoud Abou Tayr", ListKind.PLC, "Mohammed ABU TEIR", "9640"),
            Arguments.of("Bank of Kunlun", ListKind.CAP, "BANK OF KUNLUN CO LTD", "15268"),
            Arguments.of("A&C International Trade Inc", ListKind.ITAR_DEBARRED, "A & C International Trade, Inc.", ""),
            Arguments.of("Super Trade", ListKind.NONPROLIFERATION, "SPC Supachoke", ""));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachList")
    void anEntryOfEachListIsFound(String name, ListKind list, String listed, String entityNumber) {
        PartyHit h = SCREEN.screen(name).stream().filter(x -> x.list() == list && x.listedName().equals(listed))
            .findFirst().orElseThrow(() -> new AssertionError(name + " should hit " + listed + " on " + list));
        assertEquals(MatchBand.PROBABLE, h.band());
        assertEquals(entityNumber.isEmpty() ? Optional.empty() : Optional.of(entityNumber), h.entityNumber());
    }

    @Test
    void genericWordsAloneNeverMatch() {
        assertEquals(List.of(), SCREEN.screen("Technology Information Industry Co., Ltd."));
        assertEquals(List.of(), SCREEN.screen("International Trading Company"));
        assertEquals(List.of(), SCREEN.screen(""));
        assertEquals(List.of(), SCREEN.screen("Co., Ltd."));
    }

    @Test
    void aCompanyNamedAfterItsCityIsNotAHitByTheCityAlone() {
        // SDN lists "PHNOM PENH HOTEL" (KH); before the city words were places, this scored 75 (POSSIBLE)
        assertEquals(List.of(), SCREEN.screen("Phnom Penh Cloud Co."));
        assertEquals(List.of(), SCREEN.screen("Phnom Penh Cloud Co.", Optional.of("KH")));
        assertEquals(List.of(), SCREEN.screen("Baghdad Software Co."));
        assertEquals(List.of(), SCREEN.screen("Kazan Cloud LLC"));
        assertEquals(List.of(), SCREEN.screen("Sevastopol Data Centre LLC"));
        // the listed names themselves, and a typing error in their other word, still hit
        PartyHit hotel = top("Phnom Penh Hotel", "KH");
        assertEquals("PHNOM PENH HOTEL", hotel.listedName());
        assertEquals(100, hotel.score());
        assertEquals("PHNOM PENH HOTEL", top("Phnom Penh Hotell", null).listedName());
        assertEquals(MatchBand.PROBABLE, top("Phnom Penh Hotell", null).band());
        assertEquals("PJSC Kazan Helicopters", top("Kazan Helicopters", null).listedName());
        // and a city still tells two listed names apart: Tabriz's plant is not Shiraz's
        List<PartyHit> tabriz = SCREEN.screen("Tabriz Petrochemical Company");
        assertEquals(List.of("TABRIZ PETROCHEMICAL COMPANY"), tabriz.stream().map(PartyHit::listedName).toList());
    }

    @Test
    void typingErrorsAreForgivenInLongWords() {
        PartyHit h = top("Beijing Zhipu Huazhamg Technology", null);
        assertEquals("Beijing Zhipu Huazhang Technology Co., Ltd.", h.listedName());
        assertEquals(MatchBand.POSSIBLE, h.band());   // a typing error in a distinctive word leaves it to a person
        assertEquals("Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
            top("Mooer Threads", null).listedName());    // two letters swapped
        assertEquals("Beijing Zhipu Huazhang Technology Co., Ltd.",
            top("Beijing Zhipu Huazhang Technolgy Corporatoin", null).listedName());   // in generic and form words
    }

    @Test
    void namesInParenthesesAndNamesWithoutThemAreMatchedToo() {
        PartyHit huawei = SCREEN.screen("Huawei").stream()
            .filter(h -> h.listedName().equals("Huawei Technologies Co., Ltd. (Huawei)")).findFirst().orElseThrow();
        assertEquals(100, huawei.score());
        assertEquals("Huawei", huawei.matchedName());
        assertEquals(List.of("Huawei", "Huawei Technologies Co., Ltd."),
            PartyScreen.parenthesised("Huawei Technologies Co., Ltd. (Huawei)"));
        assertEquals(List.of(),   // "(Beijing)" names no party; it tells one subsidiary from another
            PartyScreen.parenthesised("Moore Thread Intelligent Technology (Beijing) Co., Ltd."));
        assertEquals(List.of(), PartyScreen.parenthesised("Zhipu AI"));
        // a part of a name scores below the whole: "Zhipu" against the alias "Zhipu AI" is possible, not probable
        PartyHit zhipu = top("Zhipu", null);
        assertEquals("Beijing Zhipu Huazhang Technology Co., Ltd.", zhipu.listedName());
        assertEquals(MatchBand.POSSIBLE, zhipu.band());
    }

    @Test
    void anIndividualWhoseNameHasAFormWordIsStillFound() {
        // "PAO" is a Russian company form, and here a surname
        assertTrue(SCREEN.screen("PAO, YU LIANG").stream().anyMatch(h -> h.listedName().equals("PAO, Yu Liang")));
    }

    @Test
    void anOrganisationsNameIsNotScreenedAgainstIndividualsOrVessels() {
        // "ATIF, Muhammad" is an individual's alias on the SDN list
        assertTrue(SCREEN.screen("ATIF Holdings Limited").stream().noneMatch(h -> h.entry().type().equals("Individual")));
        assertTrue(SCREEN.screen("Atif").stream().anyMatch(h -> h.entry().type().equals("Individual")));
    }

    @Test
    void hitsAreSortedByScoreThenListThenName() {
        List<PartyHit> hits = SCREEN.screen("Huawei");
        assertTrue(hits.size() > 10);
        for (int i = 1; i < hits.size(); i++) {
            PartyHit a = hits.get(i - 1);
            PartyHit b = hits.get(i);
            assertTrue(a.score() > b.score() || a.score() == b.score()
                && (a.list().compareTo(b.list()) < 0 || a.list() == b.list() && a.listedName().compareTo(b.listedName()) <= 0),
                a + " before " + b);
        }
    }
}
