package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts that decide whether the item shipped is subject to the EAR at all: its {@link Origin}; for a foreign-made
 * item, whether it is a "direct product" of US-origin "technology" or "software" of the ECCNs the foreign-direct-product
 * rules list, or is made by a plant or 'major component' of a plant that is (15 CFR 734.9: yes, no or unknown); and
 * the value of its controlled US-origin content as a percentage of its total value (§ 734.4 and supplement no. 2 to
 * part 734: content that would need a licence to the destination, at fair market price), or unknown.
 *
 * <p>{@link #notGiven()} is the default of every {@link Shipment}: the answer then assumes a US-origin item and says
 * so. A percentage is kept exactly as written ({@code 25} and {@code 25.0} are equal) and must lie in [0, 100].
 *
 * <pre>{@code
 * ItemOrigin taiwanServer = ItemOrigin.foreign(Tri.TRUE, new BigDecimal("18.5"));
 * ItemOrigin unknownTech = ItemOrigin.foreign(Tri.UNKNOWN, null);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ItemOrigin {
    private static final ItemOrigin NOT_GIVEN = new ItemOrigin(null, Tri.UNKNOWN, null);
    private static final ItemOrigin US = new ItemOrigin(Origin.US, Tri.UNKNOWN, null);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Origin origin;
    private final Tri directProduct;
    private final BigDecimal usContentPercent;

    private ItemOrigin(Origin origin, Tri directProduct, BigDecimal usContentPercent) {
        this.origin = origin;
        this.directProduct = Objects.requireNonNull(directProduct, "directProduct");
        this.usContentPercent = usContentPercent;
    }

    /** {@return no origin fact given: the item is assumed to be US-origin, and the answer says so} */
    public static ItemOrigin notGiven() {
        return NOT_GIVEN;
    }

    /** {@return a US-origin item (§ 734.3(a)(2))} */
    public static ItemOrigin us() {
        return US;
    }

    /**
     * {@return a foreign-made item located outside the United States}
     *
     * @param directProduct whether it is a direct product of US-origin technology or software of the ECCNs the
     *     foreign-direct-product rules list, or of a plant (or major component) that is; UNKNOWN when not known
     * @param usContentPercent the controlled US-origin content as a percentage of the item's value, 0 to 100; null
     *     when unknown
     * @throws IllegalArgumentException naming the value when the percentage is below 0 or above 100
     */
    public static ItemOrigin foreign(Tri directProduct, BigDecimal usContentPercent) {
        Objects.requireNonNull(directProduct, "directProduct");
        return new ItemOrigin(Origin.FOREIGN, directProduct, usContentPercent == null ? null : percent(usContentPercent));
    }

    /**
     * {@return the percentage, normalised, after checking its range}
     *
     * @param p a percentage
     * @throws IllegalArgumentException naming the value when it is below 0 or above 100
     */
    static BigDecimal percent(BigDecimal p) {
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("invalid US-controlled content " + p.toPlainString()
                + " %: expected a percentage of the item's value from 0 to 100");
        }
        BigDecimal s = p.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** {@return the origin; empty when not given (the answer then assumes a US-origin item)} */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** {@return whether the origin was given: false for {@link #notGiven()}} */
    public boolean given() {
        return origin != null;
    }

    /** {@return for a foreign-made item, whether it is a direct product of US-origin technology, software or plant; UNKNOWN when not known} */
    public Tri directProduct() {
        return directProduct;
    }

    /** {@return the controlled US-origin content in percent of the item's value, exact; empty when unknown} */
    public Optional<BigDecimal> usContentPercent() {
        return Optional.ofNullable(usContentPercent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemOrigin x && origin == x.origin && directProduct == x.directProduct
            && Objects.equals(usContentPercent, x.usContentPercent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, directProduct, usContentPercent);
    }

    /** {@return "yes", "no" or "unknown"} */
    static String yesNo(Tri t) {
        return t == Tri.TRUE ? "yes" : t == Tri.FALSE ? "no" : "unknown";
    }

    /** "foreign (direct product: yes; US content 18.5 %)", "us" or "not given". */
    @Override
    public String toString() {
        if (origin == null) {
            return "not given";
        }
        if (origin == Origin.US) {
            return "us";
        }
        return "foreign (direct product: " + yesNo(directProduct) + "; US content "
            + (usContentPercent == null ? "unknown" : usContentPercent.toPlainString() + " %") + ")";
    }
}
