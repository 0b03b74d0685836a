package io.chipgate.regime;

import io.chipgate.model.Part;
import java.util.Optional;

/** Finds the parts a SYSTEM contains, by id (a catalog is one). */
@FunctionalInterface
public interface PartResolver {
    Optional<Part> find(String id);

    /** A resolver that knows no part: systems then answer INDETERMINATE, naming their ICs. */
    static PartResolver none() {
        return id -> Optional.empty();
    }
}
