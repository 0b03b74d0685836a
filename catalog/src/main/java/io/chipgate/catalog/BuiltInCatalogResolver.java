package io.chipgate.catalog;

import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import java.util.Optional;

/**
 * The built-in catalog as the {@link java.util.ServiceLoader} provider of {@link PartResolver}: what
 * {@link PartResolver#builtIn()} returns when this jar is on the class path, so that the short form
 * {@code regime.classify(part, date)} sees inside the built-in systems (a DGX H100 is 4A090.a). The catalog is
 * loaded on the first lookup, not when the provider is created. Applications call {@link PartResolver#builtIn()}
 * or {@link Catalog#builtin()} rather than this class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuiltInCatalogResolver implements PartResolver {
    /** Creates the provider; for {@link java.util.ServiceLoader}. */
    public BuiltInCatalogResolver() {
    }

    @Override
    public Optional<Part> find(String id) {
        return Catalog.builtin().find(id);
    }

    @Override
    public String toString() {
        return "the built-in catalog";
    }
}
