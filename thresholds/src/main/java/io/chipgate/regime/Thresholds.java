package io.chipgate.regime;

import static io.chipgate.regime.Quantity.IO_BIDIRECTIONAL;
import static io.chipgate.regime.Quantity.IO_PLUS_MEMORY_BANDWIDTH;
import static io.chipgate.regime.Quantity.MEMORY_BANDWIDTH;
import static io.chipgate.regime.Quantity.TPP;

import io.chipgate.metrics.Bandwidth;
import io.chipgate.metrics.MemoryBandwidthDensity;
import io.chipgate.metrics.PerformanceDensity;
import io.chipgate.metrics.TotalProcessingPerformance;
import io.chipgate.metrics.TransistorCount;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every line the built-in regimes draw, each with its paragraph and instrument. This is the one place where
 * 4800, 5.92, 600 GB/s and the other lines live; the regimes refer to these constants.
 *
 * <p>Texts: 87 FR 62186 (2022 3A090.a); 88 FR 73458 and the eCFR of 2026-07-23 (3A090.a/.b, unchanged since);
 * 89 FR 96790 (3A090.c, § 740.25); 90 FR 4544 (AI diffusion); 90 FR 5298 (Note 1 to 3A090.a); 91 FR 1684
 * (2026 review policy); the reported April 2025 letters are not regulatory text.
 */
public final class Thresholds {
    private Thresholds() {
    }

    // --- 2022: 3A090.a, interconnect AND compute ------------------------------------------------------------
    /** "aggregate bidirectional transfer rate over all inputs and outputs of 600 Gbyte/s or more to or from integrated circuits other than volatile memories". */
    public static final Threshold IO_2022 = Threshold.atLeast(IO_BIDIRECTIONAL, Bandwidth.ofGigabytesPerSecond("600"), "ECCN 3A090.a (2022)", Instruments.ACS_2022);
    /** "bit length per operation multiplied by processing performance measured in TOPS, aggregated over all processor units, of 4800 or more". */
    public static final Threshold TPP_2022 = Threshold.atLeast(TotalProcessingPerformance.of("4800"), "ECCN 3A090.a.1 (2022)", Instruments.ACS_2022);

    // --- 2023 onward: 3A090.a and .b --------------------------------------------------------------------------
    /** a.1: "A 'total processing performance' of 4800 or more". */
    public static final Threshold A1_TPP = Threshold.atLeast(TotalProcessingPerformance.of("4800"), "ECCN 3A090.a.1", Instruments.ACS_2023);
    /** a.2: "a 'total processing performance' of 1600 or more and ...". */
    public static final Threshold A2_TPP = Threshold.atLeast(TotalProcessingPerformance.of("1600"), "ECCN 3A090.a.2", Instruments.ACS_2023);
    /** a.2: "... and a 'performance density' of 5.92 or more". */
    public static final Threshold A2_PD = Threshold.atLeast(PerformanceDensity.of("5.92"), "ECCN 3A090.a.2", Instruments.ACS_2023);
    /** b.1: "'total processing performance' of 2400 or more ...". */
    public static final Threshold B1_TPP_LOW = Threshold.atLeast(TotalProcessingPerformance.of("2400"), "ECCN 3A090.b.1", Instruments.ACS_2023);
    /** b.1: "... and less than 4800 ...". */
    public static final Threshold B1_TPP_HIGH = Threshold.lessThan(TotalProcessingPerformance.of("4800"), "ECCN 3A090.b.1", Instruments.ACS_2023);
    /** b.1: "... 'performance density' of 1.6 or more ...". */
    public static final Threshold B1_PD_LOW = Threshold.atLeast(PerformanceDensity.of("1.6"), "ECCN 3A090.b.1", Instruments.ACS_2023);
    /** b.1: "... and less than 5.92". */
    public static final Threshold B1_PD_HIGH = Threshold.lessThan(PerformanceDensity.of("5.92"), "ECCN 3A090.b.1", Instruments.ACS_2023);
    /** b.2: "'total processing performance' of 1600 or more ...". */
    public static final Threshold B2_TPP = Threshold.atLeast(TotalProcessingPerformance.of("1600"), "ECCN 3A090.b.2", Instruments.ACS_2023);
    /** b.2: "... 'performance density' of 3.2 or more ...". */
    public static final Threshold B2_PD_LOW = Threshold.atLeast(PerformanceDensity.of("3.2"), "ECCN 3A090.b.2", Instruments.ACS_2023);
    /** b.2: "... and less than 5.92". */
    public static final Threshold B2_PD_HIGH = Threshold.lessThan(PerformanceDensity.of("5.92"), "ECCN 3A090.b.2", Instruments.ACS_2023);
    /** Note 2 to 3A090: not 3A090.a/.b if not designed or marketed for datacenters and TPP below 4800. */
    public static final Threshold NOTE_TPP = Threshold.lessThan(TotalProcessingPerformance.of("4800"), "Note 2 to ECCN 3A090 (datacenter note)", Instruments.ACS_2023);

