package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", description = {
    "Determinations for catalog parts or spec files, with clauses, margins, licence exceptions, citations and warnings.",
    "--regime ID evaluates that regime as written whatever the date and reports its status; --on DATE every regime in force on that date; neither: every regime in force today."})
final class ClassifyCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "0..*", description = "Catalog ids, names, aliases or vendor part numbers (h100, \"H100 SXM5\", nvidia-h100-sxm, 900-21010-0000-000).")
    List<String> names = new ArrayList<>();

    @Option(names = "--spec", paramLabel = "FILE", description = "Spec files or directories to classify.")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--regime", paramLabel = "ID", description = "One regime by id.")
    String regime;

    @Option(names = "--regime-file", paramLabel = "FILE", description = "A custom regime described in JSON.")
    Path regimeFile;

    @Option(names = "--on", paramLabel = "DATE", description = "The date asked (default: today).")
    LocalDate on;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "tf32Bits=19|32, sparseOnly=UNKNOWN|HALVE, tppBasis=HIGHER|COMPUTED|DECLARED, noNonPlanarArea=UNDEFINED|ZERO")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Option(names = "--strict", description = "Exit with 1 when any determination is INDETERMINATE.")
    boolean strict;

    @Override
    public Integer call() {
        LocalDate date = on == null ? LocalDate.now() : on;
        Interpretation in = Selection.interpretation(interpretation);
        List<Part> parts = Selection.parts(root, names, specs);
        List<Regime> regimes = Selection.regimes(regime, regimeFile, date);
        List<Determination> ds = new ArrayList<>();
        for (Part p : parts) {
            for (Regime r : regimes) {
                ds.add(r.classify(p, in, date, root.catalog()::find));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode a = Json.F.arrayNode();
            ds.forEach(d -> a.add(Reports.json(d)));
            out.println(Json.write(a));
        } else {
            ds.forEach(d -> out.println(Reports.text(d)));
            out.println("Not legal advice: a computation from public rule text and published figures.");
        }
        boolean open = ds.stream().anyMatch(d -> d.outcome() == Outcome.INDETERMINATE);
        return strict && open ? Chipgate.INDETERMINATE : Chipgate.OK;
    }
}
