package io.chipgate.catalog;

import io.chipgate.internal.EditDistance;
import io.chipgate.model.Declaration;
import io.chipgate.model.Part;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parts made from a vendor's declaration alone, for part numbers the catalog has no figures for, and the
 * "did you mean" of part numbers.
 */
final class VendorDeclarations {
    /** The label every such part carries in its notes and declaration. */
    static final String LABEL = "vendor declaration; chipgate has no figures for this product";
    static final String SOURCE_ID = "vendor-table";

    /** Digits with hyphens, or a long run of letters and digits with at least six digits: "900-21010-0000-000", "100-506116". */
    private static final Pattern PART_NUMBER = Pattern.compile("(?=(?:.*\\d){6})[A-Za-z0-9]+(?:[-\\s][A-Za-z0-9]+)+|\\d{6,}[A-Za-z0-9]*");

    private VendorDeclarations() {
    }

    /** A part holding only what the vendor's table declares for this row. */
    static Part part(VendorTable table, VendorRow row) {
        String pn = row.partNumber();
        StringBuilder note = new StringBuilder(LABEL).append(": ").append(table.vendor()).append(" part number ").append(pn);
        row.description().ifPresent(d -> note.append(" (\"").append(d).append("\")"));
        note.append(", ECCN ").append(row.eccn());
        row.tppPerGpu().ifPresent(t -> note.append(", TPP per GPU ").append(t.toPlainString()));
        row.meets3A090a1().ifPresent(m -> note.append(", meets 3A090.a.1: ").append(m ? "Y" : "N"));
        note.append(", HTS ").append(String.join(" / ", row.htsCodes()));
        note.append("; ").append(table.vendor()).append("'s table as of ").append(table.effectiveDate());
        var d = Declaration.builder().eccn(row.eccn()).source(SOURCE_ID).note(note.toString());
        row.tppPerGpu().ifPresent(d::tpp);
        return Part.builder()
            .id(table.vendor().toLowerCase(Locale.ROOT) + "-pn-" + pn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-"))
            .vendor(table.vendor())
            .name(row.isGeneric() ? table.vendor() + " part number " + pn : row.description().get() + " (" + pn + ")")
            .addPartNumbers(pn)
            .declared(d.build())
            .addSources(table.source(SOURCE_ID))
            .notes(LABEL + ". The vendor's ECCN is for the product this part number sells (a board or system is 4A090 or a .z item),"
                + " not necessarily for its chip.")
            .build();
    }

    static boolean looksLikePartNumber(String s) {
        return PART_NUMBER.matcher(s.trim()).matches();
    }

    /** Up to three part numbers (vendor tables and catalog parts) closest to a mistyped one. */
    static List<String> closestPartNumbers(String asked, List<Part> parts) {
        String k = VendorTable.looseKey(asked);
        int limit = Math.max(2, k.length() / 5);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (VendorTable t : VendorTable.builtinTables()) {
            for (VendorRow r : t.rows()) {
                consider(best, r.partNumber(), k, limit);
            }
        }
        for (Part p : parts) {
            p.partNumbers().forEach(pn -> consider(best, pn, k, limit));
        }
        return best.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .limit(3).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static void consider(Map<String, Integer> best, String pn, String asked, int limit) {
        String k = VendorTable.looseKey(pn);
        if (Math.abs(k.length() - asked.length()) > limit) {
            return;
        }
        int d = EditDistance.between(asked, k);
        if (d <= limit) {
            best.merge(pn, d, Math::min);
        }
    }
}
