package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Reports;
import io.chipgate.spec.SpecWriter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parts", description = "The catalog: text table, JSON in the spec format, or CSV with outcomes under the regimes in force.")
final class PartsCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--vendor", description = "Only this vendor.")
    String vendor;

    @Option(names = "--kind", description = "accelerator, memory or system (any case).")
    PartKind kind;

    @Option(names = "--format", defaultValue = "text", description = "text, json (the spec format) or csv")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json, Format.csv);
        Catalog c = root.catalog();
        if (vendor != null && c.parts().stream().noneMatch(p -> p.vendor().equalsIgnoreCase(vendor))) {
            java.util.Set<String> vendors = new java.util.TreeSet<>();
            c.parts().forEach(p -> vendors.add(p.vendor()));
            throw new UsageException("Unknown vendor '" + vendor + "'" + Options.didYouMean(vendor, vendors)
                + " (vendors: " + String.join(", ", vendors) + ")");
        }
        List<Part> parts = c.filter(p -> (vendor == null || p.vendor().equalsIgnoreCase(vendor))
            && (kind == null || p.kind() == kind));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json:
                out.println(SpecWriter.instance().writeAll(parts));
                break;
            case csv:
                out.print(CatalogCsv.write(parts, c, LocalDate.now()));
                break;
            default:
                out.printf("%-30s %-13s %-34s %-4s %-11s %-3s %12s %9s%n", "ID", "VENDOR", "NAME", "YEAR", "KIND", "DC", "TPP", "PD");
                for (Part p : parts) {
                    PartMetrics m = PartMetrics.of(p);
                    out.printf("%-30s %-13s %-34s %-4s %-11s %-3s %12s %9s%n", p.id(), cut(p.vendor(), 13), cut(p.name(), 34),
                        p.year().isPresent() ? Integer.toString(p.year().getAsInt()) : "?", p.kind().name().toLowerCase(Locale.ROOT),
                        p.datacenter().map(d -> d ? "yes" : "no").orElse("?"),
                        p.kind() == PartKind.ACCELERATOR ? Reports.show(m.tpp(), 1)
                            : p.kind() == PartKind.SYSTEM ? "Σ " + Reports.show(SystemTpp.of(p, c::find, Interpretation.defaults()), 1) : "",
                        p.kind() == PartKind.ACCELERATOR ? Reports.show(m.performanceDensity(), 2) : "");
                }
                out.println(parts.size() + " parts; catalog " + c.version() + "; ~ marks figures resting on estimates; "
                    + "Σ a system's TPP summed over its ICs (for reporting: 4A090 classifies a system by its ICs)");
        }
        return 0;
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
