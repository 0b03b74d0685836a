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
import io.chipgate.metrics.Interpretation;
import io.chipgate.regime.Regime;
import java.awt.Stroke;
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
    "with --regime 3a090-2022 the TPP × I/O plane; with --regime china-review-2026 the TPP × total DRAM bandwidth plane",
    "of the January 2026 China/Macau licence review (the case-by-case box drawn from the rule's own lines).",
    "Writes PNG or SVG by the file's extension, and beside it FILE.caption.txt listing the parts not plotted.",
    "Other regimes have no such plane and are refused."})
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png or FILE.svg")
    Path out;

    @Option(names = "--regime", paramLabel = "ID", defaultValue = "3a090-2024", description = "3a090-2023, 3a090-2024 (default), 3a090-2022 or china-review-2026")
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

    /**
     * The regimes that have a plane to draw: the 2022 text's TPP × I/O plane, the 2023/2024 TPP × density plane and the
     * January 2026 China review's TPP × total DRAM bandwidth plane.
     */
    static final List<String> PLANES = List.of("3a090-2022", "3a090-2023", "3a090-2024", ChinaPlane.REGIME);

    /** The two figures a plane sets against each other. */
    enum Plane {
        /** TPP × performance density (3A090 from the 2023 text). */
        DENSITY,
        /** TPP × aggregate bidirectional I/O (3A090.a, 2022 text). */
        IO,
        /** TPP × total DRAM bandwidth (the January 2026 China review box). */
        DRAM;

        static Plane of(String regimeId) {
            return regimeId.equals("3a090-2022") ? IO : regimeId.equals(ChinaPlane.REGIME) ? DRAM : DENSITY;
        }
    }

    /**
     * A chart with its placed labels, the parts it could not plot and a caption naming them; for tests, the data area,
     * the boxes around the lines drawn across it (with their clearance) and the boxes of the regions' texts, in pixels.
     */
    record Drawn(JFreeChart chart, List<LabelLayout.Placed> labels, List<String> notPlotted, String caption,
                 java.awt.geom.Rectangle2D dataArea, List<java.awt.geom.Rectangle2D> lines, List<java.awt.geom.Rectangle2D> regionTexts) {
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
        Plane kind = Plane.of(id);
        boolean io = kind == Plane.IO;
        boolean dram = kind == Plane.DRAM;
        Regime regime = Regimes.byId(id);
        List<Part> plotted = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        List<String> notPlotted = new ArrayList<>();
        XYSeriesCollection data = new XYSeriesCollection();
        List<XYSeries> series = new ArrayList<>();
        if (dram) {
            ChinaPlane.SERIES.forEach(name -> series.add(new XYSeries(name, false, true)));
        } else {
            series.add(new XYSeries(io ? "accelerators (I/O = sum of listed links, memory excluded)" : "designed/marketed for datacenters", false, true));
            if (!io) {
                series.add(new XYSeries("not for datacenters (Note: free below TPP 4800)", false, true));
                series.add(new XYSeries("datacenter designation unknown", false, true));
            }
        }
        String yName = io ? "I/O" : dram ? "DRAM bandwidth" : "performance density";
        for (Part p : c.byKind(PartKind.ACCELERATOR)) {
            PartMetrics m = PartMetrics.of(p);
            Figure t = m.tpp();
            Figure y = io ? m.ioBidirectionalGBs() : dram ? m.memoryBandwidthGBs() : m.performanceDensity();
            if (!t.isKnown() || !y.isKnown() || t.value().get().signum() <= 0 || y.value().get().signum() <= 0) {
                List<String> missing = new ArrayList<>();
                if (!t.isKnown() || t.value().get().signum() <= 0) {
                    missing.add("TPP");
                }
                if (!y.isKnown() || y.value().get().signum() <= 0) {
                    missing.add(yName + (y.upper().isPresent() ? " (only a bound: " + Reports.show(y, 2) + ")" : ""));
                }
                notPlotted.add(p.id() + " (" + p.vendor() + " " + p.name() + "): no known " + String.join(" or ", missing));
                continue;
            }
            double x = t.value().get().doubleValue();
            double v = y.value().get().doubleValue();
            XYSeries s;
            if (dram) {
                s = series.get(ChinaPlane.series(regime.classify(p, Interpretation.defaults(), date, c::find).outcome()));
            } else {
                s = io ? series.get(0) : series.get(p.datacenter().map(b -> b ? 0 : 1).orElse(2));
            }
            s.add(x, v);
            plotted.add(p);
            xy.add(new double[] {x, v});
        }
        series.forEach(data::addSeries);
        // the axes reach every plotted point: a point off the axes would leave its label without it
        double[] xr = range(xy, 0, 300, 120000);
        double[] yr = range(xy, 1, io ? 20 : dram ? 50 : 0.5, io ? 5000 : dram ? 20000 : 120);
        LogAxis xAxis = axis(io ? "Σ bit length × TOPS (TPP), log scale" : "total processing performance (TPP), log scale", xr[0], xr[1]);
        LogAxis yAxis = axis(io ? "aggregate bidirectional I/O, GB/s, log scale" : dram ? "total DRAM bandwidth, GB/s, log scale"
            : "performance density (TPP ÷ non-planar logic die mm²), log scale", yr[0], yr[1]);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        List<Color> colours = dram ? ChinaPlane.COLOURS : List.of(DC, NON_DC, UNKNOWN);
        for (int i = 0; i < colours.size(); i++) {
            r.setSeriesPaint(i, colours.get(i));
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        List<XYTextAnnotation> regionTexts = new ArrayList<>();
        /** Lines drawn across the plot that labels keep clear of: {x0, y0, x1, y1} in data space. */
        List<double[]> lines = new ArrayList<>();
        String title;
        String sub;
        if (io) {
            regionTexts.add(region(plot, 4800, xr[1], 600, yr[1], new Color(214, 39, 40, 40), "3A090.a (2022): I/O ≥ 600 GB/s and TPP ≥ 4800", 5000, 4000));
            lines.add(new double[] {4800, 600, 4800, yr[1]});
            lines.add(new double[] {4800, 600, xr[1], 600});
            title = "ECCN 3A090.a, 2022 text (87 FR 62186) — catalog accelerators";
            sub = "";
        } else if (dram) {
            ChinaPlane box = ChinaPlane.of(regime);
            double bx = box.tpp().doubleValue();
            double by = box.dram().doubleValue();
            double scope = box.scopeTpp().doubleValue();
            Color in = new Color(44, 160, 44, 45);
            Color out = new Color(214, 39, 40, 30);
            // left of the scope line no item is 3A090.a/.b: the policy does not apply there, and nothing is shaded
            regionTexts.add(region(plot, scope, bx, yr[0], by, in, "case by case (with the certifications):", scope * 1.05, yr[0] * 1.6));
            regionTexts.add(text(plot, "TPP < " + OneTwoFiveLogAxis.label(box.tpp()) + ", DRAM < " + OneTwoFiveLogAxis.label(box.dram())
                + " GB/s", scope * 1.05, yr[0] * 1.15, in));
            regionTexts.add(region(plot, bx, xr[1], yr[0], yr[1], out, "presumption of denial", bx * 1.06, yr[0] * 1.15));
            region(plot, scope, bx, by, yr[1], out, null, 0, 0);
            regionTexts.add(text(plot, "presumption of denial", scope * 1.05, by * 1.12, out));
            Stroke solid = new BasicStroke(1.6f);
            Color edge = new Color(0x2a6b2a);
            plot.addAnnotation(new XYLineAnnotation(bx, yr[0], bx, by, solid, edge));
            plot.addAnnotation(new XYLineAnnotation(scope, by, bx, by, solid, edge));
            lines.add(new double[] {bx, yr[0], bx, yr[1]});
            lines.add(new double[] {scope, by, xr[1], by});
            plot.addAnnotation(new XYLineAnnotation(scope, yr[0], scope, yr[1],
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), UNKNOWN));
            lines.add(new double[] {scope, yr[0], scope, yr[1]});
            regionTexts.add(text(plot, "below TPP " + OneTwoFiveLogAxis.label(box.scopeTpp()) + ": not 3A090.a/.b,", xr[0] * 1.06, yr[1] / 1.5, Color.GRAY));
            regionTexts.add(text(plot, "the policy does not apply", xr[0] * 1.06, yr[1] / 1.9, Color.GRAY));
            title = "China/Macau licence review, January 2026 (" + regime.instrument().citation() + ") — catalog accelerators";
            // the TPP line's paragraph; the DRAM line's definition (Supp. No. 2 to part 748) is in the caption file
            sub = "box of " + box.citation().split(";")[0] + "; colour: each part's outcome; ";
        } else {
            // regions of 3A090 (88 FR 73458; unchanged in the eCFR of 2026-07-23)
            regionTexts.add(region(plot, 4800, xr[1], yr[0], yr[1], new Color(214, 39, 40, 40), "3A090.a.1  TPP ≥ 4800", 7000, 0.7));
            Color a2 = new Color(255, 127, 14, 50);
            regionTexts.add(region(plot, 1600, 4800, 5.92, yr[1], a2, "3A090.a.2", 1650, 60));
            regionTexts.add(text(plot, "TPP ≥ 1600", 1650, 46, a2));
            regionTexts.add(text(plot, "PD ≥ 5.92", 1650, 35, a2));
            regionTexts.add(region(plot, 2400, 4800, 1.6, 5.92, new Color(188, 189, 34, 60), "3A090.b.1", 2450, 1.9));
            regionTexts.add(region(plot, 1600, 2400, 3.2, 5.92, new Color(148, 103, 189, 50), "3A090.b.2", 1650, 3.35));
            regionTexts.add(region(plot, 2400, 4800, 3.2, 5.92, new Color(148, 103, 189, 30), "b.1 ∩ b.2", 2450, 5.2));
            plot.addAnnotation(new XYLineAnnotation(4800, yr[0], 4800, yr[1],
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f), NON_DC));
            lines.add(new double[] {4800, yr[0], 4800, yr[1]});
            title = "ECCN 3A090 (" + id + ") — catalog accelerators";
            sub = "regions per 88 FR 73458 / 89 FR 96790; dashed line: non-datacenter parts are not 3A090 below TPP 4800; ";
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        sub += notPlotted.size() + " parts without a known TPP and " + (io ? "I/O" : dram ? "DRAM bandwidth" : "density")
            + " not plotted (listed in the caption file); " + date + "; catalog " + c.version();
        chart.addSubtitle(new TextTitle(sub, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));

        // lay the labels out in pixels: render once to learn the data area, then place them clear of each other
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height), info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        List<java.awt.geom.Rectangle2D> lineBoxes = new ArrayList<>();
        for (double[] l : lines) {
            double x0 = xAxis.valueToJava2D(l[0], area, RectangleEdge.BOTTOM);
            double y0 = yAxis.valueToJava2D(l[1], area, RectangleEdge.LEFT);
            double x1 = xAxis.valueToJava2D(l[2], area, RectangleEdge.BOTTOM);
            double y1 = yAxis.valueToJava2D(l[3], area, RectangleEdge.LEFT);
            lineBoxes.add(new java.awt.geom.Rectangle2D.Double(Math.min(x0, x1) - LINE_CLEARANCE, Math.min(y0, y1) - LINE_CLEARANCE,
                Math.abs(x1 - x0) + 2 * LINE_CLEARANCE, Math.abs(y1 - y0) + 2 * LINE_CLEARANCE));
        }
        List<java.awt.geom.Rectangle2D> fixed = new ArrayList<>();
        for (XYTextAnnotation t : regionTexts) {
            double px = xAxis.valueToJava2D(t.getX(), area, RectangleEdge.BOTTOM);
            double py = yAxis.valueToJava2D(t.getY(), area, RectangleEdge.LEFT);
            java.awt.geom.Rectangle2D box = textBox(g, t, px, py);
            // a wide TPP axis (the wafer-scale WSE-3 reaches 2,000,000) narrows a region: its text shrinks to stay clear
            // of the lines drawn across the plot rather than be crossed by one
            while (t.getFont().getSize() > MIN_REGION_FONT && crossesAny(box, lineBoxes)) {
                t.setFont(t.getFont().deriveFont((float) (t.getFont().getSize() - 1)));
                box = textBox(g, t, px, py);
            }
            fixed.add(box);
        }
        fixed.addAll(lineBoxes);
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
        StringBuilder caption = new StringBuilder(title).append('\n').append(sub).append(dram ? "\nbox: " + ChinaPlane.of(regime).citation() : "").append("\n\n")
            .append(notPlotted.size()).append(" accelerators not plotted:\n");
        notPlotted.forEach(n -> caption.append("  ").append(n).append('\n'));
        return new Drawn(chart, placed, notPlotted, caption.toString(), area, lineBoxes, List.copyOf(fixed.subList(0, regionTexts.size())));
    }

    /** The smallest font size (points) a region's text shrinks to when its region is too narrow for it. */
    static final int MIN_REGION_FONT = 8;

    private static java.awt.geom.Rectangle2D textBox(java.awt.Graphics2D g, XYTextAnnotation t, double px, double py) {
        java.awt.FontMetrics fm = g.getFontMetrics(t.getFont());
        return new java.awt.geom.Rectangle2D.Double(px, py - fm.getAscent() - fm.getDescent(), fm.stringWidth(t.getText()),
            fm.getAscent() + fm.getDescent());
    }

    private static boolean crossesAny(java.awt.geom.Rectangle2D box, List<java.awt.geom.Rectangle2D> lineBoxes) {
        return lineBoxes.stream().anyMatch(box::intersects);
    }

    /** Pixels kept between a label and a line drawn across the plot (a region's edge, the 4800 line). */
    static final double LINE_CLEARANCE = 2;

    /** An axis range in 1–2–5 steps that holds the defaults and every point's coordinate {@code k}, with a margin. */
    static double[] range(List<double[]> points, int k, double lower, double upper) {
        double lo = lower;
        double hi = upper;
        for (double[] p : points) {
            lo = Math.min(lo, OneTwoFiveLogAxis.atOrBelow(p[k] / 1.15));
            hi = Math.max(hi, OneTwoFiveLogAxis.atOrAbove(p[k] * 1.15));
        }
        return new double[] {lo, hi};
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
        return text == null ? null : text(plot, text, tx, ty, fill);
    }

    private static XYTextAnnotation text(XYPlot plot, String text, double tx, double ty, Color fill) {
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
