package io.chipgate.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Flip;
import io.chipgate.regime.Frontier;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.RegimeStatus;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The atlas: a static, self-contained site of every catalog part under every built-in regime on a date, for
 * reading offline in a browser — the matrix with filters, the TPP × density plane, one page per part and per
 * regime, and the status changes between two dates. The same data is written to {@code data.json}.
 *
 * <pre>{@code
 * Atlas.of(Catalog.builtin(), LocalDate.of(2025, 1, 15), from, to, "chipgate 0.1.0").write(Path.of("site"));
 * }</pre>
 *
 * <p>Every determination is {@link Regime#classify(Part, Interpretation, LocalDate, io.chipgate.model.PartResolver)}
 * under the default interpretation, the rule evaluated as written with its status on the date, exactly as
 * {@code chipgate classify --regime ID --on DATE} answers. Licence determinations (destinations, exceptions) are
 * not part of the atlas. This class is immutable and thread-safe.
 */
public final class Atlas {
    /** The rule texts the built-in regimes were checked against (see {@code Thresholds}). */
    public static final String RULE_TEXTS = "eCFR of 2026-07-23";

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/";

    private final Catalog catalog;
    private final LocalDate on;
    private final LocalDate from;
    private final LocalDate to;
    private final String version;

    private Atlas(Catalog catalog, LocalDate on, LocalDate from, LocalDate to, String version) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.on = Objects.requireNonNull(on, "on");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.version = Objects.requireNonNull(version, "version");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Invalid dates for changes: --from " + from + " is after --to " + to);
        }
    }

    /**
     * An atlas of a catalog.
     *
     * @param on the date of the matrix, the part and regime pages
     * @param from the first date of the changes page
     * @param to the second date of the changes page, not before {@code from}
     * @param version the chipgate version printed on every page
     */
    public static Atlas of(Catalog catalog, LocalDate on, LocalDate from, LocalDate to, String version) {
        return new Atlas(catalog, on, from, to, version);
    }

    /** The default first date of the changes page: the day before the 2023 rule took effect. */
    public static LocalDate defaultFrom() {
        return Regimes.byId("3a090-2023").effective().minusDays(1);
    }

    /** The default second date of the changes page: the day the 2023 rule took effect. */
    public static LocalDate defaultTo() {
        return Regimes.byId("3a090-2023").effective();
    }

    /** What {@link #write} wrote. */
    public static final class Written {
        private final Path dir;
        private final int files;
        private final int parts;

        Written(Path dir, int files, int parts) {
            this.dir = dir;
            this.files = files;
            this.parts = parts;
        }

        public Path dir() {
            return dir;
        }

        public int files() {
            return files;
        }

        public int parts() {
            return parts;
        }
    }

    /** Computes every determination and writes the site into {@code dir} (created if needed; files of the same names are replaced). */
    public Written write(Path dir) throws IOException {
        Model m = new Model();
        Html html = new Html();
        Files.createDirectories(dir.resolve("parts"));
        Files.createDirectories(dir.resolve("regimes"));
        Files.createDirectories(dir.resolve("assets"));
        int files = 0;
        try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("data.json"), java.nio.charset.StandardCharsets.UTF_8)) {
            Html.writeJson(m.data, w);
        }
        files++;
        copy("io/chipgate/atlas/atlas.css", dir.resolve("assets/atlas.css"));
        copy("io/chipgate/atlas/atlas.js", dir.resolve("assets/atlas.js"));
        copy(ECHARTS + "dist/echarts.min.js", dir.resolve("assets/echarts.min.js"));
        copy(ECHARTS + "LICENSE", dir.resolve("assets/ECHARTS-LICENSE.txt"));
        files += 4;
        Map<String, Object> index = m.common("", "Matrix", "index");
        index.put("headers", m.headers);
        index.put("rows", m.rows);
        index.put("vendors", m.vendors);
        index.put("kinds", m.kinds);
        index.put("outcomeCodes", m.outcomeCodes);
        try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("index.html"), java.nio.charset.StandardCharsets.UTF_8)) {
            html.renderWithData("index", index, m.data, w);
        }
        Map<String, Object> plane = m.common("", "The plane", "plane");
        try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("plane.html"), java.nio.charset.StandardCharsets.UTF_8)) {
            html.renderWithData("plane", plane, m.data, w);
        }
        Map<String, Object> calculator = m.common("", "TPP calculator", "calculator");
        ObjectNode calcData = F.objectNode();
        calcData.set("meta", m.data.get("meta"));
        calcData.set("legend", m.data.get("legend"));
        calcData.set("calculator", Calculator.table(m.regimes, on, F));
        try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("calculator.html"), java.nio.charset.StandardCharsets.UTF_8)) {
            html.renderWithData("calculator", calculator, calcData, w);
        }
        files++;
        Map<String, Object> changes = m.common("", "Changes", "changes");
        changes.putAll(m.changesPage);
        Files.writeString(dir.resolve("changes.html"), html.render("changes", changes));
        files += 3;
        html.render("part", m.common("../", "", "part")); // compiles the template before the parallel run
        try {
            // each page's model is built when its page is written, so the pages of 10,000 parts are never all in memory
            m.partPages.parallelStream().map(m::pageModel).forEach(p -> {
                Map<String, Object> page = m.common("../", (String) p.get("name"), "part");
                page.putAll(p);
                try {
                    Files.writeString(dir.resolve("parts").resolve((String) p.get("file")), html.render("part", page));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files += m.partPages.size();
        for (Map<String, Object> r : m.regimePages) {
            Map<String, Object> page = m.common("../", (String) r.get("id"), "regime");
            page.putAll(r);
            Files.writeString(dir.resolve("regimes").resolve((String) r.get("file")), html.render("regime", page));
            files++;
        }
        return new Written(dir, files, m.parts.size());
    }

    /** The data embedded in the pages and written to data.json. */
    public JsonNode data() {
        return new Model().data;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = Atlas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the chipgate jar: " + resource);
            }
            Files.write(target, in.readAllBytes());
        }
    }

    /** A file name for a part or regime id: the id itself when it is lower-case letters, digits, '.' and '-'. */
    static String fileName(String id, Set<String> taken) {
        String base = id.matches("[a-z0-9][a-z0-9.-]*") ? id : id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name + ".html";
    }

    /** Every computation of the report, once. */
    private final class Model {
        final List<Part> parts = catalog.parts();
        final List<Regime> regimes = Regimes.all();
        final Map<String, String> partFiles = new HashMap<>();
        final Map<String, String> regimeFiles = new HashMap<>();
        final ObjectNode data = F.objectNode();
        final List<Map<String, Object>> headers = new ArrayList<>();
        final List<Map<String, Object>> rows = new ArrayList<>();
        final List<String> vendors;
        final List<String> kinds = new ArrayList<>();
        final List<Map<String, Object>> outcomeCodes = Outcomes.legend();
        /** The parts with a page, in order; each page's model is built when the page is written ({@link #pageModel}). */
        final List<Part> partPages = new ArrayList<>();
        final List<Map<String, Object>> regimePages = new ArrayList<>();
        final Map<String, Object> changesPage = new LinkedHashMap<>();
        final Map<String, Map<String, Determination>> determinations = new HashMap<>();
        final Map<String, List<HistoryPeriod>> histories = new HashMap<>();

        private PartResult compute(Part p) {
            Map<String, Determination> ds = new LinkedHashMap<>();
            for (Regime r : regimes) {
                ds.put(r.id(), r.classify(p, Interpretation.defaults(), on, catalog::find));
            }
            List<HistoryPeriod> history = Regimes.history(p, Interpretation.defaults(), catalog::find);
            return new PartResult(p, ds, history);
        }

        /** The model of a part's page, from the determinations and history already computed. */
        Map<String, Object> pageModel(Part p) {
            return PartPage.of(p, PartMetrics.of(p), determinations.get(p.id()), histories.get(p.id()), regimes, on, partFiles.get(p.id()),
                regimeFiles);
        }

        Model() {
            Set<String> taken = new HashSet<>();
            parts.forEach(p -> partFiles.put(p.id(), fileName(p.id(), taken)));
            Set<String> takenR = new HashSet<>();
            regimes.forEach(r -> regimeFiles.put(r.id(), fileName(r.id(), takenR)));
            vendors = parts.stream().map(Part::vendor).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            for (PartKind k : PartKind.values()) {
                kinds.add(k.name());
            }
            // each part's determinations, history and frontier, computed in parallel (the library is immutable)
            List<PartResult> results = parts.parallelStream().map(this::compute).toList();
            for (PartResult r : results) {
                determinations.put(r.part.id(), r.determinations);
                histories.put(r.part.id(), r.history);
            }
            meta();
            regimesData();
            partsData();
            changesData();
            headers();
        }

        Map<String, Object> common(String root, String title, String page) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("root", root);
            m.put("title", title);
            m.put("page_" + page, true);
            m.put("date", on.toString());
            m.put("catalogVersion", catalog.version());
            m.put("ruleTexts", RULE_TEXTS);
            m.put("version", version);
            return m;
        }

        private void meta() {
            ObjectNode meta = data.putObject("meta");
            meta.put("tool", version);
            meta.put("catalogVersion", catalog.version());
            meta.put("date", on.toString());
            meta.put("ruleTexts", RULE_TEXTS);
            meta.put("interpretation", Interpretation.defaults().toString());
            meta.put("disclaimer", "Not legal advice: a computation from public rule text and published figures.");
            TreeSet<LocalDate> ds = new TreeSet<>(Regimes.changeDates());
            ds.add(on);
            ArrayNode dates = data.putArray("dates");
            ds.forEach(d -> dates.add(d.toString()));
            ArrayNode legend = data.putArray("legend");
            for (Map<String, Object> o : outcomeCodes) {
                legend.addObject().put("code", (String) o.get("code")).put("abbr", (String) o.get("abbr"))
                    .put("cls", (String) o.get("cls")).put("text", (String) o.get("text"));
            }
        }

        private void regimesData() {
            ArrayNode a = data.putArray("regimes");
            for (Regime r : regimes) {
                ObjectNode o = a.addObject();
                o.put("id", r.id());
                o.put("title", r.title());
                o.put("citation", r.instrument().toString());
                o.put("cfr", r.instrument().cfr());
                o.put("effective", r.effective().toString());
                o.put("supersededOn", r.endExclusive().map(LocalDate::toString).orElse(null));
                o.put("notEnforcedFrom", r.notEnforcedFrom().map(LocalDate::toString).orElse(null));
                o.put("status", r.status(on).name());
                o.put("page", "regimes/" + regimeFiles.get(r.id()));
                ArrayNode ts = o.putArray("thresholds");
                r.thresholds().forEach(t -> {
                    ObjectNode n = ts.addObject().put("label", t.label()).put("paragraph", t.paragraph()).put("citation", t.citation());
                    JsonNode q = RuleTexts.quote(r.id(), t.paragraph());
                    n.put("quote", q == null ? null : q.get("text").asText());
                });
                String plane = PlaneRegions.plane(r).orElse(null);
                o.put("plane", plane);
                if (plane != null) {
                    ObjectNode regions = o.putObject("regions");
                    regions.set("datacenter", PlaneRegions.regions(r, plane, true, on, F));
                    regions.set("nonDatacenter", PlaneRegions.regions(r, plane, false, on, F));
                }
                regimePages.add(regimePage(r));
            }
        }

        private Map<String, Object> regimePage(Regime r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", regimeFiles.get(r.id()));
            m.put("id", r.id());
            m.put("regimeTitle", r.title());
            m.put("instrument", r.instrument().toString());
            m.put("instrumentTitle", r.instrument().title());
            m.put("cfr", r.instrument().cfr());
            m.put("published", r.instrument().published().map(LocalDate::toString).orElse(null));
            m.put("url", r.instrument().url().flatMap(Html::safeUrl).orElse(null));
            m.put("effective", r.effective().toString());
            m.put("compliance", r.compliance().map(LocalDate::toString).orElse(null));
            m.put("supersededOn", r.endExclusive().map(LocalDate::toString).orElse(null));
            m.put("notEnforcedFrom", r.notEnforcedFrom().map(LocalDate::toString).orElse(null));
            m.put("status", r.status(on).name());
            List<Map<String, Object>> ts = new ArrayList<>();
            for (io.chipgate.regime.Threshold t : r.thresholds()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("label", t.label());
                row.put("paragraph", t.paragraph());
                row.put("citation", t.citation());
                JsonNode q = RuleTexts.quote(r.id(), t.paragraph());
                if (q != null) {
                    row.put("quote", q.get("text").asText());
                    row.put("quoteSource", q.get("source").asText() + " [" + q.get("grade").asText() + "]");
                }
                ts.add(row);
            }
            m.put("thresholds", ts);
            m.put("warnings", r.standingWarnings());
            Map<Outcome, List<Map<String, Object>>> groups = new LinkedHashMap<>();
            for (Part p : parts) {
                Outcome o = determinations.get(p.id()).get(r.id()).outcome();
                groups.computeIfAbsent(o, k -> new ArrayList<>()).add(Map.of("id", p.id(), "name", p.name(),
                    "href", "../parts/" + partFiles.get(p.id()) + "#regime-" + r.id()));
            }
            List<Map<String, Object>> gs = new ArrayList<>();
            groups.entrySet().stream().sorted((x, y) -> Integer.compare(y.getKey().severity(), x.getKey().severity()))
                .forEach(e -> gs.add(Map.of("outcome", e.getKey().code(), "abbr", Outcomes.abbreviation(e.getKey()),
                    "cls", Outcomes.colourClass(e.getKey()), "text", Outcomes.description(e.getKey()),
                    "count", e.getValue().size(), "parts", e.getValue())));
            m.put("groups", gs);
            return m;
        }

        private void partsData() {
            ArrayNode a = data.putArray("parts");
            for (Part p : parts) {
                PartMetrics metrics = PartMetrics.of(p);
                Map<String, Determination> ds = determinations.get(p.id());
                ObjectNode o = a.addObject();
                o.put("id", p.id());
                o.put("name", p.name());
                String shortName = p.aliases().isEmpty() ? p.name() : p.aliases().get(0);
                o.put("short", shortName.length() > 16 ? shortName.substring(0, 15) + "…" : shortName);
                o.put("vendor", p.vendor());
                o.put("kind", p.kind().name());
                if (p.year().isPresent()) {
                    o.put("year", p.year().getAsInt());
                } else {
                    o.putNull("year");
                }
                if (p.datacenter().isPresent()) {
                    o.put("datacenter", p.datacenter().get());
                } else {
                    o.putNull("datacenter");
                }
                o.put("page", "parts/" + partFiles.get(p.id()));
                o.set("tpp", figure(metrics.tpp(), 1));
                o.set("computedTpp", figure(metrics.computedTpp(), 1));
                if (metrics.declaredTpp().isPresent()) {
                    o.put("declaredTpp", metrics.declaredTpp().get());
                } else {
                    o.putNull("declaredTpp");
                }
                o.set("performanceDensity", figure(metrics.performanceDensity(), 3));
                o.set("io", figure(metrics.ioBidirectionalGBs(), 0));
                o.set("memoryBandwidth", figure(metrics.memoryBandwidthGBs(), 0));
                ObjectNode outcomes = o.putObject("outcomes");
                ds.forEach((rid, d) -> outcomes.put(rid, d.outcome().code()));
                ObjectNode missing = o.putObject("missing");
                ds.forEach((rid, d) -> {
                    if (!d.missing().isEmpty()) {
                        ArrayNode mm = missing.putArray(rid);
                        d.missing().forEach(mm::add);
                    }
                });
                List<HistoryPeriod> history = histories.get(p.id());
                ArrayNode h = o.putArray("history");
                for (HistoryPeriod hp : history) {
                    ObjectNode n = h.addObject();
                    n.put("from", hp.from().toString());
                    n.put("to", hp.toExclusive().map(LocalDate::toString).orElse(null));
                    ObjectNode ho = n.putObject("outcomes");
                    ObjectNode hs = n.putObject("status");
                    for (Determination d : hp.determinations()) {
                        ho.put(d.regimeId(), d.outcome().code());
                        hs.put(d.regimeId(), d.status().name());
                    }
                }
                rows.add(row(p, metrics, ds));
                partPages.add(p);
            }
        }

        private ObjectNode figure(Figure f, int scale) {
            ObjectNode o = F.objectNode();
            if (f.isKnown()) {
                o.put("value", Reports.number(f.value().get()));
                o.put("exact", f.value().get().toString());
            } else {
                o.putNull("value");
                o.putNull("exact");
            }
            o.put("text", Reports.show(f, scale));
            o.put("estimated", f.estimated());
            if (f.isKnown() && f.hasEstimateInterval() && f.estimateHigh().isPresent()) {
                o.put("low", Reports.number(f.estimateLow()));
                o.put("high", Reports.number(f.estimateHigh().get()));
            }
            ArrayNode missing = o.putArray("missing");
            f.missing().forEach(missing::add);
            return o;
        }

        private Map<String, Object> row(Part p, PartMetrics m, Map<String, Determination> ds) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", p.id());
            r.put("name", p.name());
            r.put("vendor", p.vendor());
            r.put("kind", p.kind().name());
            r.put("year", p.year().isPresent() ? String.valueOf(p.year().getAsInt()) : "");
            r.put("dc", p.datacenter().map(b -> b ? "yes" : "no").orElse("unknown"));
            boolean acc = p.kind() == PartKind.ACCELERATOR;
            r.put("tpp", acc ? Reports.show(m.tpp(), 0) : "");
            r.put("tppSort", acc && m.tpp().isKnown() ? m.tpp().value().get().round(3).toPlainString() : "");
            r.put("pd", acc ? Reports.show(m.performanceDensity(), 2) : "");
            r.put("pdSort", acc && m.performanceDensity().isKnown() ? m.performanceDensity().value().get().round(6).toPlainString() : "");
            r.put("href", "parts/" + partFiles.get(p.id()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Regime reg : regimes) {
                Determination d = ds.get(reg.id());
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("regime", reg.id());
                c.put("code", d.outcome().code());
                c.put("abbr", Outcomes.abbreviation(d.outcome()));
                c.put("cls", Outcomes.colourClass(d.outcome()));
                c.put("href", "parts/" + partFiles.get(p.id()) + "#regime-" + reg.id());
                c.put("tip", reg.id() + ": " + d.outcome().code() + (d.missing().isEmpty() ? "" : " — missing: " + String.join("; ", d.missing())));
                cells.add(c);
            }
            r.put("cells", cells);
            return r;
        }

        private void headers() {
            for (Regime r : regimes) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("id", r.id());
                h.put("status", r.status(on).name());
                h.put("href", "regimes/" + regimeFiles.get(r.id()));
                headers.add(h);
            }
        }

        /** A part's standing on a date: CONTROLLED by a regime in force, else INDETERMINATE if one cannot tell, else FREE. */
        private String standing(List<Determination> ds, List<String> controlling) {
            boolean open = false;
            for (Determination d : ds) {
                if (d.status() != RegimeStatus.IN_FORCE) {
                    continue;
                }
                if (Frontier.controlled(d.outcome())) {
                    controlling.add(d.regimeId() + " " + d.outcome().code());
                } else if (d.outcome() == Outcome.INDETERMINATE) {
                    open = true;
                }
            }
            return !controlling.isEmpty() ? "CONTROLLED" : open ? "INDETERMINATE" : "FREE";
        }

        private void changesData() {
            ObjectNode c = data.putObject("changes");
            c.put("from", from.toString());
            c.put("to", to.toString());
            ArrayNode rowsJson = c.putArray("rows");
            List<Map<String, Object>> changed = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Part p : parts) {
                List<String> before = new ArrayList<>();
                List<String> after = new ArrayList<>();
                String s1 = standing(Regimes.classifyInForceOn(p, from, Interpretation.defaults(), catalog::find), before);
                String s2 = standing(Regimes.classifyInForceOn(p, to, Interpretation.defaults(), catalog::find), after);
                if (s1.equals(s2)) {
                    continue;
                }
                ObjectNode n = rowsJson.addObject();
                n.put("part", p.id());
                n.put("before", s1);
                n.put("after", s2);
                ArrayNode b = n.putArray("beforeControlledBy");
                before.forEach(b::add);
                ArrayNode af = n.putArray("afterControlledBy");
                after.forEach(af::add);
                counts.merge(s1 + " → " + s2, 1, Integer::sum);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.id());
                row.put("name", p.name());
                row.put("vendor", p.vendor());
                row.put("href", "parts/" + partFiles.get(p.id()));
                row.put("before", s1);
                row.put("after", s2);
                row.put("beforeBy", String.join("; ", before));
                row.put("afterBy", String.join("; ", after));
                changed.add(row);
            }
            changesPage.put("from", from.toString());
            changesPage.put("to", to.toString());
            changesPage.put("changed", changed);
            changesPage.put("none", changed.isEmpty());
            List<Map<String, Object>> summary = new ArrayList<>();
            counts.forEach((k, v) -> summary.add(Map.of("change", k, "count", v)));
            changesPage.put("summary", summary);
        }
    }

    private static final class PartResult {
        final Part part;
        final Map<String, Determination> determinations;
        final List<HistoryPeriod> history;

        PartResult(Part part, Map<String, Determination> determinations, List<HistoryPeriod> history) {
            this.part = part;
            this.determinations = determinations;
            this.history = history;
        }
    }

    /** Flips under one regime, for the part page; only accelerators have the figures a flip moves. */
    static List<Flip> flips(Regime r, Part p, LocalDate on) {
        return p.kind() == PartKind.ACCELERATOR ? Frontier.flips(r, p, Interpretation.defaults(), on) : List.of();
    }
}
