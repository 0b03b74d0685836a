package io.chipgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The just-in-time compilation of {@code license --from}: the client compiler (C1) only, as the launcher asks with
 * {@code -XX:TieredStopAtLevel=1}, for {@code java -jar chipgate.jar} too. Such a run is short for a JIT: the
 * optimizing compiler (C2) spends more CPU compiling than its code saves. Measured on this 2-core machine
 * (docs/benchmarks.md, issue 19 § 7): 20,000 lines took about half the CPU time with C1 only, and 100,000 lines 27 s
 * against 44 s. Other commands keep the JVM's default (a million-line {@code screen} was not measured with C1 alone).
 *
 * <p>Done through the JVM's diagnostic command {@code Compiler.directives_add} (a directive excluding every method
 * from C2; the JVM then compiles them with C1 alone), from the command line's {@code main} only: a program that runs
 * the commands in its own JVM ({@link Chipgate#execute}, the tests) keeps its compilers. A JVM without that command
 * (not HotSpot, or without the {@code jdk.management} module) keeps its default, and so does a run given
 * {@code -Dchipgate.jit=default}.
 */
final class Jit {
    private Jit() {
    }

    /** Whether this JVM is the command line's own (set by {@code main}). */
    private static volatile boolean allowed;

    /** Lets {@link #clientCompilerOnly} change this JVM's compilation: called by {@code main} only. */
    static void allow() {
        allowed = true;
    }

    /** For {@code license --from}: C1 alone when {@code main} allowed it. */
    static void forBatch() {
        if (allowed) {
            clientCompilerOnly();
        }
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
