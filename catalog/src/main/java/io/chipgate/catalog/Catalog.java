package io.chipgate.catalog;

import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.document.DocumentFormatException;
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
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A catalog of parts: the built-in, sourced one ({@link #builtin()}), optionally with user files that add parts
 * or deliberately replace built-in ones ({@link #withFiles(Path...)}).
 *
 * <p>User parts never change an answer unseen. The rule: a user part whose id, alias or vendor-prefixed name
 * already finds another part is an error naming both (and both files when both are user files), unless the user
 * part says {@code "replaces": "<built-in id>"} for exactly that part. A replacing part takes the built-in's
 * place and keeps its lookup names (so "h100" still finds a replaced {@code nvidia-h100-sxm}), and
 * {@link #notices()} names every replacement so that answers can say so. Systems must not contain themselves,
 * directly or through others, and nest at most {@value #MAX_SYSTEM_DEPTH} levels deep.
 *
 * <p>Lookup ({@link #part(String)}) takes an id, a name or an alias, ignoring the case of ASCII letters, spaces,
 * hyphens, underscores and a leading vendor name: "h100", "H100 SXM5" and "nvidia-h100-sxm" all find the same
 * part; an unknown name raises {@link UnknownPartException} with the closest ids. This class is immutable and
 * thread-safe.
 */
public final class Catalog implements io.chipgate.model.PartResolver {
    private static final String BASE = "/io/chipgate/catalog/";
    private static volatile Catalog builtin;

    /** Longest name for which suggestions are computed. */
    private static final int MAX_NAME = 256;

    /** Deepest nesting of systems (a system of systems of ICs is two levels). */
    public static final int MAX_SYSTEM_DEPTH = 16;

    private final String version;
    /** Every part and its lookup maps; for the built-in catalog read on first need (see {@link CatalogIndex}). */
    private volatile State state;
    /** The build-time index of the built-in catalog, or null: lookups through it parse one part, not all. */
    private final CatalogIndex index;
    /** Set when a built-in file turned out not to match the index: the whole catalog is read instead. */
    private volatile boolean staleIndex;
    /** Built-in parts replaced by user parts, by id. */
    private final Map<String, Part> replaced;
    /** The user file of each user part, by id. */
    private final Map<String, String> origins;

    private Catalog(String version, List<Part> parts) {
        this(version, parts, Map.of(), Map.of());
    }

    private Catalog(String version, List<Part> parts, Map<String, Part> replaced, Map<String, String> origins) {
        this.version = version;
        this.replaced = Map.copyOf(replaced);
        this.origins = Map.copyOf(origins);
        this.index = null;
        this.state = new State(parts, this.replaced);
        String expected = checkSystems();
        if (expected != null) {
            throw new InvalidSystemsException(expected);
        }
    }

    /** The built-in catalog, read part by part through its build-time index until every part is needed. */
    private Catalog(String version, CatalogIndex index) {
        this.version = version;
        this.replaced = Map.of();
        this.origins = Map.of();
        this.index = index;
    }

    /** The parts and their lookup maps, computed once. */
    private static final class State {
        final List<Part> parts;
        final Map<String, Part> byKey;
        final Map<String, Part> byPartNumber;

        State(List<Part> parts, Map<String, Part> replaced) {
            this.parts = List.copyOf(parts);
            this.byKey = index(this.parts, replaced);
            Map<String, Part> pn = new LinkedHashMap<>();
            // a loose part number finds a part only when exactly one part has it: one owner and a flag per key
            Map<String, Part> loose = new LinkedHashMap<>();
            java.util.Set<String> sharedPn = new java.util.HashSet<>();
            for (Part p : this.parts) {
                for (String n : p.partNumbers()) {
                    pn.putIfAbsent(VendorTable.exactKey(n), p);
                    Part owner = loose.putIfAbsent(VendorTable.looseKey(n), p);
                    if (owner != null && owner != p) {
                        sharedPn.add(VendorTable.looseKey(n));
                    }
                }
            }
            loose.forEach((k, p) -> {
                if (!sharedPn.contains(k)) {
                    pn.putIfAbsent(k, p);
                }
            });
            this.byPartNumber = Collections.unmodifiableMap(pn);
        }
    }

    /** Every part and the lookup maps, loading the built-in files on first need. */
    private State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                s = state;
                if (s == null) {
                    s = new State(readBuiltinParts(), Map.of());
                    state = s;
                }
            }
        }
        return s;
    }

    /**
     * The built-in catalog, loaded once from the jar.
     *
     * @throws IllegalStateException if a built-in file is missing or invalid (a packaging defect)
     * @return the built-in catalog, the same instance on every call
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

    /**
     * A catalog of exactly these parts (ids must be unique).
     *
     * @throws IllegalArgumentException if systems contain themselves or nest more than {@value #MAX_SYSTEM_DEPTH} deep
     * @param version the catalog's version, e.g. "2026.11.0", not null
     * @param parts the parts, with unique ids, not null
     * @return the catalog
     */
    public static Catalog of(String version, List<Part> parts) {
        return new Catalog(version, parts);
    }

    private static Catalog loadBuiltin() {
        String version = builtinProperties().getProperty("version");
        return CatalogIndex.load(version).map(i -> new Catalog(version, i))
            .orElseGet(() -> new Catalog(version, readBuiltinParts()));
    }

    /** The built-in catalog read whole, without the index (what the index is built from and checked against). */
    static Catalog loadBuiltinWhole() {
        return new Catalog(builtinProperties().getProperty("version"), readBuiltinParts());
    }

    /** A new built-in catalog read through the build-time index when there is one (for tests; see {@link #builtin()}). */
    static Catalog loadBuiltinIndexed() {
        return loadBuiltin();
    }

    /** Every lookup key and the id of the part it finds (what the build-time index records). */
    Map<String, String> keyIndex() {
        Map<String, String> out = new LinkedHashMap<>();
        state().byKey.forEach((k, p) -> out.put(k, p.id()));
        return out;
    }

    /** Every part-number key of the catalog's parts and the id of the part it finds (for the build-time index). */
    Map<String, String> partNumberIndex() {
        Map<String, String> out = new LinkedHashMap<>();
        state().byPartNumber.forEach((k, p) -> out.put(k, p.id()));
        return out;
    }

    /** The built-in catalog read through this index (for tests of a stale index). */
    static Catalog withIndexForTest(String version, CatalogIndex index) {
        return new Catalog(version, index);
    }

    /** Whether this catalog still answers lookups through the build-time index (for tests). */
    boolean usesIndex() {
        return indexed();
    }

    /** The built-in catalog's files under parts/, in load order. */
    static List<String> builtinFiles() {
        List<String> out = new ArrayList<>();
        for (String file : builtinProperties().getProperty("files").split(",")) {
            out.add(file.trim());
        }
        return out;
    }

    private static Properties builtinProperties() {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(BASE + "catalog.properties")) {
            if (in == null) {
                throw new IllegalStateException("catalog.properties is missing from the chipgate-catalog jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static List<Part> readBuiltinParts() {
        List<Part> all = new ArrayList<>();
        for (String name : builtinFiles()) {
            try (InputStream in = Catalog.class.getResourceAsStream(BASE + "parts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in catalog file parts/" + name + " is missing from the jar");
                }
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    all.addAll(SpecReader.instance().readParts(r, "catalog/parts/" + name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentFormatException e) {
                throw new IllegalStateException("the built-in catalog is invalid: " + e.getMessage(), e);
            }
        }
        return all;
    }

    /**
     * {@return this catalog with the parts of user files added, under the collision rule of this class} All or nothing:
     * any bad file, any collision and any cycle of systems raises {@link DocumentFormatException} naming the file (or
     * both files) and nothing is added.
     *
     * @param paths spec files, or directories of them, not null
     */
    public Catalog withFiles(Path... paths) {
        List<Part> extra = new ArrayList<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (Path p : paths) {
            for (SpecFiles.Sourced s : SpecFiles.readSourced(p)) {
                String before = origin.putIfAbsent(s.part().id(), s.file());
                if (before != null) {
                    throw new DocumentFormatException(s.file(), "$.id", "\"" + s.part().id() + "\"",
                        "an id not already defined by " + before + " (the same id in two user files)");
                }
                extra.add(s.part());
            }
        }
        return merge(extra, origin);
    }

    /**
     * This catalog with these parts added, under the collision rule of this class.
     *
     * @throws DocumentFormatException (file "user parts") for a collision or a cycle of systems
     * @param extra the parts to add, not null
     * @return a new catalog with the parts added; this one is unchanged
     */
    public Catalog withParts(List<Part> extra) {
        Map<String, String> origin = new LinkedHashMap<>();
        for (Part p : extra) {
            if (origin.putIfAbsent(p.id(), "user parts") != null) {
                throw new DocumentFormatException("user parts", "$.id", "\"" + p.id() + "\"", "an id used by one user part only");
            }
        }
        return merge(extra, origin);
    }

    private Catalog merge(List<Part> extra, Map<String, String> origin) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, Part> merged = new LinkedHashMap<>();
        state().parts.forEach(x -> merged.put(x.id(), x));
        Map<String, Part> replacedNow = new LinkedHashMap<>(replaced);
        Map<String, String> origins = new LinkedHashMap<>(this.origins);
        // every key of the user parts, to find collisions among them
        Map<String, String> userKeys = new java.util.HashMap<>();
        for (Part p : extra) {
            String file = origin.get(p.id());
            Part target = p.replaces().map(r -> {
                Part b = merged.get(r);
                if (b == null || origins.containsKey(r)) {
                    throw new DocumentFormatException(file, "$.replaces", "\"" + r + "\"", "the id of a built-in part to replace");
                }
                if (!r.equals(p.id())) {
                    throw new DocumentFormatException(file, "$.replaces", "\"" + r + "\"",
                        "the part's own id \"" + p.id() + "\" (a replacement keeps the id of the part it replaces)");
                }
                return b;
            }).orElse(null);
            for (String k : keys(p)) {
                Part owner = state().byKey.get(k);
                if (owner != null && owner != target) {
                    String kind = owner.id().equals(p.id()) ? "an id" : "an id, alias and name";
                    throw new DocumentFormatException(file, "$", "\"" + p.id() + "\"", kind + " that do not already find "
                        + describe(owner) + " (both answer to \"" + k + "\")" + (origins.containsKey(owner.id()) ? ""
                        : "; to replace a built-in part deliberately, give the part its id and \"replaces\": \"" + owner.id() + "\""));
                }
                String other = userKeys.putIfAbsent(k, p.id());
                if (other != null && !other.equals(p.id())) {
                    throw new DocumentFormatException(file, "$", "\"" + p.id() + "\"", "a part whose name or alias \"" + k
                        + "\" is not also used by user part " + other + " of " + origin.get(other));
                }
            }
            for (String k : looseKeys(p)) {
                // a bare name ("H100 SXM5 80GB", any case) that finds a built-in part would make that part's own name
                // ambiguous, so that it then finds nothing: an error naming both, like an id collision
                Part owner = state().byKey.get(k);
                if (owner != null && owner != target && !owner.id().equals(p.id()) && !origins.containsKey(owner.id())) {
                    throw new DocumentFormatException(file, "$.name", "\"" + p.name() + "\"", "a name that does not already find "
                        + describe(owner) + " (both answer to \"" + k + "\"); choose another name, or give the part the id \""
                        + owner.id() + "\" and \"replaces\": \"" + owner.id() + "\" to replace it deliberately");
                }
            }
            if (target != null) {
                replacedNow.put(target.id(), target);
            }
            merged.put(p.id(), p);
            origins.put(p.id(), file);
        }
        try {
            return new Catalog(version + "+user", new ArrayList<>(merged.values()), replacedNow, origins);
        } catch (InvalidSystemsException e) {
            String file = origin.values().stream().distinct().collect(Collectors.joining(", "));
            throw new DocumentFormatException(file, "$.contains", null, e.expected);
        }
    }

    /** Systems that contain themselves or nest too deeply (an {@link IllegalArgumentException} for {@link #of}). */
    private static final class InvalidSystemsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String expected;

        InvalidSystemsException(String expected) {
            super("Invalid catalog: expected " + expected);
            this.expected = expected;
        }
    }

        private String describe(Part p) {
        String file = origins.get(p.id());
        return (file == null ? "built-in part " : "part ") + p.id() + (file == null ? "" : " of " + file);
    }

    /**
     * {@return one line per built-in part replaced by a user part, e.g. "nvidia-h100-sxm: the built-in part is replaced
     * by my-parts.json; answers about it rest on the user's entry, not the sourced catalog"} Empty without
     * replacements.
     */
    public List<String> notices() {
        return replaced.keySet().stream().map(this::notice).map(Optional::get).toList();
    }

    /**
     * {@return the notice for a part that replaces a built-in one; empty for any other part}
     *
     * @param partId the id of a part, not null
     */
    public Optional<String> notice(String partId) {
        if (!replaced.containsKey(partId)) {
            return Optional.empty();
        }
        return Optional.of(partId + ": the built-in part is replaced by " + origins.get(partId)
            + "; answers about it rest on the user's entry, not the sourced catalog");
    }

    /**
     * Systems that contain themselves (directly or through others) or nest too deeply: a message naming the
     * cycle, or null. Iterative, so a long chain cannot overflow the stack.
     */
    private String checkSystems() {
        Map<String, Integer> depth = new java.util.HashMap<>();
        Map<String, Integer> state = new java.util.HashMap<>(); // 1 on the path, 2 done
        Map<String, Part> byKey = state().byKey;
        for (Part start : state().parts) {
            if (start.kind() != PartKind.SYSTEM || state.containsKey(start.id())) {
                continue;
            }
            java.util.ArrayDeque<Part> path = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<java.util.Iterator<io.chipgate.model.Component>> its = new java.util.ArrayDeque<>();
            path.push(start);
            its.push(start.contains().iterator());
            state.put(start.id(), 1);
            while (!path.isEmpty()) {
                Part top = path.peek();
                java.util.Iterator<io.chipgate.model.Component> it = its.peek();
                if (it.hasNext()) {
                    Part child = byKey.get(key(it.next().part()));
                    if (child == null || child.kind() != PartKind.SYSTEM) {
                        continue;
                    }
                    Integer st = state.get(child.id());
                    if (st == null) {
                        state.put(child.id(), 1);
                        path.push(child);
                        its.push(child.contains().iterator());
                    } else if (st == 1) {
                        List<String> cycle = new ArrayList<>();
                        cycle.add(child.id());
                        for (Part q : path) {
                            cycle.add(q.id());
                            if (q.id().equals(child.id())) {
                                break;
                            }
                        }
                        Collections.reverse(cycle);
                        return "systems that do not contain themselves (cycle: " + String.join(" → ", cycle) + ")";
                    }
                } else {
                    int d = 1;
                    for (io.chipgate.model.Component c : top.contains()) {
                        Part child = byKey.get(key(c.part()));
                        if (child != null && child.kind() == PartKind.SYSTEM) {
                            d = Math.max(d, depth.get(child.id()) + 1);
                        }
                    }
                    if (d > MAX_SYSTEM_DEPTH) {
                        return "systems nested at most " + MAX_SYSTEM_DEPTH + " levels deep (" + top.id() + " is nested " + d + " levels deep)";
                    }
                    depth.put(top.id(), d);
                    state.put(top.id(), 2);
                    path.pop();
                    its.pop();
                }
            }
        }
        return null;
    }

    /** {@return the catalog's version, e.g. "2026.11.0"} */
    public String version() {
        return version;
    }

    /** {@return every part, in catalog order} */
    public List<Part> parts() {
        return state().parts;
    }

    /** {@return the number of parts} */
    public int size() {
        return state().parts.size();
    }

    /**
     * The part with this id, name or alias, else the part a vendor part number designates ({@link #byPartNumber});
     * as a {@link io.chipgate.model.PartResolver}, how the ICs of this catalog's systems are found.
     */
    @Override
    public Optional<Part> find(String name) {
        String k = key(java.util.Objects.requireNonNull(name, "name"));
        Optional<Part> p = viaIndex(i -> i.find(k)).orElseGet(() -> Optional.ofNullable(state().byKey.get(k)));
        return p.isPresent() ? p : byPartNumber(name);
    }

    /** Whether lookups go through the build-time index (the built-in catalog before all its parts were read). */
    private boolean indexed() {
        return index != null && state == null && !staleIndex;
    }

    /**
     * A lookup through the build-time index while it is used; empty (look in the whole catalog) once every part is
     * read, or when a file turns out not to match the index, which then is not used again.
     */
    private Optional<Optional<Part>> viaIndex(java.util.function.Function<CatalogIndex, Optional<Part>> lookup) {
        if (!indexed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(lookup.apply(index));
        } catch (CatalogIndex.StaleIndexException e) {
            staleIndex = true;
            return Optional.empty();
        }
    }

    /** The catalog part listing this part number (exactly, else loosely when only one part has the loose key). */
    private Optional<Part> listing(String partNumber) {
        String exact = VendorTable.exactKey(partNumber);
        String loose = VendorTable.looseKey(partNumber);
        return viaIndex(i -> i.byPartNumber(exact, loose)).orElseGet(() -> {
            Map<String, Part> byPartNumber = state().byPartNumber;
            Part p = byPartNumber.get(exact);
            return Optional.ofNullable(p != null ? p : byPartNumber.get(loose));
        });
    }

    /**
     * The part with this id, name, alias or vendor part number.
     *
     * @throws UnknownPartException with "did you mean" suggestions (ids, and part numbers for a near miss of one)
     * @param name an id, name, alias or vendor part number, not null
     * @return the part
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
        Optional<Part> p = listing(partNumber);
        if (p.isPresent()) {
            return p;
        }
        for (VendorTable t : VendorTable.builtinTables()) {
            Optional<VendorRow> r = t.row(partNumber);
            if (r.isPresent()) {
                String exact = VendorTable.exactKey(r.get().partNumber());
                Optional<Part> listed = viaIndex(i -> i.byPartNumber(exact, null))
                    .orElseGet(() -> Optional.ofNullable(state().byPartNumber.get(exact)));
                return Optional.of(listed.orElseGet(() -> VendorDeclarations.part(t, r.get())));
            }
        }
        return Optional.empty();
    }

    /**
     * The vendor's row for a part number, from the built-in vendor tables (NVIDIA, then AMD).
     *
     * @param partNumber e.g. "900-21010-0000-000", not null
     * @return the row, or empty when no built-in vendor table lists the number
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

    /**
     * {@return parts matching a predicate}
     *
     * @param p the test a part must pass, not null
     */
    public List<Part> filter(Predicate<Part> p) {
        return state().parts.stream().filter(p).toList();
    }

    /**
     * The parts of a vendor, in catalog order.
     *
     * @param vendor the vendor's name, e.g. "NVIDIA", not null
     * @return the parts whose vendor matches, ignoring ASCII case, spaces, hyphens, underscores and dots
     */
    public List<Part> byVendor(String vendor) {
        return filter(p -> key(p.vendor()).equals(key(vendor)));
    }

    /**
     * The parts of a kind, in catalog order.
     *
     * @param kind accelerator, memory or system, not null
     * @return the parts of that kind
     */
    public List<Part> byKind(PartKind kind) {
        return filter(p -> p.kind() == kind);
    }

    /**
     * The parts of a year, in catalog order.
     *
     * @param year the year announced or released, e.g. 2023
     * @return the parts whose year is known and equal to it
     */
    public List<Part> byYear(int year) {
        return filter(p -> p.year().isPresent() && p.year().getAsInt() == year);
    }

    /**
     * {@return parts designed or marketed for datacenters ({@code true}), or known not to be ({@code false})}
     *
     * @param dc true for parts designed or marketed for datacenters, false for parts known not to be
     */
    public List<Part> datacenter(boolean dc) {
        return filter(p -> p.datacenter().isPresent() && p.datacenter().get() == dc);
    }

    /**
     * {@return up to three ids closest to a name; for something shaped like a part number, the closest part numbers}
     *
     * @param name the name as typed, not null
     */
    public List<String> suggest(String name) {
        java.util.Objects.requireNonNull(name, "name");
        if (VendorDeclarations.looksLikePartNumber(name)) {
            List<String> pns = VendorDeclarations.closestPartNumbers(name, state().parts);
            if (!pns.isEmpty()) {
                return pns;
            }
        }
        String k = key(name);
        if (k.length() > MAX_NAME) {
            return List.of(); // no id is that long; spare the user a scan of every key
        }
        Map<String, Integer> best = new LinkedHashMap<>();
        for (Map.Entry<String, Part> e : state().byKey.entrySet()) {
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

    /**
     * Lower case in ASCII only (the one case folding of the project, see {@code AsciiNames}: a dotless "ı" or a
     * Kelvin sign is not folded to "i" or "k"), without spaces, hyphens, underscores and dots.
     */
    static String key(String s) {
        // ASCII letters lower-cased; white space ([ \t\n\x0B\f\r], regex \s), '_', '.' and '-' dropped: no regex, as
        // every system's IC look-up in every licence decision makes a key
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '_' || c == '.' || c == '-';
            boolean upper = c >= 'A' && c <= 'Z';
            if (b == null && (drop || upper)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(upper ? (char) (c - 'A' + 'a') : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * {@return the strict keys that two parts share, as "key: id1, id2" (for validation): ids, aliases and
     * vendor-prefixed names must be unambiguous} Bare names may coincide across vendors; such a name then finds neither
     * part.
     */
    public List<String> ambiguities() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Part p : state().parts) {
            for (String k : keys(p)) {
                owners.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
            }
        }
        return owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }

    private static Map<String, Part> index(List<Part> parts, Map<String, Part> replaced) {
        Map<String, Part> m = new java.util.HashMap<>();
        // ids first, so that an id always wins over another part's alias
        for (Part p : parts) {
            m.putIfAbsent(key(p.id()), p);
        }
        for (Part p : parts) {
            for (String k : keys(p)) {
                m.putIfAbsent(k, p);
            }
        }
        // a replacing part keeps the lookup names of the part it replaces
        Map<String, Part> byId = new java.util.HashMap<>();
        parts.forEach(p -> byId.put(p.id(), p));
        replaced.forEach((id, old) -> {
            for (String k : keys(old)) {
                m.putIfAbsent(k, byId.get(id));
            }
        });
        // a loose key finds a part only when exactly one part has it; one owner and a flag per key keep this linear
        Map<String, Part> loose = new LinkedHashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Part p : parts) {
            List<String> ks = new ArrayList<>(looseKeys(p));
            Part old = replaced.get(p.id());
            if (old != null) {
                ks.addAll(looseKeys(old));
            }
            for (String k : ks) {
                Part owner = loose.putIfAbsent(k, p);
                if (owner != null && owner != p) {
                    shared.add(k);
                }
            }
        }
        loose.forEach((k, p) -> {
            if (!shared.contains(k)) {
                m.putIfAbsent(k, p);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    static int distance(String a, String b) {
        return io.chipgate.internal.EditDistance.between(a, b);
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + size() + " parts)";
    }
}
