/**
 * Party screening: names of end users, consignees, intermediate consignees and purchasers screened against a dated
 * snapshot of the US Consolidated Screening List (International Trade Administration,
 * https://www.trade.gov/consolidated-screening-list): {@link io.chipgate.parties.PartyList} (the snapshot, built-in or
 * read from trade.gov's consolidated.json or .csv), {@link io.chipgate.parties.PartyScreen} (the matching) and
 * {@link io.chipgate.parties.PartyHit} (one match, with its list, entry, citation and licence text).
 *
 * <p>Name screening cannot see ownership: a party owned by a listed one (the affiliates rule) is not found by its
 * name, and a hit is a lead for a person to confirm, not a determination.
 */
package io.chipgate.parties;
