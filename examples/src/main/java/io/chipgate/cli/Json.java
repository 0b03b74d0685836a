package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;

/** Pretty JSON with plain decimals, or one compact line per object for JSON Lines. */
final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.instance; // keeps BigDecimals as given (Jackson ≥ 2.15 does not normalise here)

    /** The writers, built on first use: a text-format call never pays for an ObjectMapper (see docs/benchmarks.md). */
    private static final class Writers {
        static final ObjectMapper M = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .nodeFactory(F).build();

        static final ObjectMapper LINE = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(F).build();

        /** Reads the library's JSON text back as a tree, numbers exactly as written (to add CLI-only fields). */
        static final ObjectMapper READ = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(F).build();
    }


    private Json() {
    }

    /**
     * A JSON object written by the library ({@code Reports.json}) as a tree, so the CLI can add its own fields
     * (notices) and place it in an array; numbers are kept exactly as written.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode object(String json) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode) Writers.READ.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /** One compact line, for JSON Lines. */
    static String line(Object node) {
        try {
            return Writers.LINE.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON text with every character outside ASCII written as a {@code \\uXXXX} escape (a character outside the
     * Basic Multilingual Plane as its two UTF-16 escapes), for consumers that need ASCII ({@code --ascii}). In JSON
     * such characters stand only inside strings, where the escape means the same character, so the result is the
     * same JSON.
     */
    static String ascii(CharSequence json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            escape(b, json.charAt(i));
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void escape(StringBuilder b, char c) {
        if (c < 0x80) {
            b.append(c);
        } else {
            b.append('\\').append('u').append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
        }
    }

    /** A writer that escapes every character outside ASCII as {@link #ascii} does, as it passes through. */
    static final class AsciiWriter extends java.io.FilterWriter {
        AsciiWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws java.io.IOException {
            if (c < 0x80) {
                out.write(c);
            } else {
                StringBuilder b = new StringBuilder(6);
                escape(b, (char) c);
                out.write(b.toString());
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws java.io.IOException {
            out.write(ascii(java.nio.CharBuffer.wrap(cbuf, off, len)));
        }

        @Override
        public void write(String str, int off, int len) throws java.io.IOException {
            out.write(ascii(str.subSequence(off, off + len)));
        }
    }

    /**
     * Standard output for {@code --ascii}: escapes as {@link AsciiWriter} does, and reports the errors of the stream
     * under it (a full device, a closed pipe) as its own.
     */
    static final class AsciiPrintWriter extends java.io.PrintWriter {
        private final java.io.PrintWriter under;

        AsciiPrintWriter(java.io.PrintWriter under) {
            super(new AsciiWriter(under), true);
            this.under = under;
        }

        @Override
        public boolean checkError() {
            return super.checkError() || under.checkError();
        }

        /** {@return the stream under the escapes} */
        java.io.PrintWriter under() {
            return under;
        }
    }

    /**
     * A byte stream of UTF-8 JSON written on as ASCII: every multi-byte sequence becomes {@code \\uXXXX} escapes
     * (for {@code screen --out} files with {@code --ascii}). Bytes that are not well-formed UTF-8 do not occur in
     * what chipgate writes; they would be written as U+FFFD.
     */
    static final class AsciiOutputStream extends java.io.FilterOutputStream {
        private int codePoint;
        private int pending;

        AsciiOutputStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            b &= 0xFF;
            if (pending > 0 && (b & 0xC0) == 0x80) {
                codePoint = (codePoint << 6) | (b & 0x3F);
                if (--pending == 0) {
                    emit(codePoint);
                }
                return;
            }
            if (pending > 0) {
                pending = 0;
                emit(0xFFFD);
            }
            if (b < 0x80) {
                out.write(b);
            } else if ((b & 0xE0) == 0xC0) {
                codePoint = b & 0x1F;
                pending = 1;
            } else if ((b & 0xF0) == 0xE0) {
                codePoint = b & 0x0F;
                pending = 2;
            } else if ((b & 0xF8) == 0xF0) {
                codePoint = b & 0x07;
                pending = 3;
            } else {
                emit(0xFFFD);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        private void emit(int cp) throws java.io.IOException {
            StringBuilder s = new StringBuilder(12);
            for (char c : Character.toChars(Character.isValidCodePoint(cp) ? cp : 0xFFFD)) {
                escape(s, c);
            }
            out.write(s.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    static String write(Object node) {
        try {
            return Writers.M.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
