package io.chipgate.parties;

/**
 * The role a party plays in a transaction, as the EAR names the parties of an export (15 CFR 748.5: purchaser,
 * intermediate consignee, ultimate consignee, end user).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyRole {
    /** The person abroad that receives and ultimately uses the item (15 CFR 748.5(f)). */
    END_USER,
    /** The ultimate consignee: the principal party in interest abroad that receives the item (15 CFR 748.5(e)). */
    CONSIGNEE,
    /** An intermediate consignee: a bank, forwarder or other party that acts on the consignee's behalf (15 CFR 748.5(c)). */
    INTERMEDIATE,
    /** The purchaser: the person abroad that buys the item from the exporter (15 CFR 748.5(b)). */
    PURCHASER
}
