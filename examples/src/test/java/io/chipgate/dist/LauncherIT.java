package io.chipgate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spawns the launcher the build wrote next to the jar (target/chipgate) as a user would, from other directories too. */
class LauncherIT {
    static final Path LAUNCHER = Path.of("target/chipgate").toAbsolutePath();

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void posixOnly() {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"), "the sh launcher; chipgate.cmd on Windows");
    }

    static Result spawn(Path launcher, Path cwd, String... args) throws IOException, InterruptedException {
        return spawnWith(null, launcher, cwd, args);
    }

    /** Spawns the launcher with JAVA_OPTS set (null: unset). */
    static Result spawnWith(String javaOpts, Path launcher, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        // the launcher finds java through JAVA_HOME: point it at the JVM running this test
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher timed out");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLaunchersAreBesideTheJar() {
        assertTrue(Files.isRegularFile(Path.of("target/chipgate.jar")));
        assertTrue(Files.isExecutable(LAUNCHER), "target/chipgate is executable");
        assertTrue(Files.isRegularFile(Path.of("target/chipgate.cmd")));
    }

    @Test
    void runsCommandsFromAnyDirectoryAndPassesExitCodes(@TempDir Path elsewhere) throws Exception {
        Result version = spawn(LAUNCHER, elsewhere, "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("chipgate "), version.out());
        Result classify = spawn(LAUNCHER, elsewhere, "classify", "h20", "--regime", "3a090-2023", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, classify.code(), classify.err());
        JsonNode d = new ObjectMapper().readTree(classify.out()).get(0);
        assertEquals("nvidia-h20", d.get("part").asText());
        assertEquals("NOT_CONTROLLED", d.get("outcome").asText());
        assertEquals("2368", d.get("tpp").asText());
        Result usage = spawn(LAUNCHER, elsewhere, "frobnicate");
        assertEquals(2, usage.code(), usage.err());
        assertEquals("", usage.out());
        Result help = spawn(LAUNCHER, elsewhere, "classify", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: chipgate classify"), help.out());
    }

    /** The README's first screen: its first line builds and runs the launcher from the project root; this runs it so. */
    @Test
    void theReadmeFirstScreenCommandRuns() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        String firstBlock = readme.substring(readme.indexOf("```sh") + 5, readme.indexOf("```", readme.indexOf("```sh") + 5));
        List<String> lines = firstBlock.strip().lines().map(l -> l.replaceAll("\\s+#.*$", "").strip()).toList();
        assertEquals(List.of("mvn -B -ntp -DskipTests package && examples/target/chipgate matrix", "mvn -B -ntp verify"), lines);
        Result r = spawn(root.resolve("examples/target/chipgate"), root, "matrix", "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("PART "), r.out());
        assertTrue(r.out().contains("nvidia-h20"), r.out());
        assertTrue(r.out().contains("Not legal advice."), r.out());
    }

    @Test
    void argumentsWithSpacesArriveWhole(@TempDir Path elsewhere) throws Exception {
        Result r = spawn(LAUNCHER, elsewhere, "classify", "H100 SXM5", "--regime", "3a090-2023", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("nvidia-h100-sxm", new ObjectMapper().readTree(r.out()).get(0).get("part").asText());
    }

    /** An archive the JVM cannot use (another JVM's, or damaged) is ignored, and standard output stays clean JSON. */
    @Test
    void anUnusableClassDataArchiveIsIgnoredQuietly(@TempDir Path copy) throws Exception {
        Files.copy(LAUNCHER, copy.resolve("chipgate"));
        Files.copy(Path.of("target/chipgate.jar"), copy.resolve("chipgate.jar"));
        Files.writeString(copy.resolve("chipgate.jsa"), "not an archive");
        Result r = spawn(copy.resolve("chipgate"), copy, "classify", "h20", "--regime", "3a090-2023", "--on", "2026-11-29", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("NOT_CONTROLLED", new ObjectMapper().readTree(r.out()).get(0).get("outcome").asText(), r.out());
    }

    /**
     * Short commands run on the client compiler and the serial collector; an order book's screening (however the
     * command is reached past the global options) on the parallel collector, and a book of 25 MB or more also on the
     * optimising compiler with raised thresholds.
     */
    @Test
    void theScreeningGetsTheJvmOfLongRuns(@TempDir Path elsewhere) throws Exception {
        Path small = Files.writeString(elsewhere.resolve("small.csv"), "id,part,quantity,destination,date\n1,h20,1,DE,2026-11-30\n");
        Path large = elsewhere.resolve("large.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(25_000_000); // sparse: the launcher reads its size only
        }
        for (List<String> args : List.of(List.of("screen", "--help"), List.of("--catalog", "screen", "screen", small.toString(), "--help"),
            List.of("--ascii", "screen", "--help"))) {
            Result r = spawnWith("-XX:+PrintCommandLineFlags", LAUNCHER, elsewhere, args.toArray(String[]::new));
            assertTrue(r.out().contains("-XX:+UseParallelGC") && r.out().contains("-XX:TieredStopAtLevel=1"), args + ": " + r.out());
            assertFalse(r.out().contains("CompileThresholdScaling"), args + ": " + r.out());
        }
        for (List<String> args : List.of(List.of("screen", large.toString(), "--help"), List.of("--debug", "screen", "--on", "2026-11-30",
            large.toString(), "--help"))) {
            Result r = spawnWith("-XX:+PrintCommandLineFlags", LAUNCHER, elsewhere, args.toArray(String[]::new));
            assertTrue(r.out().contains("-XX:+UseParallelGC") && r.out().contains("-XX:CompileThresholdScaling=10"), args + ": " + r.out());
            assertFalse(r.out().contains("-XX:TieredStopAtLevel=1"), args + ": " + r.out());
        }
        for (List<String> args : List.of(List.of("classify", "--help"), List.of("--catalog", "screen", "classify", "--help"),
            List.of("license", "--from", large.toString(), "--help"))) {
            Result r = spawnWith("-XX:+PrintCommandLineFlags", LAUNCHER, elsewhere, args.toArray(String[]::new));
            assertTrue(r.out().contains("-XX:+UseSerialGC") && r.out().contains("-XX:TieredStopAtLevel=1"), args + ": " + r.out());
            assertFalse(r.out().contains("CompileThresholdScaling"), args + ": " + r.out());
        }
    }

    /** A collector named in JAVA_OPTS is the one the JVM runs: the launcher does not add its own (the JVM would refuse two). */
    @Test
    void aCollectorInJavaOptsReplacesTheLaunchers(@TempDir Path elsewhere) throws Exception {
        Path large = elsewhere.resolve("large.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(25_000_000);
        }
        for (List<String> args : List.of(List.of("classify", "--help"), List.of("screen", "--help"), List.of("screen", large.toString(), "--help"))) {
            Result r = spawnWith("-XX:+PrintCommandLineFlags -XX:+UseG1GC", LAUNCHER, elsewhere, args.toArray(String[]::new));
            assertEquals(0, r.code(), args + ": " + r.err());
            assertTrue(r.out().contains("-XX:+UseG1GC"), args + ": " + r.out());
            assertFalse(r.out().contains("-XX:+UseSerialGC") || r.out().contains("-XX:+UseParallelGC"), args + ": " + r.out());
        }
    }

    @Test
    void theBuildWritesAClassDataArchive() {
        assertTrue(Files.isRegularFile(Path.of("target/chipgate.jsa")), "target/chipgate.jsa (AppCDS) is written at package");
    }

    @Test
    void followsASymbolicLink(@TempDir Path bin) throws Exception {
        Path link = bin.resolve("chipgate");
        Files.createSymbolicLink(link, LAUNCHER);
        Result r = spawn(link, bin, "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("chipgate "), r.out());
    }
}
