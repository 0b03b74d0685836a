package io.chipgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The just-in-time compilation of a command-line run: the client compiler (C1) only, as the launcher asks with
 * {@code -XX:TieredStopAtLevel=1}, for {@code java -jar chipgate.jar} too. A run of the command line is short: the
 * optimizing compiler (C2) spends more CPU compiling than its code saves in it. Measured on this 2-core machine
 * (docs/benchmarks.md, issue 19 § 7): {@code license --from} of 20,000 lines took about half the CPU time with C1
 * only, and of 100,000 lines 27 s against 44 s.
 *
 * <p>Done through the JVM's diagnostic command {@code Compiler.directives_add} (a directive excluding every method
 * from C2; the JVM then compiles them with C1 alone), so it applies to the running JVM from its start. A JVM
 * without that command (not HotSpot, or without the {@code jdk.management} module) keeps its default, and so does a
 * run given {@code -Dchipgate.jit=default} (for a long run where C2 would pay off).
 */
final class Jit {
    private Jit() {
    }

    /** The directive: no method is compiled by C2. */
    static final String C1_ONLY = "[{match: \"*.*\", c2: {Exclude: true}}]";

    /** Asks the JVM to compile with C1 alone; {@return whether it accepted} */
    static boolean clientCompilerOnly() {
        if ("default".equals(System.getProperty("chipgate.jit"))) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("chipgate-jit", ".json");
            Files.writeString(file, C1_ONLY);
            Object added = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return added instanceof String s && s.contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false; // the JVM's default compilation
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
