package io.chipgate.model;

/** What a part is: the three kinds the rules distinguish. */
public enum PartKind {
    /** An integrated circuit with digital processing units (3A090.a/.b). */
    ACCELERATOR,
    /** A high-bandwidth memory stack or packaged DRAM device (3A090.c). */
    MEMORY,
    /** A board or computer holding a number of listed ICs (4A090 and the .z items follow from its ICs). */
    SYSTEM
}
