package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.ComputeRate;
import io.chipgate.model.Die;
import io.chipgate.model.Grade;
import io.chipgate.model.Interval;
import io.chipgate.model.IoLink;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Source;
import io.chipgate.model.Sourced;
import io.chipgate.regime.Determination;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Regimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog as a Frictionless Data Package for researchers ({@code chipgate dataset}): four tidy CSV tables
 * (parts, figures, outcomes, sources), {@code datapackage.json} with a Table Schema for each, {@code CITATION.cff}
 * and a data README. The files depend only on the catalog (no dates of writing, no tool version, catalog order, LF
 * line ends, decimals as plain text), so one catalog version gives the same bytes on every run and platform.
 */
final class Dataset {
    /** A column: its name, Table Schema type and description; the CSV header and the schema are both built from these. */
    record Column(String name, String type, String description) {
    }

    /** A table: its resource name, title, columns, primary key, foreign keys (column → resource.column) and rows. */
    record Table(String name, String title, String description, List<Column> columns, List<String> primaryKey,
                 List<ForeignKey> foreignKeys, List<List<String>> rows) {
        String path() {
            return name + ".csv";
        }
    }

    /** A foreign key: these columns refer to those columns of another resource. */
    record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {
    }

    /** One sourced figure of an entry: what the long table lists. */
    private record Raw(String field, String unit, BigDecimal value, Sourced entry, String entryField) {
    }

    static final String LICENSE = "Apache-2.0";

    private final Catalog catalog;
    private final List<Part> parts;

    private Dataset(Catalog catalog) {
        this.catalog = catalog;
        this.parts = catalog.parts();
    }

    static Dataset of(Catalog catalog) {
        return new Dataset(catalog);
    }

    /** The package's tables, in the order of {@code datapackage.json}. */
    List<Table> tables() {
        return List.of(partsTable(), figuresTable(), outcomesTable(), sourcesTable());
    }

