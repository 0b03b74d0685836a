package io.chipgate.atlas;

import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Declaration;
import io.chipgate.model.Die;
import io.chipgate.model.Interval;
import io.chipgate.model.IoLink;
import io.chipgate.model.MemoryInterface;
import io.chipgate.model.Part;
import io.chipgate.model.Source;
import io.chipgate.model.Sourced;
import io.chipgate.regime.Clause;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Flip;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Reports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The model of one part's page: figures with their sources, computed and declared TPP, determinations, history, frontier. */
final class PartPage {
    private PartPage() {
    }

    static Map<String, Object> of(Part p, PartMetrics m, Map<String, Determination> ds, List<HistoryPeriod> history,
                                  List<Regime> regimes, LocalDate on, String file, Map<String, String> regimeFiles) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("file", file);
        page.put("id", p.id());
        page.put("name", p.name());
        page.put("vendor", p.vendor());
        page.put("kind", p.kind().name());
        page.put("year", p.year().isPresent() ? String.valueOf(p.year().getAsInt()) : null);
        page.put("aliases", p.aliases().isEmpty() ? null : String.join(", ", p.aliases()));
        page.put("formFactor", p.formFactor().orElse(null));
        page.put("datacenter", p.datacenter().map(b -> b ? "yes" : "no").orElse("unknown"));
        page.put("datacenterEvidence", p.datacenterEvidence().map(e -> e.text()
            + e.source().flatMap(p::source).map(s -> " [" + s.title() + "]").orElse("")).orElse(null));
        page.put("notes", p.notes().orElse(null));
        page.put("contains", p.contains().isEmpty() ? null
            : p.contains().stream().map(c -> c.count() + " × " + c.part()).reduce((a, b) -> a + ", " + b).orElse(""));
        page.put("figures", figures(p));
        page.put("sources", sources(p));
        page.put("metrics", metrics(p, m));
        List<Map<String, Object>> dets = new ArrayList<>();
        for (Regime r : regimes) {
            dets.add(determination(r, ds.get(r.id()), p, on, regimeFiles.get(r.id())));
        }
        page.put("determinations", dets);
        page.put("timeline", timeline(history, regimes));
        return page;
    }

    private static List<Map<String, Object>> figures(Part p) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Die d : p.dies()) {
            StringJoiner j = new StringJoiner(", ");
            j.add((d.count() > 1 ? d.count() + " × " : "") + d.name().orElse("die") + " (" + d.role().name().toLowerCase(java.util.Locale.ROOT) + ")");
            d.areaMm2().ifPresent(a -> j.add(a.toPlainString() + " mm²"));
            d.process().ifPresent(j::add);
            d.nonPlanar().ifPresent(n -> j.add(n ? "non-planar" : "planar"));
            d.transistors().ifPresent(t -> j.add(t + " transistors"));
            rows.add(row(p, "die", j.toString(), d));
        }
        for (ComputeRate c : p.compute()) {
            StringJoiner j = new StringJoiner(", ");
            c.denseTops().ifPresent(t -> j.add(t.toPlainString() + " dense TOPS"));
            c.sparseTops().ifPresent(t -> j.add(t.toPlainString() + " sparse TOPS"));
            rows.add(row(p, "compute " + c.precision(), j.toString(), c));
        }
        for (IoLink l : p.io()) {
            String v = l.bidirectionalGBs().map(b -> b.toPlainString() + " GB/s bidirectional").orElse("rate unknown")
                + l.note().map(n -> " (" + n + ")").orElse("");
            rows.add(row(p, "I/O " + l.kind(), v, l));
        }
        p.memory().ifPresent(mem -> rows.add(row(p, "memory", memory(mem), mem)));
        p.declared().ifPresent(d -> rows.add(row(p, "vendor declaration", declaration(d), d)));
        return rows;
    }

    private static String memory(MemoryInterface mem) {
        StringJoiner j = new StringJoiner(", ");
        mem.type().ifPresent(t -> j.add(t.toString()));
        mem.capacityGB().ifPresent(c -> j.add(c.toPlainString() + " GB"));
        mem.bandwidthGBs().ifPresent(b -> j.add(b.toPlainString() + " GB/s"));
        mem.stacks().ifPresent(s -> j.add(s + " stacks"));
        mem.packageAreaMm2().ifPresent(a -> j.add(a.toPlainString() + " mm² package"));
        return j.toString();
    }

    private static String declaration(Declaration d) {
        StringJoiner j = new StringJoiner(", ");
        d.tpp().ifPresent(t -> j.add("TPP " + t.toPlainString()));
        d.eccn().ifPresent(e -> j.add("ECCN " + e));
        d.note().ifPresent(j::add);
        return j.toString();
    }

    private static Map<String, Object> row(Part p, String what, String value, Sourced s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("what", what);
        r.put("value", value);
        Optional<Source> src = s.source().flatMap(p::source);
        StringJoiner own = new StringJoiner("; ");
        s.figureSources().forEach((field, f) -> own.add(field + " from " + p.source(f.source()).map(Source::title).orElse(f.source())
            + " (" + p.gradeOf(s, field).map(Enum::name).orElse("ungraded") + ")" + f.note().map(n -> ": " + n).orElse("")));
        r.put("source", src.map(Source::title).orElse("no source given") + (own.length() == 0 ? "" : "; " + own));
        r.put("sourceUrl", src.flatMap(Source::url).flatMap(Html::safeUrl).orElse(null));
        r.put("grade", p.gradeOf(s).map(Enum::name).orElse("ungraded"));
        StringJoiner ranges = new StringJoiner("; ");
        for (Map.Entry<String, Interval> e : s.ranges().entrySet()) {
            ranges.add(e.getKey() + " " + e.getValue().low().toPlainString() + "–" + e.getValue().high().toPlainString());
        }
        r.put("ranges", ranges.length() == 0 ? null : ranges.toString());
        return r;
    }

    private static List<Map<String, Object>> sources(Part p) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : p.sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("url", s.url().flatMap(Html::safeUrl).orElse(null));
            m.put("urlText", s.url().filter(u -> Html.safeUrl(u).isEmpty()).orElse(null));
            m.put("grade", s.grade().name());
            m.put("retrieved", s.retrieved().map(LocalDate::toString).orElse(null));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> metrics(Part p, PartMetrics m) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of("what", "computed TPP", "value", Reports.show(m.computedTpp(), 3) + (m.tppBasis() == null || m.tppBasis().isEmpty() ? "" : " (" + m.tppBasis() + ")")));
        // Vendor-declared TPP, from the part's declaration when the catalog records one.
        out.add(Map.of("what", "vendor-declared TPP", "value", m.declaredTpp().map(BigDecimal::toPlainString).orElse("not recorded in the catalog")));
        out.add(Map.of("what", "TPP the rules use (default reading: the higher)", "value", Reports.show(m.tpp(), 3)));
        out.add(Map.of("what", "applicable die area (mm²)", "value", Reports.show(m.applicableDieAreaMm2(), 2)));
        out.add(Map.of("what", "performance density", "value", Reports.show(m.performanceDensity(), 4)));
        out.add(Map.of("what", "aggregate bidirectional I/O (GB/s)", "value", Reports.show(m.ioBidirectionalGBs(), 1)));
        out.add(Map.of("what", "DRAM bandwidth (GB/s)", "value", Reports.show(m.memoryBandwidthGBs(), 1)));
        m.notes().forEach(n -> out.add(Map.of("what", "note", "value", n)));
        return out;
    }

    private static Map<String, Object> determination(Regime r, Determination d, Part p, LocalDate on, String regimeFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regime", r.id());
        m.put("regimeHref", "../regimes/" + regimeFile);
        m.put("status", d.status().name());
        m.put("outcome", d.outcome().code());
        m.put("abbr", Outcomes.abbreviation(d.outcome()));
        m.put("cls", Outcomes.colourClass(d.outcome()));
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Clause c : d.clauses()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("label", c.label());
            cm.put("paragraph", c.threshold().paragraph());
            cm.put("value", Reports.show(c.input(), 4));
            cm.put("result", c.result().label());
            cm.put("margin", c.marginText());
            cm.put("robust", c.robust().map(b -> b ? "robust" : "NOT robust across the estimate").orElse(""));
            cm.put("citation", c.threshold().citation());
            clauses.add(cm);
        }
        m.put("clauses", clauses);
        m.put("conditions", d.conditions());
        m.put("missing", d.missing().isEmpty() ? null : String.join("; ", d.missing()));
        m.put("robust", d.robust().map(b -> b ? "yes" : "NO").orElse(null));
        m.put("citations", d.citations());
        m.put("warnings", d.warnings());
        List<Map<String, Object>> sens = new ArrayList<>();
        d.sensitivity().forEach((k, v) -> sens.add(Map.of("reading", k, "outcome", v.code())));
        m.put("sensitivity", sens);
        List<String> flips = new ArrayList<>();
        for (Flip f : Atlas.flips(r, p, on)) {
            flips.add(f.toString());
        }
        m.put("flips", flips);
        return m;
    }

    /** The history as bands: one row per regime, one column per period, the change dates in the header. */
    private static Map<String, Object> timeline(List<HistoryPeriod> history, List<Regime> regimes) {
        List<Map<String, Object>> periods = new ArrayList<>();
        for (HistoryPeriod hp : history) {
            periods.add(Map.of("from", hp.from().toString(), "to", hp.toExclusive().map(d -> "to " + d.minusDays(1)).orElse("onwards")));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Regime r : regimes) {
            List<Map<String, Object>> cells = new ArrayList<>();
            boolean any = false;
            for (HistoryPeriod hp : history) {
                Determination d = hp.determinations().stream().filter(x -> x.regimeId().equals(r.id())).findFirst().orElse(null);
                if (d == null) {
                    cells.add(Map.of("abbr", "—", "cls", "o-none", "tip", "not written in this period"));
                } else {
                    any = true;
                    Outcome o = d.outcome();
                    cells.add(Map.of("abbr", Outcomes.abbreviation(o), "cls", Outcomes.colourClass(o),
                        "tip", o.code() + " (" + d.status() + ")"));
                }
            }
            if (any) {
                rows.add(Map.of("regime", r.id(), "cells", cells));
            }
        }
        return Map.of("periods", periods, "rows", rows);
    }
}
