package io.chipgate.license;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import java.time.LocalDate;

/**
 * Test shorthand: a shipment from plain values (destination and headquarters as ISO codes, headquarters null when
 * unknown), assessed through the one public entry point {@link Licensing#assess(Shipment, Interpretation, PartResolver,
 * CountryGroups, Embargoes)}.
 */
final class Ship {
    private Ship() {
    }

    static Shipment of(Part part, long quantity, String destination, String headquarters, LocalDate date) {
        Shipment s = Shipment.of(part, quantity, CountryCode.of(destination, "destination"), date);
        return headquarters == null ? s : s.withHeadquarters(CountryCode.of(headquarters, "endUserHeadquarters"));
    }

    static LicenseDetermination assess(Part part, long quantity, String destination, String headquarters, LocalDate date) {
        return assess(part, quantity, destination, headquarters, date, Interpretation.defaults(), PartResolver.none());
    }

    static LicenseDetermination assess(Part part, long quantity, String destination, String headquarters, LocalDate date,
                                       Interpretation interpretation, PartResolver resolver) {
        return assess(part, quantity, destination, headquarters, date, interpretation, resolver, CountryGroups.builtIn());
    }

    static LicenseDetermination assess(Part part, long quantity, String destination, String headquarters, LocalDate date,
                                       Interpretation interpretation, PartResolver resolver, CountryGroups groups) {
        return Licensing.assess(of(part, quantity, destination, headquarters, date), interpretation, resolver, groups,
            Embargoes.builtIn());
    }
}
