package io.chipgate.license;

import java.util.Objects;
import java.util.Set;

/**
 * What kind of transaction a shipment is under the EAR, before any licence ground is asked. The licence
 * requirements of 15 CFR 742.6(a)(6), 744.23 and part 746 attach to an "export" (§ 734.13: an actual shipment or
 * transmission out of the United States), a "reexport" (§ 734.14: from one foreign country to another) or a
 * "transfer (in-country)" (§ 734.16: a change of end user or end use within the same foreign country). A shipment
 * from one place in the United States to another is none of these: no licence ground applies to it, and the answer
 * says so instead of a bare "no".
 *
 * <p>How chipgate reads a {@link Shipment}: its destination is the country where the item goes. For a reexport
 * from a third country, give the country it is reexported to; for an in-country transfer abroad, the country in
 * which it is transferred (the grounds speak of "to or within" a destination). The headquarters is that of the end
 * user (or its ultimate parent), wherever the shipment starts. Whether the item is subject to the EAR at all (a
 * foreign-made item, de minimis, the foreign-direct-product rules) is the {@link Jurisdiction} step, from the facts of
 * {@link Shipment#itemOrigin()}; without them the answer assumes a US-origin item and says so.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Transaction {
    /** An export, reexport or in-country transfer to or within a destination outside the United States. */
    EXPORT_REEXPORT_OR_TRANSFER("an export, reexport or transfer (in-country) to or within a destination outside the United States"),
    /** A shipment within the United States: not an export, reexport or in-country transfer (15 CFR 734.13–734.16). */
    WITHIN_UNITED_STATES("a shipment within the United States: not an export, reexport or transfer (in-country) under 15 CFR "
        + "734.13–734.16, so no licence ground applies; a later export from the United States needs its own determination");

    /** The definitions applied. */
    public static final String CITATION = "15 CFR 734.13 (export), 734.14 (reexport), 734.16 (transfer (in-country)); "
        + "15 CFR 772.1 (\"United States\": the States, the District of Columbia and any commonwealth, territory, "
        + "dependency or possession of the United States)";

    /**
     * The ISO 3166-1 codes of the United States as § 772.1 defines it: the States and the District of Columbia
     * (US), Puerto Rico, Guam, the US Virgin Islands, American Samoa, the Northern Mariana Islands and the US Minor
     * Outlying Islands.
     */
    static final Set<String> UNITED_STATES = Set.of("US", "PR", "GU", "VI", "AS", "MP", "UM");

    private final String description;

    Transaction(String description) {
        this.description = description;
    }

    /** {@return what the transaction is, in words} */
    public String description() {
        return description;
    }

    /**
     * {@return the transaction a shipment to this destination is}
     *
     * @param destination where the item goes, not null
     */
    public static Transaction to(CountryCode destination) {
        Objects.requireNonNull(destination, "destination");
        return UNITED_STATES.contains(destination.code()) ? WITHIN_UNITED_STATES : EXPORT_REEXPORT_OR_TRANSFER;
    }
}
