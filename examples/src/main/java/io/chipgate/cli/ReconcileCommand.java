package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.VendorTable;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", description = {
    "chipgate's arithmetic against the vendors' own export-classification tables (NVIDIA, AMD): computed and declared TPP,",
    "the vendor's ECCN, chipgate's outcome under the 3A090 regime in force on the table's date, agreement, and the explanation",
    "of every TPP difference above 1 %% and every disagreement. With --tables: the vendors' tables checked against themselves",
    "(a row's declared TPP against its own ECCN under the 3A090 text, rows of one board at a TPP no described product carries)."})
final class ReconcileCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--vendor", paramLabel = "V", description = "Only this vendor (NVIDIA or AMD).")
    String vendor;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json")
    Format format;

    @Option(names = "--tables", description = "Check the vendors' tables against themselves instead of the catalog against them: "
        + "rows whose declared TPP (or AMD's own 3A090.a.1 flag) and ECCN cannot both be right, and rows of one board at a TPP "
        + "no described row of that board declares.")
    boolean tables;

    @Override
    public Integer call() {
        if (vendor != null && Reconciliation.table(vendor).isEmpty()) {
            throw new UsageException("no vendor table for '" + vendor + "'; tables: NVIDIA, AMD");
        }
        if (tables) {
            List<TableChecks.Finding> found = TableChecks.of(root.catalog(), vendor);
            PrintWriter w = spec.commandLine().getOut();
            switch (format) {
                case json -> w.println(Json.write(tablesJson(found)));
                case csv -> w.print(tablesCsv(found));
                default -> w.print(tablesText(found));
            }
            return Chipgate.OK;
        }
        List<Reconciliation.Row> rows = Reconciliation.of(root.catalog(), vendor);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.println(Json.write(json(rows)));
                break;
            case csv:
                out.print(csv(rows));
                break;
            default:
                out.print(text(rows));
        }
        return Chipgate.OK;
    }

    static String text(List<Reconciliation.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-30s %10s %10s %9s %-11s %-12s %s%n", "PART", "COMPUTED", "DECLARED", "DIFF", "VENDOR ECCN", "CHIPGATE", "STATUS"));
        for (Reconciliation.Row r : rows) {
            sb.append(String.format("%-30s %10s %10s %9s %-11s %-12s %s%n", r.part().id(), Reports.show(r.computedTpp(), 1),
                r.declaredTpp().map(x -> x.toPlainString()).orElse(""), Reconciliation.percent(r.differencePercent()),
                r.vendorEccn().orElse(""), r.determination().outcome().code(), Reconciliation.lower(r.status())));
            for (String e : r.explanations()) {
                sb.append("    ").append(e).append('\n');
            }
        }
        sb.append(summary(rows)).append('\n');
        for (VendorTable t : VendorTable.builtinTables()) {
            sb.append("source: ").append(t.citation()).append('\n');
        }
        sb.append("regime: the 3A090 regime in force on each table's date (").append(
            VendorTable.builtinTables().stream().map(t -> t.vendor() + " " + t.effectiveDate() + ": "
                + Reconciliation.regimeOn(t.effectiveDate()).id()).reduce((a, b) -> a + ", " + b).orElse("")).append(")\n");
        return sb.toString();
    }

    /** "chipgate vs the vendors: N agree, M explained, ..." */
    static String summary(List<Reconciliation.Row> rows) {
        Map<Reconciliation.Status, Integer> n = new EnumMap<>(Reconciliation.Status.class);
        rows.forEach(r -> n.merge(r.status(), 1, Integer::sum));
        long unexplained = rows.stream().filter(Reconciliation::unexplained).count();
        return "chipgate vs the vendors: " + rows.size() + " parts; " + n.getOrDefault(Reconciliation.Status.AGREE, 0) + " agree, "
            + n.getOrDefault(Reconciliation.Status.EXPLAINED, 0) + " agree with a TPP difference above 1 % explained, "
            + n.getOrDefault(Reconciliation.Status.DISAGREE, 0) + " disagree (explained), "
            + n.getOrDefault(Reconciliation.Status.OPEN, 0) + " open (chipgate INDETERMINATE), "
            + n.getOrDefault(Reconciliation.Status.NO_VENDOR_ROW, 0) + " without a mapped vendor row; " + unexplained + " unexplained";
    }

    static ArrayNode json(List<Reconciliation.Row> rows) {
        ArrayNode a = Json.F.arrayNode();
        for (Reconciliation.Row r : rows) {
            ObjectNode o = a.addObject();
            o.put("part", r.part().id());
            o.put("vendor", r.vendor());
            if (r.computedTpp().isKnown()) {
                o.put("computedTpp", Reports.number(r.computedTpp().value().get()));
            } else {
                o.putNull("computedTpp");
            }
            r.declaredTpp().ifPresentOrElse(x -> o.put("declaredTpp", x), () -> o.putNull("declaredTpp"));
            r.differencePercent().ifPresentOrElse(x -> o.put("differencePercent", x), () -> o.putNull("differencePercent"));
            r.vendorEccn().ifPresentOrElse(x -> o.put("vendorEccn", x), () -> o.putNull("vendorEccn"));
            ArrayNode pns = o.putArray("partNumbers");
            r.part().partNumbers().forEach(pns::add);
            o.put("regime", r.determination().regimeId());
            o.put("date", r.determination().date().toString());
            o.put("outcome", r.determination().outcome().code());
            o.put("status", r.status().name());
            ArrayNode e = o.putArray("explanations");
            r.explanations().forEach(e::add);
        }
        return a;
    }

    static String tablesText(List<TableChecks.Finding> found) {
        StringBuilder sb = new StringBuilder();
        for (TableChecks.Finding f : found) {
            sb.append(f.vendor()).append("  ").append(f.kind().name()).append("  ").append(String.join(", ", f.partNumbers()))
                .append(f.description().isEmpty() ? "" : "  \"" + f.description() + "\"").append("  ECCN ").append(f.eccn())
                .append(f.tppPerGpu().map(t -> "  TPP per GPU " + TableChecks.num(t)).orElse("")).append('\n');
            sb.append("    ").append(f.explanation()).append('\n');
        }
        sb.append("within the vendors' tables: ").append(found.size()).append(" finding").append(found.size() == 1 ? "" : "s")
            .append(" (questions to the table, not chipgate's answers; rows with one declaration are one finding)\n");
        for (VendorTable t : VendorTable.builtinTables()) {
            sb.append("source: ").append(t.citation()).append('\n');
        }
        return sb.toString();
    }

    static ArrayNode tablesJson(List<TableChecks.Finding> found) {
        ArrayNode a = Json.F.arrayNode();
        for (TableChecks.Finding f : found) {
            ObjectNode o = a.addObject();
            o.put("vendor", f.vendor());
            o.put("kind", f.kind().name());
            ArrayNode pns = o.putArray("partNumbers");
            f.partNumbers().forEach(pns::add);
            o.put("description", f.description());
            o.put("eccn", f.eccn());
            f.tppPerGpu().ifPresentOrElse(x -> o.put("tppPerGpu", x), () -> o.putNull("tppPerGpu"));
            o.put("explanation", f.explanation());
        }
        return a;
    }

    static String tablesCsv(List<TableChecks.Finding> found) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : List.of("vendor", "kind", "part_numbers", "description", "eccn", "tpp_per_gpu", "explanation")) {
            schema.addColumn(c);
        }
        List<List<String>> out = new ArrayList<>();
        for (TableChecks.Finding f : found) {
            out.add(List.of(f.vendor(), f.kind().name(), String.join(" ", f.partNumbers()), f.description(), f.eccn(),
                f.tppPerGpu().map(BigDecimal::toPlainString).orElse(""), f.explanation()));
        }
        try {
            return Csv.MAPPER.writer(schema.build().withHeader()).writeValueAsString(Csv.neutralised(out));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(List<Reconciliation.Row> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : List.of("part", "vendor", "computed_tpp", "declared_tpp", "difference_percent", "vendor_eccn", "regime",
            "date", "outcome", "status", "explanation")) {
            schema.addColumn(c);
        }
        List<List<String>> out = new ArrayList<>();
        for (Reconciliation.Row r : rows) {
            out.add(List.of(r.part().id(), r.vendor(), CatalogCsv.cell(r.computedTpp()), r.declaredTpp().map(x -> x.toPlainString()).orElse(""),
                r.differencePercent().map(x -> x.toPlainString()).orElse(""), r.vendorEccn().orElse(""), r.determination().regimeId(),
                r.determination().date().toString(), r.determination().outcome().code(), r.status().name(), String.join(" | ", r.explanations())));
        }
        try {
            return new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
