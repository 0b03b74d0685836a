package io.chipgate.cli;

import static io.chipgate.cli.ChipgateCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chipgate.catalog.Catalog;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Charts: 1–2–5 ticks, labels that do not overlap on the real catalog, refused regimes, the caption of what is missing. */
class ChartTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);

    @Test
    void aChartOnAFullDeviceIsOneUserError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path full = java.nio.file.Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(full), "no /dev/full on this system");
        for (String name : new String[] {"full.png", "full.svg"}) {
            java.nio.file.Path out = java.nio.file.Files.createSymbolicLink(dir.resolve(name), full);
            ChipgateCliTest.Run r = ChipgateCliTest.run("chart", "--out", out.toString(), "--on", "2026-11-29");
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().contains("No space left on device"), r.err());
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void logTicksFallOnOneTwoFive() {
        assertEquals(List.of("500", "1,000", "2,000", "5,000", "10,000", "20,000", "50,000", "100,000"),
            OneTwoFiveLogAxis.values(300, 120000).stream().map(OneTwoFiveLogAxis::label).toList());
        assertEquals(List.of("0.5", "1", "2", "5", "10", "20", "50", "100"),
            OneTwoFiveLogAxis.values(0.5, 120).stream().map(OneTwoFiveLogAxis::label).toList());
        assertEquals(List.of("20", "50", "100", "200", "500", "1,000", "2,000", "5,000"),
            OneTwoFiveLogAxis.values(20, 5000).stream().map(OneTwoFiveLogAxis::label).toList());
        for (BigDecimal v : OneTwoFiveLogAxis.values(0.001, 1e7)) {
            BigDecimal mantissa = v.movePointLeft(v.precision() - v.scale() - 1);
            assertTrue(List.of(1, 2, 5).contains(mantissa.intValueExact()), v.toPlainString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3a090-2024", "3a090-2023", "3a090-2022"})
    void labelsDoNotOverlapOnTheRealCatalog(String regime) {
        for (int[] size : new int[][] {{1400, 900}, {1000, 700}}) {
            ChartCommand.Drawn d = ChartCommand.draw(Catalog.builtin(), regime, DATE, size[0], size[1]);
            List<LabelLayout.Placed> labels = d.labels();
            assertTrue(labels.size() > 30, "labels " + labels.size());
            for (int i = 0; i < labels.size(); i++) {
                Rectangle2D a = labels.get(i).box();
                for (int j = i + 1; j < labels.size(); j++) {
                    Rectangle2D b = labels.get(j).box();
                    assertFalse(a.intersects(b), regime + " " + size[0] + ": '" + labels.get(i).item().text() + "' overlaps '"
                        + labels.get(j).item().text() + "'");
                }
                for (LabelLayout.Placed p : labels) {
                    Rectangle2D marker = new Rectangle2D.Double(p.item().x() - LabelLayout.MARKER, p.item().y() - LabelLayout.MARKER,
                        2 * LabelLayout.MARKER, 2 * LabelLayout.MARKER);
                    assertFalse(a.intersects(marker), "'" + labels.get(i).item().text() + "' covers the point of '" + p.item().text() + "'");
                }
            }
        }
    }

    @Test
    void theLayoutKeepsLabelsApartWhenPointsCoincide() {
        List<LabelLayout.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new LabelLayout.Item("part " + i, 200 + (i % 2), 200, 40, 12));
        }
        List<LabelLayout.Placed> p = LabelLayout.place(items, new Rectangle2D.Double(0, 0, 400, 400), List.of());
        assertEquals(10, p.size());
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                assertFalse(p.get(i).box().intersects(p.get(j).box()), p.get(i) + " / " + p.get(j));
            }
        }
        assertTrue(p.stream().anyMatch(LabelLayout.Placed::leader), "a label pushed away gets a leader line");
        assertTrue(p.stream().anyMatch(x -> !x.leader()), "the nearest labels need none");
    }

    @Test
    void regimesWithoutAPlaneAreRefused(@TempDir Path dir) {
        ChipgateCliTest.Run r = run("chart", "--out", dir.resolve("f.png").toString(), "--regime", "foundry-2025");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("foundry-2025 has no TPP plane") && r.err().contains("3a090-2022, 3a090-2023, 3a090-2024"), r.err());
        assertFalse(Files.exists(dir.resolve("f.png")));
    }

    @Test
    void theCaptionListsEveryPartNotPlotted(@TempDir Path dir) throws IOException {
        ChipgateCliTest.Run r = run("chart", "--out", dir.resolve("c.svg").toString(), "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        String caption = Files.readString(dir.resolve("c.caption.txt"));
        ChartCommand.Drawn d = ChartCommand.draw(Catalog.builtin(), "3a090-2024", DATE, 1400, 900);
        assertTrue(caption.contains(d.notPlotted().size() + " accelerators not plotted:"), caption);
        assertTrue(caption.contains(d.notPlotted().size() + " parts without a known TPP and density not plotted"), caption);
        long listed = caption.lines().filter(l -> l.startsWith("  ")).count();
        assertEquals(d.notPlotted().size(), listed);
        long accelerators = Catalog.builtin().byKind(io.chipgate.model.PartKind.ACCELERATOR).size();
        assertEquals(accelerators, d.labels().size() + d.notPlotted().size(), "every accelerator is plotted or listed");
    }

    /** The images under docs/ come with their captions; a catalog change that alters what is plotted fails here. */
    @Test
    void theDocsChartsAreCurrent(@TempDir Path dir) throws IOException {
        for (String[] c : new String[][] {{"chart-3a090", "3a090-2024"}, {"chart-3a090-2022", "3a090-2022"}}) {
            Path committed = Path.of("../docs/" + c[0] + ".caption.txt");
            String fresh = ChartCommand.draw(Catalog.builtin(), c[1], DATE, 1400, 900).caption();
            assertEquals(fresh, Files.readString(committed), "docs/" + c[0] + " is stale: regenerate with "
                + "examples/target/chipgate chart --on 2026-11-29 --regime " + c[1] + " --out docs/" + c[0] + ".png");
        }
    }
}
