package io.chipgate.cli;

import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.Regimes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", description = "A part's outcome under each regime across every date where anything changes.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "1..*")
    List<String> names = new ArrayList<>();

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE")
    List<String> interpretation = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Interpretation in = Selection.interpretation(interpretation);
        for (Part p : Selection.parts(root, names, List.of())) {
            out.println(p.id() + " (" + p.name() + ")");
            for (HistoryPeriod h : Regimes.history(p, in, root.catalog()::find)) {
                out.printf("  %s → %-10s", h.from(), h.toExclusive().map(d -> d.minusDays(1).toString()).orElse("…"));
                h.determinations().forEach(d -> out.print("  " + d.regimeId() + "=" + d.outcome().code()
                    + (d.status() == io.chipgate.regime.RegimeStatus.NOT_ENFORCED ? " (not enforced)" : "")));
                out.println();
            }
        }
        return 0;
    }
}
