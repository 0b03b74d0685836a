package io.chipgate.license;

import com.fasterxml.jackson.core.JsonGenerator;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import java.io.IOException;

/**
 * Writes a licence determination as JSON token by token, with exactly the fields, order and values of
 * {@link LicenseReports#tree} (the tree the pretty {@link LicenseReports#json} writes), without building the tree:
 * the JSON Lines of {@code license --from} are written this way, in the threads that decide them.
 *
 * <p>This class is stateless and thread-safe.
 */
final class LicenseJsonStream {
    private LicenseJsonStream() {
    }

    /**
     * The UTF-8 of strings that recur across answers (grounds' texts, reasons, citations, review conditions, the
     * disclaimer: 98 % of a line's string bytes in a mix of 2,000 shipments come from fewer than 3,500 distinct
     * strings), escaped as the generator escapes them and without quotes. Bounded: emptied when full, after which the
     * strings that recur come back at once. Strings with a UTF-16 surrogate are never kept.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> UTF8 = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many strings are kept (a few MB). */
    static final int KEPT = 16_384;
    /** Shorter strings are written directly: looking them up would cost as much. */
    static final int SHORTEST = 12;
    /**
     * A generator writing to UTF-8 that writes each recurring string from {@link #UTF8} and remembers whether it wrote a
     * string with a UTF-16 surrogate (which the caller then checks for a lone one).
     */
    static final class Utf8Strings extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        private boolean surrogates;

        Utf8Strings(JsonGenerator utf8) {
            super(utf8, false);
        }

        /** {@return whether a string written had a UTF-16 surrogate} */
        boolean surrogates() {
            return surrogates;
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text == null || text.length() < SHORTEST) {
                surrogates |= text != null && hasSurrogate(text);
                delegate.writeString(text);
                return;
            }
            byte[] b = UTF8.get(text);
            if (b == null) {
                if (hasSurrogate(text)) {
                    surrogates = true;
                    delegate.writeString(text);
                    return;
                }
                b = escaped(text);
                if (UTF8.size() >= KEPT) {
                    UTF8.clear();
                }
                UTF8.put(text, b);
            }
            delegate.writeRawUTF8String(b, 0, b.length);
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            // the names are this class's constants: a few dozen
            delegate.writeFieldName(NAMES.computeIfAbsent(name, com.fasterxml.jackson.core.io.SerializedString::new));
        }

        @Override
        public void writeStringField(String field, String value) throws IOException {
            writeFieldName(field);
            writeString(value);
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The string (without a UTF-16 surrogate) in UTF-8 escaped as the generator escapes it, without the quotes:
     * {@code JsonStringEncoder} uses the generator's table of escapes (quote, backslash, control characters).
     */
    private static byte[] escaped(String s) {
        return com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsUTF8(s);
    }

    /** The field names, encoded once. */
    private static final java.util.concurrent.ConcurrentHashMap<String, com.fasterxml.jackson.core.io.SerializedString> NAMES =
        new java.util.concurrent.ConcurrentHashMap<>();

    static void write(JsonGenerator g, LicenseDetermination d) throws IOException {
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
            basis(g, b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("licenseExceptions");
        for (LicenseOption o : d.licenseExceptions()) {
            option(g, o);
        }
        g.writeEndArray();
        g.writeFieldName("reviewPolicy");
        policy(g, d.reviewPolicy());
        g.writeArrayFieldStart("groundsConsidered");
        for (Basis b : d.grounds()) {
            basis(g, b);
        }
        g.writeEndArray();
        g.writeFieldName("asWritten");
        answer(g, d.asWritten());
        g.writeFieldName("asEnforced");
        answer(g, d.asEnforced());
        g.writeFieldName("readings");
        readings(g, d.asEnforced());
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

    private static void jurisdiction(JsonGenerator g, Jurisdiction j) throws IOException {
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

    private static void question(JsonGenerator g, OpenQuestion q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("question", q.question());
        g.writeStringField("known", q.known());
        g.writeStringField("citation", q.citation());
        g.writeEndObject();
    }

    private static void answer(JsonGenerator g, LicenseAnswer a) throws IOException {
        g.writeStartObject();
        tri(g, "licenseRequired", a.licenseRequired());
        g.writeBooleanField("readingsDisagree", a.readingsDisagree());
        g.writeArrayFieldStart("basis");
        for (Basis b : a.basis()) {
            basis(g, b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("licenseExceptions");
        for (LicenseOption o : a.licenseExceptions()) {
            option(g, o);
        }
        g.writeEndArray();
        g.writeFieldName("reviewPolicy");
        policy(g, a.reviewPolicy());
        g.writeFieldName("readings");
        readings(g, a);
        g.writeEndObject();
    }

    private static void readings(JsonGenerator g, LicenseAnswer a) throws IOException {
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

    private static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void tri(JsonGenerator g, String field, Tri t) throws IOException {
        if (t == Tri.UNKNOWN) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, t == Tri.TRUE);
        }
    }

    private static void policy(JsonGenerator g, ReviewPolicy p) throws IOException {
        g.writeStartObject();
        g.writeStringField("policy", p.kind().name());
        g.writeStringField("label", p.kind().label());
        g.writeStringField("citation", p.citation());
        g.writeStringField("conditions", p.conditions());
        g.writeEndObject();
    }

    private static void option(JsonGenerator g, LicenseOption o) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", o.code());
        tri(g, "available", o.available());
        g.writeStringField("conditions", o.conditions());
        strings(g, "notification", o.notification());
        g.writeStringField("citation", o.citation());
        g.writeStringField("note", o.note().isEmpty() ? null : o.note());
        g.writeEndObject();
    }

    private static void basis(JsonGenerator g, Basis b) throws IOException {
        g.writeStartObject();
        g.writeStringField("ground", b.ground().name());
        g.writeStringField("paragraph", b.paragraph());
        g.writeStringField("text", b.text());
        tri(g, "applies", b.applies());
        g.writeStringField("status", b.status().name());
        g.writeBooleanField("counts", b.status().counts());
        g.writeStringField("reason", b.reason());
        g.writeFieldName("reviewPolicy");
        policy(g, b.reviewPolicy());
        g.writeStringField("citation", b.citation());
        g.writeEndObject();
    }
}
