package io.chipgate.screening;

import io.chipgate.license.LicenseOption;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import io.chipgate.regime.Quota;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a screening found, accumulated line by line: counts of lines, licences required, unknown answers by reason,
 * usable licence exceptions, notifications to file, and totals per destination and per consignee and calendar
 * year against the AI-diffusion caps as written (90 FR 4544; NOT ENFORCED since 2025-05-13: flagged, never
 * counted as a licence requirement).
 *
 * <p>Memory grows with the number of distinct destinations and consignees, not with the number of lines. Keys
 * are sorted, so the same lines give the same summary in the same order.
 *
 * <p>This class is mutable and not thread-safe: one per run.
 */
public final class ScreeningSummary {
    /** The caps as written: the country allocation, LPP per consignee per year, the AIA reporting line. */
    public static final String NOT_ENFORCED = "AI-diffusion caps as written (90 FR 4544): NOT ENFORCED since 2025-05-13 — shown, "
        + "never counted as a licence requirement";

    private long lines;
    private long invalid;
    private long licencesRequired;
    private long unknown;
    private long needingAction;
    private long notifications;
    private final Map<Action, Long> byAction = new TreeMap<>();
    private final Map<String, Long> unknownWhy = new TreeMap<>();
    private final Map<String, Long> exceptions = new TreeMap<>();
    private final Map<String, Total> byDestination = new TreeMap<>();
    /** The same totals found by hash, line after line (the sorted maps are what is read). */
    private final Map<String, Total> destinationIndex = new java.util.HashMap<>();
    private final Map<String, Total> consigneeIndex = new java.util.HashMap<>();
    private final Map<String, Total> byConsignee = new TreeMap<>();

    /** An empty summary. */
    public ScreeningSummary() {
    }

    /**
     * Adds a decided line.
     *
     * @param l the screened line, not null
     */
    public void add(ScreenedLine l) {
        Objects.requireNonNull(l, "l");
        lines++;
        Tri r = l.licenseRequired();
        if (r == Tri.TRUE) {
            licencesRequired++;
        } else if (r == Tri.UNKNOWN) {
            unknown++;
            for (String why : l.unknownBecause()) {
                unknownWhy.merge(category(why), 1L, Long::sum);
            }
        }
        if (l.needsAction()) {
            needingAction++;
        }
        byAction.merge(l.action(), 1L, Long::sum);
        if (r != Tri.FALSE) {
            boolean notify = false;
            for (LicenseOption o : l.usableExceptions()) {
                exceptions.merge(o.code() + " (available: " + o.available().label() + ")", 1L, Long::sum);
                notify |= !o.notification().isEmpty();
            }
            if (notify) {
                notifications++;
            }
        }
        String dest = l.order().shipment().destination().code();
        total(destinationIndex, byDestination, dest).add(l);
        String consignee = l.order().consignee().isEmpty() ? "(consignee not given)" : l.order().consignee();
        total(consigneeIndex, byConsignee, consignee + " · " + l.order().shipment().date().getYear()).add(l);
    }

    /** The total of a key, made (and put in both maps) the first time. */
    private static Total total(Map<String, Total> index, Map<String, Total> sorted, String key) {
        Total t = index.get(key);
        if (t == null) {
            t = new Total(key);
            index.put(key, t);
            sorted.put(key, t);
        }
        return t;
    }

    /** Counts a line that was not screened because it is invalid. */
    public void addInvalid() {
        invalid++;
    }

    private static String category(String why) {
        if (why.startsWith("the readings of the law disagree")) {
            return "the readings of the law disagree";
        }
        if (why.startsWith("missing: the end user's headquarters")) {
            return "the end user's headquarters not given";
        }
        if (why.startsWith("missing for ")) {
            return "classification inputs missing from the catalog";
        }
        return "a ground may apply on the facts given";
    }

    /** {@return lines decided} */
    public long lines() {
        return lines;
    }

    /** {@return lines not decided because invalid (with --skip-invalid)} */
    public long invalid() {
        return invalid;
    }

    /** {@return lines needing a licence as enforced} */
    public long licencesRequired() {
        return licencesRequired;
    }

