package io.chipgate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build writes META-INF/THIRD-PARTY.txt (license-maven-plugin) listing every library the command-line jar bundles
 * with its licence. This test fails the build when a bundled library is under the GPL or AGPL (the LGPL is allowed:
 * JFreeChart), or when one has no licence at all.
 */
public class ThirdPartyLicencesTest {
    /** One bundled library: its licences and its Maven coordinates. */
    record Entry(List<String> licences, String coordinates) {
    }

    private static final Pattern LINE = Pattern.compile("^\\s*((?:\\([^)]*\\)\\s*)+)(.*?)\\s*\\(([^ :]+:[^ :]+:[^ ]+)\\s");
    private static final Pattern LICENCE = Pattern.compile("\\(([^)]*)\\)");

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            List<String> licences = new ArrayList<>();
            Matcher l = LICENCE.matcher(m.group(1));
            while (l.find()) {
                licences.add(l.group(1).trim());
            }
            entries.add(new Entry(licences, m.group(3)));
        }
        return entries;
    }

    /** Strong copyleft (GPL or AGPL, any version) that the Apache-2.0 jar cannot carry; the LGPL is not. */
    static boolean strongCopyleft(String licence) {
        String l = licence.toLowerCase(Locale.ROOT);
        boolean lesser = l.contains("lesser") || l.contains("lgpl") || l.contains("library general");
        boolean gpl = l.contains("gpl") || l.contains("general public");
        boolean classpathException = l.contains("classpath exception");
        return gpl && !lesser && !classpathException;
    }

    static String thirdParty() throws IOException {
        try (InputStream in = ThirdPartyLicencesTest.class.getResourceAsStream("/META-INF/THIRD-PARTY.txt")) {
            assertNotNull(in, "META-INF/THIRD-PARTY.txt is written by the build (license-maven-plugin, generate-resources)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Checks a third-party list; returns the entries. Shared with the check of the shaded jar itself. */
    public static List<Entry> check(String text) {
        List<Entry> entries = parse(text);
        Matcher count = Pattern.compile("Lists of (\\d+) third-party dependencies").matcher(text);
        assertTrue(count.find(), text);
        assertEquals(Integer.parseInt(count.group(1)), entries.size(), "every listed dependency parsed:\n" + text);
        for (Entry e : entries) {
            assertFalse(e.licences().isEmpty(), e.coordinates() + " has no licence");
            for (String l : e.licences()) {
                assertFalse(strongCopyleft(l), e.coordinates() + " is under " + l + ", which an Apache-2.0 jar cannot bundle");
                assertFalse(l.toLowerCase(Locale.ROOT).contains("unknown"), e.coordinates() + ": licence " + l);
            }
        }
        return entries;
    }

    @Test
    void noBundledLibraryIsGplOrAgpl() throws IOException {
        List<Entry> entries = check(thirdParty());
        List<String> coordinates = entries.stream().map(Entry::coordinates).toList();
        assertTrue(coordinates.stream().anyMatch(c -> c.startsWith("info.picocli:picocli:")), coordinates.toString());
        assertTrue(coordinates.stream().anyMatch(c -> c.startsWith("org.apache.xmlgraphics:batik-svggen:")), coordinates.toString());
        assertFalse(coordinates.stream().anyMatch(c -> c.startsWith("org.jfree:org.jfree.svg:")), "JFreeSVG is GPL-3.0");
        Entry jfreechart = entries.stream().filter(e -> e.coordinates().startsWith("org.jfree:jfreechart:")).findFirst().orElseThrow();
        assertTrue(jfreechart.licences().get(0).contains("Lesser"), "JFreeChart is LGPL, stated in NOTICE: " + jfreechart);
    }

    @Test
    void theClassifierCatchesCopyleftNames() {
        for (String gpl : List.of("GNU General Public License, version 3", "GPL-3.0-only", "GPLv2", "AGPL-3.0",
            "GNU Affero General Public License v3.0")) {
            assertTrue(strongCopyleft(gpl), gpl);
        }
        for (String ok : List.of("GNU Lesser General Public Licence", "LGPL-2.1-or-later", "Apache-2.0",
            "The Apache Software License, Version 2.0", "MIT License", "GPL2 w/ CPE (classpath exception)")) {
            assertFalse(strongCopyleft(ok), ok);
        }
        List<Entry> parsed = parse("Lists of 2 third-party dependencies.\n"
            + "     (GNU General Public License, version 3 (GPLv3)) JFreeSVG (org.jfree:org.jfree.svg:5.0.7 - https://x)\n"
            + "     (Apache-2.0) (MIT) Two (a:b:1 - https://y)\n");
        assertEquals(List.of(new Entry(List.of("GNU General Public License, version 3 (GPLv3"), "org.jfree:org.jfree.svg:5.0.7"),
            new Entry(List.of("Apache-2.0", "MIT"), "a:b:1")), parsed);
    }
}
