package io.chipgate.model;

/** The kind of an input/output interface of an integrated circuit. */
public enum LinkKind {
    NVLINK, PCIE, ETHERNET, INFINITY_FABRIC, HCCS, ICI, CXL, OTHER
}
