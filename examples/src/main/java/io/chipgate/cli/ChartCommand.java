package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Reports;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
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
    "with --regime 3a090-2022 the TPP × I/O plane. Writes PNG or SVG by the file's extension, and beside it FILE.caption.txt",
    "listing the parts not plotted. Other regimes have no such plane and are refused."})
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

    static final int MIN_SIDE = 100;
    static final int MAX_SIDE = 8000;

    @Option(names = "--width", defaultValue = "1400")
    int width;

    @Option(names = "--height", defaultValue = "900")
    int height;

    private static final Color DC = new Color(0x1f77b4);
    private static final Color NON_DC = new Color(0xd62728);
    private static final Color UNKNOWN = new Color(0x7f7f7f);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    /** The regimes that have a plane to draw: the 2022 text's TPP × I/O plane, the 2023/2024 TPP × density plane. */
    static final List<String> PLANES = List.of("3a090-2022", "3a090-2023", "3a090-2024");

    /** A chart with its placed labels, the parts it could not plot and a caption naming them. */
    record Drawn(JFreeChart chart, List<LabelLayout.Placed> labels, List<String> notPlotted, String caption) {
    }

    @Override
    public Integer call() throws IOException {
        // no temporary cache file: ImageIO's cache stream otherwise fails again, with a stack trace, at JVM exit
        // after a write error (e.g. --out on a full device)
        javax.imageio.ImageIO.setUseCache(false);
        System.setProperty("java.awt.headless", "true");
        String id = Regimes.byId(regime).id();
        if (!PLANES.contains(id)) {
            throw new UsageException("regime " + id + " has no TPP plane to draw; chart draws " + String.join(", ", PLANES));
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new UsageException("--out must end in .png or .svg: " + out);
        }
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw Chipgate.usage(spec, "--width/--height: invalid value " + width + "×" + height + ": expected each from "
                + MIN_SIDE + " to " + MAX_SIDE + " pixels");
        }
        Path caption = captionPath(out);
        Output chart = Output.file("--out", out, true, root.userCatalogs);
        Output text = Output.file("--out", caption, true, root.userCatalogs);
        LocalDate date = on == null ? LocalDate.now() : on;
        Drawn drawn = draw(root.catalog(), id, date, width, height);
        Output.Content image = name.endsWith(".png")
            ? o -> ChartUtils.writeChartAsPNG(o, drawn.chart(), width, height)
            : o -> o.write(svg(drawn.chart(), width, height).getBytes(StandardCharsets.UTF_8));
        // both written in full before either is moved into place: a full disk leaves the earlier pair as it was
        Output.writeAll(List.of(chart, text), List.of(image, o -> o.write(drawn.caption().getBytes(StandardCharsets.UTF_8))));
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("wrote " + out + " and " + caption + " (" + drawn.notPlotted().size() + " parts not plotted, listed there)");
        return 0;
    }

    /** chart.png → chart.caption.txt, beside the chart. */
    static Path captionPath(Path chart) {
        String n = chart.getFileName().toString();
        return chart.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".caption.txt");
    }

    /** The chart for a regime with a plane, its labels laid out for the given size. */
    static Drawn draw(Catalog c, String id, LocalDate date, int width, int height) {
        boolean io = id.equals("3a090-2022");
        List<Part> plotted = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        List<String> notPlotted = new ArrayList<>();
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dc = new XYSeries(io ? "accelerators (I/O = sum of listed links, memory excluded)" : "designed/marketed for datacenters", false, true);
        XYSeries nondc = new XYSeries("not for datacenters (Note: free below TPP 4800)", false, true);
        XYSeries unk = new XYSeries("datacenter designation unknown", false, true);
        for (Part p : c.byKind(PartKind.ACCELERATOR)) {
            PartMetrics m = PartMetrics.of(p);
            Figure t = m.tpp();
            Figure y = io ? m.ioBidirectionalGBs() : m.performanceDensity();
            if (!t.isKnown() || !y.isKnown() || y.value().get().signum() <= 0) {
                List<String> missing = new ArrayList<>();
                if (!t.isKnown()) {
                    missing.add("TPP");
                }
                if (!y.isKnown() || y.value().get().signum() <= 0) {
                    missing.add(io ? "I/O" : "performance density" + (y.upper().isPresent() ? " (only a bound: " + Reports.show(y, 2) + ")" : ""));
                }
                notPlotted.add(p.id() + " (" + p.vendor() + " " + p.name() + "): no known " + String.join(" or ", missing));
                continue;
            }
            double x = t.value().get().doubleValue();
            double v = y.value().get().doubleValue();
            XYSeries s = io ? dc : p.datacenter().map(b -> b ? dc : nondc).orElse(unk);
            s.add(x, v);
            plotted.add(p);
            xy.add(new double[] {x, v});
        }
        data.addSeries(dc);
        if (!io) {
            data.addSeries(nondc);
            data.addSeries(unk);
        }
        LogAxis xAxis = axis(io ? "Σ bit length × TOPS (TPP), log scale" : "total processing performance (TPP), log scale", 300, 120000);
        LogAxis yAxis = io ? axis("aggregate bidirectional I/O, GB/s, log scale", 20, 5000)
            : axis("performance density (TPP ÷ non-planar logic die mm²), log scale", 0.5, 120);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, DC);
        r.setSeriesPaint(1, NON_DC);
        r.setSeriesPaint(2, UNKNOWN);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        List<XYTextAnnotation> regionTexts = new ArrayList<>();
        if (io) {
            regionTexts.add(region(plot, 4800, 120000, 600, 5000, new Color(214, 39, 40, 40), "3A090.a (2022): I/O ≥ 600 GB/s and TPP ≥ 4800", 5000, 4000));
        } else {
            // regions of 3A090 (88 FR 73458; unchanged in the eCFR of 2026-07-23)
            regionTexts.add(region(plot, 4800, 120000, 0.5, 120, new Color(214, 39, 40, 40), "3A090.a.1  TPP ≥ 4800", 7000, 0.7));
            regionTexts.add(region(plot, 1600, 4800, 5.92, 120, new Color(255, 127, 14, 50), "3A090.a.2  TPP ≥ 1600, PD ≥ 5.92", 1650, 60));
            regionTexts.add(region(plot, 2400, 4800, 1.6, 5.92, new Color(188, 189, 34, 60), "3A090.b.1", 2450, 1.9));
            regionTexts.add(region(plot, 1600, 2400, 3.2, 5.92, new Color(148, 103, 189, 50), "3A090.b.2", 1650, 4.9));
            regionTexts.add(region(plot, 2400, 4800, 3.2, 5.92, new Color(148, 103, 189, 30), "b.1 ∩ b.2", 2450, 4.9));
            plot.addAnnotation(new XYLineAnnotation(4800, 0.5, 4800, 120,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), NON_DC));
        }
        String title = io ? "ECCN 3A090.a, 2022 text (87 FR 62186) — catalog accelerators" : "ECCN 3A090 (" + id + ") — catalog accelerators";
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String sub = (io ? "" : "regions per 88 FR 73458 / 89 FR 96790; dashed line: non-datacenter parts are not 3A090 below TPP 4800; ")
            + notPlotted.size() + " parts without a known TPP and " + (io ? "I/O" : "density") + " not plotted (listed in the caption file); "
            + date + "; catalog " + c.version();
        chart.addSubtitle(new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));

        // lay the labels out in pixels: render once to learn the data area, then place them clear of each other
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height), info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        List<java.awt.geom.Rectangle2D> fixed = new ArrayList<>();
        for (XYTextAnnotation t : regionTexts) {
            java.awt.FontMetrics fm = g.getFontMetrics(t.getFont());
            double px = xAxis.valueToJava2D(t.getX(), area, RectangleEdge.BOTTOM);
            double py = yAxis.valueToJava2D(t.getY(), area, RectangleEdge.LEFT);
            fixed.add(new java.awt.geom.Rectangle2D.Double(px, py - fm.getAscent() - fm.getDescent(), fm.stringWidth(t.getText()), fm.getAscent() + fm.getDescent()));
        }
        java.awt.FontMetrics fm = g.getFontMetrics(LABEL_FONT);
        List<LabelLayout.Item> items = new ArrayList<>();
        for (int i = 0; i < plotted.size(); i++) {
            String text = label(plotted.get(i));
            items.add(new LabelLayout.Item(text, xAxis.valueToJava2D(xy.get(i)[0], area, RectangleEdge.BOTTOM),
                yAxis.valueToJava2D(xy.get(i)[1], area, RectangleEdge.LEFT), fm.stringWidth(text), fm.getAscent() + fm.getDescent()));
        }
        g.dispose();
        List<LabelLayout.Placed> placed = LabelLayout.place(items, area, fixed);
        for (LabelLayout.Placed p : placed) {
            double cx = xAxis.java2DToValue(p.box().getCenterX(), area, RectangleEdge.BOTTOM);
            double cy = yAxis.java2DToValue(p.box().getCenterY(), area, RectangleEdge.LEFT);
            XYTextAnnotation t = new XYTextAnnotation(p.item().text(), cx, cy);
            t.setFont(LABEL_FONT);
            t.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(t);
            if (p.leader()) {
                java.awt.geom.Point2D a = p.anchor();
                plot.addAnnotation(new XYLineAnnotation(xAxis.java2DToValue(p.item().x(), area, RectangleEdge.BOTTOM),
                    yAxis.java2DToValue(p.item().y(), area, RectangleEdge.LEFT), xAxis.java2DToValue(a.getX(), area, RectangleEdge.BOTTOM),
                    yAxis.java2DToValue(a.getY(), area, RectangleEdge.LEFT), new BasicStroke(0.6f), new Color(0x888888)));
            }
        }
        StringBuilder caption = new StringBuilder(title).append('\n').append(sub).append("\n\n")
            .append(notPlotted.size()).append(" accelerators not plotted:\n");
        notPlotted.forEach(n -> caption.append("  ").append(n).append('\n'));
        return new Drawn(chart, placed, notPlotted, caption.toString());
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

    private static LogAxis axis(String label, double lo, double hi) {
        return new OneTwoFiveLogAxis(label, lo, hi);
    }

    private static XYTextAnnotation region(XYPlot plot, double x0, double x1, double y0, double y1, Color fill, String text, double tx, double ty) {
        plot.addAnnotation(new XYBoxAnnotation(x0, y0, x1, y1, new BasicStroke(0.5f), fill.darker(), fill));
        XYTextAnnotation t = new XYTextAnnotation(text, tx, ty);
        t.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        t.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        t.setPaint(new Color(fill.getRed(), fill.getGreen(), fill.getBlue()).darker().darker());
        plot.addAnnotation(t);
        return t;
    }

    private static String label(Part p) {
        String n = p.aliases().isEmpty() ? p.name() : p.aliases().get(0);
        return n.length() > 16 ? n.substring(0, 15) + "…" : n;
    }
}
