package io.chipgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values shown in messages: control characters escaped, long values cut. */
class MessagesTest {
    @Test
    void controlCharactersAreEscaped() {
        assertEquals("a\\nb\\tc\\r", Messages.value("a\nb\tc\r"));
        assertEquals("V\\u001B[2J", Messages.value("V\u001B[2J"));
        assertEquals("\\u0000\\u007F\\u0085\\u2028", Messages.value("\u0000\u007F\u0085\u2028"));
        assertEquals("lone \\uD800 surrogate", Messages.value("lone \uD800 surrogate"));
        assertEquals("paired \uD83D\uDE00 ok", Messages.value("paired \uD83D\uDE00 ok"));
    }

    @Test
    void longValuesAreCutAtTheCap() {
        assertEquals("x".repeat(80), Messages.value("x".repeat(80)));
        assertEquals("x".repeat(80) + "…", Messages.value("x".repeat(81)));
        assertEquals("x".repeat(80) + "…", Messages.value("x".repeat(10_000_000)));
        assertEquals(null, Messages.value(null));
    }

    @Test
    void firstControl() {
        assertEquals(-1, Messages.firstControl("plain ı text"));
        assertEquals(1, Messages.firstControl("x\n"));
    }
}
