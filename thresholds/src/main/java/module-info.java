/**
 * chipgate thresholds: the export-control regimes as dated, cited rules and their determinations
 * ({@code io.chipgate.regime}), the licence requirements of a shipment ({@code io.chipgate.license}), the screening
 * of order books ({@code io.chipgate.screening}) and the screening of party names against the US Consolidated
 * Screening List ({@code io.chipgate.parties}).
 *
 * <p>Its signatures use the types of {@code io.chipgate.core} (parts, figures, interpretations), which it therefore
 * requires transitively. Jackson (reports are returned as text; list files are
 * read with it) and Apache Commons Text (the edit distance of party names) are implementation details, and Immutables
 * is needed at compile time only.
 */
module io.chipgate.thresholds {
    requires transitive io.chipgate.core;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.text;
    requires static org.immutables.value;

    exports io.chipgate.license;
    exports io.chipgate.parties;
    exports io.chipgate.regime;
    exports io.chipgate.screening;
}
