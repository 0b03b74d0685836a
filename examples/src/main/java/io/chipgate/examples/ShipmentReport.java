package io.chipgate.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Shipment;
import io.chipgate.license.Licensing;
import io.chipgate.metrics.Interpretation;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliance-scripting example: reads a CSV of shipments (part, quantity, destination, date[, headquarters]) and
 * writes a CSV of licence determinations with their basis, review policy and citations.
 *
 * <p>Run: {@code java -cp examples/target/chipgate.jar io.chipgate.examples.ShipmentReport examples/specs/shipments.csv out.csv}
 */
public final class ShipmentReport {
    private ShipmentReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ShipmentReport SHIPMENTS.csv OUT.csv");
            System.exit(2);
        }
        int n = write(Path.of(args[0]), Path.of(args[1]), Catalog.builtin());
        System.out.println("wrote " + n + " determinations to " + args[1]);
    }

    /** Converts shipments to determinations; returns the number of rows written. */
    static int write(Path in, Path out, Catalog catalog) throws IOException {
        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(in);
             MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> s = it.next();
                long qty;
                try {
                    qty = Long.parseLong(s.getOrDefault("quantity", "").trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(in + ": line " + line + ", quantity: invalid value \"" + s.get("quantity") + "\": expected a whole number");
                }
                String hq = s.getOrDefault("headquarters", "").trim();
                Shipment shipment = Shipment.of(catalog.part(s.get("part").trim()), qty, CountryCode.of(s.get("destination")),
                    LocalDate.parse(s.get("date").trim()));
                if (!hq.isEmpty()) {
                    shipment = shipment.withHeadquarters(CountryCode.of(hq));
                }
                LicenseDetermination d = Licensing.assess(shipment, Interpretation.defaults(), catalog::find);
                Map<String, String> o = new LinkedHashMap<>();
                o.put("part", d.partId());
                o.put("quantity", Long.toString(qty));
                o.put("destination", d.destination());
                o.put("headquarters", d.headquarters().orElse(""));
                o.put("date", d.date().toString());
                o.put("classification", d.classification().map(Object::toString).orElse("INDETERMINATE"));
                o.put("license_required", d.licenseRequired().label());
                o.put("basis", String.join(" | ", d.basis().stream().map(b -> b.paragraph()).toList()));
                o.put("review_policy", d.reviewPolicy().toString());
                o.put("citations", String.join(" | ", d.citations()));
                rows.add(o);
            }
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        List.of("part", "quantity", "destination", "headquarters", "date", "classification", "license_required", "basis",
            "review_policy", "citations").forEach(schema::addColumn);
        try (Writer w = Files.newBufferedWriter(out)) {
            csv.writer(schema.build().withHeader()).writeValues(w).writeAll(rows);
        }
        return rows.size();
    }
}
