package io.chipgate.spec;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.PartReader;
import io.chipgate.model.Part;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads parts from the spec format (see docs/spec-format.md): one JSON object per part, or an array of them.
 *
 * <p>Numbers are read exactly as their decimal text. Every error — truncated JSON, a wrong type, a duplicate
 * key, an unknown field, a negative, zero or absurd value, the same precision twice, a dangling source
 * reference — is one {@link DocumentFormatException} naming the file, JSON path, value and what was expected.
 * No Jackson default typing is used: the reader maps a JSON tree field by field.
 *
 * <p>Hostile input ends in the same exception, in bounded time and memory: every number must have at most
 * {@value io.chipgate.internal.BoundedNumbers#MAX_SIGNIFICANT_DIGITS} significant digits and a magnitude between
 * 1e-30 and 1e30 (so {@code 1e-99999999} is refused before any arithmetic); every string must be free of control
 * characters (a newline, ESC or NUL is refused, not trimmed); nesting is at most
 * {@value io.chipgate.internal.Documents#MAX_DEPTH} levels; enumerated names ({@code kind}, {@code role},
 * {@code precision}…) match ignoring ASCII case only; arrays are capped ({@value #MAX_DIES} die entries,
 * {@value #MAX_ENTRIES} entries of other arrays, {@value #MAX_CONTAINS} components); an empty array of parts, trailing content
 * after the document and a leading byte-order mark are handled (the last is skipped). This class is immutable and
 * thread-safe.
 */
public final class SpecReader {
    /** Smallest accepted die or package area, mm² (a die of 0.1 mm × 0.1 mm). */
    public static final BigDecimal MIN_AREA_MM2 = PartReader.MIN_AREA_MM2;
    /** Largest accepted die or package area, mm². */
    public static final BigDecimal MAX_AREA_MM2 = PartReader.MAX_AREA_MM2;
    /** Largest accepted rate, TOPS. */
    public static final BigDecimal MAX_TOPS = PartReader.MAX_TOPS;
    /** Largest accepted bandwidth, GB/s. */
    public static final BigDecimal MAX_GBS = PartReader.MAX_GBS;
    /** Largest accepted transistor count per die. */
    public static final BigDecimal MAX_TRANSISTORS = PartReader.MAX_TRANSISTORS;

    /** Most entries of a part's {@code dies} array. */
    public static final int MAX_DIES = PartReader.MAX_DIES;
    /** Most entries of a part's {@code contains} array. */
    public static final int MAX_CONTAINS = PartReader.MAX_CONTAINS;
    /** Most entries of any other array (aliases, compute, io, sources). */
    public static final int MAX_ENTRIES = PartReader.MAX_ENTRIES;

    private static final SpecReader INSTANCE = new SpecReader();

    private SpecReader() {
    }

    /**
     * The reader.
     *
     * @return the one instance
     */
    public static SpecReader instance() {
        return INSTANCE;
    }

    /**
     * Reads one part from a document holding one JSON object.
     *
     * @param json the document text
     * @param file a name for messages (a file name or "stdin")
     * @return the part
     * @throws DocumentFormatException if the document is not a valid spec
     */
    public Part readPart(String json, String file) {
        return PartReader.readPart(Documents.json(json, file));
    }

    /**
     * Reads the parts of a document holding one JSON object or an array of them.
     *
     * @param json the document, read to the end (not closed)
     * @param file a name for messages (a file name or "stdin")
     * @return the parts, in document order
     * @throws DocumentFormatException if the document is not valid or two parts share an id
     */
    public List<Part> readParts(Reader json, String file) {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = json.read(buf); n >= 0; n = json.read(buf)) {
                b.append(buf, 0, n);
                if (b.length() > io.chipgate.internal.InputFiles.MAX_BYTES) {
                    throw new DocumentFormatException(file, "$", null, "a document of at most "
                        + io.chipgate.internal.InputFiles.MAX_BYTES + " characters");
                }
            }
        } catch (IOException e) {
            throw new DocumentFormatException(file, "$", null, "a readable document (" + e.getMessage() + ")");
        }
        return readParts(b.toString(), file);
    }

    /**
     * Reads the parts of a document held in a string.
     *
     * @param json the document text
     * @param file a name for messages (a file name or "stdin")
     * @return the parts, in document order
     * @throws DocumentFormatException if the document is not valid or two parts share an id
     */
    public List<Part> readParts(String json, String file) {
        return PartReader.readParts(Documents.json(json, file));
    }
}
