package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Objects;

/**
 * The answer under one combination of readings: the readings assumed, whether a licence is required, the bases
 * that apply, the licence exceptions available, and the review policy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param readings the readings this combination assumes (empty when no open question arose)
 * @param licenseRequired TRUE, FALSE, or UNKNOWN where a fact is missing
 * @param basis the bases that apply or may apply
 * @param licenseExceptions the licence exceptions available or possibly available
 * @param reviewPolicy the review policy of an application
 */
public record ReadingAnswer(List<Reading> readings, Tri licenseRequired, List<Basis> basis, List<LicenseOption> licenseExceptions,
                            ReviewPolicy reviewPolicy) {
    /**
     * Copies the lists.
     *
     * @param readings the readings this combination assumes (empty when no open question arose)
     * @param licenseRequired TRUE, FALSE, or UNKNOWN where a fact is missing
     * @param basis the bases that apply or may apply
     * @param licenseExceptions the licence exceptions available or possibly available
     * @param reviewPolicy the review policy of an application
     * @throws NullPointerException if a component is null
     */
    public ReadingAnswer {
        readings = List.copyOf(readings);
        Objects.requireNonNull(licenseRequired, "licenseRequired");
        basis = List.copyOf(basis);
        licenseExceptions = List.copyOf(licenseExceptions);
        Objects.requireNonNull(reviewPolicy, "reviewPolicy");
    }

    /** {@return "fallback-table=table-on-date, group-change:AE:D:4=after" or "(no open question)"} */
    public String label() {
        if (readings.isEmpty()) {
            return "(no open question)";
        }
        StringBuilder s = new StringBuilder();
        for (Reading r : readings) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(r.key());
        }
        return s.toString();
    }
}