    // --- Dec 2024: 3A090.c and License Exception HBM ----------------------------------------------------------
    /** 3A090.c: "a 'memory bandwidth density' greater than 2 gigabytes per second per square millimeter". */
    public static final Threshold HBM_C = Threshold.greaterThan(MemoryBandwidthDensity.of("2"), "ECCN 3A090.c", Instruments.HBM_2024);
    /** § 740.25(c): License Exception HBM "only ... if the 3A090.c item has a memory bandwidth density less than 3.3 GB/s/mm²". */
    public static final Threshold HBM_EXCEPTION = Threshold.lessThan(MemoryBandwidthDensity.of("3.3"), "15 CFR 740.25(c) (License Exception HBM)", Instruments.HBM_2024);

    // --- Jan 2025: foundry due diligence (Note 1 to 3A090.a) --------------------------------------------------
    /** Note 1.b/1.c to 3A090.a: "'aggregated approximated transistor count' of the final packaged IC is below 30 billion". */
    public static final Threshold FOUNDRY_30B = Threshold.lessThan(TransistorCount.of("30000000000"), "Note 1.b/1.c to ECCN 3A090.a (any year)", Instruments.FOUNDRY_2025);
    /** "... does not contain high-bandwidth memory and ... below (i) 35 billion transistors for any exports ... completed in 2027". */
    public static final Threshold FOUNDRY_35B_2027 = Threshold.lessThan(TransistorCount.of("35000000000"), "Note 1.b(b)(i) to ECCN 3A090.a (2027, no HBM)", Instruments.FOUNDRY_2025);
    /** "... (ii) 40 billion transistors for any exports ... completed in 2029 or thereafter". */
    public static final Threshold FOUNDRY_40B_2029 = Threshold.lessThan(TransistorCount.of("40000000000"), "Note 1.b(b)(ii) to ECCN 3A090.a (2029 on, no HBM)", Instruments.FOUNDRY_2025);

    // --- Apr 2025: reported "is informed" criteria (REPORTED, not regulatory text) ----------------------------
    /** Reported: "a total DRAM bandwidth of 1,400 gigabytes per second or more". */
    public static final Threshold INFORMED_DRAM = Threshold.atLeast(MEMORY_BANDWIDTH, Bandwidth.ofGigabytesPerSecond("1400"), "reported 'is informed' criterion (FT), § 744.23(b)", Instruments.H20_LETTER_2025);
    /** Reported: "input-output bandwidth of 1,100 GB/s or more". */
    public static final Threshold INFORMED_IO = Threshold.atLeast(IO_BIDIRECTIONAL, Bandwidth.ofGigabytesPerSecond("1100"), "reported 'is informed' criterion (FT), § 744.23(b)", Instruments.H20_LETTER_2025);
    /** Reported: "or a total of both together of 1,700 GB/s or more". */
    public static final Threshold INFORMED_SUM = Threshold.atLeast(IO_PLUS_MEMORY_BANDWIDTH, Bandwidth.ofGigabytesPerSecond("1700"), "reported 'is informed' criterion (FT), § 744.23(b)", Instruments.H20_LETTER_2025);

