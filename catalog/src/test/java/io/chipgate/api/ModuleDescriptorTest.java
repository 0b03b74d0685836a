package io.chipgate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.BuiltInCatalogResolver;
import io.chipgate.catalog.Catalog;
import io.chipgate.model.Part;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Regime;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors of the library modules, as built (read from the {@code module-info.class} of the jar or
 * classes directory each module's classes come from): exactly the API packages exported, {@code io.chipgate.internal}
 * only to the other chipgate modules, no third-party module required transitively (Jackson and commons-math are not
 * API, Immutables is needed at compile time only), and the built-in catalog provided as the {@link PartResolver}
 * service that core uses.
 *
 * <p>The tests themselves run on the class path; this checks what a module-path user gets.
 */
class ModuleDescriptorTest {
    private static final Set<String> CHIPGATE = Set.of("io.chipgate.core", "io.chipgate.thresholds", "io.chipgate.catalog");

    @Test
    void coreExportsItsApiPackagesAndInternalOnlyToChipgate() throws Exception {
        ModuleDescriptor d = descriptorOf(Part.class);
        assertEquals("io.chipgate.core", d.name());
        assertEquals(Map.of(
                "io.chipgate.document", Set.of(),
                "io.chipgate.metrics", Set.of(),
                "io.chipgate.model", Set.of(),
                "io.chipgate.spec", Set.of(),
                "io.chipgate.internal", Set.of("io.chipgate.thresholds", "io.chipgate.catalog")),
            exports(d));
        assertEquals(Set.of("io.chipgate.model.PartResolver"), d.uses());
        assertEquals(Set.of("com.fasterxml.jackson.databind", "org.immutables.value (static)"), requires(d));
        assertTrue(d.opens().isEmpty(), "core opens nothing: " + d.opens());
    }

    @Test
    void thresholdsExportsRegimesLicencesAndScreening() throws Exception {
        ModuleDescriptor d = descriptorOf(Regime.class);
        assertEquals("io.chipgate.thresholds", d.name());
        assertEquals(Map.of(
                "io.chipgate.license", Set.of(),
                "io.chipgate.parties", Set.of(),
                "io.chipgate.regime", Set.of(),
                "io.chipgate.screening", Set.of()),
            exports(d));
        assertEquals(Set.of("io.chipgate.core (transitive)", "com.fasterxml.jackson.databind", "org.apache.commons.text",
                "org.immutables.value (static)"),
            requires(d));
        assertTrue(d.provides().isEmpty());
    }

    @Test
    void catalogExportsItsPackageAndProvidesTheBuiltInResolver() throws Exception {
        ModuleDescriptor d = descriptorOf(Catalog.class);
        assertEquals("io.chipgate.catalog", d.name());
        assertEquals(Map.of("io.chipgate.catalog", Set.of()), exports(d));
        assertEquals(Set.of("io.chipgate.core (transitive)", "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.dataformat.yaml", "org.yaml.snakeyaml", "org.immutables.value (static)"),
            requires(d));
        assertEquals(1, d.provides().size());
        Provides p = d.provides().iterator().next();
        assertEquals(PartResolver.class.getName(), p.service());
        assertEquals(java.util.List.of(BuiltInCatalogResolver.class.getName()), p.providers());
    }

    @Test
    void onlyChipgateModulesAreRequiredTransitively() throws Exception {
        for (Class<?> c : new Class<?>[] {Part.class, Regime.class, Catalog.class}) {
            ModuleDescriptor d = descriptorOf(c);
            for (Requires r : d.requires()) {
                if (r.modifiers().contains(Requires.Modifier.TRANSITIVE)) {
                    assertTrue(CHIPGATE.contains(r.name()), d.name() + " requires " + r.name() + " transitively");
                }
            }
        }
    }

    /** Exported package → the modules it is exported to (empty for an unqualified export). */
    private static Map<String, Set<String>> exports(ModuleDescriptor d) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Exports e : d.exports()) {
            out.put(e.source(), new TreeSet<>(e.targets()));
        }
        return out;
    }

    /** Required modules other than java.base, each with " (transitive)" or " (static)" where so declared. */
    private static Set<String> requires(ModuleDescriptor d) {
        return d.requires().stream().filter(r -> !r.name().equals("java.base"))
            .map(r -> r.name() + (r.modifiers().contains(Requires.Modifier.TRANSITIVE) ? " (transitive)" : "")
                + (r.modifiers().contains(Requires.Modifier.STATIC) ? " (static)" : ""))
            .collect(Collectors.toSet());
    }

    /** The descriptor of the module whose jar (or classes directory) the class was loaded from. */
    private static ModuleDescriptor descriptorOf(Class<?> c) throws IOException, URISyntaxException {
        Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(where)) {
            try (InputStream in = Files.newInputStream(where.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(where.toFile()); InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
