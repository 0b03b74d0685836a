package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Instruments;

/**
 * The 2022 rule: 3A090.a (2022 text) and 4A090 items to China, and to Macau from 2023-01-17 (87 FR 62186; 88 FR 2821).
 *
 * <p>The operative text it applies: {@link Ground#CHINA_2022}.
 */
final class China2022Ground implements LicenceGround {

    /** A citation, made once. */
    private static final String CITE = Instruments.ACS_2022 + "; " + Instruments.MACAU_2023;
    @Override
    public Ground key() {
        return Ground.CHINA_2022;
    }

    @Override
    public void apply(Assessment.Run run) {
        china2022(run);
    }

    static void china2022(Assessment.Run run) {
        Tri inChina = Tri.of("CN".equals(run.groups.groupCode(run.dest))
            || run.groups.isMacau(run.dest) && !run.date.isBefore(MACAU_2023));
        Tri applies = over(run.cats, c -> c == Cat.A ? inChina : Tri.FALSE);
        String reason = run.classificationText() + "; destination " + run.where()
            + (run.date.isBefore(MACAU_2023) ? " — scope: China" : " — scope: China and Macau (Macau from 2023-01-17)");
        if (run.groups.isMacau(run.dest) && !run.date.isBefore(MACAU_2023) && !run.date.isAfter(MACAU_SAVINGS_LAST)) {
            String savings = "88 FR 2821 savings clause: items that were en route to Macau aboard a carrier on 2023-01-17 under "
                + "actual orders could still be exported to Macau until 2023-02-16 without the new licence requirement [S: dates "
                + "from secondary sources]";
            reason += "; " + savings;
            run.warn(LicenceNotice.Code.MACAU_SAVINGS, savings);
        }
        ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10) (2022 text)",
            "the 2022 licence review policy is UNCONFIRMED (its text was not found in the sources read)");
        run.china = Basis.of(Ground.CHINA_2022, Ground.CHINA_2022.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
            CITE);
        run.grounds.add(run.china);
    }
}
