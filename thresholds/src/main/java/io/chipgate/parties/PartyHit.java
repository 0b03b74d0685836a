package io.chipgate.parties;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A screened name that matches an entry of a screening list: the entry, the listed name or alias it matched, the
 * score from 0 to 100 and its band, and whether the country given with the name is one of the entry's countries.
 *
 * <p>A country corroborates a hit; it never removes one (lists give addresses, not every country a party trades
 * from). This class is immutable and thread-safe.
 *
 * @param entry the listed entry
 * @param matchedName the name the screened name matched best: the listed name or an alias as the list writes it, or a
 *     part of one (the text in parentheses, the name without it, either side of "Affiliated Entity:")
 * @param score the similarity, 0 to 100 (see docs/quality.md); at least {@value MatchBand#THRESHOLD}
 * @param band {@link MatchBand#PROBABLE} or {@link MatchBand#POSSIBLE}, as the score gives
 * @param countryCorroborates true when a country was given and the entry lists an address in it
 */
public record PartyHit(PartyEntry entry, String matchedName, int score, MatchBand band, boolean countryCorroborates) {
    /**
     * Checks the parts.
     *
     * @param entry the listed entry
     * @param matchedName the name or alias matched
     * @param score the similarity, 75 to 100
     * @param band the band of the score
     * @param countryCorroborates whether the country given is one of the entry's
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if the score is below 75 or above 100, or the band is not the score's
     */
    public PartyHit {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(band, "band");
        if (MatchBand.of(score).orElse(null) != band) {
            throw new IllegalArgumentException("Invalid value for score (a hit has 75 - 100, band " + band + "): " + score);
        }
    }

    /**
     * {@return the list the entry is on}
     */
    public ListKind list() {
        return entry.list();
    }

    /**
     * {@return the listed name of the entry (which may differ from the alias matched)}
     */
    public String listedName() {
        return entry.name();
    }

    /**
     * {@return whether the matched name is other than the listed name as written: an alias, or a part of a name}
     */
    public boolean matchedAlias() {
        return !matchedName.equals(entry.name());
    }

    /**
     * {@return the originating list's number for the entry, empty when none}
     */
    public Optional<String> entityNumber() {
        return entry.entityNumber();
    }

    /**
     * {@return the Federal Register notice(s) of the entry, empty when none}
     */
    public Optional<String> citation() {
        return entry.citation();
    }

    /**
     * {@return the Entity List's licence requirement for the entry, empty for other lists}
     */
    public Optional<String> licenceRequirement() {
        return entry.licenceRequirement();
    }

    /**
     * {@return the Entity List's licence review policy for the entry, empty for other lists}
     */
    public Optional<String> reviewPolicy() {
        return entry.reviewPolicy();
    }

    /**
     * {@return the ISO alpha-2 codes of the entry's addresses}
     */
    public List<String> countries() {
        return entry.countries();
    }
}
