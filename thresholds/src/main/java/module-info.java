/**
 * chipgate thresholds: the export-control regimes as dated, cited rules and their determinations
 * ({@code io.chipgate.regime}), the licence requirements of a shipment ({@code io.chipgate.license}) and the screening
 * of order books ({@code io.chipgate.screening}).
 *
 * <p>Its signatures use the types of {@code io.chipgate.core} (parts, figures, interpretations), which it therefore
 * requires transitively. Jackson is an implementation detail (reports are returned as text) and Immutables is needed at
 * compile time only.
 */
module io.chipgate.thresholds {
    requires transitive io.chipgate.core;
    requires com.fasterxml.jackson.databind;
    requires static org.immutables.value;

    exports io.chipgate.license;
    exports io.chipgate.regime;
    exports io.chipgate.screening;
}
