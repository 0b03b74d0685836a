package io.chipgate.regime;

import java.time.LocalDate;

/**
 * The instruments the built-in regimes come from, with their citations as given in the project's digest of
 * the rules (docs/regulations and shared reference). Where an instrument is not Federal Register text, its
 * title says so.
 */
public final class Instruments {
    private Instruments() {
    }

    /** Oct 2022 interim final rule: first ECCN 3A090 (interconnect and compute). */
    public static final Instrument ACS_2022 = Instrument.of("87 FR 62186", "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor Manufacturing Items; "
            + "Supercomputer and Semiconductor End Use; Entity List Modification",
        "15 CFR part 774, Supp. No. 1, ECCN 3A090.a (2022 text)")
        .withFrDoc("2022-21658")
        .withPublished(LocalDate.of(2022, 10, 13))
        .withUrl("https://www.federalregister.gov/documents/2022/10/13/2022-21658");

    /** Jan 2023 rule adding Macau to the 2022 destinations. */
    public static final Instrument MACAU_2023 = Instrument.of("88 FR 2821", "Addition of Macau to the advanced computing destination scope",
        "15 CFR 742.6(a)(6)")
        .withFrDoc("2023-00888")
        .withPublished(LocalDate.of(2023, 1, 18));

    /** Oct 2023 AC/S interim final rule: TPP and performance density. */
    public static final Instrument ACS_2023 = Instrument.of("88 FR 73458", "Implementation of Additional Export Controls: Certain Advanced Computing Items; Supercomputer and "
            + "Semiconductor End Use; Updates and Corrections",
        "15 CFR part 774, Supp. No. 1, ECCN 3A090.a and .b; § 740.8 (NAC); § 742.6(a)(6)(iii)")
        .withFrDoc("2023-23055")
        .withPublished(LocalDate.of(2023, 10, 25))
        .withUrl("https://www.federalregister.gov/documents/2023/10/25/2023-23055");

    /** Apr 2024 corrections rule: NAC split into NAC and ACA. */
    public static final Instrument CORRECTIONS_2024 = Instrument.of("89 FR 23876", "Implementation of Additional Export Controls: Certain Advanced Computing Items; Supercomputer and "
            + "Semiconductor End Use; Updates and Corrections; and Export Controls on Semiconductor Manufacturing Items; "
            + "Corrections and Clarifications",
        "15 CFR 740.8 (License Exceptions NAC and ACA)")
        .withFrDoc("2024-07004")
        .withPublished(LocalDate.of(2024, 4, 4));

    /** Dec 2024 FDP/HBM interim final rule: 3A090.c. */
    public static final Instrument HBM_2024 = Instrument.of("89 FR 96790", "Foreign-Produced Direct Product Rule Additions, and Refinements to Controls for Advanced Computing and "
            + "Semiconductor Manufacturing Items",
        "15 CFR part 774, Supp. No. 1, ECCN 3A090.c; § 740.25 (License Exception HBM); § 742.6(a)(6)(i)(B)")
        .withFrDoc("2024-28270")
        .withPublished(LocalDate.of(2024, 12, 5))
        .withUrl("https://www.federalregister.gov/documents/2024/12/05/2024-28270");

    /** Jan 2025 Framework for Artificial Intelligence Diffusion. */
    public static final Instrument AI_DIFFUSION_2025 = Instrument.of("90 FR 4544", "Framework for Artificial Intelligence Diffusion",
        "15 CFR 742.6(a)(6)(iii)(A) and (b)(10)(iii); § 740.27 (AIA); § 740.29 (LPP)")
        .withFrDoc("2025-00636")
        .withPublished(LocalDate.of(2025, 1, 15))
        .withUrl("https://www.federalregister.gov/documents/2025/01/15/2025-00636");

    /** Jan 2025 foundry / OSAT due-diligence rule. */
    public static final Instrument FOUNDRY_2025 = Instrument.of("90 FR 5298", "Implementation of Additional Due Diligence Measures for Advanced Computing Integrated Circuits "
            + "(corrected by 90 FR 9604, FR Doc 2025-02655)",
        "15 CFR part 774, Supp. No. 1, Note 1 to ECCN 3A090.a; § 772.1")
        .withFrDoc("2025-00711")
        .withPublished(LocalDate.of(2025, 1, 16))
        .withUrl("https://www.federalregister.gov/documents/2025/01/16/2025-00711");

    /** NVIDIA's Form 8-K of 2025-04-15 reporting the "is informed" letter of 2025-04-09 (not FR text). */
    public static final Instrument H20_LETTER_2025 = Instrument.of("NVIDIA Form 8-K, 2025-04-15 (reported letter, not regulatory text)", "USG licence requirement for the H20 and circuits achieving its memory bandwidth, interconnect bandwidth "
            + "or a combination (§ 744.23(b) 'is informed' mechanism); criteria as reported by the Financial Times",
        "15 CFR 744.23(b)")
        .withPublished(LocalDate.of(2025, 4, 15))
        .withUrl("https://www.sec.gov/Archives/edgar/data/1045810/000104581025000082/nvda-20250409.htm");

    /** Jan 2026 final rule: licence review policy for advanced computing commodities to China and Macau. */
    public static final Instrument CHINA_REVIEW_2026 = Instrument.of("91 FR 1684", "Revision to License Review Policy for Advanced Computing Commodities",
        "15 CFR 742.6(b)(10)(iii)(A)(1); Supp. No. 2 to part 748, para. (dd)")
        .withFrDoc("2026-00789")
        .withPublished(LocalDate.of(2026, 1, 15))
        .withUrl("https://www.federalregister.gov/documents/2026/01/15/2026-00789");
}
