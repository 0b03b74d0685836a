package io.chipgate.bench;

import io.chipgate.catalog.Catalog;
import io.chipgate.license.CountryCode;
import io.chipgate.license.Shipment;
import io.chipgate.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fixed-seed mix of shipments the licence benchmarks run (docs/benchmarks.md, "Licence decisions"): the NVIDIA,
 * AMD and Huawei parts of the built-in catalog (accelerators and systems), 12 destinations, headquarters unknown or
 * one of CN/DE/SG, dates from 2022-01-01 to 2026-12-31, quantities 1–500.
 */
public final class LicenceMix {
    private LicenceMix() {
    }

    /** Shipments in the mix. */
    public static final int SHIPMENTS = 5_000;
    /** The destinations of the mix. */
    static final List<String> DESTINATIONS = List.of("CN", "HK", "MO", "RU", "IR", "AE", "SA", "IN", "VN", "MY", "SG", "DE");
    /** Headquarters: unknown (null) or one of three. */
    static final String[] HEADQUARTERS = {null, "CN", "DE", "SG"};

    /** {@return the fixed-seed mix of shipments} */
    public static List<Shipment> shipments() {
        List<Part> parts = new ArrayList<>();
        for (Part p : Catalog.builtin().parts()) {
            if (p.vendor().equals("NVIDIA") || p.vendor().equals("AMD") || p.vendor().equals("Huawei")) {
                parts.add(p);
            }
        }
        Random r = new Random(19);
        LocalDate first = LocalDate.of(2022, 1, 1);
        int days = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - first.toEpochDay());
        List<Shipment> out = new ArrayList<>(SHIPMENTS);
        for (int i = 0; i < SHIPMENTS; i++) {
            Part p = parts.get(r.nextInt(parts.size()));
            CountryCode dest = CountryCode.of(DESTINATIONS.get(r.nextInt(DESTINATIONS.size())));
            String hq = HEADQUARTERS[r.nextInt(HEADQUARTERS.length)];
            Shipment s = Shipment.of(p, 1 + r.nextInt(500), dest, first.plusDays(r.nextInt(days)));
            out.add(hq == null ? s : s.withHeadquarters(CountryCode.of(hq)));
        }
        return out;
    }

}