    /** {@return lines whose answer on whether a licence is required is unknown} */
    public long unknown() {
        return unknown;
    }

    /** {@return lines that ask something of the exporter: a licence, an exception, or resolving an unknown} */
    public long needingAction() {
        return needingAction;
    }

    /** {@return lines whose usable licence exception needs a prior notification (NAC) if it is used} */
    public long notifications() {
        return notifications;
    }

    /** {@return lines per action, in the order of {@link Action}} */
    public Map<Action, Long> byAction() {
        return Collections.unmodifiableMap(byAction);
    }

    /** {@return unknown lines per reason (a line may have several)} */
    public Map<String, Long> unknownReasons() {
        return Collections.unmodifiableMap(unknownWhy);
    }

    /**
     * {@return lines needing a licence (or unknown) for which each licence exception may be usable, by code and
     * availability}
     */
    public Map<String, Long> exceptionsUsable() {
        return Collections.unmodifiableMap(exceptions);
    }

    /**
     * Totals per destination (ISO code), sorted.
     *
     * @return the totals per destination, by ISO code in alphabetical order
     */
    public Map<String, Total> byDestination() {
        return Collections.unmodifiableMap(byDestination);
    }

    /**
     * Totals per consignee and calendar year ("consignee · 2025"), sorted.
     *
     * @return the totals per consignee and year, in alphabetical order
     */
    public Map<String, Total> byConsignee() {
        return Collections.unmodifiableMap(byConsignee);
    }

    /**
     * The lines of one destination or one consignee-year: counts and the TPP of their 3A090.a/4A090.a ICs under the
     * AI-diffusion rule as written, with its share of each cap.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Total {
        private final String key;
        private long lines;
        private long units;
        private long licencesRequired;
        private long unknown;
        private Figure capTpp = Figure.known(Exact.ZERO);

        Total(String key) {
            this.key = key;
        }

        void add(ScreenedLine l) {
            lines++;
            units += l.order().shipment().quantity();
            if (l.licenseRequired() == Tri.TRUE) {
                licencesRequired++;
            } else if (l.licenseRequired() == Tri.UNKNOWN) {
                unknown++;
            }
            capTpp = capTpp.plus(l.capTpp());
        }

        /** {@return the destination's ISO code, or the consignee and year ("consignee · 2025"), this total is for} */
        public String key() {
            return key;
        }

        /** {@return lines of this group} */
        public long lines() {
            return lines;
        }

        /** {@return units shipped in the lines of this group} */
        public long units() {
            return units;
        }

        /** {@return lines of this group needing a licence as enforced} */
        public long licencesRequired() {
            return licencesRequired;
        }

        /** {@return lines of this group whose answer is unknown} */
        public long unknown() {
            return unknown;
        }

        /**
         * {@return TPP of the 3A090.a/4A090.a ICs (systems expanded), as written; bounded when a classification is
         * indeterminate}
         */
        public Figure capTpp() {
            return capTpp;
        }

        /**
         * {@return whether the TPP exceeds each cap ({@link Quota#caps()}): TRUE, FALSE, or UNKNOWN when the TPP is not
         * known exactly}
         */
        public Map<String, Tri> over() {
            Map<String, Tri> m = new LinkedHashMap<>();
            Quota.caps().forEach((name, cap) -> m.put(name, capTpp.greaterThan(cap)));
            return m;
        }

        /** {@return the share of each cap (0.5 = half), exact when the TPP is known} */
        public Map<String, Figure> shares() {
            Map<String, Figure> m = new LinkedHashMap<>();
            Quota.caps().forEach((name, cap) -> m.put(name, capTpp.dividedBy(Figure.known(cap))));
            return m;
        }

        /**
         * {@return the share of a cap as a percentage with up to 4 decimals, or "unknown"}
         *
         * @param cap the cap's TPP, above 0, not null
         */
        public String percentOf(BigDecimal cap) {
            Figure f = capTpp.dividedBy(Figure.known(cap));
            return f.value().map(v -> v.multiply(BigDecimal.valueOf(100)).round(4).stripTrailingZeros().toPlainString() + "%")
                .orElse("unknown");
        }
    }
}
