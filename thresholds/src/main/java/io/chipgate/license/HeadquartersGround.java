package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;
import java.util.function.Supplier;

/**
 * § 744.23(a)(3): entities headquartered in Macau or D:5, wherever located (from 2023-11-17).
 *
 * <p>The operative text it applies: {@link Ground#HEADQUARTERS}.
 */
final class HeadquartersGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.HEADQUARTERS;
    }

    @Override
    public void apply(Assessment.Run run) {
        headquarters(run);
    }

    private static final String CITE = Instruments.ACS_2023 + "; 15 CFR 744.23(a)(3)";
    private static final String CITE_2025 = Instruments.AI_DIFFUSION_2025
        + "; BIS guidance 2026-05-31 (https://www.bis.gov/media/documents/bis-guidance-may-31-2026.pdf)";

    /** The review policy of an application on this ground (§ 744.23(d)): the same for every shipment. */
    private static final ReviewPolicy POLICY = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL,
        "15 CFR 742.6(b)(10)(ii) (2024 text); § 744.23(d)",
        "\"to an entity headquartered in, whose ultimate parent company is headquartered in, either Macau or a destination "
            + "specified in Country Group D:5, … license applications will be reviewed under a presumption of denial\"");

    static void headquarters(Assessment.Run run) {
        Tri h = run.hqD5();
        Tri outside = run.scope(run.dest).not();
        Tri applies = over(run.cats, c -> c == Cat.A || c == Cat.B ? h.and(outside)
            : c == Cat.C ? h.and(outside).and(Tri.UNKNOWN) : Tri.FALSE);
        String paragraph = Ground.HEADQUARTERS.paragraph();
        String cite = CITE;
        if (!run.date.isBefore(AI_DIFFUSION) && run.cats.contains(Cat.A) && !run.cats.contains(Cat.B)) {
            paragraph = "15 CFR 742.6(a)(6)(iii)(A) for entities headquartered in Macau or D:5 (moved from § 744.23(a)(3) by "
                + "90 FR 4544; BIS guidance of 2026-05-31 [S]: the requirement continues)";
            cite = CITE_2025;
        }
        String cls = run.classificationText();
        String hqText = run.hqText();
        String where = run.where();
        boolean unconfirmedC = run.cats.contains(Cat.C) && applies == Tri.UNKNOWN;
        Supplier<String> reason = () -> cls + "; end user " + hqText + " (Macau or D:5: " + h.label() + "); " + where
            + " outside D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6: " + outside.label()
            + (unconfirmedC ? "; § 744.23(a)(3)(i) (2023 text) names ECCN 3A090 without a paragraph: whether it reaches 3A090.c after "
                + "89 FR 96790 is UNCONFIRMED" : "");
        if (applies != Tri.FALSE && run.hq == null) {
            run.warn(LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN, "end user's headquarters not given: § 744.23(a)(3) requires a licence for entities headquartered in (or "
                + "whose ultimate parent is headquartered in) Macau or D:5 wherever located; give the headquarters to decide");
        }
        if (applies != Tri.FALSE && run.cats.contains(Cat.A) && !run.date.isBefore(AI_NOT_ENFORCED) && run.date.isBefore(HQ_GUIDANCE_2026)) {
            run.warn(LicenceNotice.Code.HEADQUARTERS_ENFORCEMENT_2025, "between 2025-05-13 and 2026-05-31 the enforcement of the headquarters requirement for .a items (moved into "
                + "the AI-diffusion text) was unclear; BIS guidance of 2026-05-31 [S] says it continued");
        }
        run.headquarters = Basis.rendered(Ground.HEADQUARTERS, paragraph, applies, BasisStatus.IN_FORCE, reason, POLICY, cite);
        if (applies != Tri.FALSE) {
            run.warn(LicenceNotice.Code.HEADQUARTERS_REVIEW_POLICY, "§ 744.23(d) (2023 text) also provides presumption of approval for end users headquartered in the US, A:5 or A:6 "
                + "not majority-owned by a Macau/D:5-headquartered entity, and case-by-case for other applications");
        }
        run.grounds.add(run.headquarters);
    }
}
