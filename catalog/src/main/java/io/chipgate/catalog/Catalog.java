package io.chipgate.catalog;

import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.spec.SpecFormatException;
import io.chipgate.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A catalog of parts: the built-in, sourced one ({@link #builtin()}), optionally with user files that add parts
 * or override built-in ones ({@link #withFiles(Path...)}).
 *
 * <p>Lookup ({@link #part(String)}) takes an id, a name or an alias, case-insensitively, ignoring spaces,
 * hyphens, underscores and a leading vendor name: "h100", "H100 SXM5" and "nvidia-h100-sxm" all find the same
 * part; an unknown name raises {@link UnknownPartException} with the closest ids. This class is immutable and
 * thread-safe.
 */
public final class Catalog {
    private static final String BASE = "/io/chipgate/catalog/";
    private static volatile Catalog builtin;

    private final String version;
    private final List<Part> parts;
    private final Map<String, Part> byKey;
    private final Map<String, Part> byPartNumber;

    private Catalog(String version, List<Part> parts) {
        this.version = version;
        this.parts = List.copyOf(parts);
        this.byKey = index(this.parts);
        Map<String, Part> pn = new LinkedHashMap<>();
        Map<String, List<Part>> loosePn = new LinkedHashMap<>();
        for (Part p : this.parts) {
            for (String n : p.partNumbers()) {
                pn.putIfAbsent(VendorTable.exactKey(n), p);
                List<Part> owners = loosePn.computeIfAbsent(VendorTable.looseKey(n), k -> new ArrayList<>());
                if (!owners.contains(p)) {
                    owners.add(p);
                }
            }
        }
        Map<String, Part> loose = new LinkedHashMap<>();
        loosePn.forEach((k, v) -> {
            if (v.size() == 1) {
                loose.put(k, v.get(0));
            }
        });
        loose.forEach(pn::putIfAbsent);
        this.byPartNumber = Collections.unmodifiableMap(pn);
    }

    /**
     * The built-in catalog, loaded once from the jar.
     *
     * @throws IllegalStateException if a built-in file is missing or invalid (a packaging defect)
     */
    public static Catalog builtin() {
        Catalog c = builtin;
        if (c == null) {
            synchronized (Catalog.class) {
                c = builtin;
                if (c == null) {
                    c = loadBuiltin();
                    builtin = c;
                }
            }
        }
        return c;
    }

    /** A catalog of exactly these parts (ids must be unique). */
    public static Catalog of(String version, List<Part> parts) {
        return new Catalog(version, parts);
    }

    private static Catalog loadBuiltin() {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(BASE + "catalog.properties")) {
            if (in == null) {
                throw new IllegalStateException("catalog.properties is missing from the chipgate-catalog jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Part> all = new ArrayList<>();
        for (String file : p.getProperty("files").split(",")) {
            String name = file.trim();
            try (InputStream in = Catalog.class.getResourceAsStream(BASE + "parts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in catalog file parts/" + name + " is missing from the jar");
                }
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    all.addAll(SpecReader.instance().readParts(r, "catalog/parts/" + name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SpecFormatException e) {
                throw new IllegalStateException("the built-in catalog is invalid: " + e.getMessage(), e);
            }
        }
        return new Catalog(p.getProperty("version"), all);
    }

    /**
     * This catalog with the parts of user files added; a part whose id is already present replaces it.
     * All or nothing: any bad file raises {@link SpecFormatException} and nothing is added.
     */
    public Catalog withFiles(Path... paths) {
        List<Part> extra = new ArrayList<>();
        for (Path p : paths) {
            extra.addAll(SpecFiles.read(p));
        }
        return withParts(extra);
    }

    /** This catalog with these parts added or replacing those with the same id. */
    public Catalog withParts(List<Part> extra) {
        Map<String, Part> merged = new LinkedHashMap<>();
        parts.forEach(x -> merged.put(x.id(), x));
        extra.forEach(x -> merged.put(x.id(), x));
        return new Catalog(version + (extra.isEmpty() ? "" : "+user"), new ArrayList<>(merged.values()));
    }

    /** The catalog's version, e.g. "2026.11.0". */
    public String version() {
        return version;
    }

    /** Every part, in catalog order. */
    public List<Part> parts() {
        return parts;
    }

    public int size() {
        return parts.size();
    }

    /** The part with this id, name or alias, else the part a vendor part number designates ({@link #byPartNumber}). */
    public Optional<Part> find(String name) {
        Part p = byKey.get(key(name));
        return p != null ? Optional.of(p) : byPartNumber(name);
    }

    /**
     * The part with this id, name, alias or vendor part number.
     *
     * @throws UnknownPartException with "did you mean" suggestions (ids, and part numbers for a near miss of one)
     */
    public Part part(String name) {
        return find(name).orElseThrow(() -> new UnknownPartException(name, suggest(name)));
    }

    /**
     * The part a vendor part number (an NVIDIA part number or an AMD OPN) designates: the catalog part that lists it
     * in {@code partNumbers}; else, when a built-in vendor table lists it, a part holding only the vendor's
     * declaration (its ECCN and TPP per GPU, labelled "vendor declaration; chipgate has no figures for this
     * product"), whose determinations follow from the declared TPP where a rule needs only TPP and are
     * INDETERMINATE otherwise. Matched case-insensitively, and without hyphens or spaces when unambiguous.
     *
     * @param partNumber e.g. "900-21010-0000-000", not null
     * @return empty when neither the catalog nor a vendor table knows the number
     */
    public Optional<Part> byPartNumber(String partNumber) {
        Part p = byPartNumber.get(VendorTable.exactKey(partNumber));
        if (p == null) {
            p = byPartNumber.get(VendorTable.looseKey(partNumber));
        }
        if (p != null) {
            return Optional.of(p);
        }
        for (VendorTable t : VendorTable.builtinTables()) {
            Optional<VendorRow> r = t.row(partNumber);
            if (r.isPresent()) {
                Part listed = byPartNumber.get(VendorTable.exactKey(r.get().partNumber()));
                return Optional.of(listed != null ? listed : VendorDeclarations.part(t, r.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The vendor's row for a part number, from the built-in vendor tables (NVIDIA, then AMD).
     *
     * @param partNumber e.g. "900-21010-0000-000", not null
     */
    public static Optional<VendorRow> vendorRow(String partNumber) {
        for (VendorTable t : VendorTable.builtinTables()) {
            Optional<VendorRow> r = t.row(partNumber);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** Parts matching a predicate. */
    public List<Part> filter(Predicate<Part> p) {
        return parts.stream().filter(p).toList();
    }

    public List<Part> byVendor(String vendor) {
        return filter(p -> key(p.vendor()).equals(key(vendor)));
    }

    public List<Part> byKind(PartKind kind) {
        return filter(p -> p.kind() == kind);
    }

    public List<Part> byYear(int year) {
        return filter(p -> p.year().isPresent() && p.year().getAsInt() == year);
    }

    /** Parts designed or marketed for datacenters ({@code true}), or known not to be ({@code false}). */
    public List<Part> datacenter(boolean dc) {
        return filter(p -> p.datacenter().isPresent() && p.datacenter().get() == dc);
    }

    /** Up to three ids closest to a name; for something shaped like a part number, the closest part numbers. */
    public List<String> suggest(String name) {
        if (VendorDeclarations.looksLikePartNumber(name)) {
            List<String> pns = VendorDeclarations.closestPartNumbers(name, parts);
            if (!pns.isEmpty()) {
                return pns;
            }
        }
        String k = key(name);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (Map.Entry<String, Part> e : byKey.entrySet()) {
            int d = distance(k, e.getKey());
            if (e.getKey().contains(k) || k.contains(e.getKey())) {
                d = Math.min(d, 1);
            }
            best.merge(e.getValue().id(), d, Math::min);
        }
        return best.entrySet().stream().filter(e -> e.getValue() <= Math.max(3, k.length() / 3))
            .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .limit(3).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    /**
     * The strict lookup keys of a part: its id and aliases as written and with the vendor prefix, and its name
     * with the vendor prefix; these must be unique in a catalog.
     */
    static List<String> keys(Part p) {
        String vendor = key(p.vendor());
        List<String> names = new ArrayList<>();
        names.add(key(p.id()));
        p.aliases().forEach(a -> names.add(key(a)));
        List<String> out = new ArrayList<>(names);
        out.add(key(p.name()));
        List<String> prefixed = new ArrayList<>();
        for (String k : out) {
            prefixed.add(k.startsWith(vendor) ? k : vendor + k);
        }
        out.remove(out.size() - 1); // the bare name is loose, not strict
        out.addAll(prefixed);
        out.removeIf(String::isEmpty);
        return out.stream().distinct().toList();
    }

    /**
     * The loose keys of a part: its bare name, and its id, name and aliases without the vendor prefix. Two
     * vendors may share one ("HBM3E"); such a key then finds neither part and lookup suggests both.
     */
    static List<String> looseKeys(Part p) {
        String vendor = key(p.vendor());
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add(key(p.id()));
        all.add(key(p.name()));
        p.aliases().forEach(a -> all.add(key(a)));
        for (String k : all) {
            out.add(k);
            if (k.startsWith(vendor) && k.length() > vendor.length()) {
                out.add(k.substring(vendor.length()));
            }
        }
        return out.stream().distinct().toList();
    }

    /** Lower case, without spaces, hyphens, underscores and dots. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "");
    }

    /**
     * The strict keys that two parts share, as "key: id1, id2" (for validation): ids, aliases and vendor-prefixed
     * names must be unambiguous. Bare names may coincide across vendors; such a name then finds neither part.
     */
    public List<String> ambiguities() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Part p : parts) {
            for (String k : keys(p)) {
                owners.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
            }
        }
        return owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }

    private static Map<String, Part> index(List<Part> parts) {
        Map<String, Part> m = new LinkedHashMap<>();
        // ids first, so that an id always wins over another part's alias
        for (Part p : parts) {
            m.putIfAbsent(key(p.id()), p);
        }
        for (Part p : parts) {
            for (String k : keys(p)) {
                m.putIfAbsent(k, p);
            }
        }
        Map<String, List<Part>> loose = new LinkedHashMap<>();
        for (Part p : parts) {
            for (String k : looseKeys(p)) {
                List<Part> owners = loose.computeIfAbsent(k, x -> new ArrayList<>());
                if (!owners.contains(p)) {
                    owners.add(p);
                }
            }
        }
        loose.forEach((k, ps) -> {
            if (ps.size() == 1) {
                m.putIfAbsent(k, ps.get(0));
            }
        });
        return Collections.unmodifiableMap(m);
    }

    static int distance(String a, String b) {
        return io.chipgate.internal.EditDistance.between(a, b);
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + parts.size() + " parts)";
    }
}
