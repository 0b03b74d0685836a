package io.chipgate.model;

/**
 * The role of a die in a package.
 *
 * <p>For performance density, {@link #LOGIC} and {@link #IO} dies are both logic dies in the sense of
 * Technical Note 4 to 3A090 ("all die area of logic dies manufactured with a process node that uses a
 * non-planar transistor architecture"): an I/O or base die built on a FinFET node is logic, not memory.
 * {@link #MEMORY} dies (HBM, SRAM cache dies sold as memory) and {@link #OTHER} dies (dummy or structural
 * silicon, passive interposers) never count.
 */
public enum DieRole {
    /** A compute die. */
    LOGIC,
    /** An I/O, base or interconnect die built from logic. */
    IO,
    /** A memory die or stack. */
    MEMORY,
    /** Dummy, structural or passive silicon. */
    OTHER;

    /** {@return whether a die of this role is a logic die for the applicable die area} */
    public boolean isLogic() {
        return this == LOGIC || this == IO;
    }
}
