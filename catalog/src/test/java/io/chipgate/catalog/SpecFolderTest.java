package io.chipgate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.model.Part;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22 §3: a catalog folder is read like the files in it. A FIFO or a link to {@code /dev/zero} among its spec
 * files is refused by name, as when given directly (before, it was skipped without a word), and a lone surrogate in
 * a string is refused when read (before, it was accepted, then broke {@code screen} and half-wrote {@code report}).
 */
class SpecFolderTest {
    @TempDir
    Path dir;

    static final String GOOD = "{\"id\":\"good-x\",\"vendor\":\"V\",\"name\":\"X\"}";

    @Test
    void aFifoInAFolderIsRefusedByName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fifo"));
        Files.writeString(folder.resolve("a.json"), GOOD);
        Path fifo = folder.resolve("b.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        DocumentFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(DocumentFormatException.class, () -> SpecFiles.read(folder)));
        assertTrue(e.getMessage().startsWith(fifo.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected a regular file (not a device, FIFO or socket)"), e.getMessage());
    }

    @Test
    void aLinkToADeviceInAFolderIsRefusedByName() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path folder = Files.createDirectories(dir.resolve("dev"));
        Files.writeString(folder.resolve("a.json"), GOOD);
        Path link = Files.createSymbolicLink(folder.resolve("zero.yaml"), Path.of("/dev/zero"));
        DocumentFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(DocumentFormatException.class, () -> SpecFiles.read(folder)));
        assertTrue(e.getMessage().startsWith(link.toString()), e.getMessage());
        // a dangling link too
        Files.delete(link);
        Path dangling = Files.createSymbolicLink(folder.resolve("gone.json"), folder.resolve("nowhere.json"));
        DocumentFormatException d = assertThrows(DocumentFormatException.class, () -> SpecFiles.read(folder));
        assertTrue(d.getMessage().startsWith(dangling.toString()), d.getMessage());
        Files.delete(dangling);
        assertEquals(1, SpecFiles.read(folder).size(), "the folder alone reads");
    }

    /**
     * An unreadable sub-folder printed a Java exception. Tests run as root, for whom permissions do not bite, so the
     * failures of a walk are made by a stand-in walker: the one line names the sub-folder and why.
     */
    @Test
    void aSubFolderThatCannotBeListedIsOneLineNamingIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cat"));
        Files.writeString(folder.resolve("a.json"), GOOD);
        Path sub = Files.createDirectories(folder.resolve("locked"));
        SpecFiles.Walker denied = d -> Stream.concat(Stream.of(d, folder.resolve("a.json"), sub),
            Stream.<Path>generate(() -> {
                throw new UncheckedIOException(new AccessDeniedException(sub.toString()));
            }).limit(1));
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> SpecFiles.specFilesUnder(folder, denied));
        assertEquals(sub + ": $: no value: expected a folder chipgate can list, in the catalog folder " + folder
            + " (permission denied); correct the document and read it again", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        SpecFiles.Walker removed = d -> {
            throw new NoSuchFileException(d.toString());
        };
        e = assertThrows(DocumentFormatException.class, () -> SpecFiles.specFilesUnder(folder, removed));
        assertTrue(e.getMessage().startsWith(folder + ": $: no value: expected a folder chipgate can list"), e.getMessage());
        assertTrue(e.getMessage().contains("(no such file or directory (removed while it was being read?))"), e.getMessage());

        SpecFiles.Walker other = d -> Stream.generate(() -> {
            throw new UncheckedIOException(new java.io.IOException("Input/output error"));
        });
        e = assertThrows(DocumentFormatException.class, () -> SpecFiles.specFilesUnder(folder, other));
        assertTrue(e.getMessage().contains("in the catalog folder " + folder + " (Input/output error)"), e.getMessage());

        // the real walker lists the folder (as root the locked folder is readable; see the next test otherwise)
        assertEquals(java.util.List.of(folder.resolve("a.json")), SpecFiles.specFilesUnder(folder, Files::walk));
    }

    /** Where permissions bite (not as root), a real sub-folder without read permission gives that line. */
    @Test
    void aRealUnreadableSubFolderIsOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("real"));
        Files.writeString(folder.resolve("a.json"), GOOD);
        Path sub = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(sub.resolve("b.json"), GOOD);
        try {
            Files.setPosixFilePermissions(sub, java.util.Set.of());
        } catch (UnsupportedOperationException ex) {
            assumeTrue(false, "no POSIX permissions here");
        }
        try {
            assumeTrue(!Files.isReadable(sub), "permissions do not bite (running as root)");
            DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> SpecFiles.read(folder));
            assertTrue(e.getMessage().startsWith(sub + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("(permission denied)"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(sub, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLoneSurrogateIsRefusedWhenRead() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"id\":\"sur-x\",\"vendor\":\"V\",\"name\":\"X\\ud800Y\"}");
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> SpecFiles.read(f));
        assertTrue(e.getMessage().contains("$.name"), e.getMessage());
        assertTrue(e.getMessage().contains("well-formed Unicode text (found a lone surrogate U+D800 at character 2)"), e.getMessage());
        // a pair is a character: accepted
        Path ok = Files.writeString(dir.resolve("p.json"), "{\"id\":\"pair-x\",\"vendor\":\"V\",\"name\":\"X\\ud83d\\ude00\"}");
        assertEquals("X\uD83D\uDE00", SpecFiles.read(ok).get(0).name());
        Path low = Files.writeString(dir.resolve("l.json"), "{\"id\":\"low-x\",\"vendor\":\"V\",\"name\":\"\\ude00X\"}");
        assertThrows(DocumentFormatException.class, () -> SpecFiles.read(low));
    }

    /** Issue 22 §4: a user part named like a built-in (any case) is an error naming both; before, the built-in's own name then found nothing. */
    @Test
    void aUserPartNamedLikeABuiltInIsAnError() throws Exception {
        Catalog builtin = Catalog.builtin();
        Part h100 = builtin.part("nvidia-h100-sxm");
        for (String name : new String[] {h100.name(), h100.name().toUpperCase(java.util.Locale.ROOT), h100.name().toLowerCase(java.util.Locale.ROOT)}) {
            Path f = Files.writeString(dir.resolve("n.json"), "{\"id\":\"mine-1\",\"vendor\":\"Me\",\"name\":\"" + name + "\"}");
            DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> builtin.withFiles(f));
            assertTrue(e.getMessage().contains("n.json: $.name: invalid value \"" + name + "\": expected a name that does not already find built-in part nvidia-h100-sxm"),
                e.getMessage());
        }
        assertEquals("nvidia-h100-sxm", builtin.part(h100.name()).id(), "the built-in's own name still finds it");
        Path other = Files.writeString(dir.resolve("o.json"), "{\"id\":\"mine-2\",\"vendor\":\"Me\",\"name\":\"Mine 2\"}");
        assertEquals("mine-2", builtin.withFiles(other).part("Mine 2").id());
    }
}
