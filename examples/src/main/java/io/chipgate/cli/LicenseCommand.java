package io.chipgate.cli;

import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseReports;
import io.chipgate.license.Licensing;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import java.io.PrintWriter;
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

@Command(name = "license", description = "May N of this part be shipped to this destination for this end user on this date, and under what? Not legal advice.")
final class LicenseCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART", arity = "1")
    String part;

    @Option(names = "--to", required = true, paramLabel = "CC", description = "Destination, ISO 3166 alpha-2 (CN, DE, AE…).")
    String to;

    @Option(names = "--hq", paramLabel = "CC", description = "Where the end user (or its ultimate parent) is headquartered; omitted = unknown.")
    String hq;

    @Option(names = "--quantity", defaultValue = "1", paramLabel = "N")
    long quantity;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the shipment (default: today).")
    LocalDate on;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Option(names = "--strict", description = "Exit with 1 when whether a licence is required is unknown.")
    boolean strict;

    @Override
    public Integer call() {
        Part p = root.catalog().part(part);
        Interpretation in = Selection.interpretation(interpretation);
        LicenseDetermination d = Licensing.assess(p, quantity, to, hq, on == null ? LocalDate.now() : on, in, root.catalog()::find);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.json ? LicenseReports.json(d) : LicenseReports.text(d));
        return strict && !d.licenseRequired().isKnown() ? Chipgate.INDETERMINATE : Chipgate.OK;
    }
}
