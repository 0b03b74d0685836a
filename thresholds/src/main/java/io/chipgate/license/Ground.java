package io.chipgate.license;

/**
 * A ground on which the advanced-computing rules require a licence, with its CFR paragraph and the operative
 * text as quoted from the CFR (eCFR 2024–2026 issues). Whether it is enforced on a date is the {@link BasisStatus} of the
 * {@link Basis} that applies it.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Ground {
    /** 3A090.a (2022 text) and 4A090 to China, and Macau from 2023-01-17 (87 FR 62186; 88 FR 2821). */
    CHINA_2022("15 CFR 742.6(a)(6) (2022 text; the paragraph's verbatim wording is UNCONFIRMED)",
        "Licence required for ECCN 3A090 (2022 text: interconnect ≥ 600 GB/s and TPP ≥ 4800) and 4A090 items to China; "
            + "Macau added from 2023-01-17 (88 FR 2821)."),
    /** § 742.6(a)(6)(iii): 3A090/4A090 .a/.b to D:1, D:4, D:5 except A:5/A:6 (and destinations named for .b). */
    DESTINATION("15 CFR 742.6(a)(6)(iii)",
        "\"A license is required for items specified in ECCNs 3A001.z; 3A090; … 4A090; … being exported, reexported, or "
            + "transferred (in-country) to or within a destination specified in Country Groups D:1, D:4, and D:5, excluding "
            + "destinations also specified in Country Groups A:5 or A:6\" (2024 text)."),
    /** § 742.6(a)(6)(i)(B): 3A090.c to Macau or D:5. */
    HBM_DESTINATION("15 CFR 742.6(a)(6)(i)(B)",
        "\"A license is required for items specified in ECCNs 3A090.c, 3D001 (for 3A090.c), and 3E001 (for 3A090.c) when "
            + "exported, reexported, or transferred (in-country) to or within Macau or a destination specified in Country Group D:5\"."),
    /** § 744.23(a)(3): entities headquartered in Macau or D:5, wherever located, from 2023-11-17. */
    HEADQUARTERS("15 CFR 744.23(a)(3)",
        "\"Any item subject to the EAR and specified in ECCN 3A001.z, 3A090, … 4A090, … destined to any destination other than "
            + "those specified in Country Groups D:1, D:4, or D:5 (excluding any destination also specified in Country Groups A:5 "
            + "or A:6) for an entity that is headquartered in, or whose ultimate parent company is headquartered in, either Macau "
            + "or a destination specified in Country Group D:5\"."),
    /** § 742.6(a)(6)(iii)(A) as written by the AI-diffusion rule: 3A090.a/4A090.a worldwide; not enforced. */
    AI_DIFFUSION_WORLDWIDE("15 CFR 742.6(a)(6)(iii)(A) (90 FR 4544)",
        "\"A license is required to export, reexport, or transfer (in-country) items specified in ECCNs … 3A090.a; … 4A090.a; … "
            + "to or within any destination worldwide.\""),
    /**
     * 91 FR 43034 (effective 2026-07-10 as reported): the UAE moves to Country Group A:5, and licences are kept for
     * advanced computing items to the UAE except the licence-free treatment of the UAE Government and approved entities.
     */
    UAE_2026("91 FR 43034 (UAE: advanced computing items; effective 2026-07-10 as reported)",
        "The UAE leaves Country Groups D:3 and D:4 and joins A:5; licence-free treatment for advanced computing items only for the "
            + "UAE Government and the approved entities the rule lists in a supplement (some with end dates); licences otherwise kept "
            + "for 3A090/4A090 items to the UAE (as reported; the rule text was not read here)."),
    /**
     * A party of the shipment on a Commerce list of the Consolidated Screening List: the Entity List (§ 744.11, the
     * entry's licence requirement and review policy), the Denied Persons List (a denial order: no export), the Military
     * End User List (§ 744.21, items of supplement no. 2 to part 744). Unverified List parties bar licence exceptions
     * (§ 744.15) without a licence requirement of their own; OFAC and State lists are outside the EAR and are stated as
     * flags. The basis carries the entry's own text.
     */
    PARTY_LISTING("15 CFR 744.11 / 744.21 / 764.3 (a listed party)",
        "A party to the transaction is listed: the Entity List entry's licence requirement and review policy apply (no licence "
            + "exceptions unless the entry allows them); a Denied Persons List party may not take part in any export; a "
            + "Military End User List party needs a licence for the items of supplement no. 2 to part 744."),
    /** 15 CFR part 746: embargoes and sanctions (Cuba, North Korea, Iran, Syria, Russia, Belarus, covered regions of Ukraine). */
    EMBARGO("15 CFR part 746",
        "Part 746 requires a licence for the destination (the section named in the basis); chipgate does not assess part 746 "
            + "beyond that fact. License Exceptions NAC and ACA are barred (\"No exports, reexports, or transfers (in-country) may "
            + "be made under License Exception NAC or ACA that are subject to a license requirement under part 744 or 746 of the "
            + "EAR\", § 740.8(b)) and so are the other licence exceptions (§ 740.2(a))."),
    /**
     * A licence requirement imposed on a named company by notice and reported in its filing, for the products it
     * names ({@link ReportedRequirements}; not regulatory text). The basis carries the filing's own text.
     */
    REPORTED_REQUIREMENT("'is informed' notice reported in a company filing (REPORTED)",
        "A licence requirement the US Government imposed on a named company by notice, for the products the company's filing "
            + "names; the notice is not public and the filing is the only source."),
    /** The reported "is informed" letters of 2025-04-09 under § 744.23(b) (not regulatory text). */
    INFORMED_LETTERS("15 CFR 744.23(b) ('is informed' letters, REPORTED)",
        "The USG \"requires a license for export to China (including Hong Kong and Macau) and D:5 countries, or to companies "
            + "headquartered or with an ultimate parent therein, of the Company's H20 integrated circuits and any other circuits "
            + "achieving the H20's memory bandwidth, interconnect bandwidth, or combination thereof\" (NVIDIA 8-K); criteria as "
            + "reported: DRAM bandwidth ≥ 1,400 GB/s, or I/O ≥ 1,100 GB/s, or both together ≥ 1,700 GB/s.");

    private final String paragraph;
    private final String text;

    Ground(String paragraph, String text) {
        this.paragraph = paragraph;
        this.text = text;
    }

    /** {@return the CFR paragraph, e.g. "15 CFR 742.6(a)(6)(iii)"} */
    public String paragraph() {
        return paragraph;
    }

    /** {@return the operative text as quoted from the CFR (elisions marked …)} */
    public String text() {
        return text;
    }
}
