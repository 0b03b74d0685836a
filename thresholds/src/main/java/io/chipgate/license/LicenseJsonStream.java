package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import java.io.IOException;

/**
 * Writes a licence determination as JSON token by token, with exactly the fields, order and values of
 * {@link LicenseReports#tree} (the tree the pretty {@link LicenseReports#json} writes), without building the tree:
 * the JSON Lines of {@code license --from} are written this way, in the threads that decide them.
 *
 * <p>The bytes are written by {@link Line}, a writer of compact JSON in UTF-8 made for this one shape: strings are
 * escaped by Jackson's {@code JsonStringEncoder} (the escapes of Jackson's generators, which write the tree), the
 * UTF-8 of strings that recur across answers is kept, and a value a line repeats (the same basis, licence option,
 * review policy or readings, about 45 % of a line's bytes) is written once and its bytes copied where it recurs. A
 * line with a lone UTF-16 surrogate anywhere is left to the tree ({@link Line#surrogates()}).
 *
 * <p>This class is stateless and thread-safe; a {@link Line} belongs to one thread at a time.
 */
final class LicenseJsonStream {
    private LicenseJsonStream() {
    }

    /**
     * The UTF-8 of strings that recur across answers (grounds' texts, reasons, citations, review conditions, the
     * disclaimer: 98 % of a line's string bytes in a mix of 2,000 shipments come from fewer than 3,500 distinct
     * strings), escaped as the generator escapes them and without quotes. Bounded: emptied when full, after which the
     * strings that recur come back at once. Strings with a lone UTF-16 surrogate are never kept.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> UTF8 = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many strings are kept (a few MB). */
    static final int KEPT = 16_384;
    /** Shorter strings are written directly: looking them up would cost as much. */
    static final int SHORTEST = 12;

    /**
     * One line of compact JSON being written in UTF-8 into a growable array: no spaces, a comma before every value
     * or name but the first of its object or array, as Jackson's generators write compact JSON. Field names must be
     * ASCII needing no escape (this class's constants). Not thread-safe: one line, one thread.
     */
    static final class Line {
        private static final byte[] NULL = {'n', 'u', 'l', 'l'};
        private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
        private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
        private byte[] bytes;
        private int length;
        /** Whether the next value or name follows another in its object or array (and so needs a comma). */
        private boolean follows;
        private boolean surrogates;
        /** The values written so far in this line, by identity, with where their bytes are. */
        private final java.util.IdentityHashMap<Object, long[]> written = new java.util.IdentityHashMap<>();

        /** A line written into {@code buffer} (grown as needed: see {@link #bytes()}). */
        Line(byte[] buffer) {
            this.bytes = buffer;
        }

        /** {@return the array the line is in (its first {@link #length()} bytes); the buffer given, or a larger one} */
        byte[] bytes() {
            return bytes;
        }

        /** {@return how many bytes were written} */
        int length() {
            return length;
        }

        /** {@return whether a string written had a lone UTF-16 surrogate: then the line is written another way} */
        boolean surrogates() {
            return surrogates;
        }

        private void room(int n) {
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        private void put(byte b) {
            room(1);
            bytes[length++] = b;
        }

        private void put(byte[] b, int from, int n) {
            room(n);
            System.arraycopy(b, from, bytes, length, n);
            length += n;
        }

        /** Before a value or a name: the comma when it follows another. */
        private void separate() {
            if (follows) {
                put((byte) ',');
            }
        }

        private void value(byte[] literal) {
            separate();
            put(literal, 0, literal.length);
            follows = true;
        }

        void writeStartObject() {
            separate();
            put((byte) '{');
            follows = false;
        }

        void writeEndObject() {
            put((byte) '}');
            follows = true;
        }

        void writeStartArray() {
            separate();
            put((byte) '[');
            follows = false;
        }

        void writeEndArray() {
            put((byte) ']');
            follows = true;
        }

        void writeFieldName(String name) {
            separate();
            byte[] b = NAMES.get(name);
            if (b == null) {
                b = name(name);
                NAMES.put(name, b);
            }
            put(b, 0, b.length);
            follows = false;
        }

        void writeArrayFieldStart(String name) {
            writeFieldName(name);
            writeStartArray();
        }

        void writeString(String text) {
            if (text == null) {
                value(NULL);
                return;
            }
            separate();
            put((byte) '"');
            if (text.length() < SHORTEST) {
                if (!plain(text)) {
                    escape(text);
                }
            } else {
                byte[] b = UTF8.get(text);
                if (b == null) {
                    b = escaped(text);
                    if (b != null) {
                        if (UTF8.size() >= KEPT) {
                            UTF8.clear();
                        }
                        UTF8.put(text, b);
                    }
                }
                if (b != null) {
                    put(b, 0, b.length);
                }
            }
            put((byte) '"');
            follows = true;
        }

        /** Writes a short string needing no escape (printable ASCII but quote and backslash) as it is; else false. */
        private boolean plain(String text) {
            int n = text.length();
            room(n);
            int at = length;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                    return false;
                }
                bytes[at++] = (byte) c;
            }
            length = at;
            return true;
        }

