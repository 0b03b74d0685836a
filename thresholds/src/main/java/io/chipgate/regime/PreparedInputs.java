package io.chipgate.regime;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The inputs of a part under an interpretation, with the inputs under each alternative interpretation
 * ({@link Interpretation#alternatives()}) whose figures differ from them, computed once per (part,
 * interpretation) and kept in a small bounded cache.
 *
 * <p>Parts are immutable, so their metrics are a function of the part and the interpretation. The cache is keyed
 * by the part's identity and the interpretation's value; it holds at most {@link #SLOTS} entries (two-way
 * set-associative: a new entry replaces an older one in its set), so memory stays bounded whatever the number
 * of parts classified. It is thread-safe: entries are immutable and published through an
 * {@link AtomicReferenceArray}; two threads may compute the same entry, and either result is kept.
 *
 * <p>An alternative whose figures (TPP, applicable die area, density, I/O, memory bandwidth, memory bandwidth
 * density, transistors) all equal the interpretation's gives the same outcome under every rule, since rules
 * read nothing else that an interpretation changes; only the alternatives that differ are kept, so the
 * sensitivity report evaluates only those.
 */
final class PreparedInputs {
    /** The number of cached entries. */
    static final int SLOTS = 2048;
    private static final AtomicReferenceArray<PreparedInputs> CACHE = new AtomicReferenceArray<>(SLOTS);

    private final Part part;
    private final Interpretation interpretation;
    /** The inputs under the interpretation. */
    final Inputs inputs;
    /** The keys ("tf32Bits=19") of the alternatives whose figures differ, in {@link Interpretation#alternatives()} order. */
    final String[] alternativeKeys;
    /** The inputs under those alternatives, index for index with {@link #alternativeKeys}. */
    final Inputs[] alternatives;

    private PreparedInputs(Part part, Interpretation interpretation) {
        this.part = part;
        this.interpretation = interpretation;
        this.inputs = Inputs.of(part, interpretation);
        List<String> keys = new ArrayList<>();
        List<Inputs> alts = new ArrayList<>();
        for (Map.Entry<String, Interpretation> alt : interpretation.alternatives().entrySet()) {
            Inputs in = Inputs.of(part, alt.getValue());
            if (!sameFigures(inputs.metrics(), in.metrics())) {
                keys.add(alt.getKey());
                alts.add(in);
            }
        }
        this.alternativeKeys = keys.toArray(new String[0]);
        this.alternatives = alts.toArray(new Inputs[0]);
    }

    /** The prepared inputs of a part under an interpretation, from the cache when present. */
    static PreparedInputs of(Part part, Interpretation interpretation) {
        int h = System.identityHashCode(part) * 0x9E3779B9 + interpretation.hashCode();
        h ^= h >>> 16;
        int slot = h & (SLOTS - 1);
        int other = slot ^ 1;
        PreparedInputs p = CACHE.get(slot);
        if (p != null && p.matches(part, interpretation)) {
            return p;
        }
        PreparedInputs q = CACHE.get(other);
        if (q != null && q.matches(part, interpretation)) {
            return q;
        }
        PreparedInputs made = new PreparedInputs(part, interpretation);
        // fill an empty way first; otherwise replace the way found first, moving its entry to the other way
        if (p == null) {
            CACHE.set(slot, made);
        } else {
            CACHE.set(other, p);
            CACHE.set(slot, made);
        }
        return made;
    }

    private boolean matches(Part p, Interpretation i) {
        return part == p && (interpretation == i || interpretation.equals(i));
    }

    /** Whether two sets of metrics have the same figures wherever a rule reads them. */
    static boolean sameFigures(PartMetrics a, PartMetrics b) {
        return a.densityUndefined() == b.densityUndefined()
            && same(a.tpp(), b.tpp())
            && same(a.applicableDieAreaMm2(), b.applicableDieAreaMm2())
            && same(a.performanceDensity(), b.performanceDensity())
            && same(a.ioBidirectionalGBs(), b.ioBidirectionalGBs())
            && same(a.memoryBandwidthGBs(), b.memoryBandwidthGBs())
            && same(a.memoryBandwidthDensity(), b.memoryBandwidthDensity())
            && same(a.transistors(), b.transistors());
    }

    /** Equal figures: the same value, bounds, estimate interval, estimate flag and missing inputs. */
    static boolean same(Figure a, Figure b) {
        return a == b
            || a.value().equals(b.value())
            && a.lower().equals(b.lower())
            && a.upper().equals(b.upper())
            && a.estimateLow().equals(b.estimateLow())
            && a.estimateHigh().equals(b.estimateHigh())
            && a.estimated() == b.estimated()
            && a.missing().equals(b.missing());
    }
}
