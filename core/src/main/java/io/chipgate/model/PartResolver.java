package io.chipgate.model;

import java.util.Optional;

/**
 * Finds parts by id: how the {@linkplain Part#contains() components} of a SYSTEM are resolved to the ICs they name.
 * A catalog is one ({@code io.chipgate.catalog.Catalog} implements this interface).
 *
 * <p>Two resolvers come with the library:
 * <ul>
 *   <li>{@link #builtIn()}: the built-in catalog when the {@code chipgate-catalog} jar is on the class path (it
 *   provides this interface as a {@link java.util.ServiceLoader} service), else a resolver that knows no part;
 *   <li>{@link #none()}: a resolver that knows no part, for callers who want a system's ICs left unresolved.
 * </ul>
 * A SYSTEM whose ICs cannot be resolved is classified INDETERMINATE, naming each IC not found: never a silent
 * "not controlled". Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PartResolver {
    /**
     * The part with this id, if known.
     *
     * @param id the id a component names, e.g. "nvidia-h100-sxm"; not null
     * @return the part, or empty when this resolver does not know it
     */
    Optional<Part> find(String id);

    /**
     * A resolver that knows no part: systems then answer INDETERMINATE, naming their ICs.
     *
     * @return the same resolver on every call
     */
    static PartResolver none() {
        return io.chipgate.internal.BuiltInResolver.NONE;
    }

    /**
     * The built-in catalog as a resolver: the first {@link java.util.ServiceLoader} provider of this interface on
     * the class path ({@code chipgate-catalog} provides one that resolves against {@code Catalog.builtin()},
     * loading it on first use), or {@link #none()} when no provider is present. Looked up once.
     *
     * @return the built-in resolver, never null
     */
    static PartResolver builtIn() {
        return io.chipgate.internal.BuiltInResolver.builtIn();
    }

    /**
     * Whether a provider of the built-in catalog was found on the class path, i.e. whether {@link #builtIn()}
     * can find any part.
     *
     * @return true when {@code chipgate-catalog} (or another provider) is present
     */
    static boolean builtInAvailable() {
        return io.chipgate.internal.BuiltInResolver.builtIn() != io.chipgate.internal.BuiltInResolver.NONE;
    }
}
