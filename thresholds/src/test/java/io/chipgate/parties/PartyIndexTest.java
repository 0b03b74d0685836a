package io.chipgate.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build-time index of the bundled list ({@code csl.index}, written by {@link PartyIndex#main}) is the index the
 * screen builds at run time from the snapshot, array by array, and its entries are the snapshot's; an index that does
 * not belong to the snapshot, or is cut short, is not used.
 */
class PartyIndexTest {
    static byte[] snapshot;
    static byte[] indexFile;
    static PartyList asRead;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PartyList.class.getResourceAsStream(PartyList.BUILTIN_RESOURCE)) {
            snapshot = in.readAllBytes();
        }
        try (InputStream in = PartyList.class.getResourceAsStream(PartyIndex.RESOURCE)) {
            assertNotNull(in, "the build writes " + PartyIndex.RESOURCE + " (antrun, process-classes)");
            indexFile = in.readAllBytes();
        }
        asRead = PartyListFiles.readSnapshot(new ByteArrayInputStream(snapshot), "csl");
    }

    @Test
    void theBuiltInListIsReadThroughTheBuildTimeIndex() {
        assertNotNull(PartyList.builtin().index(), "the built-in list was read without its index");
        assertNull(asRead.index());
    }

    @Test
    void theBuildTimeIndexIsTheIndexBuiltAtRunTime() {
        PartyIndex built = PartyIndex.build(asRead);
        PartyIndex read = PartyList.builtin().index();
        assertTrue(read.sameAs(built), "csl.index differs from the index built from csl.tsv.gz");
        assertTrue(read.forms() > asRead.entries().size());   // aliases and parts of names are forms too
        // spot checks of the lookups on the read arrays
        int huawei = read.wordId("huawei");
        assertTrue(huawei >= 0);
        assertEquals("huawei", read.word(huawei));
        assertEquals(-1, read.wordId("technologies"));   // generic words are not in the word table
        assertTrue(read.genericId("technologies") >= 0);
        assertEquals(-1, read.wordId("qwxzv"));
    }

    @Test
    void everyEntryReadThroughTheIndexIsTheSnapshotsEntry() {
        List<PartyEntry> lazy = PartyList.builtin().entries();
        assertEquals(asRead.entries().size(), lazy.size());
        for (int i = 0; i < lazy.size(); i++) {
            assertEquals(asRead.entries().get(i), lazy.get(i), "entry " + i);
        }
        assertEquals(asRead.date(), PartyList.builtin().date());
        assertEquals(asRead.source(), PartyList.builtin().source());
        assertEquals(asRead.counts(), PartyList.builtin().counts());
    }

    @Test
    void theBuiltInScreenAnswersAsAScreenBuiltAtRunTime() {
        PartyScreen runTime = PartyScreen.of(asRead);
        for (String name : List.of("Huawei Technologies Co., Ltd.", "Moore Threads", "SMIC", "Zhipu AI",
            "Sberbank", "Rosoboronexport", "Technology Information Industry Co., Ltd.", "Phnom Penh Cloud Co.")) {
            assertEquals(runTime.screen(name), PartyScreen.builtin().screen(name), name);
        }
    }

    @Test
    void anIndexOfOtherSnapshotBytesIsNotUsed() {
        byte[] other = Arrays.copyOf(snapshot, snapshot.length);
        other[other.length / 2] ^= 1;
        assertEquals(Optional.empty(), PartyIndex.read(indexFile, other));
        assertEquals(Optional.empty(), PartyIndex.read(indexFile, Arrays.copyOf(snapshot, snapshot.length - 1)));
        assertTrue(PartyIndex.read(indexFile, snapshot).isPresent());
    }

    @Test
    void aTruncatedOrForeignIndexIsNotUsed() {
        assertEquals(Optional.empty(), PartyIndex.read(Arrays.copyOf(indexFile, indexFile.length - 1), snapshot));
        assertEquals(Optional.empty(), PartyIndex.read(Arrays.copyOf(indexFile, indexFile.length / 2), snapshot));
        assertEquals(Optional.empty(), PartyIndex.read(new byte[0], snapshot));
        byte[] foreign = Arrays.copyOf(indexFile, indexFile.length);
        foreign[6] = 'X';   // in the magic text
        assertEquals(Optional.empty(), PartyIndex.read(foreign, snapshot));
        byte[] longer = Arrays.copyOf(indexFile, indexFile.length + 1);
        assertEquals(Optional.empty(), PartyIndex.read(longer, snapshot));
    }

    @Test
    void aSmallListRoundTripsThroughTheIndexFormat() throws Exception {
        List<String> lines = List.of(
            "EL\tEntity\tMoore Thread Intelligent Technology (Beijing) Co., Ltd.\tMoore Threads\tCN\t\t88 FR 71992"
                + "\tFor all items subject to the EAR.\tPresumption of denial.\t\t",
            "SDN\tIndividual\tIVANOV, Ivan\tIVANOV, I.\tRU\t12345\t\t\t\tRUSSIA-EO14024\t2022-03-11");
        byte[] small = gzip("#format\tchipgate-parties 2\n#date\t2026-07-31\n" + String.join("\n", lines) + "\n");
        PartyList list = PartyListFiles.readSnapshot(new ByteArrayInputStream(small), "small");
        PartyIndex index = PartyIndex.build(list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.write(out, small, list, lines);
        PartyList back = PartyIndex.read(out.toByteArray(), small).orElseThrow();
        assertTrue(back.index().sameAs(index));
        assertEquals(list.entries(), back.entries());
        assertEquals(LocalDate.of(2026, 7, 31), back.date());
        assertEquals(list.source(), back.source());
        assertEquals("Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
            PartyScreen.of(back).screen("Moore Threads").get(0).listedName());
    }

    @Test
    void theBuiltInListLoadsQuicklyThroughItsIndex() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            PartyList l = PartyIndex.read(indexFile, snapshot).orElseThrow();
            PartyScreen.of(l);
            best = Math.min(best, System.nanoTime() - t);
        }
        long t = System.nanoTime();
        PartyScreen.of(PartyListFiles.readSnapshot(new ByteArrayInputStream(snapshot), "csl"));
        long runTime = System.nanoTime() - t;
        System.out.printf("party list: through csl.index %d ms; read and indexed at run time %d ms%n",
            best / 1_000_000, runTime / 1_000_000);
        // a loose ceiling: the machine is shared; docs/quality.md gives the measured times
        assertTrue(best < 1_500_000_000L, "loading through the index took " + best / 1_000_000 + " ms");
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(b)) {
            z.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
