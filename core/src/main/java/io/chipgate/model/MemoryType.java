package io.chipgate.model;

/** The type of a memory interface or memory part. */
public enum MemoryType {
    HBM, HBM2, HBM2E, HBM3, HBM3E, HBM4, GDDR6, GDDR6X, GDDR7, LPDDR4X, LPDDR5, LPDDR5X, DDR4, DDR5, OTHER;

    /** Whether this is a high-bandwidth memory generation. */
    public boolean isHbm() {
        return name().startsWith("HBM");
    }
}
