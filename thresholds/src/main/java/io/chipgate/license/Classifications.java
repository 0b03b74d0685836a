package io.chipgate.license;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Regime;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The classifications of parts, kept in a small bounded cache across decisions: a licence decision classifies its part
 * under up to four regimes, and a mix of shipments asks the same parts on many dates. A regime determines a part alike
 * on every day of a {@linkplain Regime#classificationSpan span} but for the date the determination names, so a
 * determination made on one day of the span is {@linkplain Regime#redated moved} to the day asked: the same
 * determination {@link Regime#classify} gives there.
 *
 * <p>Keyed by the regime, the part's identity (parts are immutable), the interpretation's value, the span and, for a
 * SYSTEM, the resolver: a system is cached only with the built-in resolver or {@link PartResolver#none()}, whose
 * answers never change (a caller's own resolver is asked every time). A regime that names no span (the foundry rule, a
 * custom regime) is not cached. {@link #SLOTS} entries in sets of four slots (a new entry takes an empty slot
 * of its set, or replaces the one in its own slot); entries are immutable and published through an
 * {@link AtomicReferenceArray}: two threads may compute the same entry, and either is kept. This class is thread-safe.
 */
final class Classifications {
    /** The number of cached entries. */
    static final int SLOTS = 4096;
    private static final AtomicReferenceArray<Classifications> CACHE = new AtomicReferenceArray<>(SLOTS);

    private final Regime regime;
    private final Part part;
    private final Interpretation interpretation;
    private final PartResolver resolver;
    private final LocalDate span;
    private final Determination made;

    private Classifications(Regime regime, Part part, Interpretation interpretation, PartResolver resolver, LocalDate span,
                            Determination made) {
        this.regime = regime;
        this.part = part;
        this.interpretation = interpretation;
        this.resolver = resolver;
        this.span = span;
        this.made = made;
    }

    /** {@return what {@code regime.classify(part, interpretation, date, resolver)} gives, from the cache when it can} */
    static Determination of(Regime regime, Part part, Interpretation interpretation, LocalDate date, PartResolver resolver) {
        boolean system = part.kind() == PartKind.SYSTEM;
        Optional<LocalDate> spanOf = regime.classificationSpan(date);
        if (spanOf.isEmpty() || system && resolver != PartResolver.builtIn() && resolver != PartResolver.none()) {
            return regime.classify(part, interpretation, date, resolver);
        }
        LocalDate span = spanOf.get();
        // the resolver is part of the key for a system only: an IC's classification never reads it
        PartResolver key = system ? resolver : null;
        int h = (System.identityHashCode(part) * 0x9E3779B9 + interpretation.hashCode()) * 31 + System.identityHashCode(regime);
        h = h * 31 + span.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        // four slots a key may sit in (a set), so that keys meeting in one slot do not evict each other forever
        for (int i = slot & ~3; i <= (slot | 3); i++) {
            Classifications c = CACHE.get(i);
            if (c != null && c.part == part && c.regime == regime && c.resolver == key && c.span.equals(span)
                && (c.interpretation == interpretation || c.interpretation.equals(interpretation))) {
                return c.made.date().equals(date) ? c.made : regime.redated(c.made, date);
            }
        }
        Determination made = regime.classify(part, interpretation, date, resolver);
        int free = slot;
        for (int i = slot & ~3; i <= (slot | 3); i++) {
            if (CACHE.get(i) == null) {
                free = i;
                break;
            }
        }
        CACHE.set(free, new Classifications(regime, part, interpretation, key, span, made));
        return made;
    }
}
