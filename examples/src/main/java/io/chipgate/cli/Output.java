package io.chipgate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one place where the rules for a command's output files live, so that they cannot drift between commands:
 *
 * <ul>
 *   <li>a file is written whole or not at all: into a temporary sibling with a short name (so a long file name still
 *       works), moved over the target only when every byte is written and flushed; a failure part-way (a full disk,
 *       a blocked path) leaves the earlier file as it was and no temporary file behind;</li>
 *   <li>a FIFO or a character device ({@code /dev/null}, {@code /dev/stdout}, a terminal) is written into, never
 *       replaced by a regular file; a block device or a socket is refused;</li>
 *   <li>an output that is one of the command's inputs (the same file, through any path or link) is refused before
 *       anything is read;</li>
 *   <li>a directory given for a file, a missing parent, a parent that is a file: one message naming the path, exit 3;</li>
 *   <li>a site (a directory of files, {@code report --out DIR}) is written beside the target and swapped in whole; a
 *       non-empty directory is replaced only when chipgate wrote it (its {@value #SITE_MARKER} file says so).</li>
 * </ul>
 */
final class Output {
    /** The marker file chipgate leaves in every directory it writes, and requires before replacing one. */
    static final String SITE_MARKER = ".chipgate-site";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes a file's whole content to a stream. */
    @FunctionalInterface
    interface Content {
        /** Writes the content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a site's files into a directory that exists and is empty. */
    @FunctionalInterface
    interface Site {
        /** Writes the files into {@code dir}. */
        void writeInto(Path dir) throws IOException;
    }

    /** What kind of thing the path names when the output is checked. */
    private enum Kind { ABSENT, REGULAR, SPECIAL }

    private final String option;
    /** What a site is called in messages ("the report", "the data package"); null for a file. */
    private final String what;
    private final Path given;
    private final Path target;
    private final Kind kind;

    private Output(String option, Path given, Path target, Kind kind) {
        this(option, null, given, target, kind);
    }

    private Output(String option, String what, Path given, Path target, Kind kind) {
        this.option = option;
        this.what = what;
        this.given = given;
        this.target = target;
        this.kind = kind;
    }

    /**
     * Checks an output file before any work is done.
     *
     * @param option the option that named it ({@code --out}), for the message
     * @param path the path as given
     * @param createParents whether a missing parent directory is created (else it is an error)
     * @param inputs the command's input files, none of which may be the output
     * @throws BadInputException naming the path and what is expected (exit 3)
     */
    static Output file(String option, Path path, boolean createParents, Collection<Path> inputs) {
        Path target = path;
        Kind kind;
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            target = path.toRealPath(); // through a link: the file it names is replaced, the link kept
            if (a.isDirectory()) {
                throw new BadInputException(path + ": expected a file to write to (it is a directory); choose another " + option + " FILE");
            }
            kind = a.isRegularFile() ? Kind.REGULAR : special(path, option);
        } catch (NoSuchFileException e) {
            kind = Kind.ABSENT;
        } catch (IOException e) {
            throw cannotWrite(option, path, e);
        }
        for (Path in : inputs) {
            if (in != null && kind != Kind.ABSENT && !"-".equals(in.toString()) && sameFile(in, target)) {
                throw new BadInputException(path + ": the output is the input " + in + " (it would be destroyed); choose another "
                    + option + " FILE");
            }
        }
        if (kind == Kind.ABSENT) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (createParents && !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.createDirectories(parent);
                    } catch (IOException e) {
                        throw cannotWrite(option, path, e);
                    }
                } else {
                    throw new BadInputException("cannot write " + path + ": " + parent + " is not a directory; choose another " + option + " FILE");
                }
            }
        }
        return new Output(option, path, target, kind);
    }

    /** A FIFO or a character device is written into; anything else that is not a regular file is refused. */
    private static Kind special(Path path, String option) {
        int type = -1;
        try {
            type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix attributes on this platform: refused below
        }
        if (type == 0010000 || type == 0020000) {
            return Kind.SPECIAL;
        }
        throw new BadInputException(path + ": expected a regular file, a FIFO or a character device such as /dev/null to write to"
            + " (it is " + (type == 0060000 ? "a block device" : type == 0140000 ? "a socket" : "not a regular file") + "); choose another "
            + option + " FILE");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The path as the user gave it. */
    Path path() {
        return given;
    }

    /** Whether the output is a FIFO or a device, written into rather than replaced. */
    boolean special() {
        return kind == Kind.SPECIAL;
    }

    /**
     * Writes the whole content: into a FIFO or device directly, else into a temporary sibling moved over the target
     * when complete.
     *
     * @throws BadInputException when it cannot be written; the target is then as it was
     */
    void write(Content content) {
        writeAll(List.of(this), List.of(content));
    }

    /**
     * Writes several files together (a chart and its caption): every one is written in full before any is moved into
     * place, so a failure leaves all of them as they were.
     */
    static void writeAll(List<Output> outputs, List<Content> contents) {
        List<Path> temps = new ArrayList<>();
        Output current = null;
        try {
            for (int i = 0; i < outputs.size(); i++) {
                current = outputs.get(i);
                if (current.special()) {
                    continue; // written after the regular files are complete: nothing to swap
                }
                Path tmp = current.temporarySibling();
                temps.add(tmp);
                try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    contents.get(i).writeTo(o);
                    o.flush();
                }
                copyPermissions(current.target, tmp);
            }
            for (int i = 0, t = 0; i < outputs.size(); i++) {
                current = outputs.get(i);
                if (current.special()) {
                    try (OutputStream o = Files.newOutputStream(current.target, StandardOpenOption.WRITE)) {
                        contents.get(i).writeTo(o);
                        o.flush();
                    }
                } else {
                    move(temps.get(t++), current.target);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            throw cannotWrite(current.option, current.given, cause);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException e) {
                    // nothing more to do: the message above already names the output
                }
            }
        }
    }

    /**
     * Checks a site's directory before any work is done: absent, empty, or written earlier by chipgate.
     *
     * @throws BadInputException naming the directory and what is expected (exit 3)
     */
    static Output site(String option, Path dir) {
        return site(option, dir, "the report");
    }

    /**
     * Checks a site's directory before any work is done, as {@link #site(String, Path)}, naming the site in messages.
     *
     * @param what what the site is called in messages, e.g. "the data package"
     * @throws BadInputException naming the directory and what is expected (exit 3)
     */
    static Output site(String option, Path dir, String what) {
        Kind kind;
        Path target = dir;
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            target = dir.toRealPath();
            if (!a.isDirectory()) {
                throw new BadInputException("cannot write " + what + " to " + dir + ": it is a file, expected a directory; choose a writable directory with "
                    + option + " DIR");
            }
            kind = Kind.REGULAR;
            if (!Files.exists(target.resolve(SITE_MARKER), LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.list(target)) {
                    if (s.findAny().isPresent()) {
                        throw new BadInputException("cannot write " + what + " to " + dir + ": the directory holds files chipgate did not write (no "
                            + SITE_MARKER + " marker) and they would be replaced; choose a new or empty directory with " + option + " DIR");
                    }
                }
            }
        } catch (NoSuchFileException e) {
            kind = Kind.ABSENT;
        } catch (IOException e) {
            throw cannotWriteSite(option, what, dir, e);
        }
        Path parent = target.toAbsolutePath().getParent();
        if (kind == Kind.ABSENT && parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw cannotWriteSite(option, what, dir, e);
            }
        }
        return new Output(option, what, dir, target.toAbsolutePath(), kind);
    }

    /**
     * Writes a site: into a temporary sibling directory (with the marker), then swapped in for the target in two
     * renames; the earlier site is removed only once the new one is in place.
     */
    void writeSite(Site site) {
        Path tmp = temporarySibling();
        Path old = null;
        try {
            Files.createDirectory(tmp);
            site.writeInto(tmp);
            Files.writeString(tmp.resolve(SITE_MARKER), "Written by chipgate " + BuildInfo.version()
                + ": chipgate replaces this directory whole when asked to write a report here.\n");
            if (kind == Kind.ABSENT) {
                Files.move(tmp, target);
            } else {
                old = temporarySibling();
                Files.move(target, old);
                try {
                    Files.move(tmp, target);
                } catch (IOException e) {
                    Files.move(old, target); // put the earlier site back
                    old = null;
                    throw e;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw cannotWriteSite(option, what, given, e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e);
        } finally {
            deleteTree(tmp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind: a hidden temporary sibling, harmless
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // as above
        }
    }

    /** ".chipgate-" and 16 hex digits beside the target: short whatever the target's name. */
    private Path temporarySibling() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        Path parent = target.toAbsolutePath().getParent();
        return parent.resolve(".chipgate-" + HexFormat.of().formatHex(b) + ".tmp");
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from)) {
                PosixFileAttributes a = Files.readAttributes(from, PosixFileAttributes.class);
                Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(a.permissions());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // the new file keeps the usual permissions
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static BadInputException cannotWrite(String option, Path path, IOException e) {
        return new BadInputException("cannot write " + path + ": " + reason(e, path) + "; nothing was written there; choose a writable " + option + " FILE");
    }

    private static BadInputException cannotWriteSite(String option, String what, Path path, IOException e) {
        return new BadInputException("cannot write " + what + " to " + path + ": " + reason(e, path)
            + "; nothing was written there; choose a writable directory with " + option + " DIR");
    }

    /** "No space left on device", "Permission denied (/a/b)", "File name too long"… from the innermost I/O error. */
    static String reason(IOException e, Path path) {
        Throwable t = e;
        while (t.getCause() instanceof IOException inner && inner != t) {
            t = inner; // an image writer wraps the device's own error ("I/O error writing PNG file!")
        }
        if (t instanceof FileSystemException f) {
            String r = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            boolean named = f.getFile() == null || f.getFile().equals(path.toString()) || r.contains(f.getFile());
            return named ? r : r + " (" + f.getFile() + ")";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
