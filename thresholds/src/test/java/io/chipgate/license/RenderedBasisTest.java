package io.chipgate.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.chipgate.metrics.Tri;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A basis whose reason is rendered when first asked is the basis with that reason given as text. */
class RenderedBasisTest {
    private static final ReviewPolicy DENIAL = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "c", "d");
    private static final Ground G = Ground.DESTINATION;

    @Test
    void renderedOnceWhenFirstAskedAndEqualToTheTextualBasis() {
        AtomicInteger calls = new AtomicInteger();
        Basis lazy = Basis.rendered(G, G.name(), G.text(), G.paragraph(), Tri.UNKNOWN, BasisStatus.IN_FORCE,
            () -> {
                calls.incrementAndGet();
                return "depends on the reading: yes — x | no — y";
            }, DENIAL, "cite");
        assertEquals(0, calls.get(), "not rendered when made");
        assertEquals(Tri.UNKNOWN, lazy.applies());
        assertEquals(Tri.UNKNOWN, lazy.requires());
        assertEquals(0, calls.get(), "not rendered for its applicability");
        Basis given = Basis.of(G, G.name(), G.text(), G.paragraph(), Tri.UNKNOWN, BasisStatus.IN_FORCE,
            "depends on the reading: yes — x | no — y", DENIAL, "cite");
        assertEquals("depends on the reading: yes — x | no — y", lazy.reason());
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals(given.toString(), lazy.toString());
        assertEquals(1, calls.get(), "rendered once, then kept");
        Basis other = Basis.rendered(G, G.name(), G.text(), G.paragraph(), Tri.UNKNOWN, BasisStatus.IN_FORCE,
            () -> "depends on the reading: yes — x", DENIAL, "cite");
        assertNotEquals(given, other);
    }
}
