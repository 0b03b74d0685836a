package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.parties.PartyRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a licence determination is asked about: a quantity of a part, shipped to a destination on a date, for an
 * end user whose headquarters (or whose ultimate parent's) may be known. An unknown headquarters is
 * {@link Optional#empty()}, never a default: grounds that depend on it are then unknown.
 *
 * <pre>{@code
 * Shipment s = Shipment.of(h100, 8, CountryCode.of("DE"), LocalDate.of(2026, 8, 1))
 *     .withHeadquarters(CountryCode.of("DE"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Shipment {
    private final Part part;
    private final long quantity;
    private final CountryCode destination;
    private final CountryCode headquarters;
    private final LocalDate date;
    private final Tri uaeApprovedEndUser;
    private final List<Party> parties;
    private final ItemOrigin itemOrigin;

    private Shipment(Part part, long quantity, CountryCode destination, CountryCode headquarters, LocalDate date) {
        this(part, quantity, destination, headquarters, date, Tri.UNKNOWN, List.of(), ItemOrigin.notGiven());
    }

    private Shipment(Part part, long quantity, CountryCode destination, CountryCode headquarters, LocalDate date, Tri uaeApprovedEndUser,
                     List<Party> parties, ItemOrigin itemOrigin) {
        this.itemOrigin = Objects.requireNonNull(itemOrigin, "itemOrigin");
        this.uaeApprovedEndUser = Objects.requireNonNull(uaeApprovedEndUser, "uaeApprovedEndUser");
        this.parties = List.copyOf(parties);
        this.part = Objects.requireNonNull(part, "part");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.date = Objects.requireNonNull(date, "date");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1 (the number of units shipped), got " + quantity);
        }
        this.quantity = quantity;
        this.headquarters = headquarters;
    }

    /**
     * A shipment whose end user's headquarters is unknown.
     *
     * @param part the part shipped (ACCELERATOR, MEMORY or SYSTEM)
     * @param quantity units shipped, at least 1
     * @param destination the country of destination
     * @param date the date of the shipment
     * @throws IllegalArgumentException for a quantity below 1
     * @return the shipment, with the headquarters unknown
     */
    public static Shipment of(Part part, long quantity, CountryCode destination, LocalDate date) {
        return new Shipment(part, quantity, destination, null, date);
    }

    /**
     * {@return this shipment with the end user's (or its ultimate parent's) headquarters known; give the Macau or D:5
     * one if either is there}
     *
     * @param endUserHeadquarters the country of the headquarters, not null
     */
    public Shipment withHeadquarters(CountryCode endUserHeadquarters) {
        return new Shipment(part, quantity, destination, Objects.requireNonNull(endUserHeadquarters, "endUserHeadquarters"), date,
            uaeApprovedEndUser, parties, itemOrigin);
    }

    /** {@return this shipment with the headquarters unknown} */
    public Shipment withoutHeadquarters() {
        return new Shipment(part, quantity, destination, null, date, uaeApprovedEndUser, parties, itemOrigin);
    }

    /**
     * {@return this shipment with it known whether the end user in the United Arab Emirates is the UAE Government or
     * an entity approved under 91 FR 43034 (listed in the supplement the rule adds, within any end date of its entry)}
     * Unknown by default: the licence-free treatment (License Exception STA for the UAE, § 740.2(a)(26)) is then
     * UNKNOWN, and the answer names this fact as what settles it.
     *
     * @param approved whether the end user is the UAE Government or an approved entity on the shipment date
     */
    public Shipment withUaeApprovedEndUser(boolean approved) {
        return new Shipment(part, quantity, destination, headquarters, date, Tri.of(approved), parties, itemOrigin);
    }

    /**
     * {@return this shipment with one more party, screened against the Consolidated Screening List when assessed}
     *
     * @param role the party's role, not null
     * @param name the name as written on the order, not blank
     */
    public Shipment withParty(PartyRole role, String name) {
        List<Party> more = new java.util.ArrayList<>(parties);
        more.add(new Party(role, name));
        return new Shipment(part, quantity, destination, headquarters, date, uaeApprovedEndUser, more, itemOrigin);
    }

    /**
     * {@return this shipment with its end user named}
     *
     * @param name the end user's name, not blank
     */
    public Shipment withEndUser(String name) {
        return withParty(PartyRole.END_USER, name);
    }

    /**
     * {@return this shipment with its consignee named}
     *
     * @param name the consignee's name, not blank
     */
    public Shipment withConsignee(String name) {
        return withParty(PartyRole.CONSIGNEE, name);
    }

    /** {@return this shipment of another part, every other fact kept} */
    Shipment withPart(Part other) {
        return new Shipment(Objects.requireNonNull(other, "other"), quantity, destination, headquarters, date, uaeApprovedEndUser, parties, itemOrigin);
    }

    /**
     * {@return this shipment with the facts that decide whether the item is subject to the EAR at all (its origin; for a
     * foreign-made item, whether it is a direct product of US technology, software or plant, and its US-controlled
     * content)} Not given by default: the answer then assumes a US-origin item and says so.
     *
     * @param facts the origin facts, not null
     */
    public Shipment withItemOrigin(ItemOrigin facts) {
        return new Shipment(part, quantity, destination, headquarters, date, uaeApprovedEndUser, parties,
            Objects.requireNonNull(facts, "facts"));
    }

    /** {@return the origin facts of the item; {@link ItemOrigin#notGiven()} unless given} */
    public ItemOrigin itemOrigin() {
        return itemOrigin;
    }

    /** {@return the parties named, in the order given; empty when none was (the parties are then not screened)} */
    public List<Party> parties() {
        return parties;
    }

    /** {@return whether the end user is the UAE Government or an approved entity of 91 FR 43034; UNKNOWN unless given} */
    public Tri uaeApprovedEndUser() {
        return uaeApprovedEndUser;
    }

    /**
     * {@return this shipment on another date}
     *
     * @param newDate the date of the shipment, not null
     */
    public Shipment on(LocalDate newDate) {
        return new Shipment(part, quantity, destination, headquarters, newDate, uaeApprovedEndUser, parties, itemOrigin);
    }

    /** {@return the part shipped} */
    public Part part() {
        return part;
    }

    /** {@return units shipped, at least 1} */
    public long quantity() {
        return quantity;
    }

    /** {@return the country of destination} */
    public CountryCode destination() {
        return destination;
    }

    /** {@return the end user's (or its ultimate parent's) headquarters; empty when unknown} */
    public Optional<CountryCode> headquarters() {
        return Optional.ofNullable(headquarters);
    }

    /** {@return the date of the shipment} */
    public LocalDate date() {
        return date;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shipment s && part.equals(s.part) && quantity == s.quantity && destination.equals(s.destination)
            && Objects.equals(headquarters, s.headquarters) && date.equals(s.date) && uaeApprovedEndUser == s.uaeApprovedEndUser && parties.equals(s.parties)
            && itemOrigin.equals(s.itemOrigin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, quantity, destination, headquarters, date, uaeApprovedEndUser, parties, itemOrigin);
    }

    /** "nvidia-h100-sxm × 8 → DE (HQ DE) on 2026-08-01". */
    @Override
    public String toString() {
        return part.id() + " × " + quantity + " → " + destination + (headquarters == null ? "" : " (HQ " + headquarters + ")") + " on " + date
            + (uaeApprovedEndUser == Tri.UNKNOWN ? "" : " (UAE approved end user: " + uaeApprovedEndUser.label() + ")")
            + (itemOrigin.given() ? " (origin: " + itemOrigin + ")" : "");
    }
}
