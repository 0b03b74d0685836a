package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Licence requirements reported in company filings, for the products they name (ReportedRequirements).
 *
 * <p>The operative text it applies: {@link Ground#REPORTED_REQUIREMENT}.
 */
final class ReportedGround implements LicenceGround {
    @Override
    public Ground key() {
        return Ground.REPORTED_REQUIREMENT;
    }

    @Override
    public void apply(Assessment.Run run) {
        reported(run);
    }

    /**
     * The licence requirements reported in company filings ({@link ReportedRequirements}): a part the filing
     * names, or a system incorporating one, to a destination it names (or an entity headquartered where it says).
     */
    static void reported(Assessment.Run run) {
        List<ReportedRequirements.Requirement> all = ReportedRequirements.builtIn().requirements();
        boolean[] ic = run.part.kind() == PartKind.SYSTEM ? null : namedIc(run.part, all);
        for (int i = 0; i < all.size(); i++) {
            ReportedRequirements.Requirement r = all.get(i);
            if (!r.inForce(run.date)) {
                continue;
            }
            Tri named = ic != null ? Tri.of(ic[i]) : systemNamed(run, all, i);
            if (named == Tri.FALSE) {
                continue;
            }
            Tri destIn;
            Tri hqIn = Tri.FALSE;
            if (r.advancedComputingScope()) {
                destIn = run.scope(run.dest);
                if (r.headquarters()) {
                    hqIn = run.hqD5();
                }
            } else {
                destIn = Tri.of(r.destinations().contains(run.dest) || r.destinations().contains(run.groups.groupCode(run.dest)));
                if (r.d5()) {
                    destIn = destIn.or(run.member(run.dest, "D:5"));
                }
                if (r.headquarters()) {
                    hqIn = run.hq == null ? Tri.UNKNOWN : Tri.of(r.destinations().contains(run.hq) || r.destinations().contains(run.groups.groupCode(run.hq)))
                        .or(r.d5() ? run.member(run.hq, "D:5") : Tri.FALSE);
                }
            }
            Tri where = destIn.or(hqIn);
            Tri applies = named.and(where);
            if (named == Tri.TRUE && r.from().getYear() == 2025) {
                run.namedIn2025 = true;
            }
            String name = run.part.name();
            String place = run.where();
            String hqText = run.hqText();
            Tri isNamed = named;
            Tri inDest = destIn;
            Tri inHq = hqIn;
            java.util.function.Supplier<String> reason = () -> name + (isNamed == Tri.TRUE ? " is named by the filing (or incorporates a named product: "
                : " may incorporate a named product (an IC could not be resolved: ") + String.join(", ", r.products()) + ")"
                + "; " + place + " among the destinations reported: " + inDest.label()
                + (r.headquarters() ? "; end user " + hqText + " among the headquarters reported: " + inHq.label() : "")
                + "; in force " + r.from() + r.until().map(u -> " to " + u).orElse(" onwards") + " (REPORTED, not regulatory text)";
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, r.filing(),
                "the notice is not public: its review policy is unknown");
            Basis b = Basis.rendered(Ground.REPORTED_REQUIREMENT, r.id(), r.text(), r.filing(), applies, BasisStatus.REPORTED, reason, p,
                r.citation());
            run.grounds.add(b);
            if (applies != Tri.FALSE) {
                run.warn(LicenceNotice.Code.REPORTED_REQUIREMENT, "REPORTED: " + r.filing() + " — a licence requirement known only from the company's filing; the "
                    + "notice is not public" + (r.confirmed() ? "" : " (the filing was read in secondary reproductions)"));
            }
        }
    }

    /**
     * Parts (ICs, and the parts of systems met in a walk) with, index for index with the built-in requirements, whether
     * each names the part.
     */
    private record NamedBy(Part part, List<ReportedRequirements.Requirement> requirements, boolean[] names) {
    }

    /**
     * A small cache of {@link NamedBy}, keyed by the part's identity (parts are immutable), in sets of four slots (a
     * new entry takes an empty slot of its set, or replaces the one in its own slot), so that parts meeting in one slot
     * do not evict each other forever.
     */
    private static final AtomicReferenceArray<NamedBy> NAMED = new AtomicReferenceArray<>(1024);

    /**
     * {@return for a part (an IC, or a part met in a system's walk), whether each requirement names it, from the cache
     * when present (the array is shared: not to be changed)}
     */
    static boolean[] namedIc(Part p, List<ReportedRequirements.Requirement> requirements) {
        int h = System.identityHashCode(p) * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & (NAMED.length() - 1);
        for (int i = slot & ~3; i <= (slot | 3); i++) {
            NamedBy e = NAMED.get(i);
            if (e != null && e.part() == p && e.requirements() == requirements) {
                return e.names();
            }
        }
        boolean[] names = new boolean[requirements.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = requirements.get(i).names(p.vendor(), p.name(), p.aliases());
        }
        int free = slot;
        for (int i = slot & ~3; i <= (slot | 3); i++) {
            if (NAMED.get(i) == null) {
                free = i;
                break;
            }
        }
        NAMED.set(free, new NamedBy(p, requirements, names));
        return names;
    }

    /**
     * For the run's system, whether requirement {@code i} names it or an IC it incorporates: the same in every run of the
     * decision, so kept in what the runs share, unless the walk warned (a capped system), which each run then does again.
     */
    static Tri systemNamed(Assessment.Run run, List<ReportedRequirements.Requirement> all, int i) {
        Tri[] kept = run.shared.systemNamed;
        if (kept != null && kept[i] != null) {
            return kept[i];
        }
        int before = run.warnings.size();
        Tri t = named(run, all, i, run.part, 0);
        if (run.warnings.size() == before) {
            if (kept == null) {
                kept = new Tri[all.size()];
                run.shared.systemNamed = kept;
            }
            kept[i] = t;
        }
        return t;
    }

    /**
     * Whether requirement {@code i} of {@code all} names the part, or (for systems) one of the ICs it incorporates; whether
     * it names each part met is read from the cache of {@link #namedIc} (the same test, made once per part).
     */
    static Tri named(Assessment.Run run, List<ReportedRequirements.Requirement> all, int i, Part p, int depth) {
        ReportedRequirements.Requirement r = all.get(i);
        // each distinct part of a system tested once (shared subsystems cost their number, not their paths)
        return run.anyIc(p, q -> namedIc(q, all)[i] ? Optional.of(Tri.TRUE)
            : q.kind() != PartKind.SYSTEM || !r.systemsIncorporating() ? Optional.of(Tri.FALSE) : Optional.empty(),
            Tri.FALSE, depth, new java.util.HashMap<>());
    }
}
