package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.HistoryPeriod;
import io.chipgate.regime.RegimeStatus;
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

    @Parameters(paramLabel = "PART", arity = "1..*", description = "Catalog ids, names or aliases.")
    List<String> names = new ArrayList<>();

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "As for classify.")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        PrintWriter out = spec.commandLine().getOut();
        Interpretation in = Selection.interpretation(interpretation);
        ArrayNode json = Json.F.arrayNode();
        for (Part p : Selection.parts(root, names, List.of())) {
            List<HistoryPeriod> periods = Regimes.history(p, in, root.catalog()::find);
            if (format == Format.json) {
                ObjectNode o = json.addObject().put("part", p.id()).put("partName", p.name());
                ArrayNode ps = o.putArray("periods");
                for (HistoryPeriod h : periods) {
                    ObjectNode n = ps.addObject().put("from", h.from().toString());
                    h.toExclusive().ifPresentOrElse(d -> n.put("to", d.minusDays(1).toString()), () -> n.putNull("to"));
                    ArrayNode ds = n.putArray("outcomes");
                    h.determinations().forEach(d -> ds.addObject().put("regime", d.regimeId()).put("outcome", d.outcome().code())
                        .put("status", d.status().name()));
                }
                continue;
            }
            out.println(p.id() + " (" + p.name() + ")");
            for (HistoryPeriod h : periods) {
                out.printf("  %s → %-10s", h.from(), h.toExclusive().map(d -> d.minusDays(1).toString()).orElse("…"));
                h.determinations().forEach(d -> out.print("  " + d.regimeId() + "=" + d.outcome().code()
                    + (d.status() == RegimeStatus.NOT_ENFORCED ? " (not enforced)" : "")));
                out.println();
            }
        }
        if (format == Format.json) {
            out.println(Json.write(json));
        }
        return 0;
    }
}
