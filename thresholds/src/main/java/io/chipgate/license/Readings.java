package io.chipgate.license;

import java.util.List;

/**
 * The built-in {@link Question}s a licence determination may meet, each with its readings and sources. Adding an
 * ambiguity means adding a question here (or a dated change with an unknown date to the country-group data) and
 * asking it where the rule is evaluated; the combination of readings and the agreement test are generic.
 *
 * <p>Questions about a country-group change whose date is known only within a window are made from the
 * {@link CountryGroups} data (ids {@code group-change:CC:GROUP}). The max-over-precisions reading of TPP is not a
 * question: it is the text's own definition and stated on every determination as {@link #TPP_NOTE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Readings {
    private Readings() {
    }

    /** Standing note on every determination: how TPP is read. */
    public static final String TPP_NOTE = "TPP is read as the maximum over the precisions the part supports of 2 × MacTOPS × bit length "
        + "of the operation, with dense (not sparse) rates, aggregated over all processing units (Technical Note 2 to 3A090.a and "
        + "3A090.b; 88 FR 73458)";

    /**
     * For 3A090.a/4A090.a items from 2025-05-15, as enforced: which country-group table the pre-2025 destination
     * scope of § 742.6(a)(6)(iii) uses, now that BIS does not enforce the worldwide requirement the AI-diffusion rule
     * wrote in its place.
     */
    public static final Question FALLBACK_TABLE = question("fallback-table",
        "As enforced after 2025-05-13, which country-group table does the pre-2025 destination scope for 3A090.a/4A090.a items use?",
        reading("fallback-table", "table-on-date", "the Supplement No. 1 to part 740 in force on the shipment date",
            "BIS press release of 2025-05-13 (not enforcing 90 FR 4544); law-firm reading that the posture restores the earlier text [S]"),
        reading("fallback-table", "table-before-2025", "the Supplement No. 1 to part 740 as it stood on 2025-01-12, the day before 90 FR 4544",
            "the scope BIS stopped enforcing replaced § 742.6(a)(6)(iii) as of 2025-01-12; no replacement rule found (eCFR 2026-07-23)"));

    /** The criteria of the "is informed" letters of 2025-04-09 (§ 744.23(b)), which are not public. */
    public static final Question INFORMED_CRITERIA = question("informed-criteria",
        "Which criteria do the 'is informed' letters of 2025-04-09 use?",
        reading("informed-criteria", "ft-reported", "DRAM bandwidth ≥ 1,400 GB/s, or I/O ≥ 1,100 GB/s, or both together ≥ 1,700 GB/s",
            "Financial Times report of a letter to Intel (April 2025) [S]; § 744.23(b)"),
        reading("informed-criteria", "h20-figures", "the H20's own figures, as NVIDIA's 8-K words it: memory bandwidth ≥ 4,000 GB/s, or "
                + "interconnect ≥ 900 GB/s, or their combination ≥ 4,900 GB/s",
            "NVIDIA Form 8-K of 2025-04-15 (\"H20 integrated circuits and any other circuits achieving the H20's memory bandwidth, "
                + "interconnect bandwidth, or combination thereof\"); H20 figures from NVIDIA's H20 datasheet"));

    /** Whether the letters reach a part of a vendor not reported to have received one. */
    public static final Question INFORMED_RECIPIENT = question("informed-recipient",
        "Did an 'is informed' letter reach this part's vendor? (Reported recipients: NVIDIA, AMD, Intel.)",
        reading("informed-recipient", "not-informed", "the vendor received no letter; § 744.23(b) binds only the persons informed",
            "15 CFR 744.23(b) (\"BIS may inform persons, either individually by specific notice …\")"),
        reading("informed-recipient", "informed", "the vendor received a letter like those reported",
            "letters are not public; recipients reported: NVIDIA (8-K 2025-04-15), AMD (MI308, reported charge), Intel (FT) [S]"));

    /** How the January 2026 China/Macau review box applies to a board or system of several ICs. */
    public static final Question CHINA_BOX_SYSTEM = question("china-box-system",
        "Does the 2026 China/Macau review box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s) test each IC or the whole system?",
        reading("china-box-system", "per-ic", "each integrated circuit the system contains is tested",
            "91 FR 1684: \"advanced computing commodities with a TPP less than 21,000 (as defined in Technical Note 2 to 3A090.a and "
                + "3A090.b)\" — TPP is defined per integrated circuit"),
        reading("china-box-system", "aggregate", "the system's aggregate TPP and total DRAM bandwidth are tested",
            "91 FR 1684 names commodities (4A090 computers included); 'total DRAM bandwidth' (supp. 2 to part 748 (dd)(1)) UNCONFIRMED"));

    /** {@return the built-in questions, in the order above} */
    public static List<Question> builtIn() {
        return List.of(FALLBACK_TABLE, INFORMED_CRITERIA, INFORMED_RECIPIENT, CHINA_BOX_SYSTEM);
    }

    private static Reading reading(String question, String id, String assumption, String citation) {
        return new Reading(id, question, assumption, citation);
    }

    private static Question question(String id, String text, Reading... readings) {
        return new Question(id, text, List.of(readings));
    }
}
