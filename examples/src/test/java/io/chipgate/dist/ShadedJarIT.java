package io.chipgate.dist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The shaded command-line jar as built: our licence, the third-party list, no GPL code. */
class ShadedJarIT {
    static String read(JarFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertNotNull(e, name + " in chipgate.jar");
        return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void carriesTheLicenceNoticeAndThirdPartyListAndNoGplLibrary() throws IOException {
        try (JarFile jar = new JarFile(Path.of("target/chipgate.jar").toFile())) {
            assertTrue(read(jar, "META-INF/LICENSE").contains("Apache License\n                           Version 2.0, January 2004"));
            assertTrue(read(jar, "META-INF/NOTICE").contains("The chipgate project"));
            ThirdPartyLicencesTest.check(read(jar, "META-INF/THIRD-PARTY.txt"));
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/jfree/svg/")), "JFreeSVG (GPL) is not bundled");
            assertTrue(jar.getManifest().getMainAttributes().getValue("Implementation-Version") != null);
            assertTrue("Apache-2.0".equals(jar.getManifest().getMainAttributes().getValue("Bundle-License")));
        }
    }
}