    /** Writes every file of the package into an empty directory. */
    int writeInto(Path dir) throws IOException {
        List<Table> tables = tables();
        for (Table t : tables) {
            Files.write(dir.resolve(t.path()), csv(t).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("datapackage.json"), descriptor(tables).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("CITATION.cff"), citation().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("README.md"), readme(tables).getBytes(StandardCharsets.UTF_8));
        return tables.size() + 3;
    }

    // ------------------------------------------------------------------------------------------- parts

    private Table partsTable() {
        List<Column> cols = new ArrayList<>(List.of(
            new Column("id", "string", "The part's catalog id (stable across catalog versions)."),
            new Column("vendor", "string", "The vendor."),
            new Column("name", "string", "The product name."),
            new Column("kind", "string", "ACCELERATOR, MEMORY or SYSTEM."),
            new Column("year", "integer", "Year of announcement or release; empty when not recorded."),
            new Column("datacenter", "boolean", "Whether the part is designed or marketed for datacenters; empty when not recorded."),
            new Column("tpp", "number", "Total processing performance the rules use: the higher of computed and declared (the default reading);"
                + " for a SYSTEM the sum over its ICs. Exact; empty when unknown."),
            new Column("tpp_estimated", "boolean", "Whether tpp rests on a figure graded ESTIMATE or carrying an estimate interval."),
            new Column("tpp_lower", "number", "When tpp is unknown: a lower bound that holds whatever the missing figures are."),
            new Column("tpp_upper", "number", "When tpp is unknown: an upper bound, if one exists."),
            new Column("tpp_computed", "number", "TPP from the compute rates alone (the highest rate × bit length over the precisions)."),
            new Column("tpp_computed_basis", "string", "Which precision sets tpp_computed, e.g. 'FP8 1979 × 8'."),
            new Column("tpp_declared", "number", "TPP as the vendor declares it (export classification tables), if recorded."),
            new Column("declared_eccn", "string", "The ECCN the vendor declares, if recorded."),
            new Column("performance_density", "number", "tpp ÷ applicable_die_area_mm2: exact when the quotient terminates, otherwise"
                + " rounded half-even to 12 significant digits (performance_density_exact has the exact value)."),
            new Column("performance_density_exact", "string", "performance density exactly: a plain decimal when it terminates, otherwise"
                + " the reduced fraction 'numerator/denominator'."),
            new Column("performance_density_estimated", "boolean", "Whether performance_density rests on an estimated figure."),
            new Column("performance_density_lower", "number", "When performance_density is unknown: a lower bound."),
            new Column("performance_density_upper", "number", "When performance_density is unknown: an upper bound, if one exists."),
            new Column("applicable_die_area_mm2", "number", "Summed area of the non-planar logic dies, mm² (Technical Note 4 to 3A090)."),
            new Column("memory_bandwidth_gbs", "number", "Total DRAM bandwidth, GB/s."),
            new Column("io_bidirectional_gbs", "number", "Aggregate bidirectional transfer rate over all I/O links, GB/s."),
            new Column("transistors", "number", "Transistor count summed over all dies (die count × per-die count).")));
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("tpp_computed", "compute rates (denseTops and sparseTops of every precision)");
        inputs.put("tpp_declared", "the vendor declaration's tpp");
        inputs.put("die_area", "die areas (areaMm2 of every die)");
        inputs.put("memory_bandwidth", "memory bandwidthGBs");
        inputs.put("io", "I/O links (bidirectionalGBs of every link)");
        inputs.put("transistors", "die transistor counts (transistors of every die)");
        inputs.forEach((k, what) -> {
            cols.add(new Column(k + "_grade", "string", "The least authoritative grade (VENDOR, DATASHEET, SECONDARY, ESTIMATE) among the "
                + what + " recorded for the part; empty when none is recorded or none is graded."));
            cols.add(new Column(k + "_sources", "string", "The ids (sources.csv) of the sources of the " + what
                + ", space-separated in catalog order."));
        });
        List<List<String>> rows = new ArrayList<>();
        for (Part p : parts) {
            PartMetrics m = PartMetrics.of(p);
            Figure tpp = p.kind() == PartKind.SYSTEM ? SystemTpp.of(p, catalog::find, Interpretation.defaults()) : m.tpp();
            List<String> tc = FigureCells.cells(tpp);
            List<String> dc = FigureCells.cells(m.performanceDensity());
            List<String> row = new ArrayList<>(List.of(p.id(), p.vendor(), p.name(),
                p.kind().name(), p.year().isPresent() ? Integer.toString(p.year().getAsInt()) : "",
                p.datacenter().map(String::valueOf).orElse(""),
                tc.get(0), tc.get(1), tc.get(2), tc.get(3),
                CatalogCsv.cell(m.computedTpp()), m.computedTpp().isKnown() && m.tppBasis() != null ? m.tppBasis() : "",
                m.declaredTpp().map(BigDecimal::toPlainString).orElse(""),
                p.declared().flatMap(d -> d.eccn()).orElse(""),
                dc.get(0), m.performanceDensity().value().map(Dataset::exactText).orElse(""), dc.get(1), dc.get(2), dc.get(3),
                CatalogCsv.cell(m.applicableDieAreaMm2()), CatalogCsv.cell(m.memoryBandwidthGBs()),
                CatalogCsv.cell(m.ioBidirectionalGBs()), CatalogCsv.cell(m.transistors())));
            Map<String, List<Raw>> groups = new LinkedHashMap<>();
            for (String k : inputs.keySet()) {
                groups.put(k, new ArrayList<>());
            }
            for (Raw r : raw(p)) {
                String g = group(r);
                if (g != null) {
                    groups.get(g).add(r);
                }
            }
            for (List<Raw> g : groups.values()) {
                Grade worst = null;
                Set<String> ids = new LinkedHashSet<>();
                for (Raw r : g) {
                    Optional<Grade> grade = p.gradeOf(r.entry(), r.entryField());
                    if (grade.isPresent() && (worst == null || grade.get().compareTo(worst) > 0)) {
                        worst = grade.get();
                    }
                    p.sourceOf(r.entry(), r.entryField()).ifPresent(ids::add);
                }
                row.add(worst == null ? "" : worst.name());
                row.add(String.join(" ", ids));
            }
            rows.add(row);
        }
        return new Table("parts", "Parts", "One row per catalog part: its figures, computed metrics, and the grade and sources of each main figure.",
            cols, List.of("id"), List.of(), rows);
    }

    /** Which main figure of parts.csv a raw figure feeds, or null. */
    private static String group(Raw r) {
        if (r.entry() instanceof ComputeRate) {
            return "tpp_computed";
        }
        if (r.field().equals("declared.tpp")) {
            return "tpp_declared";
        }
        if (r.field().equals("memory.bandwidthGBs")) {
            return "memory_bandwidth";
        }
        if (r.entry() instanceof IoLink) {
            return "io";
        }
        if (r.entry() instanceof Die) {
            return r.entryField().equals("areaMm2") ? "die_area" : r.entryField().equals("transistors") ? "transistors" : null;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- figures

    /** Every sourced figure of a part, in catalog order, named by its place in the spec format. */
    private static List<Raw> raw(Part p) {
        List<Raw> out = new ArrayList<>();
        for (int i = 0; i < p.dies().size(); i++) {
            Die d = p.dies().get(i);
            String at = "dies[" + i + "].";
            out.add(new Raw(at + "count", "dies", BigDecimal.valueOf(d.count()), d, "count"));
            d.areaMm2().ifPresent(a -> out.add(new Raw(at + "areaMm2", "mm2", a, d, "areaMm2")));
            d.transistors().ifPresent(t -> out.add(new Raw(at + "transistors", "transistors", new BigDecimal(t), d, "transistors")));
        }
        for (ComputeRate c : p.compute()) {
            String at = "compute[" + c.precision() + "].";
            c.denseTops().ifPresent(v -> out.add(new Raw(at + "denseTops", "TOPS", v, c, "denseTops")));
            c.sparseTops().ifPresent(v -> out.add(new Raw(at + "sparseTops", "TOPS", v, c, "sparseTops")));
        }
        for (int i = 0; i < p.io().size(); i++) {
            IoLink l = p.io().get(i);
            String at = "io[" + i + "]." + l.kind() + ".";
            l.bidirectionalGBs().ifPresent(v -> out.add(new Raw(at + "bidirectionalGBs", "GB/s", v, l, "bidirectionalGBs")));
        }
        p.memory().ifPresent(mem -> {
            mem.bandwidthGBs().ifPresent(v -> out.add(new Raw("memory.bandwidthGBs", "GB/s", v, mem, "bandwidthGBs")));
            mem.capacityGB().ifPresent(v -> out.add(new Raw("memory.capacityGB", "GB", v, mem, "capacityGB")));
            mem.stacks().ifPresent(v -> out.add(new Raw("memory.stacks", "stacks", BigDecimal.valueOf(v), mem, "stacks")));
            mem.packageAreaMm2().ifPresent(v -> out.add(new Raw("memory.packageAreaMm2", "mm2", v, mem, "packageAreaMm2")));
        });
        p.declared().ifPresent(d -> d.tpp().ifPresent(v -> out.add(new Raw("declared.tpp", "TPP", v, d, "tpp"))));
        return out;
    }

    private Table figuresTable() {
        List<Column> cols = List.of(
            new Column("part", "string", "The part's id (parts.csv)."),
            new Column("field", "string", "The figure's place in the catalog's spec format, e.g. dies[0].areaMm2, compute[FP8].denseTops,"
                + " io[0].NVLINK.bidirectionalGBs, memory.bandwidthGBs, declared.tpp."),
            new Column("value", "number", "The figure as the catalog records it, a plain decimal."),
            new Column("unit", "string", "mm2, transistors, dies, TOPS (tera-operations per second, dense or sparse as the field says),"
                + " GB/s, GB, stacks, or TPP."),
            new Column("estimate_low", "number", "The bottom of the figure's estimate interval, when the catalog records one."),
            new Column("estimate_high", "number", "The top of the figure's estimate interval, when the catalog records one."),
            new Column("grade", "string", "VENDOR, DATASHEET, SECONDARY or ESTIMATE: the figure's own grade, else its source's; empty when ungraded."),
            new Column("source", "string", "The id of the figure's source (sources.csv, with part); empty when none is named."));
        List<List<String>> rows = new ArrayList<>();
        for (Part p : parts) {
            for (Raw r : raw(p)) {
                Interval range = r.entry().ranges().get(r.entryField());
                rows.add(List.of(p.id(), r.field(), r.value().toPlainString(), r.unit(),
                    range == null ? "" : range.low().toPlainString(), range == null ? "" : range.high().toPlainString(),
                    p.gradeOf(r.entry(), r.entryField()).map(Grade::name).orElse(""),
                    p.sourceOf(r.entry(), r.entryField()).orElse("")));
            }
        }
        return new Table("figures", "Figures", "One row per figure the catalog records for a part, with its unit, grade and source.",
            cols, List.of("part", "field"),
            List.of(new ForeignKey(List.of("part"), "parts", List.of("id")),
                new ForeignKey(List.of("part", "source"), "sources", List.of("part", "id"))), rows);
    }

    // ------------------------------------------------------------------------------------------- outcomes

    private Table outcomesTable() {
        List<Column> cols = List.of(
            new Column("part", "string", "The part's id (parts.csv)."),
            new Column("regime", "string", "The regime's id (chipgate regimes)."),
            new Column("from", "date", "First day of the period."),
            new Column("until", "date", "Last day of the period; empty when it lasts to date."),
            new Column("outcome", "string", "The outcome chipgate computes for the part under the regime in the period, under the default"
                + " reading of the rule text: the outcome code of `chipgate history` (3A090.a, 3A090.b, NOT_CONTROLLED, INDETERMINATE, …)."),
            new Column("status", "string", "The regime's status in the period: NOT_YET, IN_FORCE or NOT_ENFORCED."));
        List<List<String>> rows = new ArrayList<>();
        for (Part p : parts) {
            // consecutive periods with the same outcome and status under a regime are one row
            Map<String, String[]> open = new LinkedHashMap<>();
            List<String[]> done = new ArrayList<>();
            for (HistoryPeriod h : Regimes.history(p, Interpretation.defaults(), catalog::find)) {
                String until = h.toExclusive().map(d -> d.minusDays(1).toString()).orElse("");
                for (Determination d : h.determinations()) {
                    String[] cur = open.get(d.regimeId());
                    if (cur != null && cur[4].equals(d.outcome().code()) && cur[5].equals(d.status().name()) && !cur[3].isEmpty()
                        && LocalDate.parse(cur[3]).plusDays(1).equals(h.from())) {
                        cur[3] = until;
                    } else {
                        String[] row = {p.id(), d.regimeId(), h.from().toString(), until, d.outcome().code(), d.status().name()};
                        open.put(d.regimeId(), row);
                        done.add(row);
                    }
                }
            }
            // by regime, then date: the order of the regimes' first appearance is the catalog's regime order
            for (String regime : open.keySet()) {
                done.stream().filter(r -> r[1].equals(regime)).forEach(r -> rows.add(List.of(r)));
            }
        }
        return new Table("outcomes", "Outcomes", "Each part's outcome under each regime in each period between rule changes, computed by"
            + " chipgate from the catalog's figures (not legal advice).", cols, List.of("part", "regime", "from"),
            List.of(new ForeignKey(List.of("part"), "parts", List.of("id"))), rows);
    }

    // ------------------------------------------------------------------------------------------- sources

    private Table sourcesTable() {
        List<Column> cols = List.of(
            new Column("part", "string", "The part's id (parts.csv); source ids are local to a part."),
            new Column("id", "string", "The source's id within the part."),
            new Column("title", "string", "The document's title, as the catalog records it."),
            new Column("url", "string", "The document's address, when it has one."),
            new Column("grade", "string", "VENDOR, DATASHEET, SECONDARY or ESTIMATE."),
            new Column("retrieved", "date", "The date the document was retrieved, when recorded."));
        List<List<String>> rows = new ArrayList<>();
        for (Part p : parts) {
            for (Source s : p.sources()) {
                rows.add(List.of(p.id(), s.id(), s.title(), s.url().orElse(""), s.grade().name(),
                    s.retrieved().map(LocalDate::toString).orElse("")));
            }
        }
        return new Table("sources", "Sources", "The sources the catalog cites, per part.", cols, List.of("part", "id"),
            List.of(new ForeignKey(List.of("part"), "parts", List.of("id"))), rows);
    }

    // ------------------------------------------------------------------------------------------- files

    static String csv(Table t) {
        CsvSchema.Builder schema = CsvSchema.builder();
        t.columns().forEach(c -> schema.addColumn(c.name()));
        try {
            return Csv.MAPPER.writer(schema.build().withHeader().withLineSeparator("\n")).writeValueAsString(Csv.neutralised(t.rows()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    String descriptor(List<Table> tables) {
        ObjectNode root = Json.F.objectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "chipgate-catalog");
        root.put("title", "chipgate catalog of AI accelerators: figures, sources and export-control outcomes");
        root.put("description", "The chipgate catalog " + catalog.version() + " as tidy tables: every part's figures with their grades"
            + " and sources, and the outcome chipgate computes under each US export-control regime in each period. Outcomes are"
            + " computed, not legal advice.");
        root.put("version", catalog.version());
        ArrayNode licenses = root.putArray("licenses");
        licenses.addObject().put("name", LICENSE).put("path", "https://www.apache.org/licenses/LICENSE-2.0")
            .put("title", "Apache License 2.0");
        ArrayNode sources = root.putArray("sources");
        sources.addObject().put("title", "chipgate built-in catalog " + catalog.version()
            + " (each figure names its own source: sources.csv)");
        ArrayNode resources = root.putArray("resources");
        for (Table t : tables) {
            ObjectNode r = resources.addObject();
            r.put("name", t.name()).put("title", t.title()).put("description", t.description()).put("path", t.path())
                .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8");
            r.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\n").put("header", true);
            ObjectNode s = r.putObject("schema");
            ArrayNode fields = s.putArray("fields");
            for (Column c : t.columns()) {
                ObjectNode f = fields.addObject().put("name", c.name()).put("type", c.type()).put("description", c.description());
                if (c.type().equals("date")) {
                    f.put("format", "default");
                }
            }
            s.putArray("missingValues").add("");
            ArrayNode pk = s.putArray("primaryKey");
            t.primaryKey().forEach(pk::add);
            if (!t.foreignKeys().isEmpty()) {
                ArrayNode fks = s.putArray("foreignKeys");
                for (ForeignKey k : t.foreignKeys()) {
                    ObjectNode fk = fks.addObject();
                    k.fields().forEach(fk.putArray("fields")::add);
                    ObjectNode ref = fk.putObject("reference").put("resource", k.resource());
                    k.referenceFields().forEach(ref.putArray("fields")::add);
                }
            }
        }
        // the pretty printer ends lines as the platform does: one line end everywhere
        return Json.write(root).replace("\r\n", "\n") + "\n";
    }

    String citation() {
        return "cff-version: 1.2.0\n"
            + "message: \"If you use this data, please cite it as below.\"\n"
            + "type: dataset\n"
            + "title: \"chipgate catalog of AI accelerators: figures, sources and export-control outcomes\"\n"
            + "version: \"" + catalog.version() + "\"\n"
            + "authors:\n"
            + "  - name: \"The chipgate project\"\n"
            + "license: " + LICENSE + "\n"
            + "abstract: \"Figures of AI accelerators (dies, compute rates, memory, I/O, vendor declarations), each with its"
            + " source and grade, and the outcome chipgate computes under each US export-control regime across rule changes."
            + " Outcomes are computed, not legal advice.\"\n"
            + "keywords:\n"
            + "  - export controls\n"
            + "  - ECCN 3A090\n"
            + "  - AI accelerators\n"
            + "  - total processing performance\n";
    }

    String readme(List<Table> tables) {
        StringBuilder b = new StringBuilder();
        b.append("# chipgate catalog ").append(catalog.version()).append(" — data package\n\n");
        b.append("The chipgate catalog of AI accelerators as a Frictionless Data Package (`datapackage.json` describes every table with a")
            .append(" Table Schema). Catalog version ").append(catalog.version()).append("; ").append(parts.size())
            .append(" parts. Written by `chipgate dataset`: the same catalog version gives the same bytes.\n\n");
        b.append("| file | rows | what |\n|---|---|---|\n");
        for (Table t : tables) {
            b.append("| `").append(t.path()).append("` | ").append(t.rows().size()).append(" | ").append(t.description()).append(" |\n");
        }
        b.append("\n## Figures, sources and grades\n\n");
        b.append("Every figure comes from a public source named in `sources.csv` (by part and source id); none is invented, and a")
            .append(" figure the sources do not give is absent (an empty cell). Each figure is graded by its source: VENDOR (a vendor's")
            .append(" page or brief), DATASHEET (a datasheet or whitepaper), SECONDARY (press, reviews, databases), ESTIMATE (derived")
            .append(" by arithmetic, measured from a die shot, or an analyst's estimate). In `parts.csv` a `*_grade` column gives the")
            .append(" least authoritative grade among the inputs of that figure. Numbers are plain decimals; the arithmetic is exact")
            .append(" (`performance_density_exact` gives the exact quotient).\n\n");
        b.append("## Outcomes\n\n");
        b.append("`outcomes.csv` holds the outcome chipgate computes for each part under each regime (ECCN 3A090 in its texts, the")
            .append(" AI-diffusion framework, the foundry presumption, …) in each period between rule changes, under the default")
            .append(" reading of the rule text. They are computed by chipgate from these figures: not legal advice.\n\n");
        b.append("Licence: ").append(LICENSE).append(". How to cite: `CITATION.cff`.\n");
        return b.toString();
    }

    /** An exact value as text: a plain decimal when it terminates, otherwise the reduced fraction "n/d". */
    static String exactText(Exact e) {
        if (e.isTerminating()) {
            return e.toBigDecimal(java.math.MathContext.UNLIMITED).stripTrailingZeros().toPlainString();
        }
        BigDecimal n = e.numerator();
        BigDecimal d = e.denominator();
        int scale = Math.max(0, Math.max(n.scale(), d.scale()));
        BigInteger ni = n.movePointRight(scale).toBigIntegerExact();
        BigInteger di = d.movePointRight(scale).toBigIntegerExact();
        BigInteger g = ni.gcd(di);
        if (di.signum() < 0) {
            ni = ni.negate();
            di = di.negate();
        }
        return ni.divide(g) + "/" + di.divide(g);
    }
}
