package io.chipgate.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.chipgate.model.Part;
import io.chipgate.document.DocumentFormatException;
import io.chipgate.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The build-time index of the built-in catalog: every lookup key and catalog part number mapped to a part id, and
 * every part id to the bytes of its JSON object in its file, so that a lookup parses one part rather than all of
 * them (a command-line call such as {@code chipgate classify h100} needs one part, or a system and its parts).
 *
 * <p>The build writes {@code catalog.index} by running {@link #main} after compiling this module: it reads the
 * built-in files whole, exactly as {@link Catalog} does without an index, and dumps the lookup maps that reading
 * produced; so the index answers every lookup as the whole catalog would (a test checks every key and part number
 * of the built-in catalog both ways). Each file's CRC-32 and length are recorded: if a file does not match (an
 * index left over from an older build), the index is not used and the catalog is read whole.
 *
 * <p>Format: UTF-8 text, one record per line, fields separated by tabs: a header
 * {@code chipgate-catalog-index 1 VERSION}, then {@code file NAME CRC32 LENGTH}, {@code part ID FILE OFFSET LENGTH}
 * (byte offsets of the part's JSON object), {@code key KEY ID} and {@code pn KEY ID}. Not part of the API.
 */
final class CatalogIndex {
    static final String RESOURCE = "/io/chipgate/catalog/catalog.index";
    private static final String HEADER = "chipgate-catalog-index";
    private static final String FORMAT = "1";

    private final Map<String, String> idByKey;
    private final Map<String, String> idByPartNumber;
    private final Map<String, Slice> slices;
    /** Each file's CRC-32 (hex) and length as the index recorded them. */
    private final Map<String, String[]> expected;
    private final java.util.function.Function<String, byte[]> reader;
    /** Each file's bytes, read and checked on first need. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Part> loaded = new ConcurrentHashMap<>();

    /** Where a part's JSON object lies: its file, first byte and length in bytes. */
    private record Slice(String file, int offset, int length) {
    }

    /**
     * A file does not match the index (an index left over from an older build): the catalog stops using the index
     * and reads its files whole.
     */
    static final class StaleIndexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleIndexException(String message) {
            super(message);
        }
    }

    private CatalogIndex(Map<String, String> idByKey, Map<String, String> idByPartNumber, Map<String, Slice> slices,
        Map<String, String[]> expected, java.util.function.Function<String, byte[]> reader) {
        this.idByKey = idByKey;
        this.idByPartNumber = idByPartNumber;
        this.slices = slices;
        this.expected = expected;
        this.reader = reader;
    }

    /**
     * The index of the built-in catalog of this version, when the jar has a well-formed one; empty otherwise (the
     * catalog is then read whole). Whether each file matches the index is checked when a part is first read from it.
     */
    static Optional<CatalogIndex> load(String version) {
        try (InputStream in = CatalogIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), version, CatalogIndex::builtinBytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an index; empty if it is malformed or of another version. The files are read through {@code reader}
     * when a part is first needed from them, and checked then against the recorded CRC-32 and length.
     */
    static Optional<CatalogIndex> parse(String text, String version, java.util.function.Function<String, byte[]> reader) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER + "\t" + FORMAT + "\t" + version)) {
            return Optional.empty();
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, String> pns = new HashMap<>();
        Map<String, Slice> slices = new HashMap<>();
        Map<String, String[]> expected = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            try {
                switch (f[0]) {
                    case "file" -> expected.put(f[1], new String[] {f[2], Integer.toString(Integer.parseInt(f[3]))});
                    case "part" -> {
                        Slice s = new Slice(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]));
                        String[] file = expected.get(s.file());
                        if (file == null || s.offset() < 0 || s.length() < 2
                            || (long) s.offset() + s.length() > Integer.parseInt(file[1])) {
                            return Optional.empty();
                        }
                        slices.put(f[1], s);
                    }
                    case "key" -> keys.put(f[1], f[2]);
                    case "pn" -> pns.put(f[1], f[2]);
                    default -> {
                        return Optional.empty();
                    }
                }
            } catch (RuntimeException e) { // a short line or a bad number: not an index this build wrote
                return Optional.empty();
            }
        }
        if (!slices.keySet().containsAll(keys.values()) || !slices.keySet().containsAll(pns.values())) {
            return Optional.empty();
        }
        return Optional.of(new CatalogIndex(keys, pns, slices, expected, reader));
    }

    /**
     * The part a lookup key (see {@code Catalog.key}) finds.
     *
     * @throws StaleIndexException if the part's file does not match the index
     */
    Optional<Part> find(String key) {
        String id = idByKey.get(key);
        return id == null ? Optional.empty() : Optional.of(part(id));
    }

    /**
     * The catalog part listing a part number: by its exact key, else by its loose key (when not null).
     *
     * @throws StaleIndexException if the part's file does not match the index
     */
    Optional<Part> byPartNumber(String exactKey, String looseKey) {
        String id = idByPartNumber.get(exactKey);
        if (id == null && looseKey != null) {
            id = idByPartNumber.get(looseKey);
        }
        return id == null ? Optional.empty() : Optional.of(part(id));
    }

    /** The number of parts indexed. */
    int size() {
        return slices.size();
    }

    private byte[] bytes(String file) {
        return files.computeIfAbsent(file, f -> {
            byte[] b = reader.apply(f);
            String[] want = expected.get(f);
            if (b == null || b.length != Integer.parseInt(want[1]) || !crc(b).equals(want[0])) {
                throw new StaleIndexException("catalog/parts/" + f + " does not match the catalog index");
            }
            return b;
        });
    }

    private Part part(String id) {
        return loaded.computeIfAbsent(id, x -> {
            Slice s = slices.get(x);
            byte[] bytes = bytes(s.file());
            if (bytes[s.offset()] != '{' || bytes[s.offset() + s.length() - 1] != '}') {
                throw new StaleIndexException("catalog/parts/" + s.file() + " has no object where the index puts " + x);
            }
            String json = new String(bytes, s.offset(), s.length(), StandardCharsets.UTF_8);
            String name = "catalog/parts/" + s.file();
            try {
                Part p = SpecReader.instance().readPart(json, name);
                if (!p.id().equals(x)) {
                    throw new StaleIndexException(name + " has " + p.id() + " where the index expects " + x);
                }
                return p;
            } catch (DocumentFormatException e) {
                throw new IllegalStateException("the built-in catalog is invalid: " + e.getMessage(), e);
            }
        });
    }

    private static byte[] builtinBytes(String file) {
        try (InputStream in = CatalogIndex.class.getResourceAsStream("/io/chipgate/catalog/parts/" + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    static String crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return Long.toHexString(c.getValue());
    }

    /** The index text for the built-in catalog, computed by reading it whole. */
    static String write() {
        Catalog whole = Catalog.loadBuiltinWhole();
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\t').append(FORMAT).append('\t').append(whole.version()).append('\n');
        List<String> parts = new ArrayList<>();
        for (String file : Catalog.builtinFiles()) {
            byte[] bytes = builtinBytes(file);
            if (bytes == null) {
                throw new IllegalStateException("built-in catalog file parts/" + file + " is missing");
            }
            out.append("file\t").append(file).append('\t').append(crc(bytes)).append('\t').append(bytes.length).append('\n');
            List<Part> read = SpecReader.instance().readParts(new String(bytes, StandardCharsets.UTF_8), "catalog/parts/" + file);
            List<int[]> objects = objects(bytes);
            if (objects.size() != read.size()) {
                throw new IllegalStateException("parts/" + file + ": " + objects.size() + " objects but " + read.size() + " parts");
            }
            for (int i = 0; i < read.size(); i++) {
                parts.add("part\t" + read.get(i).id() + '\t' + file + '\t' + objects.get(i)[0] + '\t' + objects.get(i)[1]);
            }
        }
        parts.forEach(p -> out.append(p).append('\n'));
        new TreeMap<>(whole.keyIndex()).forEach((k, id) -> out.append("key\t").append(k).append('\t').append(id).append('\n'));
        new TreeMap<>(whole.partNumberIndex()).forEach((k, id) -> out.append("pn\t").append(k).append('\t').append(id).append('\n'));
        return out.toString();
    }

    /** The byte offset and length of each top-level object of a JSON array (or of the one top-level object). */
    private static List<int[]> objects(byte[] json) {
        List<int[]> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t = p.nextToken();
            boolean one = t == JsonToken.START_OBJECT;
            while (one || p.nextToken() == JsonToken.START_OBJECT) {
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getByteOffset();
                out.add(new int[] {start, end - start});
                if (one) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Writes {@code io/chipgate/catalog/catalog.index} under the directory given (the build's classes directory).
     * Run by the build after compiling this module; not an API.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogIndex CLASSES_DIRECTORY");
        }
        Path out = Path.of(args[0]).resolve(RESOURCE.substring(1));
        Files.createDirectories(out.getParent());
        Files.writeString(out, write(), StandardCharsets.UTF_8);
    }
}
