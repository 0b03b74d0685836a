package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Regimes;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chart", description = {
    "The TPP × performance-density plane with the 3A090.a/.b regions shaded and the catalog's accelerators plotted;",
    "with --regime 3a090-2022 the TPP × I/O plane. Writes PNG or SVG by the file's extension."})
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png or FILE.svg")
    Path out;

    @Option(names = "--regime", paramLabel = "ID", defaultValue = "3a090-2024", description = "3a090-2023, 3a090-2024 (default) or 3a090-2022")
    String regime;

    @Option(names = "--on", paramLabel = "DATE", description = "Date shown on the chart (default: today).")
    LocalDate on;

    @Option(names = "--width", defaultValue = "1400")
    int width;

    @Option(names = "--height", defaultValue = "900")
    int height;

    private static final Color DC = new Color(0x1f77b4);
    private static final Color NON_DC = new Color(0xd62728);
    private static final Color UNKNOWN = new Color(0x7f7f7f);

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        String id = Regimes.byId(regime).id();
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("--out must end in .png or .svg: " + out);
        }
        LocalDate date = on == null ? LocalDate.now() : on;
        JFreeChart chart = id.equals("3a090-2022") ? ioChart(root.catalog(), date) : densityChart(root.catalog(), id, date);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        if (name.endsWith(".png")) {
            ChartUtils.saveChartAsPNG(out.toFile(), chart, width, height);
        } else {
            Files.writeString(out, svg(chart, width, height));
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("wrote " + out);
        return 0;
    }

    /**
     * The chart as an SVG document drawn by Apache Batik's SVG generator, with a {@code viewBox} so that it scales,
     * and generic font families (sans-serif) that every renderer has.
     */
    static String svg(JFreeChart chart, int width, int height) throws IOException {
        // the JDK's own DOM suffices for Batik's generator (batik-dom is not needed)
        org.w3c.dom.Document doc;
        try {
            doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML DOM is unavailable", e);
        }
        org.apache.batik.svggen.SVGGraphics2D g = new org.apache.batik.svggen.SVGGraphics2D(doc);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        org.w3c.dom.Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        java.io.StringWriter w = new java.io.StringWriter();
        g.stream(root, w, true, false);
        g.dispose();
        // Batik names the JDK's logical default font ("Dialog") on the root; every renderer knows sans-serif
        return w.toString().replace("font-family:'Dialog'", "font-family:sans-serif");
    }

    private JFreeChart densityChart(Catalog c, String id, LocalDate date) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dc = new XYSeries("designed/marketed for datacenters", false, true);
        XYSeries nondc = new XYSeries("not for datacenters (Note: free below TPP 4800)", false, true);
        XYSeries unk = new XYSeries("datacenter designation unknown", false, true);
        int skipped = 0;
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (Part p : c.byKind(PartKind.ACCELERATOR)) {
            PartMetrics m = PartMetrics.of(p);
            Figure t = m.tpp();
            Figure d = m.performanceDensity();
            if (!t.isKnown() || !d.isKnown() || d.value().get().signum() <= 0) {
                skipped++;
                continue;
            }
            double x = t.value().get().doubleValue();
            double y = d.value().get().doubleValue();
            XYSeries s = p.datacenter().map(b -> b ? dc : nondc).orElse(unk);
            s.add(x, y);
            labels.put(s.getKey() + "#" + (s.getItemCount() - 1), label(p));
        }
        data.addSeries(dc);
        data.addSeries(nondc);
        data.addSeries(unk);
        LogAxis xAxis = axis("total processing performance (TPP), log scale", 300, 120000);
        LogAxis yAxis = axis("performance density (TPP ÷ non-planar logic die mm²), log scale", 0.5, 120);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, DC);
        r.setSeriesPaint(1, NON_DC);
        r.setSeriesPaint(2, UNKNOWN);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        // regions of 3A090 (88 FR 73458; unchanged in the eCFR of 2026-07-23)
        region(plot, 4800, 120000, 0.5, 120, new Color(214, 39, 40, 40), "3A090.a.1  TPP ≥ 4800", 7000, 0.7);
        region(plot, 1600, 4800, 5.92, 120, new Color(255, 127, 14, 50), "3A090.a.2  TPP ≥ 1600, PD ≥ 5.92", 1650, 60);
        region(plot, 2400, 4800, 1.6, 5.92, new Color(188, 189, 34, 60), "3A090.b.1", 2450, 1.9);
        region(plot, 1600, 2400, 3.2, 5.92, new Color(148, 103, 189, 50), "3A090.b.2", 1650, 4.9);
        region(plot, 2400, 4800, 3.2, 5.92, new Color(148, 103, 189, 30), "b.1 ∩ b.2", 2450, 4.9);
        XYLineAnnotation note = new XYLineAnnotation(4800, 0.5, 4800, 120, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), NON_DC);
        plot.addAnnotation(note);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        XYItemLabelGenerator gen = (ds, series, item) -> labels.get(ds.getSeriesKey(series) + "#" + item);
        r.setDefaultItemLabelGenerator(gen);
        JFreeChart chart = new JFreeChart("ECCN 3A090 (" + id + ") — catalog accelerators", new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("regions per 88 FR 73458 / 89 FR 96790; dashed line: non-datacenter parts are not 3A090 below TPP 4800; "
            + skipped + " parts without a known TPP and density not plotted; " + date + "; catalog " + c.version(), new Font("SansSerif", Font.PLAIN, 12)));
        return chart;
    }

    private JFreeChart ioChart(Catalog c, LocalDate date) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("accelerators (I/O = sum of listed links, memory excluded)", false, true);
        java.util.Map<Integer, String> labels = new java.util.HashMap<>();
        int skipped = 0;
        for (Part p : c.byKind(PartKind.ACCELERATOR)) {
            PartMetrics m = PartMetrics.of(p);
            if (!m.tpp().isKnown() || !m.ioBidirectionalGBs().isKnown()) {
                skipped++;
                continue;
            }
            s.add(m.tpp().value().get().doubleValue(), m.ioBidirectionalGBs().value().get().doubleValue());
            labels.put(s.getItemCount() - 1, label(p));
        }
        data.addSeries(s);
        LogAxis xAxis = axis("Σ bit length × TOPS (TPP), log scale", 300, 120000);
        LogAxis yAxis = axis("aggregate bidirectional I/O, GB/s, log scale", 20, 5000);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, DC);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        region(plot, 4800, 120000, 600, 5000, new Color(214, 39, 40, 40), "3A090.a (2022): I/O ≥ 600 GB/s and TPP ≥ 4800", 5000, 4000);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        r.setDefaultItemLabelGenerator((ds, series, item) -> labels.get(item));
        JFreeChart chart = new JFreeChart("ECCN 3A090.a, 2022 text (87 FR 62186) — catalog accelerators", new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(skipped + " parts without a known TPP and I/O not plotted; " + date + "; catalog " + c.version(), new Font("SansSerif", Font.PLAIN, 12)));
        return chart;
    }

    private static LogAxis axis(String label, double lo, double hi) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setRange(lo, hi);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25));
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        a.setMinorTickMarksVisible(false);
        return a;
    }

    private static void region(XYPlot plot, double x0, double x1, double y0, double y1, Color fill, String text, double tx, double ty) {
        plot.addAnnotation(new XYBoxAnnotation(x0, y0, x1, y1, new BasicStroke(0.5f), fill.darker(), fill));
        XYTextAnnotation t = new XYTextAnnotation(text, tx, ty);
        t.setFont(new Font("SansSerif", Font.BOLD, 12));
        t.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        t.setPaint(new Color(fill.getRed(), fill.getGreen(), fill.getBlue()).darker().darker());
        plot.addAnnotation(t);
    }

    private static String label(Part p) {
        String n = p.aliases().isEmpty() ? p.name() : p.aliases().get(0);
        return n.length() > 16 ? n.substring(0, 15) + "…" : n;
    }
}
