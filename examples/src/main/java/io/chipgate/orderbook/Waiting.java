package io.chipgate.orderbook;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Waiting for work done on another thread (a chunk decided or written while the next is read): its result, or the
 * exception it threw, thrown again as it was.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Waiting {
    private Waiting() {
    }

    /**
     * {@return the work's result once it is done}
     *
     * @param work the work, not null
     * @param interrupted the exception to throw when this thread is interrupted while it waits (its interrupt flag is
     *     set again first)
     * @param <T> the result's type
     * @throws RuntimeException the work's own unchecked exception, as it was thrown
     * @throws Error the work's own error, as it was thrown
     */
    public static <T> T result(Future<T> work, Supplier<? extends RuntimeException> interrupted) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            RuntimeException x = interrupted.get();
            x.addSuppressed(e);
            throw x;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
