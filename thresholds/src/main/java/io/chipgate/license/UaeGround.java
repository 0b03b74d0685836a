package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;

/**
 * 91 FR 43034: the UAE in A:5 from 2026-07-10, licences kept for advanced computing items.
 *
 * <p>The operative text it applies: {@link Ground#UAE_2026}.
 */
final class UaeGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.UAE_2026;
    }

    @Override
    public void apply(Assessment.Run run) {
        uae(run);
    }

    /**
     * 91 FR 43034: from 2026-07-10 the UAE is in A:5 but licences are kept for advanced computing items, except
     * for the UAE Government and approved entities. The .b items are reached by the UAE's naming in
     * § 742.6(a)(6)(iii)(B) (the destination ground); this ground carries the .a items, which the pre-2025 scope
     * (A:5 excluded) would otherwise leave free as enforced.
     */
    static void uae(Assessment.Run run) {
        if (!"AE".equals(run.dest) || run.date.isBefore(UAE_2026)) {
            return;
        }
        Tri applies = over(run.cats, c -> Tri.of(c == Cat.A));
        String reason = run.classificationText() + "; destination " + run.where() + " on or after 2026-07-10: licences kept for "
            + "3A090.a/4A090.a items (for .b items see § 742.6(a)(6)(iii)(B), which names the UAE)";
        ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "91 FR 43034",
            "the review policy of the UAE rule was not read here (reported: favourable treatment)");
        run.uae = Basis.of(Ground.UAE_2026, Ground.UAE_2026.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
            "91 FR 43034 (FR Doc 2026-14132) [S: not read]");
        run.grounds.add(run.uae);
    }
}
