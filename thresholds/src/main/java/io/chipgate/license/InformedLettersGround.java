package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Instruments;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.Regime;
import io.chipgate.regime.RegimeStatus;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Thresholds;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The "is informed" letters of 2025-04-09 (§ 744.23(b)), for parts not named in a filing, under the readings of their criteria.
 *
 * <p>The operative text it applies: {@link Ground#INFORMED_LETTERS}.
 */
final class InformedLettersGround implements LicenceGround {
    /** The warning of the reported letters, made once. */
    private static final String REPORTED_LETTERS = "REPORTED: the 'is informed' letters (§ 744.23(b)) bind the persons BIS informed "
        + "(reported: NVIDIA, AMD, Intel); their criteria are not public (readings: " + Readings.INFORMED_CRITERIA.id() + ")";

    @Override
    public Ground key() {
        return Ground.INFORMED_LETTERS;
    }

    @Override
    public void apply(Assessment.Run run) {
        informed(run);
    }

    private static final Regime REGIME = Regimes.byId("h20-informed-2025");

    /** The review policy of an application on this ground: the same for every shipment. */
    private static final ReviewPolicy POLICY = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN,
        "15 CFR 744.23(b); " + Instruments.H20_LETTER_2025.citation(),
        "the letters are not public; licences were reportedly promised or issued from July–August 2025 (terms UNCONFIRMED)");

    private static final String CITE = Instruments.H20_LETTER_2025 + (Instruments.H20_LETTER_2025.url().map(u -> " " + u).orElse(""));

    static void informed(Assessment.Run run) {
        Regime r = REGIME;
        if (r.status(run.date) != RegimeStatus.IN_FORCE || run.namedIn2025) {
            return;
        }
        Tri destIn = chinaOrD5(run, run.dest);
        Tri hqIn = run.hq == null ? Tri.UNKNOWN : chinaOrD5(run, run.hq);
        Tri where = destIn.or(hqIn);
        Tri meets = Tri.FALSE;
        Tri vendorInformed = Tri.TRUE;
        // which criteria were read: none (0), the reported ones (1) or the H20's figures (2); the texts are rendered when asked
        int read = 0;
        boolean vendorAsked = false;
        if (where != Tri.FALSE && run.part.kind() != PartKind.MEMORY) {
            Reading crit = run.chooser.choose(Readings.INFORMED_CRITERIA);
            if ("ft-reported".equals(crit.id())) {
                Determination d = run.classify(r.id());
                run.dets.add(d);
                if (d.outcome() != Outcome.NOT_APPLICABLE) {
                    for (io.chipgate.regime.Notice w : d.warningNotices()) {
                        run.warnings.add(LicenceNotice.rendered(LicenceNotice.Code.REGIME_WARNING, () -> "h20-informed-2025: " + w.text()));
                    }
                }
                meets = d.outcome() == Outcome.LICENSE_REQUIRED_REPORTED ? Tri.TRUE
                    : d.outcome() == Outcome.INDETERMINATE ? Tri.UNKNOWN : Tri.FALSE;
                read = 1;
            } else {
                meets = h20Figures(run, run.part, 0);
                read = 2;
            }
            if (meets != Tri.FALSE && !reportedRecipient(run.part.vendor())) {
                vendorInformed = Tri.of("informed".equals(run.chooser.choose(Readings.INFORMED_RECIPIENT).id()));
                vendorAsked = true;
            }
        }
        Tri applies = meets.and(vendorInformed).and(where);
        int criteria = read;
        Tri met = meets;
        boolean vendorNamed = vendorAsked;
        Tri received = vendorInformed;
        String vendor = run.part.vendor();
        String place = run.where();
        String hqText = run.hqText();
        boolean hqGiven = run.hq != null;
        Supplier<String> reason = () -> (criteria == 0 ? "not evaluated (destination and end user outside China, Macau and D:5)"
            : criteria == 1 ? "reported criteria (FT: DRAM ≥ 1,400 GB/s or I/O ≥ 1,100 GB/s or both ≥ 1,700 GB/s): " + met.label()
            : "the H20's figures (8-K wording: memory ≥ 4,000 GB/s or interconnect ≥ 900 GB/s or both ≥ 4,900 GB/s): " + met.label())
            + (vendorNamed ? "; vendor " + vendor + " not among the reported recipients (NVIDIA, AMD, Intel): letter "
                + (received == Tri.TRUE ? "assumed received" : "assumed not received") : "")
            + "; " + place + " is China (incl. Hong Kong, Macau) or D:5: " + destIn.label() + "; end user "
            + hqText + (hqGiven ? " (China/Macau/D:5: " + hqIn.label() + ")" : "");
        run.informed = Basis.rendered(Ground.INFORMED_LETTERS, Ground.INFORMED_LETTERS.paragraph(), applies, BasisStatus.REPORTED, reason,
            POLICY, CITE);
        if (applies != Tri.FALSE) {
            run.warn(LicenceNotice.Code.REPORTED_LETTERS, REPORTED_LETTERS);
            if (run.hq == null && destIn != Tri.TRUE) {
                run.warn(LicenceNotice.Code.HEADQUARTERS_NOT_GIVEN, "end user's headquarters not given: the reported letters also reach companies headquartered, or with "
                    + "an ultimate parent, in China (incl. Hong Kong and Macau) or D:5");
            }
        }
        run.grounds.add(run.informed);
    }

    /** Whether a vendor is among those reported to have received a letter. */
    static boolean reportedRecipient(String vendor) {
        String v = vendor.trim().toLowerCase(Locale.ROOT);
        return v.startsWith("nvidia") || v.startsWith("amd") || v.startsWith("advanced micro devices") || v.startsWith("intel");
    }

    /** The 8-K reading: the part (or any IC of a system) reaches the H20's memory or interconnect bandwidth or their sum. */
    static Tri h20Figures(Assessment.Run run, Part p, int depth) {
        // a system: any of its ICs, each distinct part read once (shared subsystems cost their number, not their paths)
        return run.anyIc(p, q -> q.kind() == PartKind.SYSTEM ? java.util.Optional.empty() : java.util.Optional.of(icH20Figures(run, q)),
            Tri.UNKNOWN, depth, new java.util.HashMap<>());
    }

    private static Tri icH20Figures(Assessment.Run run, Part p) {
        Inputs in = PartInputs.of(p, run.interpretation);
        return in.memoryBandwidthGBs().atLeast(Thresholds.INFORMED_8K_MEMORY.line())
            .or(in.ioBidirectionalGBs().atLeast(Thresholds.INFORMED_8K_IO.line()))
            .or(in.ioPlusMemoryGBs().atLeast(Thresholds.INFORMED_8K_SUM.line()));
    }

    static Tri chinaOrD5(Assessment.Run run, String code) {
        String c = run.groups.groupCode(code);
        if ("CN".equals(c) || "MO".equals(c)) {
            return Tri.TRUE;
        }
        return run.member(code, "D:5");
    }
}
