package io.chipgate.screening;

import io.chipgate.license.Shipment;
import java.util.Objects;

/**
 * One line of an order book: the shipment, where it stands in its file, the user's own id for it and the consignee
 * it goes to (both carried through to the output, empty when not given).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lineNumber the line of the file the order starts on (1 is the header), or a running number
 * @param id the user's id of the line (an order or line number), empty when none
 * @param consignee the ultimate consignee, for per-consignee totals; empty when not given
 * @param shipment what is shipped, where, to whom and when
 */
public record OrderLine(long lineNumber, String id, String consignee, Shipment shipment) {
    /**
     * Checks that nothing is null.
     *
     * @param lineNumber the line of the file the order starts on (1 is the header), or a running number
     * @param id the user's id of the line (an order or line number), empty when none
     * @param consignee the ultimate consignee, for per-consignee totals; empty when not given
     * @param shipment what is shipped, where, to whom and when
     * @throws NullPointerException if {@code id}, {@code consignee} or {@code shipment} is null
     */
    public OrderLine {
        Objects.requireNonNull(id, "id (empty when none)");
        Objects.requireNonNull(consignee, "consignee (empty when none)");
        Objects.requireNonNull(shipment, "shipment");
    }

    /**
     * {@return a line with neither id nor consignee}
     *
     * @param lineNumber the line of the file the order starts on, or a running number
     * @param shipment what is shipped, where, to whom and when, not null
     */
    public static OrderLine of(long lineNumber, Shipment shipment) {
        return new OrderLine(lineNumber, "", "", shipment);
    }
}
