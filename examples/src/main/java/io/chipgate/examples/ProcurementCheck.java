package io.chipgate.examples;

import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Shipment;
import io.chipgate.license.Licensing;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding example: a procurement tool's check that refuses an order line whose part needs a US export licence
 * for its destination and end user — or whose answer is unknown — using the library directly.
 *
 * <p>Run: {@code java -cp examples/target/chipgate.jar io.chipgate.examples.ProcurementCheck}
 */
public final class ProcurementCheck {
    /** One order line as a procurement system holds it. */
    record OrderLine(String part, long quantity, String destination, String buyerHeadquarters, LocalDate shipDate) {
    }

    /** The tool's verdict on a line. */
    record Verdict(OrderLine line, boolean accepted, String reason) {
    }

    private final Catalog catalog;

    ProcurementCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Accepts a line only when no licence is required; an unknown answer is refused for review, never waved through. */
    Verdict check(OrderLine line) {
        Part part = catalog.part(line.part());
        Shipment shipment = Shipment.of(part, line.quantity(), CountryCode.of(line.destination()), line.shipDate());
        if (line.buyerHeadquarters() != null) {
            shipment = shipment.withHeadquarters(CountryCode.of(line.buyerHeadquarters()));
        }
        LicenseDetermination d = Licensing.assess(shipment, Interpretation.defaults(), catalog::find);
        Tri required = d.licenseRequired();
        if (required == Tri.FALSE) {
            return new Verdict(line, true, "no licence required");
        }
        String why = d.basis().isEmpty() ? "inputs missing" : d.basis().get(0).paragraph();
        return new Verdict(line, false, (required == Tri.TRUE ? "licence required: " : "cannot tell, refer to compliance: ") + why);
    }

    public static void main(String[] args) {
        ProcurementCheck check = new ProcurementCheck(Catalog.builtin());
        List<OrderLine> order = List.of(
            new OrderLine("H100", 8, "DE", "DE", LocalDate.of(2024, 6, 1)),
            new OrderLine("H100", 8, "DE", "CN", LocalDate.of(2024, 6, 1)),
            new OrderLine("H20", 8, "CN", "CN", LocalDate.of(2024, 6, 1)),
            new OrderLine("H20", 8, "CN", "CN", LocalDate.of(2025, 6, 1)),
            new OrderLine("RTX 4090", 1, "CN", "CN", LocalDate.of(2024, 6, 1)),
            new OrderLine("L40S", 4, "DE", null, LocalDate.of(2024, 6, 1)));
        for (OrderLine l : order) {
            Verdict v = check.check(l);
            System.out.printf("%-8s %-9s ×%-3d to %s (HQ %s) on %s: %s%n", v.accepted() ? "ACCEPT" : "REFUSE", l.part(), l.quantity(),
                l.destination(), l.buyerHeadquarters() == null ? "unknown" : l.buyerHeadquarters(), l.shipDate(), v.reason());
        }
    }
}
