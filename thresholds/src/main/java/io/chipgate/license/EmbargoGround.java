package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * 15 CFR part 746: the destination is under an embargo or sanctions programme requiring a licence.
 *
 * <p>The operative text it applies: {@link Ground#EMBARGO}.
 */
final class EmbargoGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.EMBARGO;
    }

    @Override
    public void apply(Assessment.Run run) {
        embargo(run);
    }

    static void embargo(Assessment.Run run) {
        List<Embargo> periods = run.embargoes.on(run.dest, run.date);
        if (periods.isEmpty()) {
            return;
        }
        Tri applies = Tri.FALSE;
        List<String> sections = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Embargo e : periods) {
            if (!Embargoes.inForce(e, run.date, run.chooser)) {
                continue;
            }
            Embargo.Scope scope = e.scope();
            Tri t = over(run.cats, c -> c == Cat.NONE && scope == Embargo.Scope.CCL_ITEMS ? Tri.UNKNOWN : Tri.TRUE);
            applies = applies.or(t);
            sections.add(e.section() + " (" + (scope == Embargo.Scope.ALL_ITEMS ? "all items subject to the EAR" : "items on the CCL") + ")");
            sources.add(e.source());
        }
        if (sections.isEmpty()) {
            return;
        }
        String reason = run.where() + ": " + String.join("; ", sections) + "; " + run.classificationText()
            + (applies == Tri.UNKNOWN ? "; whether part 746 reaches an item outside 3A090/4A090 is not assessed" : "");
        ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, String.join("; ", sections),
            "the part 746 licence review policy for the destination (not assessed here)");
        run.embargo = Basis.of(Ground.EMBARGO, String.join("; ", sections), applies, BasisStatus.IN_FORCE, reason, p,
            String.join("; ", sources));
        run.grounds.add(run.embargo);
    }
}
