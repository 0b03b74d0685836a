package io.chipgate.license;

import io.chipgate.parties.PartyRole;
import java.util.Objects;

/**
 * A party to a shipment, by role and name as the exporter knows it (end user, consignee, intermediate party,
 * purchaser): screened against the Consolidated Screening List when the shipment is assessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the party's role, not null
 * @param name the name as written on the order, not blank
 */
public record Party(PartyRole role, String name) {
    /**
     * Checks that the role is given and the name is not blank.
     *
     * @param role the party's role
     * @param name the name as written on the order
     * @throws IllegalArgumentException for a blank name
     */
    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "'s name is blank: give the name as written on the order, or leave the party out");
        }
    }
}
