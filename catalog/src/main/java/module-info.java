/**
 * chipgate catalog: the built-in, sourced catalog of parts and the loaders of users' spec files
 * ({@code io.chipgate.catalog}).
 *
 * <p>It provides the built-in catalog as the {@link io.chipgate.model.PartResolver} service that
 * {@code io.chipgate.core} looks up, so that a system's ICs resolve wherever this module is present. Its signatures use
 * the types of {@code io.chipgate.core}, which it therefore requires transitively. Jackson (JSON and YAML) is an
 * implementation detail and Immutables is needed at compile time only.
 */
module io.chipgate.catalog {
    requires transitive io.chipgate.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires static org.immutables.value;

    exports io.chipgate.catalog;

    provides io.chipgate.model.PartResolver with io.chipgate.catalog.BuiltInCatalogResolver;
}
