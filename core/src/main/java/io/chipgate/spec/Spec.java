package io.chipgate.spec;

import io.chipgate.document.DocumentFormatException;
import io.chipgate.internal.Documents;
import io.chipgate.internal.InputFiles;
import io.chipgate.internal.PartReader;
import io.chipgate.model.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The common case of reading your own spec: {@code Spec.read(Path.of("my-chip.json"))} or
 * {@code Spec.parse(jsonText)}, each giving the parts of a document in the spec format (docs/spec-format.md) — one
 * object or an array of them — with every limit of {@link SpecReader}. YAML spec files and directories of specs are
 * read by {@code io.chipgate.catalog.SpecFiles.read(Path)} in chipgate-catalog; this class refuses a {@code .yaml}
 * file with a message saying so rather than misreading it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Spec {
    private Spec() {
    }

    /**
     * The parts of a spec document held in a string.
     *
     * @param json the document, one JSON object or a non-empty array of them
     * @return the parts, in document order
     * @throws DocumentFormatException (file "spec") if the document is not a valid spec
     */
    public static List<Part> parse(String json) {
        return PartReader.readParts(Documents.json(Objects.requireNonNull(json, "json"), "spec"));
    }

    /**
     * The parts of a JSON spec file.
     *
     * @param file a regular UTF-8 file of at most 64 MiB, one JSON object or a non-empty array of them
     * @return the parts, in document order
     * @throws DocumentFormatException naming the file if it is missing, unreadable, YAML, or not a valid spec
     */
    public static List<Part> read(Path file) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            throw new DocumentFormatException(name, "$", null, "a JSON spec file (YAML specs are read by "
                + "io.chipgate.catalog.SpecFiles.read in chipgate-catalog, or by the command line)");
        }
        return PartReader.readParts(Documents.json(InputFiles.read(file), name));
    }
}
