package io.chipgate.model;

/** The type of a memory interface or memory part. */
public enum MemoryType {
    /** High Bandwidth Memory, first generation. */
    HBM,
    /** High Bandwidth Memory 2. */
    HBM2,
    /** High Bandwidth Memory 2E. */
    HBM2E,
    /** High Bandwidth Memory 3. */
    HBM3,
    /** High Bandwidth Memory 3E. */
    HBM3E,
    /** High Bandwidth Memory 4. */
    HBM4,
    /** Graphics DDR6 SDRAM. */
    GDDR6,
    /** Graphics DDR6X SDRAM. */
    GDDR6X,
    /** Graphics DDR7 SDRAM. */
    GDDR7,
    /** Low-power DDR4X SDRAM. */
    LPDDR4X,
    /** Low-power DDR5 SDRAM. */
    LPDDR5,
    /** Low-power DDR5X SDRAM. */
    LPDDR5X,
    /** DDR4 SDRAM. */
    DDR4,
    /** DDR5 SDRAM. */
    DDR5,
    /** Any other memory type. */
    OTHER;

    /** {@return whether this is a high-bandwidth memory generation} */
    public boolean isHbm() {
        return name().startsWith("HBM");
    }
}
