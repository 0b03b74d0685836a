/**
 * chipgate core: the accelerator model ({@code io.chipgate.model}), its exact metrics ({@code io.chipgate.metrics}:
 * TPP, applicable die area, performance density), the spec format ({@code io.chipgate.spec}) and the one exception type
 * of every document reader ({@code io.chipgate.document}).
 *
 * <p>{@code io.chipgate.internal} is not API: it is exported only to the other chipgate modules. Jackson is an
 * implementation detail (read as a tree, never in a public signature) and Immutables is needed at compile time only.
 * The built-in catalog, when {@code io.chipgate.catalog} is present, is found as a
 * {@link io.chipgate.model.PartResolver} service.
 */
@SuppressWarnings("module") // the qualified export names modules compiled after this one
module io.chipgate.core {
    requires com.fasterxml.jackson.databind;
    requires static org.immutables.value;

    exports io.chipgate.document;
    exports io.chipgate.metrics;
    exports io.chipgate.model;
    exports io.chipgate.spec;
    exports io.chipgate.internal to io.chipgate.thresholds, io.chipgate.catalog;

    uses io.chipgate.model.PartResolver;
}
