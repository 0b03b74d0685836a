package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Jit}: the command line's JVM compiles with C1 alone, unless {@code -Dchipgate.jit=default}. Asked in a JVM
 * of its own (the test's JVM keeps its compilers).
 */
class JitTest {
    /** Prints whether the JVM accepted the directive. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(Jit.clientCompilerOnly());
        }
    }

    static String probe(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void theJvmTakesTheDirective() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("java.vm.name", "").contains("OpenJ9"),
            "HotSpot's diagnostic command; another JVM keeps its default (the other test)");
        assertEquals("true", probe(), "HotSpot with jdk.management accepts Compiler.directives_add");
    }

    @Test
    void chipgateJitDefaultKeepsTheJvmsCompilers() throws IOException, InterruptedException {
        assertEquals("false", probe("-Dchipgate.jit=default"));
    }
}
