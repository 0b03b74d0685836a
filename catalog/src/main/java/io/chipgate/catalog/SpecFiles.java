package io.chipgate.catalog;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.InputFiles;
import io.chipgate.internal.Node;
import io.chipgate.internal.PartReader;
import io.chipgate.model.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads spec files and directories of them: JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}), each
 * holding one part or an array of parts.
 *
 * <p>All or nothing: a directory with one bad file yields a {@link DocumentFormatException} for that file and no
 * parts. An unreadable or missing file is a {@link DocumentFormatException} too, naming the file. Only regular files
 * of at most 64 MiB are read, and from one directory at most 10,000 files and 256 MiB (a device, FIFO or socket is
 * refused, never opened); a UTF-8 byte-order mark is
 * skipped; invalid UTF-8 is reported with its byte offset. YAML is read strictly: no anchors or aliases, one
 * document per file, numbers only as JSON decimals (no YAML 1.1 octal or sexagesimal forms).
 */
public final class SpecFiles {
    /** Most spec files read from one directory. */
    public static final int MAX_FILES = 10_000;
    /** Most bytes of spec files read from one directory: 256 MiB. */
    public static final long MAX_DIRECTORY_BYTES = 256L * 1024 * 1024;

    private SpecFiles() {
    }

    /**
     * Reads the parts of one file, or of every {@code .json}/{@code .yaml}/{@code .yml} file under a directory
     * (sorted by path).
     *
     * @throws DocumentFormatException for a missing, unreadable or invalid file
     * @param path a spec file, or a directory of them, not null
     * @return the parts, in file order
     */
    public static List<Part> read(Path path) {
        return readSourced(path).stream().map(Sourced::part).toList();
    }

    /** A part and the file it was read from. */
    record Sourced(Part part, String file) {
    }

    static List<Sourced> readSourced(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = specFilesUnder(path, Files::walk);
            long total = 0;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    InputFiles.read(f); // refused, naming the file: a device, FIFO or socket, or a dangling link
                }
                try {
                    total += Files.size(f);
                } catch (IOException e) {
                    throw new DocumentFormatException(f.toString(), "$", null, "a readable file: " + e.getMessage());
                }
            }
            if (files.size() > MAX_FILES || total > MAX_DIRECTORY_BYTES) {
                throw new DocumentFormatException(path.toString(), "$", null, "a directory of at most " + MAX_FILES
                    + " spec files and " + MAX_DIRECTORY_BYTES / (1024 * 1024) + " MiB (it has " + files.size() + " files, "
                    + total + " bytes)");
            }
            List<Sourced> all = new ArrayList<>();
            for (Path f : files) {
                readFile(f).forEach(p -> all.add(new Sourced(p, f.toString())));
            }
            return List.copyOf(all);
        }
        return readFile(path).stream().map(p -> new Sourced(p, path.toString())).toList();
    }

    /** How a directory is walked: {@link Files#walk(Path, java.nio.file.FileVisitOption...)}, or a stand-in in tests. */
    interface Walker {
        /**
         * The paths under a directory, the directory first.
         *
         * @param dir the directory
         * @return a lazy stream; listing a sub-folder may fail with an {@link java.io.UncheckedIOException}
         * @throws IOException if the directory itself cannot be opened
         */
        Stream<Path> walk(Path dir) throws IOException;
    }

    /**
     * The spec-named entries under a directory that are not directories, sorted: every one, so that a FIFO or a link
     * to /dev/zero is refused by name (as when given directly) instead of skipped without a word.
     *
     * @throws DocumentFormatException naming the folder that cannot be listed (a sub-folder without permission, one
     *     removed while it was being read) and why, in one line
     */
    static List<Path> specFilesUnder(Path dir, Walker walker) {
        try (Stream<Path> s = walker.walk(dir)) {
            return s.filter(SpecFiles::isSpecFile).filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw unlistable(dir, e);
        } catch (java.io.UncheckedIOException e) {
            throw unlistable(dir, e.getCause());
        }
    }

    private static DocumentFormatException unlistable(Path dir, IOException e) {
        String where = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : dir.toString();
        String why;
        if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            why = "no such file or directory (removed while it was being read?)";
        } else if (e instanceof java.nio.file.FileSystemLoopException) {
            why = "a loop of links";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new DocumentFormatException(where, "$", null, "a folder chipgate can list, in the catalog folder " + dir
            + " (" + why + ")");
    }

    static boolean isSpecFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static List<Part> readFile(Path file) {
        String name = file.toString();
        String text = InputFiles.read(file);
        String lower = name.toLowerCase(Locale.ROOT);
        return readText(text, name, lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    /**
     * The parts of a document's text, JSON or YAML, as read from a file of that name: one tree, checked by the one
     * document reader and mapped by the one spec mapping, whatever the format.
     */
    static List<Part> readText(String text, String name, boolean yaml) {
        Node root = yaml ? Documents.tree(YamlSpec.read(InputFiles.withoutBom(text), name), name) : Documents.json(text, name);
        return PartReader.readParts(root);
    }
}
