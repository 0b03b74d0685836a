package io.chipgate.cli;

import io.chipgate.metrics.ApplicableDieArea;
import io.chipgate.metrics.Bandwidth;
import io.chipgate.model.Designation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Flip;
import io.chipgate.regime.Frontier;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import io.chipgate.internal.BoundedNumbers;
import io.chipgate.spec.SpecReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "frontier", description = {
    "--regime ID --die-area MM2: the TPP boundary below which a part is not controlled.",
    "--part P: the smallest change of each input that flips each outcome."})
final class FrontierCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--regime", paramLabel = "ID", description = "Regime id (default with --part: every regime in force on the date).")
    String regime;

    @Option(names = "--regime-file", paramLabel = "FILE", description = "A custom regime described in JSON.")
    Path regimeFile;

    @Option(names = "--die-area", paramLabel = "MM2", description = "Applicable die area in mm².")
    BigDecimal area;

    @Option(names = "--io", paramLabel = "GBS", description = "I/O rate in GB/s, for the 2022 rule.")
    BigDecimal io;

    @Option(names = "--non-datacenter", description = "The part is not designed or marketed for datacenters.")
    boolean nonDatacenter;

    @Option(names = "--part", paramLabel = "P", description = "A catalog part.")
    String part;

    @Option(names = "--on", paramLabel = "DATE")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        LocalDate date = on == null ? LocalDate.now() : on;
        PrintWriter out = spec.commandLine().getOut();
        if (part != null) {
            Part p = root.catalog().part(part);
            List<Regime> regimes = Selection.regimes(regime, regimeFile, date);
            ArrayNode a = Json.F.arrayNode();
            for (Regime r : regimes) {
                List<Flip> flips = Frontier.flips(r, p, Interpretation.defaults(), date);
                String now = r.classify(p, Interpretation.defaults(), date, root.catalog()::find).outcome().code();
                if (format == Format.json) {
                    ObjectNode o = a.addObject().put("part", p.id()).put("regime", r.id()).put("outcome", now);
                    ArrayNode fs = o.putArray("flips");
                    for (Flip f : flips) {
                        ObjectNode n = fs.addObject().put("input", f.input()).put("outcome", f.outcome().code());
                        if (f.isNumeric()) {
                            n.put("from", Reports.number(f.from().get())).put("to", Reports.number(f.to().get()))
                                .put("inclusive", f.inclusive()).put("delta", Reports.number(f.delta().get()));
                        }
                        n.put("text", f.toString());
                    }
                } else {
                    out.println(r.id() + ": " + p.id() + " is " + now);
                    if (flips.isEmpty()) {
                        out.println("  no single known input changes the outcome");
                    }
                    flips.forEach(f -> out.println("  " + f));
                }
            }
            if (format == Format.json) {
                out.println(Json.write(a));
            }
            return 0;
        }
        if (area == null || (regime == null && regimeFile == null)) {
            throw new UsageException("give --regime ID (or --regime-file) with --die-area MM2, or --part P");
        }
        if (!BoundedNumbers.isBounded(area) || area.compareTo(SpecReader.MIN_AREA_MM2) < 0 || area.compareTo(SpecReader.MAX_AREA_MM2) > 0) {
            throw Chipgate.usage(spec, "--die-area: invalid value " + BoundedNumbers.show(area) + ": expected an area from "
                + SpecReader.MIN_AREA_MM2.toPlainString() + " to " + SpecReader.MAX_AREA_MM2.toPlainString() + " mm²");
        }
        if (io != null && (!BoundedNumbers.isBounded(io) || io.signum() <= 0 || io.compareTo(SpecReader.MAX_GBS) > 0)) {
            throw Chipgate.usage(spec, "--io: invalid value " + BoundedNumbers.show(io) + ": expected a rate above 0 and at most "
                + SpecReader.MAX_GBS.toPlainString() + " GB/s");
        }
        Regime r = Selection.regimes(regime, regimeFile, date).get(0);
        ApplicableDieArea dieArea = ApplicableDieArea.ofSquareMillimetres(area);
        Designation designation = Designation.of(!nonDatacenter);
        Optional<Frontier.Boundary> b = io == null ? Frontier.tppBoundary(r, dieArea, designation, date)
            : Frontier.tppBoundary(r, dieArea, designation, Bandwidth.ofGigabytesPerSecond(io), date);
        if (format == Format.json) {
            ObjectNode o = Json.F.objectNode().put("regime", r.id()).put("dieAreaMm2", area).put("datacenter", !nonDatacenter);
            if (b.isPresent()) {
                o.put("tppBoundary", Reports.number(b.get().tpp())).put("inclusive", b.get().inclusive());
            } else {
                o.putNull("tppBoundary");
            }
            o.put("meaning", "parts with TPP below tppBoundary are not controlled; at it, controlled when inclusive");
            out.println(Json.write(o));
        } else if (b.isPresent()) {
            out.println(r.id() + ", " + area.toPlainString() + " mm², " + (nonDatacenter ? "not " : "") + "for datacenters: "
                + "controlled from " + b.get() + "; below TPP " + b.get().tpp() + " not controlled");
        } else {
            out.println(r.id() + ": no TPP makes such a part controlled" + (io == null && r.id().equals("3a090-2022") ? " (give --io for the 2022 interconnect line)" : ""));
        }
        return 0;
    }
}
