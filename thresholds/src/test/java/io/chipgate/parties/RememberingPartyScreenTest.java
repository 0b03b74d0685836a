package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.chipgate.testing.Qt;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PartyScreen#remembering}: a screen that remembers the hits of the names it screened gives every name, each
 * time it is asked and with any country, the hits the plain screen gives (the order book's screening asks it for
 * every line's consignee, so a wrong memory would name a listed party on another customer's line, or lose one).
 */
class RememberingPartyScreenTest {
    static final PartyScreen PLAIN = PartyScreen.builtin();
    static final List<PartyEntry> ENTRIES = PLAIN.list().entries();
    /** Countries of the hits' corroboration: absent, one the list has addresses in, others, and one written in lower case. */
    static final List<Optional<String>> COUNTRIES = List.of(Optional.empty(), Optional.of("CN"), Optional.of("RU"), Optional.of("DE"),
        Optional.of("ae"), Optional.of(" CN "));

    @Test
    void aRememberedNameHasThePlainScreensHitsWhateverWasAskedBefore() {
        // a memory of 3 names is emptied again and again over the examples; one of 10,000 never is
        for (int size : new int[] {3, 10_000}) {
            PartyScreen remembering = PLAIN.remembering(size);
            Qt.Coverage cov = new Qt.Coverage();
            Qt.qt().withExamples(1_500).forAll(integers().between(0, ENTRIES.size() - 1), integers().between(0, 3),
                    integers().between(0, COUNTRIES.size() - 1))
                .checkAssert((i, variant, c) -> {
                    String name = switch (variant) {
                        case 0 -> ENTRIES.get(i).name();
                        case 1 -> ENTRIES.get(i).name().toUpperCase(java.util.Locale.ROOT) + " Co., Ltd.";
                        case 2 -> "Customer " + (i % 50); // an unlisted customer, asked again and again
                        default -> ENTRIES.get(i % 40).name(); // a few listed names, asked again and again
                    };
                    Optional<String> country = COUNTRIES.get(c);
                    List<PartyHit> expected = PLAIN.screen(name, country);
                    cov.hit(expected.isEmpty() ? "no hit" : "hits");
                    assertEquals(expected, remembering.screen(name, country), name + " in " + country);
                    assertEquals(expected, remembering.screen(name, country), name + " in " + country + ", asked again");
                });
            cov.assertReached("no hit", "hits");
        }
    }

    @Test
    void theCountryIsPartOfWhatIsRemembered() {
        PartyScreen remembering = PLAIN.remembering(100);
        // an entry with an address: its country corroborates the hit only when the party is said to be there
        PartyEntry e = ENTRIES.stream().filter(x -> !x.countries().isEmpty()).findFirst().orElseThrow();
        String there = e.countries().iterator().next();
        List<PartyHit> without = remembering.screen(e.name(), Optional.empty());
        List<PartyHit> with = remembering.screen(e.name(), Optional.of(there));
        assertTrue(with.stream().anyMatch(h -> h.entry() == e && h.countryCorroborates()), with.toString());
        assertFalse(without.stream().anyMatch(h -> h.countryCorroborates()), without.toString());
        assertEquals(PLAIN.screen(e.name(), Optional.empty()), remembering.screen(e.name(), Optional.empty()));
    }

    @Test
    void aRememberedNameIsNotScoredAgainAndItsHitsCannotBeChanged() {
        PartyScreen remembering = PLAIN.remembering(100);
        String name = ENTRIES.get(0).name();
        List<PartyHit> first = remembering.screen(name, Optional.of("CN"));
        assertSame(first, remembering.screen(name, Optional.of("CN")), "the remembered list itself");
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
        assertEquals(PLAIN.list(), remembering.list());
    }

    @Test
    void aMemoryOfNoNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PLAIN.remembering(0));
        assertEquals("names must be at least 1 (the most names remembered), got 0", e.getMessage());
    }
}