        private void escape(String text) {
            byte[] b = escaped(text);
            if (b != null) {
                put(b, 0, b.length);
            }
        }

        /**
         * The string in UTF-8 escaped as Jackson's generators escape it, without the quotes ({@code JsonStringEncoder}
         * uses their table of escapes: quote, backslash, control characters; a surrogate pair as the four bytes of its
         * character); null for a lone surrogate, which UTF-8 cannot encode: the line is then left to the tree.
         */
        private byte[] escaped(String s) {
            try {
                return com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(s);
            } catch (IllegalArgumentException loneSurrogate) {
                surrogates = true;
                return null;
            }
        }

        void writeStringField(String name, String value) {
            writeFieldName(name);
            writeString(value);
        }

        void writeNumberField(String name, long value) {
            writeFieldName(name);
            separate();
            String digits = Long.toString(value);
            room(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                bytes[length++] = (byte) digits.charAt(i);
            }
            follows = true;
        }

        void writeBooleanField(String name, boolean value) {
            writeFieldName(name);
            value(value ? TRUE : FALSE);
        }

        void writeNullField(String name) {
            writeFieldName(name);
            value(NULL);
        }

        /**
         * Writes {@code value} with {@code w}; when this line wrote the same object before (by identity), copies the
         * bytes it was written as instead.
         */
        void once(Object value, ValueWriter w) throws IOException {
            long[] at = written.get(value);
            separate();
            if (at != null) {
                put(bytes, (int) at[0], (int) at[1]);
                follows = true;
                return;
            }
            follows = false;
            int start = length;
            w.write(this);
            written.put(value, new long[] {start, length - start});
        }
    }

    /** Each field name as it is written, {@code "name":}, made once (the names are this class's few dozen constants). */
    private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code "name":} in ASCII, for a name of printable ASCII but quote and backslash (this class's constants). */
    static byte[] name(String name) {
        byte[] b = new byte[name.length() + 3];
        b[0] = '"';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                throw new IllegalArgumentException("a field name must be printable ASCII without quote or backslash: " + name);
            }
            b[i + 1] = (byte) c;
        }
        b[b.length - 2] = '"';
        b[b.length - 1] = ':';
        return b;
    }

    /** A value's writer, given the line to write it to. */
    @FunctionalInterface
    interface ValueWriter {
        /**
         * Writes the value.
         *
         * @param g the line
         * @throws IOException never from a line; declared for the callers' writers
         */
        void write(Line g) throws IOException;
    }

    static void write(Line g, LicenseDetermination d) throws IOException {
        g.writeStartObject();
        g.writeStringField("part", d.partId());
        g.writeStringField("partName", d.partName());
        g.writeStringField("kind", d.kind().name());
        g.writeNumberField("quantity", d.quantity());
        g.writeStringField("destination", d.destination());
        g.writeStringField("headquarters", d.headquarters().orElse(null));
        g.writeStringField("date", d.date().toString());
        g.writeStringField("transaction", d.transaction().name());
        g.writeArrayFieldStart("classification");
        for (Determination det : d.classifications()) {
            g.writeStartObject();
            g.writeStringField("regime", det.regimeId());
            g.writeStringField("status", det.status().name());
            g.writeStringField("outcome", det.outcome().code());
            g.writeArrayFieldStart("missing");
            for (String m : det.missing()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("aggregateTpp", d.aggregateTpp().isPresent() ? d.aggregateTpp().get().toString() : null);
        tri(g, "subjectToEar", d.subjectToEar());
        g.writeFieldName("jurisdiction");
        jurisdiction(g, d.jurisdiction());
        tri(g, "licenseRequired", d.licenseRequired());
        g.writeArrayFieldStart("settledBy");
        for (OpenQuestion q : d.settledBy()) {
            question(g, q);
        }
        g.writeEndArray();
        g.writeBooleanField("readingsDisagree", d.asEnforced().readingsDisagree());
        g.writeBooleanField("partiesScreened", d.partiesScreened());
        g.writeStringField("partiesListDate", d.partiesListDate().isPresent() ? d.partiesListDate().get().toString() : null);
        g.writeBooleanField("partiesListStale", d.partiesListStale());
        g.writeArrayFieldStart("parties");
        for (PartyFinding pf : d.parties()) {
            g.writeStartObject();
            g.writeStringField("role", pf.party().role().name());
            g.writeStringField("name", pf.party().name());
            g.writeStringField("list", pf.hit().list().code());
            g.writeStringField("listTitle", pf.hit().list().title());
            g.writeStringField("listedName", pf.hit().listedName());
            g.writeStringField("matchedName", pf.hit().matchedName());
            g.writeNumberField("score", pf.hit().score());
            g.writeStringField("band", pf.hit().band().name());
            g.writeStringField("entityNumber", pf.hit().entityNumber().orElse(null));
            g.writeStringField("citation", pf.hit().citation().orElse(null));
            g.writeStringField("licenceRequirement", pf.hit().licenceRequirement().orElse(null));
            g.writeStringField("reviewPolicy", pf.hit().reviewPolicy().orElse(null));
            g.writeArrayFieldStart("countries");
            for (String c : pf.hit().countries()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeBooleanField("countryCorroborates", pf.hit().countryCorroborates());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("reported", d.reported());
        g.writeArrayFieldStart("basis");
        for (Basis b : d.basis()) {
            g.once(b, x -> basis(x, b));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("licenseExceptions");
        for (LicenseOption o : d.licenseExceptions()) {
            g.once(o, x -> option(x, o));
        }
        g.writeEndArray();
        g.writeFieldName("reviewPolicy");
        ReviewPolicy top = d.reviewPolicy();
        g.once(top, x -> policy(x, top));
        g.writeArrayFieldStart("groundsConsidered");
        for (Basis b : d.grounds()) {
            g.once(b, x -> basis(x, b));
        }
        g.writeEndArray();
        g.writeFieldName("asWritten");
        answer(g, d.asWritten());
        g.writeFieldName("asEnforced");
        answer(g, d.asEnforced());
        g.writeFieldName("readings");
        LicenseAnswer enforced = d.asEnforced();
        g.once(enforced, x -> readings(x, enforced));
        strings(g, "citations", d.citations());
        strings(g, "warnings", d.warnings());
        g.writeArrayFieldStart("warningCodes");
        for (LicenceNotice x : d.notices()) {
            g.writeString(x.code().name());
        }
        g.writeEndArray();
        g.writeStringField("disclaimer", d.disclaimer());
        g.writeEndObject();
    }

    private static void jurisdiction(Line g, Jurisdiction j) throws IOException {
        g.writeStartObject();
        tri(g, "subjectToEar", j.subjectToEar());
        g.writeBooleanField("assumed", j.assumed());
        g.writeStringField("origin", j.facts().origin().isPresent() ? j.facts().origin().get().code() : null);
        if (j.facts().origin().orElse(null) == Origin.FOREIGN) {
            tri(g, "directProduct", j.facts().directProduct());
            g.writeStringField("usContentPercent", j.facts().usContentPercent().isPresent()
                ? j.facts().usContentPercent().get().toPlainString() : null);
        } else {
            g.writeNullField("directProduct");
            g.writeNullField("usContentPercent");
        }
        g.writeStringField("basis", j.basis());
        g.writeStringField("statement", j.statement());
        g.writeArrayFieldStart("rules");
        for (RuleFinding r : j.rules()) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeStringField("paragraph", r.paragraph());
            g.writeStringField("name", r.name());
            g.writeStringField("version", r.version());
            tri(g, "subjects", r.subjects());
            g.writeArrayFieldStart("prongs");
            for (Prong p : r.prongs()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                tri(g, "value", p.value());
                g.writeStringField("reason", p.reason());
                g.writeArrayFieldStart("settledBy");
                for (OpenQuestion q : p.settledBy()) {
                    g.writeString(q.id());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("text", r.text());
            g.writeStringField("citation", r.citation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("settledBy");
        for (OpenQuestion q : j.settledBy()) {
            question(g, q);
        }
        g.writeEndArray();
        strings(g, "fabrication", j.fabrication());
        strings(g, "citations", j.citations());
        g.writeEndObject();
    }

    private static void question(Line g, OpenQuestion q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("question", q.question());
        g.writeStringField("known", q.known());
        g.writeStringField("citation", q.citation());
        g.writeEndObject();
    }

    private static void answer(Line g, LicenseAnswer a) throws IOException {
        g.writeStartObject();
        tri(g, "licenseRequired", a.licenseRequired());
        g.writeBooleanField("readingsDisagree", a.readingsDisagree());
        g.writeArrayFieldStart("basis");
        for (Basis b : a.basis()) {
            g.once(b, x -> basis(x, b));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("licenseExceptions");
        for (LicenseOption o : a.licenseExceptions()) {
            g.once(o, x -> option(x, o));
        }
        g.writeEndArray();
        g.writeFieldName("reviewPolicy");
        ReviewPolicy p = a.reviewPolicy();
        g.once(p, x -> policy(x, p));
        g.writeFieldName("readings");
        g.once(a, x -> readings(x, a));
        g.writeEndObject();
    }

    private static void readings(Line g, LicenseAnswer a) throws IOException {
        g.writeStartArray();
        for (ReadingAnswer r : a.readings()) {
            g.writeStartObject();
            g.writeArrayFieldStart("assume");
            for (Reading rd : r.readings()) {
                g.writeStartObject();
                g.writeStringField("question", rd.question());
                g.writeStringField("reading", rd.id());
                g.writeStringField("assumption", rd.assumption());
                g.writeStringField("citation", rd.citation());
                g.writeEndObject();
            }
            g.writeEndArray();
            tri(g, "licenseRequired", r.licenseRequired());
            g.writeArrayFieldStart("basis");
            for (Basis x : r.basis()) {
                g.writeString(x.paragraph());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("licenseExceptions");
            for (LicenseOption x : r.licenseExceptions()) {
                g.writeStartObject();
                g.writeStringField("code", x.code());
                tri(g, "available", x.available());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("reviewPolicy", r.reviewPolicy().kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(Line g, String field, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void tri(Line g, String field, Tri t) throws IOException {
        if (t == Tri.UNKNOWN) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, t == Tri.TRUE);
        }
    }

    private static void policy(Line g, ReviewPolicy p) throws IOException {
        g.writeStartObject();
        g.writeStringField("policy", p.kind().name());
        g.writeStringField("label", p.kind().label());
        g.writeStringField("citation", p.citation());
        g.writeStringField("conditions", p.conditions());
        g.writeEndObject();
    }

    private static void option(Line g, LicenseOption o) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", o.code());
        tri(g, "available", o.available());
        g.writeStringField("conditions", o.conditions());
        strings(g, "notification", o.notification());
        g.writeStringField("citation", o.citation());
        g.writeStringField("note", o.note().isEmpty() ? null : o.note());
        g.writeEndObject();
    }

    private static void basis(Line g, Basis b) throws IOException {
        g.writeStartObject();
        g.writeStringField("ground", b.ground().name());
        g.writeStringField("paragraph", b.paragraph());
        g.writeStringField("text", b.text());
        tri(g, "applies", b.applies());
        g.writeStringField("status", b.status().name());
        g.writeBooleanField("counts", b.status().counts());
        g.writeStringField("reason", b.reason());
        g.writeFieldName("reviewPolicy");
        ReviewPolicy p = b.reviewPolicy();
        g.once(p, x -> policy(x, p));
        g.writeStringField("citation", b.citation());
        g.writeEndObject();
    }
}
