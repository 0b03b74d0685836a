package io.chipgate.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.chipgate.catalog.Catalog;
import io.chipgate.catalog.SpecFiles;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import io.chipgate.spec.SpecWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The changelog entry of a catalog release, computed by comparing two catalog versions: parts added and removed,
 * parts whose figures changed (the fields that differ), and every part whose outcome changed under any regime.
 *
 * <p>A regime is evaluated on its effective date (the date it was written for), with the default interpretation.
 * Run as {@code java -cp chipgate.jar io.chipgate.examples.CatalogChanges OLD_PARTS_DIR NEW_PARTS_DIR}; the output is
 * Markdown for docs/CHANGELOG.md.
 */
public final class CatalogChanges {
    private CatalogChanges() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CatalogChanges OLD_PARTS_DIR NEW_PARTS_DIR");
            System.exit(2);
        }
        Catalog before = Catalog.of("old", SpecFiles.read(Path.of(args[0])));
        Catalog after = Catalog.of("new", SpecFiles.read(Path.of(args[1])));
        System.out.print(markdown(before, after));
    }

    /** The Markdown list of changes from one catalog to the other. */
    public static String markdown(Catalog before, Catalog after) {
        StringBuilder sb = new StringBuilder();
        Map<String, Part> old = new LinkedHashMap<>();
        before.parts().forEach(p -> old.put(p.id(), p));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Part p : after.parts()) {
            Part o = old.get(p.id());
            if (o == null) {
                added.add(p.id() + " (" + p.vendor() + " " + p.name() + ", " + p.kind().name().toLowerCase() + ")");
            } else if (!o.equals(p)) {
                changed.add(p.id() + ": " + String.join(", ", fieldsChanged(o, p)));
            }
        }
        List<String> removed = new ArrayList<>();
        for (Part o : before.parts()) {
            if (after.find(o.id()).filter(p -> p.id().equals(o.id())).isEmpty()) {
                removed.add(o.id());
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (Part p : after.parts()) {
            Part o = old.get(p.id());
            if (o == null) {
                continue;
            }
            for (Regime r : Regimes.all()) {
                LocalDate on = r.effective();
                String was = r.classify(o, Interpretation.defaults(), on, before::find).outcome().code();
                String now = r.classify(p, Interpretation.defaults(), on, after::find).outcome().code();
                if (!was.equals(now)) {
                    outcomes.add(p.id() + " under " + r.id() + " (on " + on + "): " + was + " → " + now);
                }
            }
        }
        section(sb, "Added (" + added.size() + ")", added);
        section(sb, "Removed (" + removed.size() + ")", removed);
        section(sb, "Figures or fields changed (" + changed.size() + ")", changed);
        section(sb, "Outcome changes under any regime (" + outcomes.size() + ")", outcomes);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> items) {
        sb.append("- ").append(title).append(items.isEmpty() ? ": none\n" : ":\n");
        items.forEach(i -> sb.append("  - ").append(i).append('\n'));
    }

    /** The top-level spec fields that differ between two versions of a part. */
    static List<String> fieldsChanged(Part a, Part b) {
        JsonNode x = tree(a);
        JsonNode y = tree(b);
        TreeSet<String> names = new TreeSet<>();
        x.fieldNames().forEachRemaining(names::add);
        y.fieldNames().forEachRemaining(names::add);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!x.path(n).equals(y.path(n))) {
                out.add(n);
            }
        }
        return out;
    }

    private static JsonNode tree(Part p) {
        try {
            return JsonMapper.builder().build().readTree(SpecWriter.instance().write(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
