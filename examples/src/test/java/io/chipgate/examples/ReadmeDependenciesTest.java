package io.chipgate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's sentence on what the library modules depend on agrees with their poms: every direct dependency outside
 * chipgate that a user's build receives (compile or runtime scope) is named, and Apache Commons Math — a test
 * dependency of {@code chipgate-core} only — is not presented as a library dependency.
 */
class ReadmeDependenciesTest {
    /** What the README calls each third-party artifact the library modules declare. */
    static final Map<String, String> NAMES = Map.of(
        "jackson-databind", "Jackson",
        "jackson-dataformat-yaml", "Jackson's YAML module",
        "commons-text", "Apache Commons Text",
        "snakeyaml", "SnakeYAML");

    /** The module's dependencies outside io.chipgate by artifact id, with their scope (compile when none is given). */
    static Map<String, String> dependencies(String module) throws Exception {
        String pom = Files.readString(Path.of("../" + module + "/pom.xml"));
        String deps = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Map<String, String> out = new TreeMap<>();
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(deps);
        while (m.find()) {
            String d = m.group(1);
            String group = tag(d, "groupId");
            if (group.equals("io.chipgate")) {
                continue;
            }
            String scope = tag(d, "scope");
            out.put(tag(d, "artifactId"), scope.isEmpty() ? "compile" : scope);
        }
        return out;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void theReadmeNamesWhatTheLibraryModulesDependOn() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("The library modules depend only on Apache-2\\.0 libraries:(.*?)The command-line jar", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the README's sentence on the library modules' dependencies");
        String sentence = m.group(1).replace('\n', ' ');
        for (String module : new String[] {"core", "thresholds", "catalog"}) {
            for (Map.Entry<String, String> d : dependencies(module).entrySet()) {
                if (d.getValue().equals("compile") || d.getValue().equals("runtime")) {
                    assertTrue(NAMES.containsKey(d.getKey()), module + " depends on " + d.getKey() + ", which the README does not name");
                    assertTrue(sentence.contains(NAMES.get(d.getKey())), "the README does not name " + NAMES.get(d.getKey()) + ": " + sentence);
                }
            }
        }
        assertEquals("test", dependencies("core").get("commons-math3"), "Commons Math is a test dependency of core");
        for (String module : new String[] {"thresholds", "catalog"}) {
            assertTrue(!dependencies(module).containsKey("commons-math3") || dependencies(module).get("commons-math3").equals("test"), module);
        }
        assertTrue(sentence.contains("Apache Commons Math is a test dependency"), sentence);
    }
}
