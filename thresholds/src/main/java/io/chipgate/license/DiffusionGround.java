package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;
import io.chipgate.regime.Regime;
import io.chipgate.regime.RegimeStatus;
import io.chipgate.regime.Regimes;
import java.util.function.Supplier;

/**
 * § 742.6(a)(6)(iii)(A) as written by 90 FR 4544: 3A090.a/4A090.a worldwide; not enforced since 2025-05-13.
 *
 * <p>The operative text it applies: {@link Ground#AI_DIFFUSION_WORLDWIDE}.
 */
final class DiffusionGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.AI_DIFFUSION_WORLDWIDE;
    }

    @Override
    public void apply(Assessment.Run run) {
        diffusion(run);
    }

    private static final Regime REGIME = Regimes.byId("ai-diffusion-2025");

    static void diffusion(Assessment.Run run) {
        Regime r = REGIME;
        RegimeStatus st = r.status(run.date);
        if (st != RegimeStatus.IN_FORCE && st != RegimeStatus.NOT_ENFORCED) {
            return;
        }
        boolean counts = !run.date.isBefore(DIFFUSION_COMPLIANCE) && run.posture() == Posture.AS_WRITTEN;
        Tri applies = over(run.cats, c -> Tri.of(c == Cat.A));
        String cls = run.classificationText();
        boolean beforeCompliance = run.date.isBefore(DIFFUSION_COMPLIANCE);
        Supplier<String> reason = () -> cls + (beforeCompliance
            ? "; in force from 2025-01-13 but compliance not required before 2025-05-15 (and not enforced from 2025-05-13)"
            : counts ? "; AS WRITTEN: the text is in the CFR (eCFR of 2026-07-23) although BIS does not enforce it since 2025-05-13"
            : "; NOT ENFORCED since 2025-05-13 (BIS initiated a rescission; the text remains in the CFR as of the eCFR of 2026-07-23)")
            + (counts ? "" : " — shown as written, does not count towards the licence requirement as enforced");
        Tri denial = run.d5mo(run.dest).or(run.hqD5());
        String cite = "15 CFR 742.6(b)(10)(iii)";
        String postureText = counts ? " (as written)" : " (as written, NOT ENFORCED)";
        boolean tier1 = SUPPLEMENT_5A.contains(run.dest);
        ReviewPolicy p;
        if (denial == Tri.TRUE) {
            p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite + "(A)(1)" + postureText,
                "Macau, D:5 or an entity headquartered there: presumption of denial");
        } else if (tier1 && denial == Tri.FALSE) {
            String where = run.where();
            p = ReviewPolicy.rendered(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite + "(A)(2)" + postureText,
                () -> where + " is in paragraph (a) of supplement no. 5 to part 740 (list from secondary sources [S]): presumption "
                    + "of approval; the country allocations do not apply");
        } else if (tier1) {
            String where = run.where();
            String hqText = run.hqText();
            p = ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, cite + "(A)" + postureText,
                () -> where + " is in supplement 5(a): presumption of approval, or of denial for an entity headquartered in Macau "
                    + "or D:5 — " + hqText);
        } else {
            String where = run.where();
            p = ReviewPolicy.rendered(ReviewPolicy.Kind.UNKNOWN, cite + "(B)" + postureText,
                () -> where + " is outside supplement 5(a): presumption of approval up to the country allocation of 790,000,000 TPP "
                    + "for 2025–2027 (cumulative licensed TPP, not known here), then a policy of denial; presumption of denial if "
                    + "the entity is headquartered in Macau or D:5");
        }
        run.diffusion = Basis.rendered(Ground.AI_DIFFUSION_WORLDWIDE, Ground.AI_DIFFUSION_WORLDWIDE.paragraph(), applies,
            counts ? BasisStatus.IN_FORCE : BasisStatus.NOT_ENFORCED, reason, p, Instruments.AI_DIFFUSION_2025.toString());
        if (applies != Tri.FALSE) {
            run.dets.add(run.classify(r.id()));
            if (!counts) {
                run.warn(LicenceNotice.Code.AI_DIFFUSION_NOT_ENFORCED, "ai-diffusion-2025: the worldwide licence requirement for 3A090.a/4A090.a is in the CFR but NOT ENFORCED "
                    + "(BIS, 2025-05-13); it does not count towards the licence requirement as enforced (it does as written)");
            }
        }
        run.grounds.add(run.diffusion);
    }
}
