package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "matrix", description = "Every catalog part × every regime, each evaluated as written; statuses on the date in the header.")
final class MatrixCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "DATE", description = "The date asked (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.csv, Format.json);
        LocalDate date = on == null ? LocalDate.now() : on;
        Catalog c = root.catalog();
        List<Regime> regimes = Regimes.all();
        PrintWriter out = spec.commandLine().getOut();
        List<Part> parts = c.parts();
        List<List<String>> cells = new ArrayList<>();
        for (Part p : parts) {
            List<String> row = new ArrayList<>();
            for (Regime r : regimes) {
                row.add(r.classify(p, Interpretation.defaults(), date, c::find).outcome().code());
            }
            cells.add(row);
        }
        if (format == Format.json) {
            ArrayNode a = Json.F.arrayNode();
            for (int i = 0; i < parts.size(); i++) {
                ObjectNode o = a.addObject();
                o.put("part", parts.get(i).id());
                o.put("date", date.toString());
                ObjectNode outcomes = o.putObject("outcomes");
                for (int j = 0; j < regimes.size(); j++) {
                    outcomes.put(regimes.get(j).id(), cells.get(i).get(j));
                }
            }
            out.println(Json.write(a));
        } else if (format == Format.csv) {
            StringBuilder sb = new StringBuilder("part");
            regimes.forEach(r -> sb.append(',').append(r.id()));
            out.println(sb);
            for (int i = 0; i < parts.size(); i++) {
                out.println(parts.get(i).id() + "," + String.join(",", cells.get(i)));
            }
        } else {
            String[] shortNames = {"2022", "2023", "2024", "AI-diff", "foundry", "letters", "CN-2026"};
            out.printf("%-28s %9s %9s", "PART", "TPP", "PD");
            for (int j = 0; j < regimes.size(); j++) {
                out.printf(" %-13s", j < shortNames.length ? shortNames[j] : regimes.get(j).id());
            }
            out.println();
            for (int i = 0; i < parts.size(); i++) {
                PartMetrics m = PartMetrics.of(parts.get(i));
                boolean acc = parts.get(i).kind() == io.chipgate.model.PartKind.ACCELERATOR;
                out.printf("%-28s %9s %9s", PartsCommand.cut(parts.get(i).id(), 28), acc ? Reports.show(m.tpp(), 0) : "",
                    acc ? Reports.show(m.performanceDensity(), 2) : "");
                for (String cell : cells.get(i)) {
                    out.printf(" %-13s", abbreviate(cell));
                }
                out.println();
            }
            out.println();
            for (int j = 0; j < regimes.size(); j++) {
                Regime r = regimes.get(j);
                out.printf("%-8s = %-18s %-12s %s%n", j < shortNames.length ? shortNames[j] : r.id(), r.id(), r.status(date), r.instrument().citation());
            }
            out.println("TPP = total processing performance; PD = performance density (TPP per mm² of applicable die area);");
            out.println("~ = rests on an estimated figure; ≤ x / ≥ x = only a bound is known (a die area is missing or partial).");
            out.println("3A090.x / 4A090.x = the ECCN paragraph that controls the part (4A090: computers and systems containing such");
            out.println("ICs); NC = not controlled; n/a = not applicable (e.g. not an accelerator, or not 3A090.a/.b);");
            out.println("INDET = indeterminate, inputs missing (see chipgate classify PART);");
            out.println("CbC = case-by-case review; PoD = presumption of denial; LIC-REP = licence required per the reported letters;");
            out.println("WW-LIC = worldwide licence required; presumed-a = the foundry rule has fabricators presume 3A090.a;");
            out.println("overcome = that presumption is overcome (transistor count below the rule's line).");
            out.println("Date " + date + "; catalog " + c.version() + ". Not legal advice.");
        }
        return 0;
    }

    static String abbreviate(String code) {
        switch (code) {
            case "NOT_CONTROLLED": return "NC";
            case "NOT_APPLICABLE": return "n/a";
            case "INDETERMINATE": return "INDET";
            case "CASE_BY_CASE": return "CbC";
            case "PRESUMPTION_OF_DENIAL": return "PoD";
            case "LICENSE_REQUIRED_REPORTED": return "LIC-REP";
            case "WORLDWIDE_LICENSE": return "WW-LIC";
            case "PRESUMED_3A090_A": return "presumed-a";
            case "PRESUMPTION_OVERCOME": return "overcome";
            default: return code;
        }
    }
}
