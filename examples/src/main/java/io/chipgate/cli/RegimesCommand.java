package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "regimes", description = "Every regime: id, title, citation, dates and status on a date.")
final class RegimesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "DATE", description = "Status on this date (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        LocalDate date = on == null ? LocalDate.now() : on;
        Options.requireFormat(spec, format, Format.text, Format.json);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode a = Json.F.arrayNode();
            Regimes.all().forEach(r -> a.add(Json.object(Reports.jsonLine(r, date))));
            out.println(Json.write(a));
            return 0;
        }
        out.printf("%-19s %-13s %-12s %-12s %-12s %s%n", "REGIME", "STATUS", "EFFECTIVE", "UNTIL", "CITATION", "TITLE");
        for (Regime r : Regimes.all()) {
            String until = r.endExclusive().map(d -> d.minusDays(1).toString())
                .orElse(r.notEnforcedFrom().map(d -> "(n.e. " + d + ")").orElse("—"));
            out.printf("%-19s %-13s %-12s %-12s %-12s %s%n", r.id(), r.status(date), r.effective(), until,
                r.instrument().citation().length() > 12 ? r.instrument().citation().substring(0, 11) + "…" : r.instrument().citation(), r.title());
        }
        out.println("status on " + date + "; n.e. = not enforced from. Details: chipgate regimes --format json");
        return 0;
    }
}
