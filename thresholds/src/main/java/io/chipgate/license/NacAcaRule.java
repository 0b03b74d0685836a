package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;
import java.util.EnumSet;
import java.util.List;

/**
 * License Exceptions NAC and ACA (§ 740.8), with the datacenter exclusion of § 740.8(a) and the bar of § 740.8(b).
 */
final class NacAcaRule implements ExceptionRule {

    /** A citation, made once. */
    private static final String CITE_NAC_2023 = "15 CFR 740.8; 3A090 License Exceptions paragraph; " + Instruments.ACS_2023;
    /** A citation, made once. */
    private static final String CITE_NO_NOTIFICATION_2023 = "15 CFR 740.8; " + Instruments.ACS_2023 + "; renamed ACA by " + Instruments.CORRECTIONS_2024;
    /** A citation, made once. */
    private static final String CITE_NAC = "15 CFR 740.8(a), (c); " + Instruments.CORRECTIONS_2024;
    /** A citation, made once. */
    private static final String CITE_ACA = "15 CFR 740.8(a); " + Instruments.CORRECTIONS_2024;
    @Override
    public void offer(Assessment.Run run, Tri blocked, Tri barred) {
        nacAca(run, blocked, barred);
    }

    static void nacAca(Assessment.Run run, Tri blocked, Tri barred) {
        EnumSet<Cat> controlled = EnumSet.copyOf(run.cats);
        controlled.retainAll(EnumSet.of(Cat.A, Cat.B));
        Tri isA = over(controlled, c -> Tri.of(c == Cat.A));
        Tri dc = run.datacenter();
        Tri eligible = isA.and(dc).not();
        final String exclusion = "§ 740.8(a) excludes \"items designed or marketed for use in a datacenter and meeting the parameters of 3A090.a\"";
        if (eligible == Tri.FALSE) {
            run.warn(LicenceNotice.Code.NAC_ACA_NOT_OFFERED, "License Exceptions NAC and ACA are not offered: " + exclusion);
            return;
        }
        if (blocked == Tri.TRUE) {
            run.warn(LicenceNotice.Code.NAC_ACA_NOT_OFFERED, "License Exceptions NAC and ACA are not offered: § 740.8(b) bars them where a part 744 licence requirement "
                + "applies other than § 744.23(a)(3) — here the reported § 744.23(b) letters");
            return;
        }
        String eligibility = eligible == Tri.TRUE ? "" : "; eligible only if not both 3A090.a and designed or marketed for "
            + "datacenters (" + (dc == Tri.UNKNOWN ? "datacenter designation unknown" : "paragraph unknown") + ")";
        String block = blocked == Tri.UNKNOWN ? "; not where " + (run.reportedRequires() == Tri.UNKNOWN
            ? "the reported § 744.23(b) letters" + (barred == Tri.UNKNOWN ? " or part 746" : "") : "part 746") + " apply (§ 740.8(b))" : "";
        Tri notifyScope = run.d5mo(run.dest).or(run.hqD5());
        if (run.date.isBefore(ACA_FROM)) {
            Tri withNotice = eligible.and(notifyScope).and(blocked.not());
            if (withNotice != Tri.FALSE) {
                run.options.add(LicenseOption.rendered("NAC", withNotice,
                    () -> "2023 text: \"Yes, for 3A090.a, if the item is not designed or marketed for use in datacenters and has a 'total "
                        + "processing performance' of 4800 or more; yes, for 3A090.b, if the item is designed or marketed for use in "
                        + "datacenters\"; to Macau or D:5, or to an entity headquartered there: prior notification to BIS at least 25 "
                        + "calendar days before export" + eligibility + block,
                    NAC_NOTIFICATION, CITE_NAC_2023,
                    "the verbatim destination scope of the 2023 § 740.8 text was not found in the sources read"));
            }
            Tri noNotice = eligible.and(notifyScope.not()).and(blocked.not());
            if (noNotice != Tri.FALSE) {
                run.options.add(LicenseOption.rendered("NAC (no notification)", noNotice,
                    () -> "2023 text, to D:1/D:4 destinations other than Macau and D:5 for an entity not headquartered in Macau or D:5: "
                        + "no prior notification required (filed in AES as \"NAC, no notification required\"; the April 2024 rule "
                        + "renamed this path License Exception ACA)" + eligibility + block,
                    List.of(), CITE_NO_NOTIFICATION_2023,
                    "the two NAC paths before 2024-04-04 are described by secondary sources (CBP CSMS #61882672) [S]"));
            }
            return;
        }
        Tri d14 = run.member(run.dest, "D:1").or(run.member(run.dest, "D:4"));
        boolean written2025 = !run.date.isBefore(DIFFUSION_COMPLIANCE) && run.posture() == Posture.AS_WRITTEN;
        // § 740.8(a) as amended by 90 FR 4544 (as written): ACA to or within any destination except Macau and D:5, and
        // not to entities headquartered there; as enforced, the 2024 scope (D:1 and D:4 other than Macau and D:5)
        Tri acaScope = (written2025 ? Tri.TRUE : d14).and(run.d5mo(run.dest).not()).and(run.hqD5().not());
        String note = run.date.isBefore(AI_DIFFUSION) ? null
            : "the post-2025 § 740.8 text is UNCONFIRMED (read in an independent reading, not verbatim)";
        String acaNote = note == null ? null : written2025
            ? "as written by 90 FR 4544 (§ 740.8(a) opens ACA to any destination outside Macau and D:5); " + note
            : "as enforced: the 2024 scope of ACA (the AI-diffusion rule's broadening is not enforced); " + note;
        Tri nac = eligible.and(notifyScope).and(blocked.not());
        if (nac != Tri.FALSE) {
            run.options.add(LicenseOption.rendered("NAC", nac,
                () -> "exports and reexports to Macau or Country Group D:5, or to an entity headquartered in (or with an ultimate parent "
                    + "headquartered in) Macau or D:5 wherever located; not for datacenter 3A090.a items; prior notification in "
                    + "SNAP-R at least 25 calendar days before export — within 25 days BIS will inform you if a licence is required"
                    + eligibility + block,
                !run.date.isBefore(DIFFUSION_COMPLIANCE) && run.posture() == Posture.AS_WRITTEN ? NAC_NOTIFICATION_2025 : NAC_NOTIFICATION,
                CITE_NAC, note));
        }
        Tri aca = eligible.and(acaScope).and(blocked.not());
        if (aca != Tri.FALSE) {
            run.options.add(LicenseOption.rendered("ACA", aca,
                () -> (written2025 ? "as written after 90 FR 4544: exports, reexports and in-country transfers to or within any "
                    + "destination other than Macau and D:5, " : "exports, reexports and in-country transfers to or within Country "
                    + "Groups D:1 and D:4 other than Macau and D:5, ")
                    + "and not to an entity headquartered in (or with an ultimate parent headquartered in) Macau or D:5; not for "
                    + "datacenter 3A090.a items; no notification" + eligibility + block,
                List.of(), CITE_ACA, acaNote));
        }
    }
}
