package io.chipgate.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output or error as the command line writes it: UTF-8 whatever the platform's encoding ({@code LANG=C}
 * in cron or a bare container would otherwise turn ≥, … and the byte-order mark into {@code ?}), flushed at each
 * line, and remembering why a write failed (a full device, a closed pipe) so that the command can stop and say so.
 */
final class StandardStream extends PrintWriter {
    private final Recorder recorder;

    private StandardStream(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), true);
        this.recorder = recorder;
    }

    /** Standard output, UTF-8. */
    static StandardStream out() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /** Standard error, UTF-8. */
    static StandardStream err() {
        return of(new FileOutputStream(FileDescriptor.err));
    }

    /** A stream over any byte stream (tests use a full device). */
    static StandardStream of(OutputStream bytes) {
        return new StandardStream(new Recorder(bytes));
    }

    /**
     * Writes bytes that are already UTF-8 (whole lines, their separators included) after the text written before
     * them; a failed write is remembered and reported by {@link #checkError()} as a failed {@code println} is.
     */
    void writeUtf8(byte[] bytes) {
        synchronized (lock) {
            flush();
            try {
                recorder.write(bytes, 0, bytes.length);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Why the first failed write failed ("No space left on device", "Broken pipe"), or "a write error". */
    String failure() {
        IOException e = recorder.first;
        return e == null || e.getMessage() == null ? "a write error" : e.getMessage();
    }

    /** Why a writer's output failed: the reason a {@code StandardStream} recorded, else "a write error". */
    static String failure(PrintWriter w) {
        if (w instanceof Json.AsciiPrintWriter a) {
            return failure(a.under());
        }
        return w instanceof StandardStream s ? s.failure() : "a write error";
    }

    private static final class Recorder extends FilterOutputStream {
        private IOException first;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        private void record(IOException e) {
            if (first == null) {
                first = e;
            }
        }
    }
}
