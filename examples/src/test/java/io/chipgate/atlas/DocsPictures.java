package io.chipgate.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * The pictures under {@code docs/} that the README shows are rendered by the tests into {@code target/docs-pictures/}
 * and compared with the committed copies, so that they cannot go stale. What each picture shows (catalog version,
 * number of parts, date; a chart's whole caption) is recorded in {@code docs/pictures.txt} and compared everywhere:
 * a change to the catalog fails the build until the pictures are refreshed. The pixels are compared too, exactly,
 * wherever the rendering environment (the JDK's fonts for the charts, Chromium's version and fonts for the atlas) is
 * the one recorded there — pictures from another machine's fonts differ in every glyph, which is no staleness, so
 * there the test says it did not compare pixels. Refresh every picture with one command (it copies the fresh renders
 * over the committed ones and rewrites the record):
 *
 * <pre>
 * mvn -B -ntp -pl examples -am test -Dtest='Docs*Test' -Dsurefire.failIfNoSpecifiedTests=false -Dchipgate.refreshDocs=true
 * </pre>
 */
public final class DocsPictures {
    /** Where the tests render the pictures. */
    public static final Path RENDERED = Path.of("target/docs-pictures");
    /** The committed pictures (the tests run in {@code examples/}). */
    public static final Path DOCS = Path.of("../docs");
    /** The record of what each committed picture shows and where it was rendered. */
    public static final Path RECORD = DOCS.resolve("pictures.txt");
    /** The command that refreshes every picture. */
    public static final String REFRESH = "mvn -B -ntp -pl examples -am test -Dtest='Docs*Test' -Dsurefire.failIfNoSpecifiedTests=false -Dchipgate.refreshDocs=true";

    private DocsPictures() {
    }

    /** Whether this run refreshes the committed pictures ({@code -Dchipgate.refreshDocs=true}). */
    public static boolean refreshing() {
        return Boolean.getBoolean("chipgate.refreshDocs");
    }

    /** The JDK's text rendering here, as a short hash: the charts' pixels depend on it. */
    public static String awtEnvironment() {
        BufferedImage img = new BufferedImage(400, 40, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 40);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
        g.drawString("3A090.a.2 TPP ≥ 1600, PD ≥ 5.92 — 0123456789", 2, 16);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        g.drawString("RTX 4090 D · Ascend 910B · MI325X", 2, 34);
        g.dispose();
        int[] px = img.getRGB(0, 0, 400, 40, null, 0, 400);
        StringBuilder sb = new StringBuilder();
        for (int p : px) {
            sb.append(p == 0xffffffff ? '.' : '#');
        }
        return "java " + System.getProperty("java.specification.version") + ", text " + hash(sb.toString());
    }

    /** A short SHA-256 of a text. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the record says a committed picture shows, or null when it has no entry. */
    public static String recorded(String name) throws IOException {
        return record().get(name);
    }

    private static synchronized Map<String, String> record() throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (Files.exists(RECORD)) {
            for (String line : Files.readAllLines(RECORD)) {
                int eq = line.indexOf(" = ");
                if (!line.startsWith("#") && eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 3));
                }
            }
        }
        return m;
    }

    private static synchronized void write(Map<String, String> m) throws IOException {
        StringBuilder sb = new StringBuilder("# What each picture under docs/ shows, and where it was rendered; written by the tests that render them\n"
            + "# (DocsChartsTest, DocsAtlasPicturesTest). Refresh pictures and record with:\n# " + REFRESH + "\n");
        m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(RECORD, sb.toString());
    }

    /** Pixels a Chromium screenshot may differ from its committed copy in (its anti-aliasing is not deterministic). */
    static final long CHROMIUM_PIXELS_ALLOWED = 48;

    /**
     * Compares a fresh render with its committed copy under {@code docs/} — what it shows always, images by their
     * pixels where rendered in the recorded environment, other files by their bytes — or, when refreshing, copies it
     * there and records it.
     *
     * @param fresh the fresh render under {@link #RENDERED}
     * @param shows what the picture shows, in one line (catalog version, parts, date)
     * @param environmentKey the record's key of the rendering environment ("environment.awt", "environment.chromium")
     * @param environment the rendering environment here
     */
    public static synchronized void check(Path fresh, String shows, String environmentKey, String environment) throws IOException {
        String name = fresh.getFileName().toString();
        Path committed = DOCS.resolve(name);
        Map<String, String> record = record();
        if (refreshing()) {
            Files.copy(fresh, committed, StandardCopyOption.REPLACE_EXISTING);
            record.put(name, shows);
            record.put(environmentKey, environment);
            write(record);
            System.out.println("refreshed " + committed.normalize());
            return;
        }
        String stale = "docs/" + name + " is stale: it differs from what the build renders now (examples/" + fresh
            + "); look at the fresh one, then refresh every picture with: " + REFRESH;
        if (!Files.exists(committed)) {
            fail("docs/" + name + " is missing; " + stale);
        }
        assertEquals(shows, record.get(name), () -> stale + " (docs/pictures.txt records what it shows)");
        if (!fresh.toString().endsWith(".png")) {
            assertEquals(Files.readString(fresh), Files.readString(committed), stale);
            return;
        }
        if (!environment.equals(record.get(environmentKey))) {
            System.out.println("docs/" + name + ": pixels not compared: rendered here with " + environment + ", recorded with "
                + record.get(environmentKey) + " (what it shows was compared)");
            return;
        }
        BufferedImage a = ImageIO.read(fresh.toFile());
        BufferedImage b = ImageIO.read(committed.toFile());
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            fail(stale + " (size " + b.getWidth() + "×" + b.getHeight() + ", now " + a.getWidth() + "×" + a.getHeight() + ")");
        }
        long differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        long d = differ;
        // Java2D renders the charts to the same pixels every time; Chromium's screenshots of one page were seen to
        // differ run to run in 4 anti-aliased pixels at the page's right edge (of 1,260,000), so they are allowed a few
        // dozen: a stale picture (a changed number or name) differs in hundreds
        long allowed = environmentKey.equals("environment.chromium") ? CHROMIUM_PIXELS_ALLOWED : 0;
        assertTrue(d <= allowed, () -> stale + " (" + d + " pixels differ; " + allowed + " allowed)");
    }
}