    /** Reading of NVIDIA's 8-K ("achieving the H20's memory bandwidth"): the H20's 4,000 GB/s HBM3 (NVIDIA H20 datasheet). */
    public static final Threshold INFORMED_8K_MEMORY = Threshold.atLeast(MEMORY_BANDWIDTH, Bandwidth.ofGigabytesPerSecond("4000"), "reading of the 'is informed' letters (NVIDIA 8-K wording, H20 figures), § 744.23(b)", Instruments.H20_LETTER_2025);
    /** Reading of NVIDIA's 8-K ("... interconnect bandwidth"): the H20's 900 GB/s NVLink (NVIDIA H20 datasheet). */
    public static final Threshold INFORMED_8K_IO = Threshold.atLeast(IO_BIDIRECTIONAL, Bandwidth.ofGigabytesPerSecond("900"), "reading of the 'is informed' letters (NVIDIA 8-K wording, H20 figures), § 744.23(b)", Instruments.H20_LETTER_2025);
    /** Reading of NVIDIA's 8-K ("... or combination thereof"): the sum of the H20's two figures, 4,900 GB/s. */
    public static final Threshold INFORMED_8K_SUM = Threshold.atLeast(IO_PLUS_MEMORY_BANDWIDTH, Bandwidth.ofGigabytesPerSecond("4900"), "reading of the 'is informed' letters (NVIDIA 8-K wording, H20 figures), § 744.23(b)", Instruments.H20_LETTER_2025);

    // --- Jan 2026: China / Macau licence-review box -----------------------------------------------------------
    /** "advanced computing commodities with a TPP less than 21,000". */
    public static final Threshold CHINA_TPP = Threshold.lessThan(TotalProcessingPerformance.of("21000"), "15 CFR 742.6(b)(10)(iii)(A)(1)", Instruments.CHINA_REVIEW_2026);
    /** "... and a 'total DRAM bandwidth' less than 6,500 GB/s". */
    public static final Threshold CHINA_DRAM = Threshold.lessThan(MEMORY_BANDWIDTH, Bandwidth.ofGigabytesPerSecond("6500"), "15 CFR 742.6(b)(10)(iii)(A)(1); Supp. No. 2 to part 748 (dd)(1)", Instruments.CHINA_REVIEW_2026);

    // --- Jan 2025: AI-diffusion caps (not lines on a part's figures, but on an order's total TPP) ----------------
    /** § 742.6(b)(10)(iii)(B)(1), 90 FR 4544: 790,000,000 TPP per country for 2025–2027. */
    public static final java.math.BigDecimal AI_DIFFUSION_COUNTRY_ALLOCATION_TPP = new java.math.BigDecimal("790000000");
    /** § 740.29 (LPP), 90 FR 4544, as reported by secondary sources: 26,900,000 TPP per ultimate consignee per calendar year (verbatim UNCONFIRMED). */
    public static final java.math.BigDecimal LPP_TPP_PER_YEAR = new java.math.BigDecimal("26900000");
    /** § 740.27 (AIA), 90 FR 4559: reporting when a consignee's cumulative TPP reaches 253,000,000. */
    public static final java.math.BigDecimal AIA_REPORTING_TPP = new java.math.BigDecimal("253000000");

    /** {@return every threshold declared here, in declaration order} */
    public static List<Threshold> all() {
        List<Threshold> out = new ArrayList<>();
        for (Field f : Thresholds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Threshold.class) {
                try {
                    out.add((Threshold) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
