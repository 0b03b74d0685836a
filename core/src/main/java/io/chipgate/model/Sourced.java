package io.chipgate.model;

import java.util.Map;
import java.util.Optional;

/**
 * Provenance shared by every entry that carries figures: which source it comes from, how sure it is,
 * and estimate intervals per field.
 */
public interface Sourced {
    /** {@return the id of an entry of {@link Part#sources()}, if given} */
    Optional<String> source();

    /** {@return a grade that overrides the source's grade for these figures (e.g. ESTIMATE for a derived value)} */
    Optional<Grade> grade();

    /** {@return estimate intervals by field name, e.g. {@code "areaMm2" -> [1500, 1700]}} */
    Map<String, Interval> ranges();

    /**
     * {@return sources of single figures by field name, where a figure comes from another source than the entry's (e.g.
     * {@code "transistors" -> nv-blackwell-arch, VENDOR} on a die whose area is an estimate)} A figure not named here
     * comes from {@link #source()}.
     */
    Map<String, FigureSource> figureSources();
}
