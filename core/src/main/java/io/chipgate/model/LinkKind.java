package io.chipgate.model;

/** The kind of an input/output interface of an integrated circuit. */
public enum LinkKind {
    /** NVIDIA's NVLink. */
    NVLINK,
    /** PCI Express. */
    PCIE,
    /** Ethernet, including vendors' scale-out ports. */
    ETHERNET,
    /** AMD's Infinity Fabric. */
    INFINITY_FABRIC,
    /** Huawei's HCCS (Huawei Cache Coherence System). */
    HCCS,
    /** Google's inter-chip interconnect (TPU). */
    ICI,
    /** Compute Express Link. */
    CXL,
    /** Any other link. */
    OTHER
}
