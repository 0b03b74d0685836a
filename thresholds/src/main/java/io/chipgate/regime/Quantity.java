package io.chipgate.regime;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.MemoryBandwidthDensity;
import io.chipgate.metrics.PerformanceDensity;
import java.util.function.Function;

/** A figure the rules put a threshold on, with its unit and where to find it in the {@link Inputs}. */
public enum Quantity {
    /** 'Total processing performance': 2 × MacTOPS × bit length, summed over the processor units; no unit. */
    TPP("TPP", "", Inputs::tpp),
    /** 'Performance density': TPP ÷ applicable die area in mm². */
    PERFORMANCE_DENSITY("PD", PerformanceDensity.UNIT, Inputs::performanceDensity),
    /** The aggregate bidirectional transfer rate over all inputs and outputs, GB/s (the 2022 3A090.a). */
    IO_BIDIRECTIONAL("I/O", "GB/s", Inputs::ioBidirectionalGBs),
    /** The total memory (DRAM) bandwidth, GB/s. */
    MEMORY_BANDWIDTH("DRAM bandwidth", "GB/s", Inputs::memoryBandwidthGBs),
    /** The memory (DRAM) bandwidth plus the I/O rate, GB/s. */
    IO_PLUS_MEMORY_BANDWIDTH("DRAM + I/O bandwidth", "GB/s", Inputs::ioPlusMemoryGBs),
    /** 'Memory bandwidth density': memory bandwidth ÷ package or stack area, GB/s per mm² (3A090.c). */
    MEMORY_BANDWIDTH_DENSITY("memory bandwidth density", MemoryBandwidthDensity.UNIT, Inputs::memoryBandwidthDensity),
    /** The transistor count summed over all dies. */
    TRANSISTORS("transistors", "", Inputs::transistors);

    private final String label;
    private final String unit;
    private final Function<Inputs, Figure> figure;

    Quantity(String label, String unit, Function<Inputs, Figure> figure) {
        this.label = label;
        this.unit = unit;
        this.figure = figure;
    }

    /** {@return short label as printed in clauses, e.g. "TPP"} */
    public String label() {
        return label;
    }

    /**
     * The unit printed after a line or value: "GB/s", "GB/s/mm²", "TPP/mm²" for performance density (TPP per mm² of
     * applicable die area), empty for TPP and transistor counts, which have none.
     *
     * @return the unit, possibly empty
     */
    public String unit() {
        return unit;
    }

    /**
     * {@return this quantity's figure in the inputs}
     *
     * @param inputs the part's inputs, not null
     */
    public Figure of(Inputs inputs) {
        // a switch rather than the function field: one call site for seven functions would not inline
        switch (this) {
            case TPP:
                return inputs.tpp();
            case PERFORMANCE_DENSITY:
                return inputs.performanceDensity();
            case IO_BIDIRECTIONAL:
                return inputs.ioBidirectionalGBs();
            case MEMORY_BANDWIDTH:
                return inputs.memoryBandwidthGBs();
            case IO_PLUS_MEMORY_BANDWIDTH:
                return inputs.ioPlusMemoryGBs();
            case MEMORY_BANDWIDTH_DENSITY:
                return inputs.memoryBandwidthDensity();
            case TRANSISTORS:
                return inputs.transistors();
            default:
                return figure.apply(inputs);
        }
    }
}
