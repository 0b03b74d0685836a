package io.chipgate.license;

import static io.chipgate.testing.Qt.pick;
import static io.chipgate.testing.Qt.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.parties.PartyScreen;
import io.chipgate.testing.Chips;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link LicenseReports#jsonLineUtf8}, written token by token, gives byte for byte what the tree of
 * {@link LicenseReports#jsonLine} gives once its text is encoded in UTF-8 the way the command line's standard output
 * encodes it (an {@code OutputStreamWriter} in UTF-8).
 */
class LicenseJsonStreamTest {
    static final List<String> DESTINATIONS = List.of("CN", "MO", "HK", "RU", "IR", "KP", "VN", "SA", "AE", "SG", "DE", "US", "IN",
        "MY", "CU", "GB");
    static final List<ItemOrigin> ORIGINS = List.of(ItemOrigin.notGiven(), ItemOrigin.us(), ItemOrigin.foreign(Tri.TRUE, null),
        ItemOrigin.foreign(Tri.FALSE, new BigDecimal("18.5")), ItemOrigin.foreign(Tri.UNKNOWN, new BigDecimal("0")),
        ItemOrigin.foreign(Tri.FALSE, null));
    /** No name, names that are listed (Entity List, an alias), a possible match, and a name on no list. */
    static final List<String> END_USERS = new ArrayList<>(java.util.Arrays.asList(null, null, "Moore Threads", "Zhipu AI", "Zhipu",
        "Temasek Polytechnic Teaching Lab"));
    static final PartyScreen SCREEN = PartyScreen.builtin();

    /** The bytes the command line wrote before: the tree's text through a UTF-8 writer. */
    static byte[] throughWriter(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            w.print(text);
        }
        return bytes.toByteArray();
    }

    static LicenseDetermination assess(Part p, long quantity, String to, String hq, LocalDate on, ItemOrigin origin, String endUser) {
        Shipment s = Ship.of(p, quantity, to, hq, on).withItemOrigin(origin);
        if (endUser != null) {
            s = s.withEndUser(endUser);
        }
        return Licensing.assess(s, Interpretation.defaults(), Chips::find, CountryGroups.builtIn(), Embargoes.builtIn(),
            endUser == null ? null : SCREEN);
    }

    static Gen<LocalDate> dates() {
        LocalDate start = LocalDate.of(2022, 1, 1);
        return SourceDSL.integers().between(0, 365 * 5).map(start::plusDays);
    }

    @Test
    void theStreamedLineIsTheTreesLineInUtf8() {
        List<String> hqs = new ArrayList<>(DESTINATIONS);
        hqs.add(null);
        qt().withExamples(300).forAll(pick(new ArrayList<>(Chips.ALL.values())), pick(DESTINATIONS), pick(hqs), dates())
            .checkAssert((p, to, hq, on) -> {
                int h = (p.id() + to + hq + on).hashCode();
                LicenseDetermination d = assess(p, 1 + Math.floorMod(h, 500), to, hq, on, ORIGINS.get(Math.floorMod(h, ORIGINS.size())),
                    END_USERS.get(Math.floorMod(h >> 8, END_USERS.size())));
                assertArrayEquals(throughWriter(LicenseReports.jsonLine(d)), LicenseReports.jsonLineUtf8(d), () -> LicenseReports.jsonLine(d));
            });
    }

    @Test
    void everyBranchOfTheTreeIsCoveredByTheComparison() {
        // a listed end user (parties), foreign origin with US content, an aggregate TPP (a system), readings that disagree
        LicenseDetermination listed = assess(Chips.L4, 1, "SG", "SG", LocalDate.of(2026, 8, 1), ItemOrigin.foreign(Tri.UNKNOWN,
            new BigDecimal("18.5")), "Moore Threads");
        assertFalse(listed.parties().isEmpty());
        assertArrayEquals(throughWriter(LicenseReports.jsonLine(listed)), LicenseReports.jsonLineUtf8(listed));
        String text = new String(LicenseReports.jsonLineUtf8(listed), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"usContentPercent\":\"18.5\""), text);
        assertTrue(text.contains("\"partiesScreened\":true,\"partiesListDate\":\"2026-07-31\""), text);
        LicenseDetermination system = assess(Chips.HGX_H100, 2, "CN", null, LocalDate.of(2024, 6, 1), ItemOrigin.notGiven(), null);
        assertTrue(system.aggregateTpp().isPresent());
        assertArrayEquals(throughWriter(LicenseReports.jsonLine(system)), LicenseReports.jsonLineUtf8(system));
    }

    @Test
    void charactersOutsideTheBasicPlaneQuotesControlsAndALoneSurrogateAreWrittenAsTheWriterWroteThem() {
        String[] names = {"Grinning \uD83D\uDE00 accelerator", "quote \" backslash \\ tab \t newline \n bell \u0007", "lone \uD800 high",
            "lone \uDC00 low", "text that looks like an escape: \\uD800", "— § ∪ ≥ …"};
        for (String name : names) {
            Part p = Part.builder().from(Chips.H100).name(name).build();
            LicenseDetermination d = assess(p, 8, "CN", null, LocalDate.of(2024, 6, 1), ItemOrigin.notGiven(), null);
            assertArrayEquals(throughWriter(LicenseReports.jsonLine(d)), LicenseReports.jsonLineUtf8(d), name);
        }
        // written by hand: U+1F600 is the four bytes F0 9F 98 80, not the escapes of its two UTF-16 halves
        Part emoji = Part.builder().from(Chips.H100).name("\uD83D\uDE00").build();
        byte[] b = LicenseReports.jsonLineUtf8(assess(emoji, 8, "CN", null, LocalDate.of(2024, 6, 1), ItemOrigin.notGiven(), null));
        String ascii = new String(b, StandardCharsets.ISO_8859_1);
        assertTrue(ascii.contains("\"partName\":\"\u00F0\u009F\u0098\u0080\""), "four UTF-8 bytes");
        assertFalse(ascii.contains("\\uD83D"));
        // a lone surrogate cannot be encoded in UTF-8: the writer wrote '?', and so does this
        Part lone = Part.builder().from(Chips.H100).name("a\uD800b").build();
        String t = new String(LicenseReports.jsonLineUtf8(assess(lone, 8, "CN", null, LocalDate.of(2024, 6, 1), ItemOrigin.notGiven(),
            null)), StandardCharsets.UTF_8);
        assertTrue(t.contains("\"partName\":\"a?b\""), t);
        assertEquals(-1, t.indexOf('\uD800'));
    }
}
