package io.chipgate.cli;

import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Shipment;
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

    @Option(names = "--hq", paramLabel = "CC", description = "Where the end user (or its ultimate parent) is headquartered; omitted = "
        + "unknown, and grounds that depend on it (§ 744.23(a)(3), the reported letters) are then unknown.")
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
        Options.requireFormat(spec, format, Format.text, Format.json);
        Part p = root.catalog().part(part);
        Interpretation in = Selection.interpretation(interpretation);
        Shipment shipment = Shipment.of(p, quantity, CountryCode.of(to), on == null ? LocalDate.now() : on);
        if (hq != null) {
            shipment = shipment.withHeadquarters(CountryCode.of(hq));
        }
        LicenseDetermination d = Licensing.assess(shipment, in, root.catalog()::find);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.json ? LicenseReports.json(d) : LicenseReports.text(d));
        if (format != Format.json && hq == null && !d.licenseRequired().isKnown()
            && d.warnings().stream().anyMatch(w -> w.startsWith("end user's headquarters not given"))) {
            out.println("Tip: give --hq CC (where the end user or its ultimate parent is headquartered): the answer depends on it.");
        }
        return strict && !d.licenseRequired().isKnown() ? Chipgate.INDETERMINATE : Chipgate.OK;
    }
}
