package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;

/**
 * § 742.6(a)(6)(i)(B): 3A090.c to Macau or D:5 (89 FR 96790).
 *
 * <p>The operative text it applies: {@link Ground#HBM_DESTINATION}.
 */
final class HbmGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.HBM_DESTINATION;
    }

    @Override
    public void apply(Assessment.Run run) {
        hbm(run);
    }

    static void hbm(Assessment.Run run) {
        Tri toD5 = run.d5mo(run.dest);
        Tri applies = over(run.cats, c -> c == Cat.C ? toD5 : Tri.FALSE);
        String cls = run.classificationText();
        String where = run.where();
        java.util.function.Supplier<String> reason = () -> cls + "; " + where + " is Macau or in D:5: " + toD5.label();
        if (applies != Tri.FALSE && run.date.isBefore(HBM_COMPLIANCE)) {
            run.warn(LicenceNotice.Code.HBM_COMPLIANCE_DATE, "3A090.c: effective 2024-12-02, compliance date 2024-12-31 for the HBM-related changes (89 FR 96790)");
        }
        String cite = "15 CFR 742.6(b)(10)(ii) (2025 text, E25)";
        Tri h = run.hqD5();
        ReviewPolicy p = h == Tri.TRUE
            ? ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite, "entity headquartered in Macau or D:5: presumption of denial")
            : h == Tri.FALSE
            ? ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite,
                "to Macau or D:5 for an entity not headquartered (nor its ultimate parent) in Macau or D:5: presumption of approval")
            : ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite, "presumption of approval for entities not headquartered in Macau or "
                + "D:5, presumption of denial otherwise — " + run.hqText());
        run.hbm = Basis.rendered(Ground.HBM_DESTINATION, Ground.HBM_DESTINATION.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
            Instruments.HBM_2024.toString());
        run.grounds.add(run.hbm);
    }
}
