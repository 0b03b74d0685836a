package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.internal.BoundedNumbers;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Reports;
import io.chipgate.spec.SpecReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The TPP calculator: "total processing performance" of one rate, TPP = 2 × MacTOPS × bit length (Technical Note to
 * ECCN 3A090, 88 FR 73458), which is the datasheet's TOPS × bit length since a datasheet counts a multiply-accumulate
 * as two operations; with a die area, performance density TPP ÷ area; and where such a part lands under each regime.
 *
 * <p>Exact: the rate, bit length and area are read as decimals as written and the density is kept as an exact ratio
 * (printed exactly when it terminates, else to 12 significant digits with the ratio beside it). The what-if part is
 * built like any spec file and classified by the same regimes, so the calculator cannot disagree with
 * {@code classify}. A sparse rate is halved to a dense one (reading {@code sparseOnly=HALVE}) unless another reading
 * is asked for: the Technical Note counts dense matrices only.
 */
@Command(name = "tpp", description = {
    "TPP calculator: --tops N --bits B [--sparse] [--die-area MM2]: TPP = TOPS × bits (2 × MacTOPS × bit length), "
        + "performance density = TPP ÷ die area, exactly, and the outcome under each regime in force (or --regime ID).",
    "The die area is taken as the applicable die area (non-planar logic dies); the part is taken as designed for "
        + "datacenters unless --non-datacenter is given. Inputs other rules need (memory bandwidth, I/O) are unknown, "
        + "so those rules answer INDETERMINATE and name them."})
