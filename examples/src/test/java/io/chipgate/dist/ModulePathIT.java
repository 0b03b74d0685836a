package io.chipgate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jars as built, on the module path of a fresh JVM (the tests themselves run on the class path): a
 * system resolves its ICs through the catalog's {@code PartResolver} service (DGX H100 is 4A090.a by the short
 * {@code classify}), the built-in data load from inside the modules, reports are written, and
 * {@code io.chipgate.internal} is not accessible to a user's code.
 */
class ModulePathIT {
    /** The library jars and the third-party modules they require, from this test's class path. */
    private static final Pattern MODULE_JAR = Pattern.compile(
        "chipgate-(core|thresholds|catalog)-[^/\\\\]*(?<!-tests)\\.jar|jackson-(databind|core|annotations|dataformat-yaml)-[^/\\\\]*\\.jar"
            + "|snakeyaml-[^/\\\\]*\\.jar|commons-(text|lang3)-[^/\\\\]*\\.jar");

    private static final String PROGRAM = String.join("\n",
        "import io.chipgate.catalog.Catalog;",
        "import io.chipgate.license.CountryCode;",
        "import io.chipgate.license.LicenseReports;",
        "import io.chipgate.license.Licensing;",
        "import io.chipgate.license.Shipment;",
        "import io.chipgate.regime.Regimes;",
        "import java.time.LocalDate;",
        "public class Probe {",
        "    public static void main(String[] args) throws Exception {",
        "        var dgx = Catalog.builtin().part(\"dgx-h100\");",
        "        System.out.println(\"dgx=\" + Regimes.byId(\"3a090-2023\").classify(dgx, LocalDate.of(2024, 6, 1)).outcome().code());",
        "        var h20 = Catalog.builtin().part(\"H20\");",
        "        System.out.println(\"h20=\" + Regimes.byId(\"3a090-2023\").classify(h20, LocalDate.of(2024, 6, 1)).outcome().code());",
        "        var d = Licensing.assess(Shipment.of(dgx, 1, CountryCode.of(\"CN\"), LocalDate.of(2025, 6, 1)));",
        "        System.out.println(\"licence=\" + d.licenseRequired());",
        "        System.out.println(\"json=\" + LicenseReports.json(d).startsWith(\"{\"));",
        "        try {",
        "            Class.forName(\"io.chipgate.internal.AsciiNames\").getMethod(\"upper\", String.class).invoke(null, \"x\");",
        "            System.out.println(\"internal=accessible\");",
        "        } catch (IllegalAccessException e) {",
        "            System.out.println(\"internal=encapsulated\");",
        "        }",
        "        System.out.println(\"module=\" + Catalog.class.getModule().getName());",
        "        System.out.println(\"parties=\" + io.chipgate.parties.PartyScreen.builtin().screen(\"Moore Threads\").get(0).list());",
        "    }",
        "}",
        "");

    @Test
    void theLibraryWorksOnTheModulePathAndHidesItsInternals(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (MODULE_JAR.matcher(Path.of(entry).getFileName().toString()).matches()) {
                jars.add(entry);
            }
        }
        assertEquals(3, jars.stream().filter(j -> Path.of(j).getFileName().toString().startsWith("chipgate-")).count(),
            "the three library jars on the class path: " + jars);
        Path program = dir.resolve("Probe.java");
        Files.writeString(program, PROGRAM, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path", String.join(File.pathSeparator, jars),
            "--add-modules", "io.chipgate.catalog,io.chipgate.thresholds",
            program.toString())
            .redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals(String.join("\n",
            "dgx=4A090.a",
            "h20=NOT_CONTROLLED",
            "licence=TRUE",
            "json=true",
            "internal=encapsulated",
            "module=io.chipgate.catalog",
            "parties=ENTITY_LIST",
            ""), out.replace("\r\n", "\n"));
    }
}
