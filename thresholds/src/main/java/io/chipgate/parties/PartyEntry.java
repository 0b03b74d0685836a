package io.chipgate.parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a screening list as published in the US Consolidated Screening List: the list, the listed name, its
 * alternative names, countries of its addresses, and what the list says about it. Texts are as published (runs of
 * whitespace made one space).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param list the list the entry is on
 * @param type "Entity", "Individual", "Vessel", "Aircraft", or empty when the list gives none
 * @param name the listed name
 * @param aliases the alternative names the list gives (a.k.a., f.k.a., transliterations), possibly none
 * @param countries the ISO 3166 alpha-2 codes of the entry's addresses as published (upper case), possibly none
 * @param entityNumber the number the originating list gives the entry (OFAC's entity number), empty when none
 * @param citation the Federal Register notice(s) that listed or amended the entry, e.g. "88 FR 71992"; empty when none
 * @param licenceRequirement the Entity List's "License requirement" column, empty for other lists
 * @param reviewPolicy the Entity List's "License review policy" column, empty for other lists
 * @param programmes the sanctions programmes the entry is listed under (OFAC, State), possibly none
 * @param startDate the date the listing took effect (trade.gov's "start_date"), empty when the file gives none (the
 *     bundled snapshot's copy does not keep it)
 */
public record PartyEntry(ListKind list, String type, String name, List<String> aliases, List<String> countries,
                         Optional<String> entityNumber, Optional<String> citation, Optional<String> licenceRequirement,
                         Optional<String> reviewPolicy, List<String> programmes, Optional<LocalDate> startDate) {
    /**
     * Checks that nothing is null and the name is not blank, and copies the lists.
     *
     * @param list the list the entry is on
     * @param type "Entity", "Individual", "Vessel", "Aircraft", or empty when the list gives none
     * @param name the listed name
     * @param aliases the alternative names, possibly none
     * @param countries the ISO alpha-2 codes of the entry's addresses, possibly none
     * @param entityNumber the originating list's number for the entry, empty when none
     * @param citation the Federal Register notice(s), empty when none
     * @param licenceRequirement the Entity List's licence requirement, empty for other lists
     * @param reviewPolicy the Entity List's licence review policy, empty for other lists
     * @param programmes the sanctions programmes, possibly none
     * @param startDate the date the listing took effect, empty when not given
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public PartyEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(type, "type (empty when none)");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Invalid value for name: a listed name is not blank");
        }
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
        Objects.requireNonNull(entityNumber, "entityNumber");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(licenceRequirement, "licenceRequirement");
        Objects.requireNonNull(reviewPolicy, "reviewPolicy");
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(startDate, "startDate");
    }
}
