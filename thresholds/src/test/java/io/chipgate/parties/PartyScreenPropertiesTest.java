package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.chipgate.testing.Qt;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartyScreenPropertiesTest {
    static final PartyScreen SCREEN = PartyScreen.builtin();
    static final List<PartyEntry> ENTRIES = SCREEN.list().entries();

    /** The normalisations of §2 of the issue, each a function of a name. */
    static final List<java.util.function.UnaryOperator<String>> NORMALISATIONS = List.of(
        n -> n.toUpperCase(Locale.ROOT),
        n -> n.toLowerCase(Locale.ROOT),
        LabelledNames::title,
        LabelledNames::punctuated,
        LabelledNames::reversed,
        LabelledNames::formDropped,
        n -> n + " Co., Ltd.",                                       // a corporate form added
        n -> "  " + n.replace(" ", "   ") + " ",                     // whitespace
        PartyScreenPropertiesTest::accented,                          // diacritics added
        PartyScreenPropertiesTest::fullWidth);                        // compatibility forms (NFKC)

    /** Vowels given an acute accent: "Moore" is "Móóré". */
    static String accented(String n) {
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            b.append(c);
            if ("aeiouAEIOU".indexOf(c) >= 0) {
                b.append('\u0301');
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** ASCII letters and digits as their full-width forms, which NFKC maps back. */
    static String fullWidth(String n) {
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            b.append(c < 0x80 && Character.isLetterOrDigit(c) ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }

    @Test
    void aListedNameUnderAnyNormalisationStillHitsItsEntry() {
        Qt.Coverage cov = new Qt.Coverage();
        Qt.qt().withExamples(2_000).forAll(integers().between(0, ENTRIES.size() - 1),
                integers().between(0, NORMALISATIONS.size() - 1))
            .checkAssert((i, k) -> {
                PartyEntry e = ENTRIES.get(i);
                String variant = NORMALISATIONS.get(k).apply(e.name());
                boolean organisation = Names.organisation(variant) && !Names.organisation(e.name());
                if (organisation && !e.type().equals("Entity") && !e.type().isEmpty()) {
                    cov.hit("a form word added to a person's or vessel's name: not screened against it");
                    return;
                }
                cov.hit("screened");
                assertTrue(SCREEN.screen(variant).stream().anyMatch(h -> h.entry() == e),
                    "\"" + variant + "\" (normalisation " + k + ") should hit " + e.name());
            });
        cov.assertReached("screened");
    }

    /** Names of one to four generic words, in any order, with or without a form word. */
    static Gen<String> genericNames() {
        List<String> generic = new ArrayList<>(new java.util.TreeSet<>(Names.GENERIC));
        List<String> forms = List.of("", " Co., Ltd.", " LLC", " GmbH", " Inc.", " Corporation", " Limited");
        return lists().of(Qt.pick(generic)).ofSizeBetween(1, 4)
            .zip(Qt.pick(forms), (words, form) -> LabelledNames.title(String.join(" ", words)) + form);
    }

    @Test
    void anUnlistedNameOfGenericWordsNeverHits() {
        Qt.qt().withExamples(2_000).forAll(genericNames()).checkAssert(name -> {
            for (PartyHit h : SCREEN.screen(name)) {
                // the only hit allowed is a listed name with exactly these words: then the name is listed
                assertEquals(100, h.score(), name + " hit " + h.matchedName());
                assertEquals(Names.key(Names.words(name)), Names.key(Names.words(h.matchedName())),
                    name + " hit " + h.matchedName());
            }
        });
    }
}
