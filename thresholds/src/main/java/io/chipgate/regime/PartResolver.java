package io.chipgate.regime;

import io.chipgate.model.Part;
import java.util.Optional;

/**
 * Finds the parts a SYSTEM contains, by id.
 *
 * @deprecated moved to core as {@link io.chipgate.model.PartResolver} (which {@code Catalog} implements); every
 *     method that took this type takes that one, so a lambda or a value of this type still fits. This alias will
 *     be removed.
 */
@Deprecated
@FunctionalInterface
public interface PartResolver extends io.chipgate.model.PartResolver {
    @Override
    Optional<Part> find(String id);

    /**
     * A resolver that knows no part: systems then answer INDETERMINATE, naming their ICs.
     *
     * @return a resolver that finds nothing
     * @deprecated use {@link io.chipgate.model.PartResolver#none()}
     */
    @Deprecated
    static PartResolver none() {
        return id -> Optional.empty();
    }
}
