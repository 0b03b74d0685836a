package io.chipgate.parties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The match index of a screening list: every form of every listed name (the name, its aliases, the text in
 * parentheses, either side of "Affiliated Entity:"), the words of those forms with their weights, the postings of
 * each word, the one-letter-deletion hashes of the distinctive words, and the forms by their sorted words.
 * {@link PartyScreen} scores names with it.
 *
 * <p>Built from a list by {@link #build(PartyList)} (a user's list, at run time), or read from {@code csl.index},
 * which the build writes by running {@link #main} after compiling this module: it reads the bundled snapshot
 * {@code csl.tsv.gz} exactly as {@link PartyList#read(Path)} does, builds the index as at run time, and writes it with
 * the snapshot's lines, so that {@link PartyList#builtin()} and {@link PartyScreen#builtin()} read arrays instead of
 * normalising 55,000 names on every start. The index records the CRC-32 and length of the snapshot it was built
 * from: an index that does not match (left over from an older build) is not used, and the snapshot is read and
 * indexed at run time. A test checks that the index read equals the index built at run time, array by array.
 *
 * <p>Format of {@code csl.index} (not part of the API): little-endian; the text {@value #MAGIC}, the format number,
 * the snapshot's CRC-32 and length, the list's date and source, then each table and array with its length.
 *
 * <p>This class is immutable and thread-safe once built or read.
 */
final class PartyIndex {
    /** The build-time index of the bundled snapshot, a class-path resource. */
    static final String RESOURCE = "/io/chipgate/parties/csl.index";
    static final String MAGIC = "chipgate-party-index";
    static final int FORMAT = 1;

    private static final Pattern AFFILIATE = Pattern.compile("\\.?\\s*Affiliated Entity:\\s*");
    private static final Names.Kind[] KINDS = Names.Kind.values();

    /** The entry of each form. */
    final int[] formEntry;
    /** Each form as the list writes it. */
    final Strings formName;
    /** Form f's distinctive and place word ids are formWords[formWordStart[f] .. formWordStart[f + 1]). */
    final int[] formWordStart;
    final int[] formWords;
    /** Form f's generic words, as ids into {@link #generic}, likewise. */
    final int[] formGenericStart;
    final int[] formGeneric;
    /** The generic words that stand in listed names, sorted. */
    final Strings generic;
    /** The sum of the weights of each form's words. */
    final float[] formWeight;
    /** The distinctive and place words, by id (the order of first appearance). */
    final Strings words;
    /** The word ids in the order of their UTF-8 bytes, for lookup. */
    final int[] sortedWords;
    final float[] weight;
    /** The {@link Names.Kind} ordinal of each word. */
    final byte[] kind;
    /** The forms with word w are postings[postingStart[w] .. postingStart[w + 1]). */
    final int[] postingStart;
    final int[] postings;
    /** (hash of a word or of the word less one letter) &lt;&lt; 32 | word id, sorted: the near-word index. */
    final long[] deletions;
    /** The keys of the forms (their words sorted and joined by spaces), sorted by UTF-8 bytes. */
    final Strings exactKeys;
    /** The forms with key k are exactForms[exactStart[k] .. exactStart[k + 1]). */
    final int[] exactStart;
    final int[] exactForms;
    /** The greatest word weight. */
    final float maxWeight;

    private PartyIndex(int[] formEntry, Strings formName, int[] formWordStart, int[] formWords, int[] formGenericStart,
        int[] formGeneric, Strings generic, float[] formWeight, Strings words, int[] sortedWords, float[] weight,
        byte[] kind, int[] postingStart, int[] postings, long[] deletions, Strings exactKeys, int[] exactStart,
        int[] exactForms) {
        this.formEntry = formEntry;
        this.formName = formName;
        this.formWordStart = formWordStart;
        this.formWords = formWords;
        this.formGenericStart = formGenericStart;
        this.formGeneric = formGeneric;
        this.generic = generic;
        this.formWeight = formWeight;
        this.words = words;
        this.sortedWords = sortedWords;
        this.weight = weight;
        this.kind = kind;
        this.postingStart = postingStart;
        this.postings = postings;
        this.deletions = deletions;
        this.exactKeys = exactKeys;
        this.exactStart = exactStart;
        this.exactForms = exactForms;
        float max = 0;
        for (float w : weight) {
            max = Math.max(max, w);
        }
        this.maxWeight = max;
        this.wordCache = new String[words.size()];
    }

    /** {@return the number of forms} */
    int forms() {
        return formEntry.length;
    }

    /** {@return what word {@code id} counts for} */
    Names.Kind kind(int id) {
        return KINDS[kind[id]];
    }

    /** The words as strings, each made when first needed (a benign race: every thread makes an equal string). */
    private final String[] wordCache;

    /** {@return distinctive or place word {@code id} as a string} */
    String word(int id) {
        String w = wordCache[id];
        if (w == null) {
            w = words.get(id);
            wordCache[id] = w;
        }
        return w;
    }

    /** {@return the id of a distinctive or place word of the list, or -1 when no listed name has it} */
    int wordId(String word) {
        byte[] key = word.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = sortedWords.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = words.compareTo(sortedWords[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return sortedWords[mid];
            }
        }
        return -1;
    }

    /** {@return the id of a generic word in {@link #generic}, or -1 when no listed name has it} */
    int genericId(String word) {
        return generic.find(word.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the index into {@link #exactStart} of the forms with a key, or -1 when none has it} */
    int exactKey(String key) {
        return exactKeys.find(key.getBytes(StandardCharsets.UTF_8));
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /**
     * Builds the index of a list.
     *
     * @param list the list
     * @return its index
     */
    static PartyIndex build(PartyList list) {
        List<PartyEntry> entries = list.entries();
        List<Integer> fe = new ArrayList<>();
        List<String> fn = new ArrayList<>();
        List<List<String>> fw = new ArrayList<>();
        Map<String, List<Integer>> exactLists = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            PartyEntry entry = entries.get(e);
            List<String> names = new ArrayList<>();
            names.add(entry.name());
            if (AFFILIATE.matcher(entry.name()).find()) {
                names.addAll(Arrays.asList(AFFILIATE.split(entry.name())));
            }
            names.addAll(entry.aliases());
            for (String n : new ArrayList<>(names)) {
                names.addAll(PartyScreen.parenthesised(n));
            }
            List<String> keys = new ArrayList<>();
            for (String n : names) {
                List<String> w = Names.words(n);
                String key = Names.key(w);
                if (key.isEmpty() || keys.contains(key)) {
                    continue;
                }
                keys.add(key);
                exactLists.computeIfAbsent(key, k -> new ArrayList<>()).add(fn.size());
                fe.add(e);
                fn.add(n);
                fw.add(w);
            }
        }
        int forms = fe.size();
        int[] formEntry = fe.stream().mapToInt(Integer::intValue).toArray();

        TreeSet<String> genericSet = new TreeSet<>(PartyIndex::compareUtf8);
        for (List<String> w : fw) {
            for (String word : w) {
                if (Names.kind(word) == Names.Kind.GENERIC) {
                    genericSet.add(word);
                }
            }
        }
        Strings generic = Strings.of(new ArrayList<>(genericSet));

        Map<String, Integer> vocabulary = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        int[] formWordStart = new int[forms + 1];
        int[] formGenericStart = new int[forms + 1];
        IntList formWords = new IntList();
        IntList formGeneric = new IntList();
        for (int f = 0; f < forms; f++) {
            for (String word : fw.get(f)) {
                if (Names.kind(word) == Names.Kind.GENERIC) {
                    formGeneric.add(generic.find(word.getBytes(StandardCharsets.UTF_8)));
                    continue;
                }
                Integer id = vocabulary.get(word);
                if (id == null) {
                    id = vocab.size();
                    vocabulary.put(word, id);
                    vocab.add(word);
                    counts.add(new int[1]);
                }
                counts.get(id)[0]++;
                formWords.add(id);
            }
            formWordStart[f + 1] = formWords.size;
            formGenericStart[f + 1] = formGeneric.size;
        }
        int v = vocab.size();
        float[] weight = new float[v];
        byte[] kind = new byte[v];
        int[] postingStart = new int[v + 1];
        for (int i = 0; i < v; i++) {
            Names.Kind k = Names.kind(vocab.get(i));
            kind[i] = (byte) k.ordinal();
            weight[i] = Names.PLACES.contains(vocab.get(i)) ? PartyScreen.PLACE_WEIGHT
                : (float) Math.log(1.0 + (double) forms / counts.get(i)[0]);
            postingStart[i + 1] = postingStart[i] + counts.get(i)[0];
        }
        int[] words = formWords.toArray();
        int[] postings = new int[postingStart[v]];
        int[] fill = Arrays.copyOf(postingStart, v);
        float[] formWeight = new float[forms];
        for (int f = 0; f < forms; f++) {
            for (int p = formWordStart[f]; p < formWordStart[f + 1]; p++) {
                int id = words[p];
                postings[fill[id]++] = f;
                formWeight[f] += weight[id];
            }
        }
        long[] del = new long[16];
        int size = 0;
        for (int i = 0; i < v; i++) {
            // distinctive words and cities ("Kazxn Helicopters" is "Kazan Helicopters") are found near a typing error
            boolean near = kind[i] == Names.Kind.DISTINCTIVE.ordinal() || Names.CITIES.contains(vocab.get(i));
            if (!near || vocab.get(i).length() < PartyScreen.FUZZY_LENGTH) {
                continue;
            }
            for (int h : PartyScreen.deletionHashes(vocab.get(i))) {
                if (size == del.length) {
                    del = Arrays.copyOf(del, size * 2);
                }
                del[size++] = ((long) h << 32) | i;
            }
        }
        long[] deletions = Arrays.copyOf(del, size);
        Arrays.sort(deletions);

        Strings wordTable = Strings.of(vocab);
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareUtf8(vocab.get(a), vocab.get(b)));
        int[] sortedWords = Arrays.stream(order).mapToInt(Integer::intValue).toArray();

        List<String> keys = new ArrayList<>(exactLists.keySet());
        keys.sort(PartyIndex::compareUtf8);
        int[] exactStart = new int[keys.size() + 1];
        IntList exactForms = new IntList();
        for (int k = 0; k < keys.size(); k++) {
            for (int f : exactLists.get(keys.get(k))) {
                exactForms.add(f);
            }
            exactStart[k + 1] = exactForms.size;
        }
        return new PartyIndex(formEntry, Strings.of(fn), formWordStart, words, formGenericStart,
            formGeneric.toArray(), generic, formWeight, wordTable, sortedWords, weight, kind, postingStart, postings,
            deletions, Strings.of(keys), exactStart, exactForms.toArray());
    }

    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** A growable array of ints. */
    private static final class IntList {
        int[] a = new int[1024];
        int size;

        void add(int x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    // ---- the built-in list and its index -----------------------------------------------------------------------

    /**
     * The bundled snapshot and its index, read from {@code csl.index} when the jar has one built from this very
     * snapshot; empty otherwise (then the snapshot is read and indexed at run time).
     *
     * @param snapshot the bytes of {@code csl.tsv.gz}
     * @return the list, carrying its index, or empty
     */
    static Optional<PartyList> builtin(byte[] snapshot) {
        try (InputStream in = PartyIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return read(in.readAllBytes(), snapshot);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an index file, if it was built from the snapshot given.
     *
     * @param file the bytes of the index file
     * @param snapshot the bytes of the snapshot it should have been built from
     * @return the list (its entries decoded when first asked for), carrying the index; empty when the file is not an index of
     *     this format or was built from other bytes
     */
    static Optional<PartyList> read(byte[] file, byte[] snapshot) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (!MAGIC.equals(string(b)) || b.getInt() != FORMAT) {
                return Optional.empty();
            }
            long crc = b.getLong();
            long length = b.getLong();
            if (length != snapshot.length || crc != crc32(snapshot)) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.parse(string(b));
            String source = string(b);
            Strings lines = Strings.read(b);
            String name = "built-in " + PartyList.BUILTIN_RESOURCE;
            PartyIndex index = new PartyIndex(ints(b), Strings.read(b), ints(b), ints(b), ints(b), ints(b),
                Strings.read(b), floats(b), Strings.read(b), ints(b), floats(b), bytes(b), ints(b), ints(b), longs(b),
                Strings.read(b), ints(b), ints(b));
            if (b.hasRemaining() || index.formEntry.length + 1 != index.formWordStart.length) {
                return Optional.empty();
            }
            return Optional.of(PartyList.indexed(date, source, new LazyEntries(lines, name), index));
        } catch (RuntimeException e) {
            // a truncated or garbled index (BufferUnderflowException, a bad date …): read the snapshot instead
            return Optional.empty();
        }
    }

    static long crc32(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /**
     * Writes the index of a snapshot, with the snapshot's lines.
     *
     * @param out where to write
     * @param snapshot the bytes of the snapshot
     * @param list the list read from them
     * @param lines the snapshot's entry lines, in the order of the entries
     * @throws IOException if writing fails
     */
    void write(OutputStream out, byte[] snapshot, PartyList list, List<String> lines) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 22);
        Writer w = new Writer(buf);
        w.string(MAGIC);
        w.putInt(FORMAT);
        w.putLong(crc32(snapshot));
        w.putLong(snapshot.length);
        w.string(list.date().toString());
        w.string(list.source());
        Strings.of(lines).write(w);
        w.ints(formEntry);
        formName.write(w);
        w.ints(formWordStart);
        w.ints(formWords);
        w.ints(formGenericStart);
        w.ints(formGeneric);
        generic.write(w);
        w.floats(formWeight);
        words.write(w);
        w.ints(sortedWords);
        w.floats(weight);
        w.bytes(kind);
        w.ints(postingStart);
        w.ints(postings);
        w.longs(deletions);
        exactKeys.write(w);
        w.ints(exactStart);
        w.ints(exactForms);
        buf.writeTo(out);
    }

    /**
     * Writes {@code io/chipgate/parties/csl.index} under a class-output folder from the snapshot there (run by the
     * build after compiling this module). The file is written to a temporary sibling and moved into place.
     *
     * @param args the class-output folder, e.g. {@code thresholds/target/classes}
     * @throws IOException if the snapshot cannot be read or the index written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PartyIndex CLASS-OUTPUT-FOLDER");
        }
        Path folder = Path.of(args[0], "io", "chipgate", "parties");
        byte[] snapshot = Files.readAllBytes(folder.resolve("csl.tsv.gz"));
        String name = "built-in " + PartyList.BUILTIN_RESOURCE;
        PartyList list = PartyListFiles.readSnapshot(new java.io.ByteArrayInputStream(snapshot), name);
        List<String> lines = PartyListFiles.snapshotLines(new java.io.ByteArrayInputStream(snapshot));
        if (lines.size() != list.entries().size()) {
            throw new IllegalStateException("the snapshot has " + lines.size() + " entry lines but "
                + list.entries().size() + " entries");
        }
        PartyIndex index = build(list);
        Path target = folder.resolve("csl.index");
        Path tmp = folder.resolve("csl.index.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            index.write(out, snapshot, list, lines);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + target + " (" + Files.size(target) + " bytes; " + list.entries().size()
            + " entries, " + index.forms() + " name forms, " + index.words.size() + " words)");
    }

    // ---- binary helpers ----------------------------------------------------------------------------------------

    /** Little-endian writing of the index's parts. */
    private static final class Writer {
        private final ByteArrayOutputStream out;
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        Writer(ByteArrayOutputStream out) {
            this.out = out;
        }

        void putInt(int x) {
            out.write(scratch.clear().putInt(x).array(), 0, 4);
        }

        void putLong(long x) {
            out.write(scratch.clear().putLong(x).array(), 0, 8);
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] a) {
            putInt(a.length);
            out.write(a, 0, a.length);
        }

        void ints(int[] a) {
            ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asIntBuffer().put(a);
            putInt(a.length);
            out.write(b.array(), 0, b.capacity());
        }

        void floats(float[] a) {
            ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(a);
            putInt(a.length);
            out.write(b.array(), 0, b.capacity());
        }

        void longs(long[] a) {
            ByteBuffer b = ByteBuffer.allocate(a.length * 8).order(ByteOrder.LITTLE_ENDIAN);
            b.asLongBuffer().put(a);
            putInt(a.length);
            out.write(b.array(), 0, b.capacity());
        }
    }

    private static String string(ByteBuffer b) {
        return new String(bytes(b), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] a = new byte[b.getInt()];
        b.get(a);
        return a;
    }

    private static int[] ints(ByteBuffer b) {
        int[] a = new int[b.getInt()];
        b.asIntBuffer().get(a);
        b.position(b.position() + a.length * 4);
        return a;
    }

    private static float[] floats(ByteBuffer b) {
        float[] a = new float[b.getInt()];
        b.asFloatBuffer().get(a);
        b.position(b.position() + a.length * 4);
        return a;
    }

    private static long[] longs(ByteBuffer b) {
        long[] a = new long[b.getInt()];
        b.asLongBuffer().get(a);
        b.position(b.position() + a.length * 8);
        return a;
    }

    /**
     * A table of strings kept as UTF-8 bytes with their offsets, a string made only when asked for; {@link #find}
     * searches a table sorted by UTF-8 bytes.
     */
    static final class Strings {
        private final byte[] utf8;
        private final int[] offsets;

        private Strings(byte[] utf8, int[] offsets) {
            this.utf8 = utf8;
            this.offsets = offsets;
        }

        static Strings of(List<String> strings) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int[] offsets = new int[strings.size() + 1];
            for (int i = 0; i < strings.size(); i++) {
                byte[] s = strings.get(i).getBytes(StandardCharsets.UTF_8);
                b.write(s, 0, s.length);
                offsets[i + 1] = b.size();
            }
            return new Strings(b.toByteArray(), offsets);
        }

        static Strings read(ByteBuffer b) {
            return new Strings(bytes(b), ints(b));
        }

        void write(Writer w) {
            w.bytes(utf8);
            w.ints(offsets);
        }

        int size() {
            return offsets.length - 1;
        }

        String get(int i) {
            return new String(utf8, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
        }

        int compareTo(int i, byte[] key) {
            return Arrays.compareUnsigned(utf8, offsets[i], offsets[i + 1], key, 0, key.length);
        }

        /** The index of a string in a table sorted by UTF-8 bytes, or -1. */
        int find(byte[] key) {
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compareTo(mid, key);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Strings s && Arrays.equals(utf8, s.utf8) && Arrays.equals(offsets, s.offsets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(offsets);
        }
    }

    /**
     * The entries of the built-in list, each decoded from its snapshot line when first asked for (a screen needs only
     * the entries it hits).
     */
    private static final class LazyEntries extends AbstractList<PartyEntry> implements RandomAccess {
        private final Strings lines;
        private final String name;
        private final PartyEntry[] decoded;

        LazyEntries(Strings lines, String name) {
            this.lines = lines;
            this.name = name;
            this.decoded = new PartyEntry[lines.size()];
        }

        @Override
        public PartyEntry get(int i) {
            PartyEntry e = decoded[i];
            if (e == null) {
                // a benign race: PartyEntry is an immutable record, and every thread decodes the same value
                e = PartyListFiles.snapshotEntry(lines.get(i), name, i + 1); // (entry number, not line number)
                decoded[i] = e;
            }
            return e;
        }

        @Override
        public int size() {
            return decoded.length;
        }
    }

    /**
     * Whether two indexes hold the same arrays (for the test that the build-time index is the run-time one).
     *
     * @param o another index
     * @return true when every table and array is equal
     */
    boolean sameAs(PartyIndex o) {
        return Arrays.equals(formEntry, o.formEntry) && formName.equals(o.formName)
            && Arrays.equals(formWordStart, o.formWordStart) && Arrays.equals(formWords, o.formWords)
            && Arrays.equals(formGenericStart, o.formGenericStart) && Arrays.equals(formGeneric, o.formGeneric)
            && generic.equals(o.generic) && Arrays.equals(formWeight, o.formWeight) && words.equals(o.words)
            && Arrays.equals(sortedWords, o.sortedWords) && Arrays.equals(weight, o.weight)
            && Arrays.equals(kind, o.kind) && Arrays.equals(postingStart, o.postingStart)
            && Arrays.equals(postings, o.postings) && Arrays.equals(deletions, o.deletions)
            && exactKeys.equals(o.exactKeys) && Arrays.equals(exactStart, o.exactStart)
            && Arrays.equals(exactForms, o.exactForms);
    }
}
