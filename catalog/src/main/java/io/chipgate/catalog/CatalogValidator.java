package io.chipgate.catalog;

import io.chipgate.model.Grade;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks every built-in catalog entry must pass, beyond what the spec reader enforces: provenance on every
 * figure, evidence for the datacenter designation, memory parts with what 3A090.c needs, systems whose ICs
 * resolve, unique ids and unambiguous aliases, part numbers listed once and present in the vendor's table.
 */
public final class CatalogValidator {
    private CatalogValidator() {
    }

    /**
     * {@return the problems found, one line each naming the part and field; empty when the catalog is valid}
     *
     * @param catalog the catalog to check, not null
     */
    public static List<String> problems(Catalog catalog) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Part p : catalog.parts()) {
            String at = p.id() + ": ";
            if (!ids.add(p.id())) {
                out.add(at + "id used twice");
            }
            if (p.sources().isEmpty()) {
                out.add(at + "no sources");
            }
            if (p.year().isEmpty() && p.notes().isEmpty()) {
                out.add(at + "year missing and no notes saying why");
            }
            for (Source s : p.sources()) {
                if ((s.grade() == Grade.VENDOR || s.grade() == Grade.DATASHEET || s.grade() == Grade.SECONDARY) && s.url().isEmpty()) {
                    out.add(at + "source '" + s.id() + "' graded " + s.grade() + " has no url");
                }
                if (s.retrieved().isEmpty()) {
                    out.add(at + "source '" + s.id() + "' has no retrieval date");
                }
            }
            p.sourcedEntries().forEach(e -> {
                if (e.source().isEmpty()) {
                    out.add(at + "an entry has no source: " + e);
                }
            });
            if (p.datacenter().isPresent() && p.datacenterEvidence().isEmpty()) {
                out.add(at + "datacenter designation without datacenterEvidence");
            }
            if (p.kind() == PartKind.MEMORY) {
                if (p.memory().flatMap(m -> m.bandwidthGBs()).isEmpty()) {
                    out.add(at + "memory part without memory.bandwidthGBs");
                }
                if (p.memory().flatMap(m -> m.packageAreaMm2()).isEmpty()
                    && !p.notes().map(n -> n.contains("area")).orElse(false)) {
                    out.add(at + "memory part without memory.packageAreaMm2 and no notes saying why the area is absent");
                }
            }
            if (p.kind() == PartKind.SYSTEM) {
                if (p.contains().isEmpty()) {
                    out.add(at + "system lists no ICs");
                }
                p.contains().forEach(c -> {
                    if (catalog.find(c.part()).isEmpty()) {
                        out.add(at + "contains unknown part '" + c.part() + "'");
                    }
                });
            }
        }
        catalog.ambiguities().forEach(a -> out.add("ambiguous name " + a));
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (Part p : catalog.parts()) {
            for (String pn : p.partNumbers()) {
                String prior = owners.put(VendorTable.exactKey(pn), p.id());
                if (prior != null && !prior.equals(p.id())) {
                    out.add(p.id() + ": part number " + pn + " is also listed by " + prior);
                }
                java.util.Optional<VendorTable> table = VendorTable.builtinTables().stream()
                    .filter(t -> t.vendor().equalsIgnoreCase(p.vendor())).findFirst();
                if (table.isPresent() && table.get().row(pn).map(r -> r.partNumber().equals(pn)).orElse(false) == false) {
                    out.add(p.id() + ": part number " + pn + " is not in " + table.get().vendor() + "'s export table as written");
                }
            }
        }
        return out;
    }
}
