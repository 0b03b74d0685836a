package io.chipgate.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TriTest {
    @Test
    void kleeneTruthTables() {
        Tri T = Tri.TRUE, F = Tri.FALSE, U = Tri.UNKNOWN;
        assertEquals(F, F.and(U));
        assertEquals(F, U.and(F));
        assertEquals(U, T.and(U));
        assertEquals(T, T.and(T));
        assertEquals(T, U.or(T));
        assertEquals(U, F.or(U));
        assertEquals(F, F.or(F));
        assertEquals(U, U.not());
        assertEquals(F, T.not());
    }
}
