package io.chipgate.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.chipgate.model.Part;
import io.chipgate.spec.SpecFormatException;
import io.chipgate.spec.SpecReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads spec files and directories of them: JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}), each
 * holding one part or an array of parts.
 *
 * <p>All or nothing: a directory with one bad file yields a {@link SpecFormatException} for that file and no
 * parts. An unreadable or missing file is a {@link SpecFormatException} too, naming the file.
 */
public final class SpecFiles {
    private SpecFiles() {
    }

    /**
     * Reads the parts of one file, or of every {@code .json}/{@code .yaml}/{@code .yml} file under a directory
     * (sorted by path).
     *
     * @throws SpecFormatException for a missing, unreadable or invalid file
     */
    public static List<Part> read(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).filter(SpecFiles::isSpecFile).sorted().toList();
            } catch (IOException e) {
                throw new SpecFormatException(path.toString(), "$", null, "a readable directory: " + e.getMessage());
            }
            List<Part> all = new ArrayList<>();
            for (Path f : files) {
                all.addAll(readFile(f));
            }
            return List.copyOf(all);
        }
        return readFile(path);
    }

    static boolean isSpecFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static List<Part> readFile(Path file) {
        String name = file.toString();
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return SpecReader.instance().readParts(yamlToJson(file), name);
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return SpecReader.instance().readParts(r, name);
            }
        } catch (NoSuchFileException e) {
            throw new SpecFormatException(name, "$", null, "an existing file (it does not exist)");
        } catch (IOException e) {
            throw new SpecFormatException(name, "$", null, "a readable file: " + e.getMessage());
        }
    }

    private static String yamlToJson(Path file) throws IOException {
        ObjectMapper yaml = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            com.fasterxml.jackson.databind.JsonNode tree = yaml.readTree(r);
            return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build().writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SpecFormatException(file.toString(), "$", null, "well-formed YAML: " + e.getOriginalMessage());
        }
    }
}
