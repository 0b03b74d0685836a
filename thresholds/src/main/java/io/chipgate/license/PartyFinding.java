package io.chipgate.license;

import io.chipgate.parties.PartyHit;
import java.util.Objects;

/**
 * A party of the shipment that matched an entry of the Consolidated Screening List: the party as given, and the hit
 * (list, listed name, matched name or alias, score and band, entity number, citation, licence requirement and review
 * policy, countries). What the listing does to the licence answer is a {@link Ground#PARTY_LISTING} basis.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param party the party as given on the shipment
 * @param hit the matching list entry
 */
public record PartyFinding(Party party, PartyHit hit) {
    /**
     * Checks presence.
     *
     * @param party the party
     * @param hit the hit
     */
    public PartyFinding {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(hit, "hit");
    }
}
