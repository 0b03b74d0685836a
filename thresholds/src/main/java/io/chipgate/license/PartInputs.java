package io.chipgate.license;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Inputs;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@link Inputs} of a part under an interpretation, kept in a small bounded cache: the licence grounds read the
 * figures of the part and of a system's ICs (the H20 figures, aggregate TPP and DRAM bandwidth, memory bandwidth
 * density) in every combination of readings and every decision, and parts are immutable, so their inputs are a
 * function of the part and the interpretation.
 *
 * <p>Keyed by the part's identity and the interpretation's value; {@link #SLOTS} entries, direct-mapped (a new entry
 * replaces the one in its slot), so memory stays bounded whatever the number of parts. Entries are immutable and
 * published through an {@link AtomicReferenceArray}: two threads may compute the same entry, and either is kept.
 * This class is thread-safe.
 */
final class PartInputs {
    /** The number of cached entries. */
    static final int SLOTS = 1024;
    private static final AtomicReferenceArray<PartInputs> CACHE = new AtomicReferenceArray<>(SLOTS);

    private final Part part;
    private final Interpretation interpretation;
    private final Inputs inputs;

    private PartInputs(Part part, Interpretation interpretation, Inputs inputs) {
        this.part = part;
        this.interpretation = interpretation;
        this.inputs = inputs;
    }

    /** {@return the inputs of a part under an interpretation, from the cache when present} */
    static Inputs of(Part part, Interpretation interpretation) {
        int h = System.identityHashCode(part) * 0x9E3779B9 + interpretation.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        PartInputs p = CACHE.get(slot);
        if (p != null && p.part == part && (p.interpretation == interpretation || p.interpretation.equals(interpretation))) {
            return p.inputs;
        }
        Inputs made = Inputs.of(part, interpretation);
        CACHE.set(slot, new PartInputs(part, interpretation, made));
        return made;
    }
}
