package io.chipgate.license;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Determination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Licence determinations for machines ({@link #json}) and people ({@link #text}). Reports only: every fact comes
 * from the {@link LicenseDetermination}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseReports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LicenseReports() {
    }

    /**
     * {@return the determination as a JSON document: {@code part}, {@code partName}, {@code kind}, {@code quantity},
     * {@code destination}, {@code headquarters} (null when unknown), {@code date}, {@code classification},
     * {@code aggregateTpp}, {@code subjectToEar} (true, false or null), {@code jurisdiction} (the facts, basis, statement, each rule's prongs
     * and what settles it), {@code licenseRequired} (true, false or null for unknown — as enforced; false for an item
     * not subject to the EAR, with {@code subjectToEar} false beside it),
     * {@code readingsDisagree}, {@code reported}, {@code basis}, {@code licenseExceptions}, {@code reviewPolicy},
     * {@code groundsConsidered}, {@code asWritten}, {@code asEnforced} (each with {@code licenseRequired},
     * {@code basis}, {@code licenseExceptions}, {@code reviewPolicy}, {@code readings}), {@code readings} (as enforced:
     * each combination of readings with its answer), {@code citations}, {@code warnings}, {@code warningCodes} (the
     * {@link LicenceNotice.Code} of each warning, in the same order), {@code disclaimer}} Numbers
     * are exact decimal text.
     *
     * @param d the determination, not null
     */
    public static String json(LicenseDetermination d) {
        try {
            return MAPPER.writeValueAsString(tree(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a licence determination as JSON", e);
        }
    }

    /**
     * {@return the determination as one line of JSON (JSON Lines), with the fields of {@link #json}}
     *
     * @param d the determination, not null
     */
    public static String jsonLine(LicenseDetermination d) {
        try {
            return LINE.writeValueAsString(tree(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a licence determination as JSON", e);
        }
    }

    private static final ObjectMapper LINE = new ObjectMapper();

    /** Each thread's buffer for {@link #jsonLineUtf8} (a line is about 15 KB), kept between lines (and grown). */
    private static final ThreadLocal<byte[][]> LINE_BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[32_768]});

    /**
     * {@return {@link #jsonLine} encoded in UTF-8, byte for byte (a lone surrogate, which UTF-8 cannot encode, as
     * {@code ?}), written token by token without a tree: the fast path for writing many answers}
     *
     * @param d the determination, not null
     */
    public static byte[] jsonLineUtf8(LicenseDetermination d) {
        return jsonLineUtf8(d, new byte[0]);
    }

    /**
     * {@return {@link #jsonLineUtf8(LicenseDetermination)} followed by the bytes {@code end}, in one array} For
     * JSON Lines, {@code end} is the line separator in UTF-8.
     *
     * @param d the determination, not null
     * @param end the bytes to end the line with (may be empty), not null
     */
    public static byte[] jsonLineUtf8(LicenseDetermination d, byte[] end) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(end, "end");
        byte[][] buffer = LINE_BUFFER.get();
        LicenseJsonStream.Line g = new LicenseJsonStream.Line(buffer[0]);
        try {
            LicenseJsonStream.write(g, d);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a licence determination as JSON", e);
        }
        buffer[0] = g.bytes();
        if (g.surrogates()) {
            // a string with a UTF-16 surrogate: the text's way (a pair as its four bytes, a lone one as '?')
            byte[] text = jsonLine(d).getBytes(StandardCharsets.UTF_8);
            byte[] line = java.util.Arrays.copyOf(text, text.length + end.length);
            System.arraycopy(end, 0, line, text.length, end.length);
            return line;
        }
        byte[] line = java.util.Arrays.copyOf(g.bytes(), g.length() + end.length);
        System.arraycopy(end, 0, line, g.length(), end.length);
        return line;
    }

    static ObjectNode tree(LicenseDetermination d) {
        Objects.requireNonNull(d, "d");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.put("part", d.partId());
        n.put("partName", d.partName());
        n.put("kind", d.kind().name());
        n.put("quantity", d.quantity());
        n.put("destination", d.destination());
        if (d.headquarters().isPresent()) {
            n.put("headquarters", d.headquarters().get());
        } else {
            n.putNull("headquarters");
        }
        n.put("date", d.date().toString());
        n.put("transaction", d.transaction().name());
        ArrayNode cls = n.putArray("classification");
        for (Determination det : d.classifications()) {
            ObjectNode c = cls.addObject();
            c.put("regime", det.regimeId());
            c.put("status", det.status().name());
            c.put("outcome", det.outcome().code());
            ArrayNode m = c.putArray("missing");
            det.missing().forEach(m::add);
        }
        if (d.aggregateTpp().isPresent()) {
            n.put("aggregateTpp", d.aggregateTpp().get().toString());
        } else {
            n.putNull("aggregateTpp");
        }
        tri(n, "subjectToEar", d.subjectToEar());
        n.set("jurisdiction", jurisdictionJson(d.jurisdiction()));
        tri(n, "licenseRequired", d.licenseRequired());
        ArrayNode settled = n.putArray("settledBy");
        for (OpenQuestion q : d.settledBy()) {
            ObjectNode o = settled.addObject();
            o.put("id", q.id());
            o.put("question", q.question());
            o.put("known", q.known());
            o.put("citation", q.citation());
        }
        n.put("readingsDisagree", d.asEnforced().readingsDisagree());
        n.put("partiesScreened", d.partiesScreened());
        if (d.partiesListDate().isPresent()) {
            n.put("partiesListDate", d.partiesListDate().get().toString());
        } else {
            n.putNull("partiesListDate");
        }
        n.put("partiesListStale", d.partiesListStale());
        ArrayNode parties = n.putArray("parties");
        for (PartyFinding pf : d.parties()) {
            ObjectNode o = parties.addObject();
            o.put("role", pf.party().role().name());
            o.put("name", pf.party().name());
            o.put("list", pf.hit().list().code());
            o.put("listTitle", pf.hit().list().title());
            o.put("listedName", pf.hit().listedName());
            o.put("matchedName", pf.hit().matchedName());
            o.put("score", pf.hit().score());
            o.put("band", pf.hit().band().name());
            optional(o, "entityNumber", pf.hit().entityNumber());
            optional(o, "citation", pf.hit().citation());
            optional(o, "licenceRequirement", pf.hit().licenceRequirement());
            optional(o, "reviewPolicy", pf.hit().reviewPolicy());
            ArrayNode cs = o.putArray("countries");
            pf.hit().countries().forEach(cs::add);
            o.put("countryCorroborates", pf.hit().countryCorroborates());
        }
        n.put("reported", d.reported());
        ArrayNode basis = n.putArray("basis");
        d.basis().forEach(b -> basis.add(basisJson(b)));
        ArrayNode ex = n.putArray("licenseExceptions");
        d.licenseExceptions().forEach(o -> ex.add(optionJson(o)));
        n.set("reviewPolicy", policyJson(d.reviewPolicy()));
        ArrayNode all = n.putArray("groundsConsidered");
        d.grounds().forEach(b -> all.add(basisJson(b)));
        n.set("asWritten", answerJson(d.asWritten()));
        n.set("asEnforced", answerJson(d.asEnforced()));
        n.set("readings", readingsJson(d.asEnforced()));
        ArrayNode cites = n.putArray("citations");
        d.citations().forEach(cites::add);
        ArrayNode warns = n.putArray("warnings");
        d.warnings().forEach(warns::add);
        ArrayNode codes = n.putArray("warningCodes");
        d.notices().forEach(x -> codes.add(x.code().name()));
        n.put("disclaimer", d.disclaimer());
        return n;
    }

    private static ObjectNode jurisdictionJson(Jurisdiction j) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        tri(n, "subjectToEar", j.subjectToEar());
        n.put("assumed", j.assumed());
        if (j.facts().origin().isPresent()) {
            n.put("origin", j.facts().origin().get().code());
        } else {
            n.putNull("origin");
        }
        if (j.facts().origin().orElse(null) == Origin.FOREIGN) {
            tri(n, "directProduct", j.facts().directProduct());
            if (j.facts().usContentPercent().isPresent()) {
                n.put("usContentPercent", j.facts().usContentPercent().get().toPlainString());
            } else {
                n.putNull("usContentPercent");
            }
        } else {
            n.putNull("directProduct");
            n.putNull("usContentPercent");
        }
        n.put("basis", j.basis());
        n.put("statement", j.statement());
        ArrayNode rules = n.putArray("rules");
        for (RuleFinding r : j.rules()) {
            ObjectNode o = rules.addObject();
            o.put("rule", r.rule());
            o.put("paragraph", r.paragraph());
            o.put("name", r.name());
            o.put("version", r.version());
            tri(o, "subjects", r.subjects());
            ArrayNode prongs = o.putArray("prongs");
            for (Prong p : r.prongs()) {
                ObjectNode x = prongs.addObject();
                x.put("name", p.name());
                tri(x, "value", p.value());
                x.put("reason", p.reason());
                ArrayNode sb = x.putArray("settledBy");
                p.settledBy().forEach(q -> sb.add(q.id()));
            }
            o.put("text", r.text());
            o.put("citation", r.citation());
        }
        ArrayNode settled = n.putArray("settledBy");
        for (OpenQuestion q : j.settledBy()) {
            ObjectNode o = settled.addObject();
            o.put("id", q.id());
            o.put("question", q.question());
            o.put("known", q.known());
            o.put("citation", q.citation());
        }
        ArrayNode fab = n.putArray("fabrication");
        j.fabrication().forEach(fab::add);
        ArrayNode cites = n.putArray("citations");
        j.citations().forEach(cites::add);
        return n;
    }

    private static ObjectNode answerJson(LicenseAnswer a) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        tri(n, "licenseRequired", a.licenseRequired());
        n.put("readingsDisagree", a.readingsDisagree());
        ArrayNode basis = n.putArray("basis");
        a.basis().forEach(b -> basis.add(basisJson(b)));
        ArrayNode ex = n.putArray("licenseExceptions");
        a.licenseExceptions().forEach(o -> ex.add(optionJson(o)));
        n.set("reviewPolicy", policyJson(a.reviewPolicy()));
        n.set("readings", readingsJson(a));
        return n;
    }

    private static ArrayNode readingsJson(LicenseAnswer a) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (ReadingAnswer r : a.readings()) {
            ObjectNode o = out.addObject();
            ArrayNode assumed = o.putArray("assume");
            for (Reading rd : r.readings()) {
                ObjectNode x = assumed.addObject();
                x.put("question", rd.question());
                x.put("reading", rd.id());
                x.put("assumption", rd.assumption());
                x.put("citation", rd.citation());
            }
            tri(o, "licenseRequired", r.licenseRequired());
            ArrayNode b = o.putArray("basis");
            r.basis().forEach(x -> b.add(x.paragraph()));
            ArrayNode e = o.putArray("licenseExceptions");
            r.licenseExceptions().forEach(x -> {
                ObjectNode y = e.addObject();
                y.put("code", x.code());
                tri(y, "available", x.available());
            });
            o.put("reviewPolicy", r.reviewPolicy().kind().name());
        }
        return out;
    }

    private static void optional(ObjectNode n, String field, java.util.Optional<String> v) {
        if (v.isPresent()) {
            n.put(field, v.get());
        } else {
            n.putNull(field);
        }
    }

    private static void tri(ObjectNode n, String field, Tri t) {
        if (t == Tri.UNKNOWN) {
            n.putNull(field);
        } else {
            n.put(field, t == Tri.TRUE);
        }
    }

    private static ObjectNode policyJson(ReviewPolicy p) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("policy", p.kind().name());
        n.put("label", p.kind().label());
        n.put("citation", p.citation());
        n.put("conditions", p.conditions());
        return n;
    }

    private static ObjectNode optionJson(LicenseOption o) {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("code", o.code());
        tri(e, "available", o.available());
        e.put("conditions", o.conditions());
        ArrayNode note = e.putArray("notification");
        o.notification().forEach(note::add);
        e.put("citation", o.citation());
        if (o.note().isEmpty()) {
            e.putNull("note");
        } else {
            e.put("note", o.note());
        }
        return e;
    }

    private static ObjectNode basisJson(Basis b) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("ground", b.ground().name());
        n.put("paragraph", b.paragraph());
        n.put("text", b.text());
        tri(n, "applies", b.applies());
        n.put("status", b.status().name());
        n.put("counts", b.status().counts());
        n.put("reason", b.reason());
        n.set("reviewPolicy", policyJson(b.reviewPolicy()));
        n.put("citation", b.citation());
        return n;
    }

    private static String subjectsLabel(Tri t) {
        return t == Tri.TRUE ? "reaches the item" : t == Tri.FALSE ? "does not reach it" : "UNKNOWN";
    }

    private static String answer(Tri t) {
        return t == Tri.TRUE ? "YES" : t == Tri.FALSE ? "NO (on the grounds assessed)" : "UNKNOWN";
    }

    /**
     * {@return the determination for people: the answer first, then readings, basis, exceptions, policy, citations,
     * warnings, disclaimer}
     *
     * @param d the determination, not null
     */
    public static String text(LicenseDetermination d) {
        Objects.requireNonNull(d, "d");
        CountryGroups g = CountryGroups.builtIn();
        StringBuilder s = new StringBuilder();
        s.append(d.partName()).append(" (").append(d.partId()).append(") × ").append(d.quantity()).append(" → ")
            .append(g.name(d.destination())).append(" (").append(d.destination()).append("), end user headquartered in ")
            .append(d.headquarters().map(h -> g.name(h) + " (" + h + ")").orElse("an unknown country"))
            .append(", on ").append(d.date()).append('\n');
        Jurisdiction jd = d.jurisdiction();
        s.append(jd.statement()).append('\n');
        if (!jd.rules().isEmpty()) {
            for (RuleFinding r : jd.rules()) {
                s.append("  - ").append(r.paragraph()).append(" ").append(r.name()).append(": ").append(subjectsLabel(r.subjects()))
                    .append(" [").append(r.version()).append("]\n");
                for (Prong p : r.prongs()) {
                    s.append("      ").append(p.name()).append(": ").append(ItemOrigin.yesNo(p.value())).append(" — ").append(p.reason())
                        .append('\n');
                }
            }
        }
        if (!jd.fabrication().isEmpty()) {
            s.append("  catalog, fabricated on (context, not a fact of origin): ").append(String.join("; ", jd.fabrication())).append('\n');
        }
        if (jd.subjectToEar() == Tri.UNKNOWN && !jd.settledBy().isEmpty()) {
            s.append("  settled by: ").append(String.join("; ", jd.settledBy().stream().map(OpenQuestion::id).toList())).append('\n');
        }
        s.append("Classification: ").append(d.classifications().isEmpty() ? "no 3A090 regime in force"
            : d.classifications().get(0).regimeId() + ": " + d.classifications().get(0).outcome()).append('\n');
        d.aggregateTpp().ifPresent(t -> s.append("Aggregate TPP: ").append(t).append('\n'));
        LicenseAnswer w = d.asWritten();
        LicenseAnswer e = d.asEnforced();
        String why = d.subjectToEar() == Tri.FALSE ? ""
            : d.transaction() == Transaction.WITHIN_UNITED_STATES ? " — not an export: " + d.transaction().description()
            : d.licenseRequired() != Tri.UNKNOWN ? ""
            : d.subjectToEar() == Tri.UNKNOWN ? " (whether the item is subject to the EAR is not known: see Jurisdiction)"
            : e.readingsDisagree() ? " (the readings of the law disagree: see Readings)"
            : d.settledBy().isEmpty() ? " (a fact is missing: see Warnings)" : " (a fact is missing: see what settles it below)";
        String partyWhy = "";
        for (Basis b : d.basis()) {
            if (b.ground() == Ground.PARTY_LISTING && b.applies() == Tri.TRUE) {
                partyWhy = " — " + b.citation().replaceAll(", entry .*$", "") + ": " + b.reviewPolicy().kind().label();
                break;
            }
        }
        String notScreened = d.licenseRequired() == Tri.FALSE && d.subjectToEar() != Tri.FALSE && !d.partiesScreened() && d.transaction() != Transaction.WITHIN_UNITED_STATES
            ? "; parties not screened (name the end user and consignee)" : "";
        s.append("Licence required: ").append(d.subjectToEar() == Tri.FALSE
                ? "NOT APPLICABLE — the item is not subject to the EAR on the facts given (see Jurisdiction), so no EAR licence applies"
                : answer(d.licenseRequired())).append(partyWhy).append(why).append(notScreened)
            .append(d.reported() ? " [rests in part on REPORTED criteria]" : "").append('\n');
        if (!d.partiesScreened()) {
            s.append("Parties: not screened (no end user or consignee named)\n");
        } else {
            s.append("Parties: screened against the Consolidated Screening List of ").append(d.partiesListDate().map(Object::toString)
                .orElse("?")).append(d.partiesListStale() ? " (STALE: older than 30 days on the shipment date; refresh with --parties)" : "")
                .append(d.parties().isEmpty() ? ": no match" : ":").append('\n');
            for (PartyFinding f : d.parties()) {
                s.append("  - ").append(f.party().role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" '")
                    .append(f.party().name()).append("': ").append(f.hit().list().title()).append(" — ").append(f.hit().listedName())
                    .append(" (").append(f.hit().band()).append(", score ").append(f.hit().score()).append(')')
                    .append(f.hit().citation().map(c -> "; " + c).orElse("")).append(f.hit().reviewPolicy().map(c -> "; review: " + c)
                        .orElse("")).append('\n');
            }
        }
        if (!d.settledBy().isEmpty()) {
            s.append("UNKNOWN — settled by:\n");
            for (OpenQuestion q : d.settledBy()) {
                s.append("  - ").append(q.question()).append(" (known: ").append(q.known()).append("; ").append(q.citation()).append(")\n");
            }
        }
        if (w.licenseRequired() != e.licenseRequired()) {
            s.append("  as written (CFR text): ").append(answer(w.licenseRequired())).append('\n');
            s.append("  as enforced (BIS posture): ").append(answer(e.licenseRequired())).append('\n');
        }
        if (e.readings().size() > 1) {
            s.append("Readings (as enforced; each combination the facts touch, with its answer):\n");
            java.util.Map<String, Reading> distinct = new java.util.LinkedHashMap<>();
            for (ReadingAnswer r : e.readings()) {
                s.append("  - ").append(r.label()).append(": licence required ").append(answer(r.licenseRequired()))
                    .append("; review ").append(r.reviewPolicy().kind().label()).append('\n');
                r.readings().forEach(rd -> distinct.putIfAbsent(rd.key(), rd));
            }
            s.append("  where:\n");
            for (Reading rd : distinct.values()) {
                s.append("    ").append(rd.key()).append(": ").append(rd.assumption()).append(" [").append(rd.citation()).append("]\n");
            }
        }
        if (!d.basis().isEmpty()) {
            s.append("Basis:\n");
            for (Basis b : d.basis()) {
                s.append("  - ").append(b.paragraph()).append(" — applies: ").append(b.applies().label())
                    .append(b.status() == BasisStatus.IN_FORCE ? "" : " [" + b.status().name().replace('_', ' ') + "]").append('\n')
                    .append("      ").append(b.text()).append('\n')
                    .append("      why: ").append(b.reason()).append('\n')
                    .append("      review: ").append(b.reviewPolicy()).append('\n');
            }
        }
        if (d.subjectToEar() != Tri.FALSE) {
            s.append("Licence exceptions:").append(d.licenseExceptions().isEmpty() ? " none offered" : "").append('\n');
            for (LicenseOption o : d.licenseExceptions()) {
                s.append("  - ").append(o.code()).append(" (available: ").append(o.available().label()).append("): ")
                    .append(o.conditions()).append(" [").append(o.citation()).append(']').append('\n');
                for (String item : o.notification()) {
                    s.append("      notify: ").append(item).append('\n');
                }
                if (!o.note().isEmpty()) {
                    s.append("      note: ").append(o.note()).append('\n');
                }
            }
            s.append("Review policy: ").append(d.reviewPolicy()).append('\n');
        }
        s.append("Citations:\n");
        d.citations().forEach(c -> s.append("  - ").append(c).append('\n'));
        s.append("Warnings:\n");
        d.warnings().forEach(x -> s.append("  - ").append(x).append('\n'));
        s.append(d.disclaimer()).append('\n');
        return s.toString();
    }
}
