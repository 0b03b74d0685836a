package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chipgate.atlas.DocsPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The charts the README shows ({@code docs/chart-*.png} and their captions) are rendered here by the command line,
 * exactly as the README says ({@code chipgate chart --on 2026-11-29 --regime ID --out docs/NAME.png}), into
 * {@code target/docs-pictures/}, and must equal the committed ones; see {@link DocsPictures} for the one command that
 * refreshes them.
 */
class DocsChartsTest {
    @ParameterizedTest
    @CsvSource({"chart-3a090, 3a090-2024", "chart-3a090-2022, 3a090-2022", "chart-china-review-2026, china-review-2026"})
    void theDocsChartsAreCurrent(String name, String regime) throws Exception {
        Files.createDirectories(DocsPictures.RENDERED);
        Path png = DocsPictures.RENDERED.resolve(name + ".png");
        ChipgateCliTest.Run r = ChipgateCliTest.run("chart", "--on", "2026-11-29", "--regime", regime, "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        Path caption = DocsPictures.RENDERED.resolve(name + ".caption.txt");
        // what the chart shows: its caption (title, catalog version, date, every part not plotted), as a hash
        String shows = regime + ", 2026-11-29, catalog " + io.chipgate.catalog.Catalog.builtin().version() + ", caption "
            + DocsPictures.hash(Files.readString(caption));
        DocsPictures.check(png, shows, "environment.awt", DocsPictures.awtEnvironment());
        DocsPictures.check(caption, shows, "environment.awt", DocsPictures.awtEnvironment());
    }

    /** The comparison is not vacuous: one pixel changed, or a different catalog version recorded, fails it. */
    @Test
    void aChangedPictureFails() throws Exception {
        Assumptions.assumeFalse(DocsPictures.refreshing(), "refreshing the pictures");
        Path mutant = Path.of("target/docs-pictures-mutant/chart-3a090.png");
        Files.createDirectories(mutant.getParent());
        BufferedImage img = ImageIO.read(DocsPictures.DOCS.resolve("chart-3a090.png").toFile());
        String shows = DocsPictures.recorded("chart-3a090.png");
        ImageIO.write(img, "png", mutant.toFile());
        assertThrows(AssertionError.class, () -> DocsPictures.check(mutant, shows.replace("catalog ", "catalog 0"), "environment.awt",
            DocsPictures.awtEnvironment()), "what the picture shows differs");
        Assumptions.assumeTrue(DocsPictures.awtEnvironment().equals(DocsPictures.recorded("environment.awt")),
            "the pixels are compared only where the pictures were rendered");
        DocsPictures.check(mutant, shows, "environment.awt", DocsPictures.awtEnvironment());
        img.setRGB(700, 450, img.getRGB(700, 450) ^ 0x000001);
        ImageIO.write(img, "png", mutant.toFile());
        assertThrows(AssertionError.class, () -> DocsPictures.check(mutant, shows, "environment.awt", DocsPictures.awtEnvironment()),
            "one pixel differs");
    }
}
