package io.chipgate.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link Waiting#result}: the work's result, or what it threw as it was thrown, or the caller's exception when interrupted. */
class WaitingTest {
    @Test
    void givesTheResultOrRethrowsTheWorksOwnException() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertEquals("done", Waiting.result(pool.submit(() -> "done"), IllegalStateException::new));
            IllegalArgumentException bad = new IllegalArgumentException("a bad line");
            Future<String> failing = pool.submit(() -> {
                throw bad;
            });
            assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Waiting.result(failing, IllegalStateException::new)));
            AssertionError error = new AssertionError("an error");
            Future<String> erring = pool.submit(() -> {
                throw error;
            });
            assertSame(error, assertThrows(AssertionError.class, () -> Waiting.result(erring, IllegalStateException::new)));
            java.io.IOException checked = new java.io.IOException("checked");
            Future<String> checkedFailing = pool.submit(() -> {
                throw checked;
            });
            assertSame(checked, assertThrows(IllegalStateException.class, () -> Waiting.result(checkedFailing, IllegalStateException::new))
                .getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedWaitThrowsTheCallersExceptionAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            IllegalStateException x = assertThrows(IllegalStateException.class,
                () -> Waiting.result(new CompletableFuture<String>(), () -> new IllegalStateException("interrupted while deciding")));
            assertEquals("interrupted while deciding", x.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted(); // clear it for the next test
        }
    }
}
