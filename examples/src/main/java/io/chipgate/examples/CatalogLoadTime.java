package io.chipgate.examples;

import io.chipgate.catalog.Catalog;

/**
 * Measures how long the built-in catalog takes to load in this (fresh) JVM, for docs/benchmarks.md.
 *
 * <p>Run: {@code java -cp examples/target/chipgate.jar io.chipgate.examples.CatalogLoadTime}
 */
public final class CatalogLoadTime {
    private CatalogLoadTime() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Catalog c = Catalog.builtin();
        long t1 = System.nanoTime();
        System.out.printf("loaded %s in %.1f ms (fresh JVM, including class loading)%n", c, (t1 - t0) / 1e6);
    }
}
