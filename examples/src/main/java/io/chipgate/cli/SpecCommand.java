package io.chipgate.cli;

import io.chipgate.catalog.SpecFiles;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "spec", description = "Reads spec files and prints each part's exact metrics: TPP, applicable die area, performance density, I/O, memory bandwidth density.")
final class SpecCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files = new ArrayList<>();

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE")
    List<String> interpretation = new ArrayList<>();

    @Override
    public Integer call() {
        Interpretation in = Selection.interpretation(interpretation);
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            for (Part p : SpecFiles.read(f)) {
                PartMetrics m = PartMetrics.of(p, in);
                out.println(p.id() + " (" + p.vendor() + " " + p.name() + ")");
                out.println("  TPP                      " + m.tpp() + "   [" + m.tppBasis() + "]");
                out.println("  applicable die area mm²  " + m.applicableDieAreaMm2());
                out.println("  performance density      " + m.performanceDensity()
                    + (m.performanceDensity().isKnown() ? "   (≈ " + Reports.show(m.performanceDensity(), 4) + ")" : ""));
                out.println("  I/O GB/s                 " + m.ioBidirectionalGBs());
                out.println("  memory bandwidth GB/s    " + m.memoryBandwidthGBs());
                if (p.kind() == io.chipgate.model.PartKind.MEMORY) {
                    out.println("  memory bandwidth density " + m.memoryBandwidthDensity());
                }
                List<String> missing = new ArrayList<>(m.tpp().missing());
                m.performanceDensity().missing().stream().filter(x -> !missing.contains(x)).forEach(missing::add);
                if (!missing.isEmpty()) {
                    out.println("  missing: " + String.join("; ", missing));
                }
                m.notes().forEach(n -> out.println("  note: " + n));
            }
        }
        return 0;
    }
}
