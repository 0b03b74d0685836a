package io.chipgate.bench;

import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.ItemOrigin;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseReports;
import io.chipgate.license.Licensing;
import io.chipgate.license.Shipment;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the text and the JSON line of a fixed-seed set of varied licence decisions to a file, so that two builds can be
 * compared byte for byte (a change that makes a decision cheaper must not change any output): the parts of the built-in
 * catalog, destinations including CN, HK, MO, AE, KH, RU, KP, US, DE, SG, IN, MY, headquarters unknown or CN/DE/SG,
 * dates 2022-09 to 2026-11, quantities, named consignees (some listed) and foreign-origin facts.
 *
 * <pre>java -cp examples/target/chipgate-bench.jar io.chipgate.bench.LicenceOutputs OUT [count]</pre>
 */
public final class LicenceOutputs {
    private LicenceOutputs() {
    }

    /** Destinations drawn. */
    static final List<String> DESTINATIONS = List.of("CN", "HK", "MO", "AE", "KH", "RU", "KP", "US", "DE", "SG", "IN", "MY", "IR", "SA", "VN");
    /** Headquarters: unknown (null) or one of three. */
    static final String[] HEADQUARTERS = {null, "CN", "DE", "SG"};
    /** Consignee names: none (null), listed ones and plain ones. */
    static final String[] CONSIGNEES = {null, null, null, "Huawei Cloud Singapore", "Huawei Technologies Co., Ltd.", "Acme Trading LLC",
        "SMIC", "Example GmbH"};

    /**
     * Writes the outputs.
     *
     * @param args the output file and the number of decisions (default 6,000)
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        List<Part> parts = new ArrayList<>(Catalog.builtin().parts());
        Random r = new Random(1919);
        LocalDate first = LocalDate.of(2022, 9, 1);
        int days = (int) (LocalDate.of(2026, 12, 1).toEpochDay() - first.toEpochDay());
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Part p = parts.get(r.nextInt(parts.size()));
                String dest = DESTINATIONS.get(r.nextInt(DESTINATIONS.size()));
                String hq = HEADQUARTERS[r.nextInt(HEADQUARTERS.length)];
                long quantity = 1 + r.nextInt(r.nextBoolean() ? 10 : 5_000);
                Shipment s = Shipment.of(p, quantity, CountryCode.of(dest), first.plusDays(r.nextInt(days)));
                if (hq != null) {
                    s = s.withHeadquarters(CountryCode.of(hq));
                }
                String consignee = CONSIGNEES[r.nextInt(CONSIGNEES.length)];
                if (consignee != null) {
                    s = s.withConsignee(consignee);
                }
                if (r.nextInt(5) == 0) {
                    s = s.withEndUser(CONSIGNEES[3 + r.nextInt(CONSIGNEES.length - 3)]);
                }
                int origin = r.nextInt(8);
                if (origin == 0) {
                    s = s.withItemOrigin(ItemOrigin.foreign(Tri.TRUE, BigDecimal.valueOf(r.nextInt(40))));
                } else if (origin == 1) {
                    s = s.withItemOrigin(ItemOrigin.foreign(Tri.FALSE, BigDecimal.valueOf(r.nextInt(40))));
                } else if (origin == 2) {
                    s = s.withItemOrigin(ItemOrigin.foreign(Tri.UNKNOWN, null));
                } else if (origin == 3) {
                    s = s.withItemOrigin(ItemOrigin.us());
                }
                if ("AE".equals(dest) && r.nextBoolean()) {
                    s = s.withUaeApprovedEndUser(r.nextBoolean());
                }
                LicenseDetermination d;
                try {
                    d = Licensing.assess(s);
                } catch (RuntimeException e) {
                    w.write("#" + i + " " + s + " THROWS " + e + "\n");
                    continue;
                }
                w.write("#" + i + " " + s + "\n");
                w.write(LicenseReports.text(d));
                w.write("\n");
                w.write(LicenseReports.jsonLine(d));
                w.write("\n");
            }
        }
    }
}
