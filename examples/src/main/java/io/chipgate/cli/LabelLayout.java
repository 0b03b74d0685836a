package io.chipgate.cli;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Places point labels on a chart without overlaps: each label tries positions around its point, nearest first (above,
 * below, right, left, then the diagonals, at growing distances), and takes the first whose box stays inside the plot
 * and meets no label already placed, no point marker and no fixed text. A label placed away from its point gets a leader
 * line. Works in pixels (Java2D space); pure, so that a test can check the boxes.
 */
final class LabelLayout {
    /** Half the side of the square around a point that labels keep clear of. */
    static final double MARKER = 4;
    private static final double[] RADII = {3, 10, 18, 28, 40, 55, 72, 92, 115, 140, 170};
    /** Up to this distance the label reads as its point's without a leader line. */
    static final double NO_LEADER = 10;
    /** Space kept between two labels, in pixels. */
    static final double GAP = 2;

    /** A label to place: its point in pixels and its size. */
    record Item(String text, double x, double y, double width, double height) {
    }

    /** A placed label: its box (pixels), whether it needs a leader line, and its point. */
    record Placed(Item item, Rectangle2D box, boolean leader) {
        /** Where a leader line meets the box: the box point nearest the label's point. */
        Point2D anchor() {
            double x = Math.max(box.getMinX(), Math.min(item.x(), box.getMaxX()));
            double y = Math.max(box.getMinY(), Math.min(item.y(), box.getMaxY()));
            return new Point2D.Double(x, y);
        }
    }

    private LabelLayout() {
    }

    static List<Placed> place(List<Item> items, Rectangle2D area, List<Rectangle2D> fixed) {
        List<Rectangle2D> markers = new ArrayList<>();
        items.forEach(i -> markers.add(new Rectangle2D.Double(i.x() - MARKER, i.y() - MARKER, 2 * MARKER, 2 * MARKER)));
        List<Rectangle2D> taken = new ArrayList<>(fixed);
        List<Placed> out = new ArrayList<>();
        // crowded points first: those with the most neighbours within 60 px choose before the space is used up
        ToDoubleFunction<Item> crowd = i -> items.stream().filter(o -> Math.hypot(o.x() - i.x(), o.y() - i.y()) < 60).count();
        List<Item> order = new ArrayList<>(items);
        order.sort(Comparator.comparingDouble(crowd).reversed().thenComparingDouble(Item::x));
        for (Item i : order) {
            Rectangle2D chosen = null;
            double chosenRadius = 0;
            search:
            for (double r : RADII) {
                for (Rectangle2D box : candidates(i, r)) {
                    if (fits(box, area, taken, markers)) {
                        chosen = box;
                        chosenRadius = r;
                        break search;
                    }
                }
            }
            if (chosen == null) {
                chosen = candidates(i, RADII[0]).get(0);
                chosenRadius = RADII[0];
            }
            taken.add(chosen);
            out.add(new Placed(i, chosen, chosenRadius > NO_LEADER));
        }
        return out;
    }

    private static List<Rectangle2D> candidates(Item i, double r) {
        double w = i.width();
        double h = i.height();
        double m = MARKER + r;
        return List.of(
            new Rectangle2D.Double(i.x() - w / 2, i.y() - m - h, w, h),   // above
            new Rectangle2D.Double(i.x() - w / 2, i.y() + m, w, h),       // below
            new Rectangle2D.Double(i.x() + m, i.y() - h / 2, w, h),       // right
            new Rectangle2D.Double(i.x() - m - w, i.y() - h / 2, w, h),   // left
            new Rectangle2D.Double(i.x() + m * 0.7, i.y() - m * 0.7 - h, w, h),       // above right
            new Rectangle2D.Double(i.x() - m * 0.7 - w, i.y() - m * 0.7 - h, w, h),   // above left
            new Rectangle2D.Double(i.x() + m * 0.7, i.y() + m * 0.7, w, h),           // below right
            new Rectangle2D.Double(i.x() - m * 0.7 - w, i.y() + m * 0.7, w, h));      // below left
    }

    private static boolean fits(Rectangle2D box, Rectangle2D area, List<Rectangle2D> taken, List<Rectangle2D> markers) {
        if (!area.contains(box)) {
            return false;
        }
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP, box.getHeight() + 2 * GAP);
        for (Rectangle2D t : taken) {
            if (t.intersects(padded)) {
                return false;
            }
        }
        for (Rectangle2D m : markers) {
            if (m.intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
