package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Interpretation;
import io.chipgate.regime.Quota;
import io.chipgate.regime.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quota", description = "An order (CSV: part,quantity) against the AI-diffusion caps, as written (not enforced since 2025-05-13).")
final class QuotaCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--order", required = true, paramLabel = "FILE", description = "CSV with a header naming 'part' and 'quantity' columns (others are ignored), or rows 'part,quantity'.")
    Path order;

    @Option(names = "--on", paramLabel = "DATE")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        List<Quota.Line> lines = read(order);
        Quota q = Quota.of(lines, root.catalog()::find, Interpretation.defaults(), on == null ? LocalDate.now() : on);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectNode o = Json.F.objectNode();
            o.put("regime", "ai-diffusion-2025").put("enforced", false);
            q.totalTpp().value().ifPresentOrElse(v -> o.put("totalTpp", Reports.number(v)), () -> o.putNull("totalTpp"));
            q.h100Equivalents().value().ifPresentOrElse(v -> o.put("h100Equivalents", Reports.number(v)), () -> o.putNull("h100Equivalents"));
            ObjectNode caps = o.putObject("caps");
            Quota.caps().forEach((k, v) -> {
                ObjectNode c = caps.putObject(k).put("tpp", v);
                q.shares().get(k).value().ifPresentOrElse(s -> c.put("share", Reports.number(s)), () -> c.putNull("share"));
            });
            q.warnings().forEach(o.putArray("warnings")::add);
            out.println(Json.write(o));
        } else {
            out.print(q.report());
        }
        return 0;
    }

    /**
     * Reads an order: CSV with a header naming the columns {@code part} and {@code quantity} (in any order, any case);
     * other columns (destination, date…) are ignored, so a shipment list serves as is. Without a header the first two
     * columns are part and quantity.
     */
    private List<Quota.Line> read(Path file) {
        List<String> rows;
        try {
            rows = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the order file (" + e.getMessage() + ")");
        }
        int partColumn = 0;
        int quantityColumn = 1;
        int width = 2;
        List<Quota.Line> lines = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).trim();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split(",", -1);
            if (first) {
                first = false;
                List<String> header = java.util.Arrays.stream(f).map(x -> x.trim().toLowerCase(java.util.Locale.ROOT)).toList();
                if (header.contains("part") || header.contains("quantity")) {
                    partColumn = header.indexOf("part");
                    quantityColumn = header.indexOf("quantity");
                    if (partColumn < 0 || quantityColumn < 0) {
                        throw new BadInputException(file + ": line " + (i + 1) + ": header \"" + row
                            + "\": expected columns named 'part' and 'quantity'");
                    }
                    width = header.size();
                    continue;
                }
            }
            if (f.length < Math.max(partColumn, quantityColumn) + 1 || (width > 2 && f.length != width)) {
                throw new BadInputException(file + ": line " + (i + 1) + ": invalid value \"" + row + "\": expected "
                    + (width > 2 ? width + " columns as in the header" : "'part,quantity'"));
            }
            String q = f[quantityColumn].trim();
            long qty;
            try {
                qty = Long.parseLong(q);
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ": line " + (i + 1) + ", quantity: invalid value \"" + q + "\": expected a whole number of at least 1");
            }
            if (qty < 1) {
                throw new BadInputException(file + ": line " + (i + 1) + ", quantity: invalid value " + qty + ": expected a whole number of at least 1");
            }
            lines.add(new Quota.Line(root.catalog().part(f[partColumn].trim()), qty));
        }
        return lines;
    }
}