final class TppCommand implements Callable<Integer> {
    /** Largest accepted rate, in TOPS: the spec format's limit on any number. */
    static final BigDecimal MAX_TOPS = io.chipgate.atlas.Calculator.MAX_TOPS;

    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--tops", required = true, paramLabel = "N",
        description = "The peak rate in TOPS or TFLOPS as a datasheet states it (2 × MacTOPS).")
    BigDecimal tops;

    @Option(names = "--bits", required = true, paramLabel = "B", description = "The bit length of the operation (1 to 128), e.g. 8 for FP8 or INT8, 16 for FP16.")
    int bits;

    @Option(names = "--sparse", description = "The rate is stated with structured sparsity; it is halved to a dense rate (reading sparseOnly=HALVE) unless --interpretation sparseOnly=UNKNOWN.")
    boolean sparse;

    @Option(names = "--die-area", paramLabel = "MM2", description = "Applicable die area in mm² (non-planar logic dies).")
    BigDecimal area;

    @Option(names = "--non-datacenter", description = "The part is not designed or marketed for datacenters.")
    boolean nonDatacenter;

    @Option(names = "--regime", paramLabel = "ID", description = "One regime (default: every regime in force on the date).")
    String regime;

    @Option(names = "--regime-file", paramLabel = "FILE", description = "A custom regime described in JSON.")
    Path regimeFile;

    @Option(names = "--on", paramLabel = "DATE", description = "The date asked (default: today).")
    LocalDate on;

    @Option(names = "--interpretation", paramLabel = "KEY=VALUE", description = "sparseOnly=UNKNOWN|HALVE, and the other readings of classify.")
    List<String> interpretation = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        if (!BoundedNumbers.isBounded(tops) || tops.signum() <= 0 || tops.compareTo(MAX_TOPS) > 0) {
            throw Chipgate.usage(spec, "--tops: invalid value " + BoundedNumbers.show(tops) + ": expected a rate above 0 and at most "
                + MAX_TOPS.toPlainString() + " TOPS");
        }
        if (bits < 1 || bits > 128) {
            throw Chipgate.usage(spec, "--bits: invalid value " + bits + ": expected a bit length from 1 to 128");
        }
        if (area != null && (!BoundedNumbers.isBounded(area) || area.compareTo(SpecReader.MIN_AREA_MM2) < 0
            || area.compareTo(SpecReader.MAX_AREA_MM2) > 0)) {
            throw Chipgate.usage(spec, "--die-area: invalid value " + BoundedNumbers.show(area) + ": expected an area from "
                + SpecReader.MIN_AREA_MM2.toPlainString() + " to " + SpecReader.MAX_AREA_MM2.toPlainString() + " mm²");
        }
        Interpretation in = Selection.interpretation(sparse ? withDefault(interpretation) : interpretation);
        LocalDate date = on == null ? LocalDate.now() : on;
        Part part = part(tops, bits, sparse, area, !nonDatacenter);
        PartMetrics m = PartMetrics.of(part, in);
        List<Regime> regimes = Selection.regimes(regime, regimeFile, date);
        List<Determination> ds = new ArrayList<>();
        for (Regime r : regimes) {
            ds.add(r.classify(part, in, date, root.catalog()::find));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(json(m, ds, date, in)));
        } else {
            text(out, m, ds, date, in);
        }
        return 0;
    }

    /** The reading asked for, with sparseOnly=HALVE added when the user gave none for sparse rates. */
    private static List<String> withDefault(List<String> asked) {
        boolean given = asked.stream().anyMatch(s -> s.trim().toLowerCase(java.util.Locale.ROOT).startsWith("sparseonly="));
        List<String> all = new ArrayList<>();
        if (!given) {
            all.add("sparseOnly=HALVE");
        }
        all.addAll(asked);
        return all;
    }

    /**
     * The what-if part: one rate of the given bit length, one non-planar logic die of the given area (if any),
     * designed for datacenters or not.
     */
    static Part part(BigDecimal tops, int bits, boolean sparse, BigDecimal areaMm2, boolean datacenter) {
        // one definition of the what-if part, shared with the atlas's calculator page
        return io.chipgate.atlas.Calculator.part(tops, bits, sparse, areaMm2, datacenter);
    }

    private ObjectNode json(PartMetrics m, List<Determination> ds, LocalDate date, Interpretation in) {
        ObjectNode o = Json.F.objectNode();
        o.put("tops", tops).put("bits", bits).put("sparse", sparse);
        if (area != null) {
            o.put("dieAreaMm2", area);
        } else {
            o.putNull("dieAreaMm2");
        }
        o.put("datacenter", !nonDatacenter);
        putFigure(o, "tpp", m.tpp());
        putFigure(o, "performanceDensity", m.performanceDensity());
        m.performanceDensity().value().ifPresent(v -> {
            o.put("performanceDensityTerminates", v.isTerminating());
            o.put("performanceDensityRatio", v.numerator().stripTrailingZeros().toPlainString() + "/" + v.denominator().stripTrailingZeros().toPlainString());
        });
        o.put("interpretation", in.toString());
        o.put("date", date.toString());
        ArrayNode a = o.putArray("regimes");
        for (Determination d : ds) {
            ObjectNode r = a.addObject().put("regime", d.regimeId()).put("status", d.status().name()).put("outcome", d.outcome().code());
            ArrayNode missing = r.putArray("missing");
            d.missing().forEach(missing::add);
        }
        return o;
    }

    /** A figure as a JSON number when known (exact when it terminates, else 12 significant digits), null with bounds otherwise. */
    private static void putFigure(ObjectNode o, String name, Figure f) {
        if (f.isKnown()) {
            o.put(name, Reports.number(f.value().get()));
            return;
        }
        o.putNull(name);
        o.put(name + "Lower", Reports.number(f.lower()));
        f.upper().ifPresent(u -> o.put(name + "Upper", Reports.number(u)));
        ArrayNode missing = o.putArray(name + "Missing");
        f.missing().forEach(missing::add);
    }

    private void text(PrintWriter out, PartMetrics m, List<Determination> ds, LocalDate date, Interpretation in) {
        String rate = tops.stripTrailingZeros().toPlainString() + " TOPS" + (sparse ? " (sparse)" : "") + " × " + bits + " bits";
        out.println("TPP                  " + Reports.show(m.tpp(), 6) + "   (" + rate
            + (sparse && m.tpp().isKnown() ? ", halved to dense: reading sparseOnly=HALVE" : "") + ")");
        if (area == null) {
            out.println("performance density  unknown (give --die-area MM2)");
        } else {
            Figure pd = m.performanceDensity();
            String exact = pd.value().map(Exact::toString).orElse(Reports.show(pd, 6));
            out.println("performance density  " + exact + " TPP/mm²   (TPP ÷ " + area.stripTrailingZeros().toPlainString() + " mm²"
                + pd.value().filter(v -> !v.isTerminating()).map(v -> "; exactly " + v.numerator().stripTrailingZeros().toPlainString() + "/"
                    + v.denominator().stripTrailingZeros().toPlainString()).orElse("") + ")");
        }
        out.println("designed or marketed for datacenters: " + (nonDatacenter ? "no (--non-datacenter)" : "assumed yes (--non-datacenter to change)"));
        out.println("on " + date + " (" + in + "):");
        for (Determination d : ds) {
            out.println("  " + pad(d.regimeId(), 20) + d.outcome().code() + (d.status().name().equals("IN_FORCE") ? "" : "   [" + d.status() + "]")
                + (d.missing().isEmpty() ? "" : "   missing: " + String.join("; ", d.missing())));
        }
        out.println();
        out.println("Not legal advice: a computation from public rule text and the figures given.");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
