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
    @ValueSource(strings = {"3a090-2024", "3a090-2023", "3a090-2022", "china-review-2026"})
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

    /**
     * Every label sits by its own point, and its point is inside the axes (A2, with TPP below the old axis minimum of
     * 300, had its label drawn with no point); no label and no region text is crossed by a line drawn across the
     * plot (the 4,800 line crossed a label), and the region texts stay inside the plot and apart.
     */
    @ParameterizedTest
    @ValueSource(strings = {"3a090-2024", "3a090-2023", "3a090-2022", "china-review-2026"})
    void everyLabelHasItsPointAndNoLineCrossesText(String regime) {
        for (int[] size : new int[][] {{1400, 900}, {1000, 700}}) {
            ChartCommand.Drawn d = ChartCommand.draw(Catalog.builtin(), regime, DATE, size[0], size[1]);
            assertFalse(d.lines().isEmpty(), "the lines are known to the layout");
            for (LabelLayout.Placed p : d.labels()) {
                String what = regime + " " + size[0] + ": '" + p.item().text() + "'";
                assertTrue(d.dataArea().contains(p.item().x(), p.item().y()), what + ": its point is off the axes");
                assertTrue(d.dataArea().contains(p.box()), what + ": outside the plot");
                double distance = Math.hypot(p.anchor().getX() - p.item().x(), p.anchor().getY() - p.item().y());
                assertTrue(distance < 180, what + " is " + distance + " px from its point");
                for (Rectangle2D line : d.lines()) {
                    assertFalse(line.intersects(p.box()), what + " is crossed by a line at " + line);
                }
            }
            List<Rectangle2D> texts = d.regionTexts();
            for (int i = 0; i < texts.size(); i++) {
                assertTrue(d.dataArea().contains(texts.get(i)), regime + " " + size[0] + ": region text " + i + " leaves the plot");
                for (Rectangle2D line : d.lines()) {
                    assertFalse(line.intersects(texts.get(i)), regime + " " + size[0] + ": region text " + i + " is crossed by a line at " + line);
                }
                for (int j = i + 1; j < texts.size(); j++) {
                    assertFalse(texts.get(i).intersects(texts.get(j)), regime + " " + size[0] + ": region texts " + i + " and " + j + " overlap");
                }
            }
        }
    }

    @Test
    void theAxesReachThePointsBelowTheirDefaults() {
        // P4 (TPP about 180) and A2 lie left of the default axis start of 300: the axis starts at a 1–2–5 value below them
        double[] r = ChartCommand.range(List.of(new double[] {288, 1}, new double[] {5000, 2}), 0, 300, 120000);
        assertEquals(200, r[0]);
        assertEquals(120000, r[1]);
        r = ChartCommand.range(List.of(new double[] {1, 130000}), 1, 0.5, 120);
        assertEquals(200000, r[1]);
        assertEquals(0.5, r[0]);
        assertEquals(0.2, OneTwoFiveLogAxis.atOrBelow(0.45), 1e-12);
        assertEquals(500, OneTwoFiveLogAxis.atOrAbove(201), 1e-9);
        assertEquals(1000, OneTwoFiveLogAxis.atOrAbove(501), 1e-9);
        assertEquals(2000, OneTwoFiveLogAxis.atOrBelow(2000), 1e-9);
    }

    /**
     * The China plane's box comes from the regime's own lines (TPP 21,000 and total DRAM bandwidth 6,500 GB/s, 91 FR
     * 1684) and its scope line from the 3A090 classification's least TPP line (1,600: 3A090.a.2 and .b.2); every
     * plotted part sits in the series of its own china-review-2026 outcome.
     */
    @Test
    void theChinaPlaneBoxIsTheRegimes() {
        ChinaPlane box = ChinaPlane.of(io.chipgate.regime.Regimes.byId("china-review-2026"));
        assertEquals(0, box.tpp().compareTo(new BigDecimal("21000")), box::toString);
        assertEquals(0, box.dram().compareTo(new BigDecimal("6500")), box::toString);
        assertEquals(0, box.scopeTpp().compareTo(new BigDecimal("1600")), box::toString);
        assertTrue(box.citation().contains("742.6(b)(10)(iii)(A)(1)"), box.citation());
        ChartCommand.Drawn d = ChartCommand.draw(Catalog.builtin(), "china-review-2026", DATE, 1400, 900);
        org.jfree.data.xy.XYSeriesCollection data = (org.jfree.data.xy.XYSeriesCollection) d.chart().getXYPlot().getDataset();
        java.util.Map<String, String> seriesOf = new java.util.HashMap<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getSeries(s).getItemCount(); i++) {
                seriesOf.put(data.getSeries(s).getX(i) + "," + data.getSeries(s).getY(i), (String) data.getSeries(s).getKey());
            }
        }
        // H20 (TPP 2368, 4,000 GB/s) is not 3A090: the policy does not apply; H200 (15,832; 4,800 GB/s) is in the box;
        // B200 (DRAM 8,000 GB/s) is outside it
        Catalog c = Catalog.builtin();
        assertEquals(ChinaPlane.SERIES.get(2), seriesOf.get(point(c, "H20")));
        assertEquals(ChinaPlane.SERIES.get(0), seriesOf.get(point(c, "H200")));
        assertEquals(ChinaPlane.SERIES.get(1), seriesOf.get(point(c, "B200")));
        assertTrue(d.caption().startsWith("China/Macau licence review, January 2026 (91 FR 1684)"), d.caption());
        assertTrue(d.caption().contains("parts without a known TPP and DRAM bandwidth not plotted"), d.caption());
        long accelerators = c.byKind(io.chipgate.model.PartKind.ACCELERATOR).size();
        assertEquals(accelerators, d.labels().size() + d.notPlotted().size(), "every accelerator is plotted or listed");
    }

    private static String point(Catalog c, String part) {
        io.chipgate.metrics.PartMetrics m = io.chipgate.metrics.PartMetrics.of(c.part(part));
        return m.tpp().value().get().doubleValue() + "," + m.memoryBandwidthGBs().value().get().doubleValue();
    }

    @Test
    void theChinaPlaneIsDrawnByTheCli(@TempDir Path dir) throws IOException {
        ChipgateCliTest.Run r = run("chart", "--out", dir.resolve("china.svg").toString(), "--regime", "china-review-2026", "--on", "2026-11-29");
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(dir.resolve("china.svg"));
        assertTrue(svg.contains("TPP &lt; 21,000, DRAM &lt; 6,500 GB/s") || svg.contains("TPP < 21,000, DRAM < 6,500 GB/s"),
            "the box's text");
        assertTrue(Files.readString(dir.resolve("china.caption.txt")).contains("accelerators not plotted:"));
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
        assertTrue(r.err().contains("foundry-2025 has no TPP plane") && r.err().contains("3a090-2022, 3a090-2023, 3a090-2024, china-review-2026"), r.err());
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
}
