package io.chipgate.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.UnknownPartException;
import io.chipgate.internal.InputFiles;
import io.chipgate.internal.Messages;
import io.chipgate.model.Part;
import io.chipgate.document.DocumentFormatException;
import io.chipgate.metrics.Interpretation;
import io.chipgate.regime.Quota;
import io.chipgate.regime.Reports;
import java.io.IOException;
import java.io.PrintWriter;
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

    @Option(names = "--order", required = true, paramLabel = "FILE", description = "CSV with a header naming 'part' and 'quantity' columns (others are ignored), or rows 'part,quantity'; '#' comments; UTF-8, at most 64 MiB.")
    Path order;

    @Option(names = "--on", paramLabel = "DATE")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        List<Quota.Line> lines = read(order);
        Quota q;
        try {
            q = Quota.of(lines, root.catalog()::find, Interpretation.defaults(), on == null ? LocalDate.now() : on);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(order + ": " + e.getMessage());
        }
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
        String text;
        try {
            text = InputFiles.read(file);
        } catch (DocumentFormatException e) {
            throw new BadInputException(e.getMessage());
        }
        CsvMapper csv = new CsvMapper();
        List<Quota.Line> lines = new ArrayList<>();
        boolean first = true;
        int partColumn = 0;
        int quantityColumn = 1;
        int width = 2;
        try (CsvParser p = (CsvParser) csv.getFactory().createParser(text)) {
            p.setSchema(CsvSchema.emptySchema().withComments());
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                List<String> f = new ArrayList<>(2);
                long n = -1;
                for (t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (n < 0) {
                        n = p.currentTokenLocation().getLineNr();
                    }
                    if (f.size() > 64) {
                        continue;
                    }
                    f.add(p.getText());
                }
                String where = file + ": line " + n;
                if (f.size() == 1 && f.get(0).isBlank()) {
                    continue;
                }
                if (first) {
                    first = false;
                    List<String> header = f.stream().map(x -> x.trim().toLowerCase(java.util.Locale.ROOT)).toList();
                    if (header.contains("part") || header.contains("quantity")) {
                        partColumn = header.indexOf("part");
                        quantityColumn = header.indexOf("quantity");
                        if (partColumn < 0 || quantityColumn < 0) {
                            throw new BadInputException(where + ": header " + Messages.value("\"" + String.join(",", f) + "\"")
                                + ": expected columns named 'part' and 'quantity'");
                        }
                        for (String column : List.of("part", "quantity")) {
                            if (header.indexOf(column) != header.lastIndexOf(column)) {
                                throw new BadInputException(where + ": header " + Messages.value("\"" + String.join(",", f) + "\"")
                                    + ": expected one column named '" + column + "' (found it in columns " + (header.indexOf(column) + 1)
                                    + " and " + (header.lastIndexOf(column) + 1) + "), as screen does");
                            }
                        }
                        width = header.size();
                        continue;
                    }
                }
                if (f.size() != width) {
                    throw new BadInputException(where + ": invalid value " + Messages.value("\"" + String.join(",", f) + "\"")
                        + ": expected " + (width > 2 ? width + " columns as in the header" : "two fields, part,quantity"));
                }
                String q = f.get(quantityColumn).trim();
                long qty;
                try {
                    qty = q.matches("[0-9]{1,10}") ? Long.parseLong(q) : -1;
                } catch (NumberFormatException e) {
                    qty = -1;
                }
                if (qty < 1 || qty > Quota.MAX_QUANTITY) {
                    throw new BadInputException(where + ", quantity: invalid value " + Messages.value("\"" + q + "\"")
                        + ": expected a whole number from 1 to " + Quota.MAX_QUANTITY);
                }
                String name = f.get(partColumn).trim();
                if (name.length() > 200) {
                    throw new BadInputException(where + ", part: invalid value " + Messages.value("\"" + name + "\"")
                        + ": expected a catalog part name of at most 200 characters");
                }
                Part part;
                try {
                    part = root.catalog().part(name);
                } catch (UnknownPartException e) {
                    throw new BadInputException(where + ", part: invalid value " + Messages.value("\"" + name + "\"")
                        + ": expected a catalog part" + (e.suggestions().isEmpty() ? "" : " (did you mean " + String.join(", ", e.suggestions()) + "?)"));
                }
                lines.add(new Quota.Line(part, qty));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file + ": invalid value: expected CSV with rows part,quantity ("
                + Messages.capped(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 200) + ")");
        }
        if (lines.isEmpty()) {
            throw new BadInputException(file + ": expected at least one order line part,quantity (the file has none)");
        }
        return lines;
    }
}
