package io.chipgate.license;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Instruments;
import io.chipgate.regime.Outcome;
import io.chipgate.regime.PartResolver;
import io.chipgate.regime.Regime;
import io.chipgate.regime.RegimeStatus;
import io.chipgate.regime.Regimes;
import io.chipgate.regime.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Licence determinations under the US advanced-computing rules: "may we ship N of this part to this customer in
 * this country on this date, and under what?".
 *
 * <p>The part is classified under the ECCN 3A090 regime in force on the date ({@code 3a090-2022} before
 * 2023-11-17, {@code 3a090-2023}, then {@code 3a090-2024} from 2024-12-02; systems follow from their ICs as
 * 4A090.a/.b, and 3A090.c never makes a system controlled), and the grounds are evaluated against the dated
 * {@link CountryGroups}:
 * <ul>
 *   <li>2022 rule: 3A090.a/4A090 to China, and Macau from 2023-01-17;
 *   <li>§ 742.6(a)(6)(iii): .a/.b items to D:1, D:4, D:5 except A:5/A:6, and destinations named for .b items
 *       (the United Arab Emirates in the eCFR of 2026-07-23);
 *   <li>§ 742.6(a)(6)(i)(B): 3A090.c to Macau or D:5;
 *   <li>§ 744.23(a)(3): entities headquartered in Macau or D:5, wherever located (from 2023-11-17);
 *   <li>the AI-diffusion worldwide requirement for .a items, as written but NOT ENFORCED (does not count);
 *   <li>the "is informed" letters from 2025-04-09 (H20-class parts to China incl. Hong Kong and Macau, D:5, or
 *       entities headquartered there), REPORTED criteria (counts, flagged).
 * </ul>
 * Licence exceptions (NAC, ACA, HBM, LPP as written) and the review policy (including the January 2026 China
 * box of {@code china-review-2026}) follow. Unknown inputs — a missing figure, an unknown datacenter designation,
 * an unknown headquarters, a country-group change of unknown date — give UNKNOWN wherever they could matter,
 * never "not required".
 *
 * <pre>{@code
 * LicenseDetermination d = Licensing.assess(h100, 8, "CN", null, LocalDate.of(2024, 6, 1));
 * d.licenseRequired();          // TRUE
 * Licensing.toJson(d);          // for machines
 * Licensing.toText(d);          // for people
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Licensing {
    /** The line every determination carries. */
    public static final String DISCLAIMER =
        "Not legal advice: a computation from public rule text, dated country-group data and published figures.";

    static final LocalDate ACS_2022 = LocalDate.of(2022, 10, 7);
    static final LocalDate MACAU_2023 = LocalDate.of(2023, 1, 17);
    static final LocalDate ACS_2023 = LocalDate.of(2023, 11, 17);
    static final LocalDate ACA_FROM = LocalDate.of(2024, 4, 4);
    static final LocalDate HBM_COMPLIANCE = LocalDate.of(2024, 12, 31);
    static final LocalDate AI_DIFFUSION = LocalDate.of(2025, 1, 13);
    static final LocalDate AI_NOT_ENFORCED = LocalDate.of(2025, 5, 13);
    static final LocalDate CHINA_2026 = LocalDate.of(2026, 1, 15);

    static final String R2022 = "3a090-2022";
    static final String R2023 = "3a090-2023";
    static final String R2024 = "3a090-2024";
    private static final List<String> CLASSIFICATION_IDS = List.of(R2022, R2023, R2024);

    static final String SCOPE = "Assessed: the advanced-computing licence grounds listed (15 CFR 742.6(a)(6), 744.23(a)(3), the "
        + "reported § 744.23(b) letters). Not assessed: the Entity List and other part 744 end-use/end-user controls, part 746 "
        + "embargoes and sanctions, deemed exports, reexport and foreign-direct-product rules, the foundry/OSAT presumption "
        + "(Note 1 to 3A090.a), and the .z ECCNs other than through 4A090.";

    private static final List<String> NAC_NOTIFICATION = List.of(
        "Total Processing Performance of the item, as defined in ECCN 3A090",
        "Performance density of the item, as defined in ECCN 3A090",
        "Data sheet or other documentation showing how the item is designed and marketed (in particular, whether it is "
            + "designed or marketed for datacenter use)");

    /** What a classification may be, for evaluating grounds over the possibilities of an INDETERMINATE outcome. */
    enum Cat { NONE, A, B, C, REPORTED }

    private Licensing() {
    }

    /**
     * Assesses a shipment under the default interpretation, for a part that is not a system (a system's ICs are
     * then unknown and its answer UNKNOWN where they matter).
     *
     * @see #assess(Part, long, String, String, LocalDate, Interpretation, PartResolver, CountryGroups)
     */
    public static LicenseDetermination assess(Part part, long quantity, String destination, String endUserHeadquarters, LocalDate date) {
        return assess(part, quantity, destination, endUserHeadquarters, date, Interpretation.defaults(), PartResolver.none());
    }

    /**
     * Assesses a shipment with the built-in country groups.
     *
     * @see #assess(Part, long, String, String, LocalDate, Interpretation, PartResolver, CountryGroups)
     */
    public static LicenseDetermination assess(Part part, long quantity, String destination, String endUserHeadquarters, LocalDate date,
                                              Interpretation interpretation, PartResolver resolver) {
        return assess(part, quantity, destination, endUserHeadquarters, date, interpretation, resolver, CountryGroups.builtIn());
    }

    /**
     * Assesses a shipment: whether a licence is required, on what basis, under which exceptions and review policy.
     *
     * @param part the part shipped (ACCELERATOR, MEMORY or SYSTEM), not null
     * @param quantity units shipped, at least 1
     * @param destination ISO 3166-1 alpha-2 code of the country of destination (e.g. "CN", "DE"); Hong Kong ("HK")
     *     is assessed as China
     * @param endUserHeadquarters ISO code of where the end user, or its ultimate parent, is headquartered — give
     *     the Macau or D:5 one if either is there; null when unknown (grounds that depend on it are then UNKNOWN)
     * @param date the date of the shipment
     * @param interpretation the reading of the metric definitions, not null
     * @param resolver finds the ICs of a SYSTEM, not null
     * @param groups the country-group data, not null
     * @throws IllegalArgumentException for a quantity below 1 or a code that is not ISO 3166-1 alpha-2, saying what to give
     */
    public static LicenseDetermination assess(Part part, long quantity, String destination, String endUserHeadquarters, LocalDate date,
                                              Interpretation interpretation, PartResolver resolver, CountryGroups groups) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(groups, "groups");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1 (the number of units shipped), got " + quantity);
        }
        String dest = code(destination, "destination");
        String hq = endUserHeadquarters == null ? null : code(endUserHeadquarters, "endUserHeadquarters");
        return new Run(part, quantity, dest, hq, date, interpretation, resolver, groups).run();
    }

    private static String code(String code, String what) {
        if (code == null) {
            throw new IllegalArgumentException(what + " is required: give an ISO 3166-1 alpha-2 country code such as CN, DE or AE");
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!CountryGroups.isIsoCode(c)) {
            throw new IllegalArgumentException(what + " '" + code + "' is not an ISO 3166-1 alpha-2 country code: give two letters "
                + "such as CN, DE or AE" + ("UK".equals(c) ? " (the United Kingdom is GB)" : ""));
        }
        return c;
    }

    /** Folds a ground over the possible classifications: TRUE/FALSE when every possibility agrees, else UNKNOWN. */
    static Tri over(Set<Cat> cats, Function<Cat, Tri> f) {
        Tri acc = null;
        for (Cat c : cats) {
            Tri t = f.apply(c);
            acc = acc == null ? t : acc == t ? acc : Tri.UNKNOWN;
        }
        return acc == null ? Tri.FALSE : acc;
    }

    /** The possible classifications behind an outcome of a 3A090 regime. */
    static EnumSet<Cat> categories(Outcome o, String regimeId, PartKind kind) {
        if (o.isParagraphA()) {
            return EnumSet.of(Cat.A);
        }
        if (o.isParagraphB()) {
            return EnumSet.of(Cat.B);
        }
        if (o == Outcome.ECCN_3A090_C) {
            return EnumSet.of(Cat.C);
        }
        if (o == Outcome.INDETERMINATE) {
            if (kind == PartKind.MEMORY) {
                return R2024.equals(regimeId) ? EnumSet.of(Cat.NONE, Cat.C) : EnumSet.of(Cat.NONE);
            }
            return R2022.equals(regimeId) ? EnumSet.of(Cat.NONE, Cat.A) : EnumSet.of(Cat.NONE, Cat.A, Cat.B);
        }
        return EnumSet.of(Cat.NONE);
    }

    /** One assessment. */
    private static final class Run {
        private final Part part;
        private final long quantity;
        private final String dest;
        private final String hq;
        private final LocalDate date;
        private final Interpretation interpretation;
        private final PartResolver resolver;
        private final CountryGroups groups;

        private final List<String> warnings = new ArrayList<>();
        private final Set<String> citations = new LinkedHashSet<>();
        private final List<Basis> grounds = new ArrayList<>();
        private final List<LicenseOption> options = new ArrayList<>();
        private final List<Determination> dets = new ArrayList<>();
        private Determination cls;
        private EnumSet<Cat> cats = EnumSet.of(Cat.NONE);
        private Basis china;
        private Basis destination;
        private Basis headquarters;
        private Basis hbm;
        private Basis informed;
        private Basis diffusion;

        Run(Part part, long quantity, String dest, String hq, LocalDate date, Interpretation interpretation, PartResolver resolver,
            CountryGroups groups) {
            this.part = part;
            this.quantity = quantity;
            this.dest = dest;
            this.hq = hq;
            this.date = date;
            this.interpretation = interpretation;
            this.resolver = resolver;
            this.groups = groups;
        }

        private Tri scope(String code) {
            return groups.inAdvancedComputingScope(code, date);
        }

        private Tri d5mo(String code) {
            return groups.inD5OrMacau(code, date);
        }

        private Tri hqD5() {
            return hq == null ? Tri.UNKNOWN : d5mo(hq);
        }

        private String where() {
            return groups.name(dest) + " (" + dest + ")";
        }

        private String hqText() {
            return hq == null ? "headquarters unknown" : "headquartered in " + groups.name(hq) + " (" + hq + ")";
        }

        LicenseDetermination run() {
            warnings.add(SCOPE);
            warnings.addAll(groups.dateWarnings(date));
            warnings.addAll(groups.countryWarnings(dest, date));
            if (hq != null && !hq.equals(dest)) {
                warnings.addAll(groups.countryWarnings(hq, date));
            }
            Optional<Regime> regime = Regimes.inForceOn(date).stream().filter(r -> CLASSIFICATION_IDS.contains(r.id())).findFirst();
            String rid = regime.map(Regime::id).orElse(null);
            if (regime.isEmpty()) {
                warnings.add("on " + date + " ECCN 3A090 did not exist (first in force 2022-10-07): no licence on the advanced-computing grounds");
            } else {
                cls = regime.get().classify(part, interpretation, date, resolver);
                dets.add(cls);
                cats = categories(cls.outcome(), rid, part.kind());
                citations.addAll(cls.citations());
                cls.warnings().forEach(w -> warnings.add(rid + ": " + w));
                if (cls.outcome() == Outcome.INDETERMINATE) {
                    warnings.add("classification under " + rid + " is INDETERMINATE (missing: " + String.join("; ", cls.missing())
                        + "): every ground is evaluated for each possible classification and is UNKNOWN where they differ");
                }
            }
            if (R2022.equals(rid)) {
                china2022();
            } else if (rid != null) {
                destination();
                if (R2024.equals(rid)) {
                    hbm();
                }
                headquarters();
            }
            diffusion();
            informed();

            Tri required = Tri.FALSE;
            for (Basis b : grounds) {
                required = required.or(b.requires());
            }
            exceptions(rid);
            ReviewPolicy policy = overallPolicy(required);
            for (Basis b : grounds) {
                if (b.applies() != Tri.FALSE) {
                    citations.add(b.citation());
                }
            }
            if (policy.kind() != ReviewPolicy.Kind.NONE) {
                citations.add(policy.citation());
            }
            options.forEach(o -> citations.add(o.citation()));
            citations.add(groups.citation());
            Exact aggregate = cls == null ? null : cls.tpp().value().map(v -> v.multiply(BigDecimal.valueOf(quantity))).orElse(null);
            return new LicenseDetermination(part.id(), part.name(), part.kind(), quantity, dest, hq, date,
                cls == null ? null : cls.outcome(), dets, aggregate, required, grounds, options, policy,
                new ArrayList<>(citations), new ArrayList<>(new LinkedHashSet<>(warnings)));
        }

        // --- grounds ------------------------------------------------------------------------------------------

        private void china2022() {
            Tri inChina = Tri.of("CN".equals(groups.groupCode(dest))
                || groups.isMacau(dest) && !date.isBefore(MACAU_2023));
            Tri applies = over(cats, c -> c == Cat.A ? inChina : Tri.FALSE);
            String reason = classificationText() + "; destination " + where()
                + (date.isBefore(MACAU_2023) ? " — scope: China" : " — scope: China and Macau (Macau from 2023-01-17)");
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10) (2022 text)",
                "the 2022 licence review policy is UNCONFIRMED (not in the project digest)");
            china = Basis.of(Ground.CHINA_2022, Ground.CHINA_2022.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
                Instruments.ACS_2022 + "; " + Instruments.MACAU_2023);
            grounds.add(china);
        }

        private void destination() {
            Tri inScope = scope(dest);
            Tri namedB = groups.namedFor(dest, "3A090.b", date);
            Tri applies = over(cats, c -> c == Cat.A ? inScope : c == Cat.B ? inScope.or(namedB) : Tri.FALSE);
            String paragraph = Ground.DESTINATION.paragraph();
            if (!date.isBefore(AI_DIFFUSION)) {
                if (cats.contains(Cat.A) && !cats.contains(Cat.B)) {
                    paragraph = "15 CFR 742.6(a)(6)(iii) as before 90 FR 4544 (the CFR now reads (iii)(A), worldwide, NOT ENFORCED)";
                } else if (cats.contains(Cat.B) && !cats.contains(Cat.A)) {
                    paragraph = "15 CFR 742.6(a)(6)(iii)(B)";
                }
            }
            String reason = classificationText() + "; " + where() + " in D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6: " + inScope.label()
                + (namedB != Tri.FALSE ? "; named for 3A090.b items: " + namedB.label() : "");
            if (!date.isBefore(AI_DIFFUSION) && cats.contains(Cat.A) && applies != Tri.FALSE) {
                warnings.add("3A090.a/4A090.a from 2025-01-13: the destination scope enforced is the pre-AI-diffusion one "
                    + "(BIS stopped enforcing the worldwide requirement on 2025-05-13; law-firm reading [S] that the posture "
                    + "restores the earlier text)");
            }
            if (date.isBefore(ACA_FROM) && applies != Tri.FALSE) {
                warnings.add("review policy: the 2023 text of § 742.6(b)(10) is not in the project digest; the 2024 text (E24) is used");
            }
            destination = Basis.of(Ground.DESTINATION, paragraph, applies, BasisStatus.IN_FORCE, reason, destinationPolicy(),
                Instruments.ACS_2023 + "; 15 CFR 742.6(a)(6)(iii)");
            grounds.add(destination);
        }

        private ReviewPolicy destinationPolicy() {
            Tri toD5 = d5mo(dest);
            String cite = "15 CFR 742.6(b)(10)(ii) (2024 text)";
            if (toD5 == Tri.TRUE) {
                String cc = groups.groupCode(dest);
                if (!date.isBefore(CHINA_2026) && ("CN".equals(cc) || "MO".equals(cc))) {
                    return china2026();
                }
                return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                    "\"License applications for items to or within Macau or destinations specified in Country Group D:5 … will be "
                        + "reviewed under a presumption of denial\"");
            }
            if (toD5 == Tri.UNKNOWN) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite,
                    "presumption of denial if " + where() + " is in D:5 on " + date + ", else presumption of approval unless the "
                        + "entity is headquartered in Macau or D:5; the membership is unknown");
            }
            return hqPolicy(cite, "to or within destinations not specified in Country Group D:5 (except Macau)");
        }

        private ReviewPolicy hqPolicy(String cite, String what) {
            Tri h = hqD5();
            if (h == Tri.TRUE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                    what + ", to an entity headquartered in (or whose ultimate parent is headquartered in) Macau or D:5: presumption of denial");
            }
            if (h == Tri.FALSE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite,
                    what + ", for an entity not headquartered in Macau or D:5: presumption of approval");
            }
            return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite, what + ": presumption of approval, or of denial if the entity "
                + "(or its ultimate parent) is headquartered in Macau or D:5 — " + hqText());
        }

        private ReviewPolicy china2026() {
            Regime r = Regimes.byId("china-review-2026");
            Determination d = r.classify(part, interpretation, date, resolver);
            dets.add(d);
            String cite = "15 CFR 742.6(b)(10)(iii)(A)(1); " + Instruments.CHINA_REVIEW_2026;
            d.warnings().forEach(w -> warnings.add("china-review-2026: " + w));
            if (d.outcome() == Outcome.CASE_BY_CASE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.CASE_BY_CASE, cite,
                    "TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s: case-by-case only if exported from the United States to China "
                        + "or Macau, commercially available in the US on 2026-01-15, and the exporter certifies sufficient US supply and no "
                        + "diversion of foundry capacity, shipments to China/Macau at most 50% of US shipments, KYC against unauthorized "
                        + "remote access, and independent third-party testing in the US (not computable here); otherwise, and for "
                        + "reexports and in-country transfers (UNCONFIRMED verbatim), presumption of denial");
            }
            if (d.outcome() == Outcome.PRESUMPTION_OF_DENIAL) {
                return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                    "outside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s): presumption of denial");
            }
            if (d.outcome() == Outcome.INDETERMINATE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite,
                    "case-by-case inside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s) if the certifications hold, "
                        + "else presumption of denial; missing: " + String.join("; ", d.missing()));
            }
            return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii) (2024 text)",
                "to or within Macau or D:5: presumption of denial (the 2026 box applies to 3A090.a/.b commodities only)");
        }

        private void hbm() {
            Tri toD5 = d5mo(dest);
            Tri applies = over(cats, c -> c == Cat.C ? toD5 : Tri.FALSE);
            String reason = classificationText() + "; " + where() + " is Macau or in D:5: " + toD5.label();
            if (applies != Tri.FALSE && date.isBefore(HBM_COMPLIANCE)) {
                warnings.add("3A090.c: effective 2024-12-02, compliance date 2024-12-31 for the HBM-related changes (89 FR 96790)");
            }
            String cite = "15 CFR 742.6(b)(10)(ii) (2025 text, E25)";
            Tri h = hqD5();
            ReviewPolicy p = h == Tri.TRUE
                ? ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite, "entity headquartered in Macau or D:5: presumption of denial")
                : h == Tri.FALSE
                ? ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite,
                    "to Macau or D:5 for an entity not headquartered (nor its ultimate parent) in Macau or D:5: presumption of approval")
                : ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite, "presumption of approval for entities not headquartered in Macau or "
                    + "D:5, presumption of denial otherwise — " + hqText());
            hbm = Basis.of(Ground.HBM_DESTINATION, Ground.HBM_DESTINATION.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
                Instruments.HBM_2024.toString());
            grounds.add(hbm);
        }

        private void headquarters() {
            Tri h = hqD5();
            Tri outside = scope(dest).not();
            Tri applies = over(cats, c -> c == Cat.A || c == Cat.B ? h.and(outside)
                : c == Cat.C ? h.and(outside).and(Tri.UNKNOWN) : Tri.FALSE);
            String paragraph = Ground.HEADQUARTERS.paragraph();
            String cite = Instruments.ACS_2023 + "; 15 CFR 744.23(a)(3)";
            if (!date.isBefore(AI_DIFFUSION) && cats.contains(Cat.A) && !cats.contains(Cat.B)) {
                paragraph = "15 CFR 742.6(a)(6)(iii)(A) for entities headquartered in Macau or D:5 (moved from § 744.23(a)(3) by "
                    + "90 FR 4544; BIS guidance of 2026-05-31 [S]: the requirement continues)";
                cite = Instruments.AI_DIFFUSION_2025 + "; BIS guidance 2026-05-31 (https://www.bis.gov/media/documents/bis-guidance-may-31-2026.pdf)";
            }
            String reason = classificationText() + "; end user " + hqText() + " (Macau or D:5: " + h.label() + "); " + where()
                + " outside D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6: " + outside.label();
            if (cats.contains(Cat.C) && applies == Tri.UNKNOWN) {
                reason += "; § 744.23(a)(3)(i) (2023 text) names ECCN 3A090 without a paragraph: whether it reaches 3A090.c after "
                    + "89 FR 96790 is UNCONFIRMED";
            }
            if (applies != Tri.FALSE && hq == null) {
                warnings.add("end user's headquarters not given: § 744.23(a)(3) requires a licence for entities headquartered in (or "
                    + "whose ultimate parent is headquartered in) Macau or D:5 wherever located; give the headquarters to decide");
            }
            if (applies != Tri.FALSE && cats.contains(Cat.A) && !date.isBefore(AI_NOT_ENFORCED) && date.isBefore(LocalDate.of(2026, 5, 31))) {
                warnings.add("between 2025-05-13 and 2026-05-31 the enforcement of the headquarters requirement for .a items (moved into "
                    + "the AI-diffusion text) was unclear; BIS guidance of 2026-05-31 [S] says it continued");
            }
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii) (2024 text); § 744.23(d)",
                "\"to an entity headquartered in, whose ultimate parent company is headquartered in, either Macau or a destination "
                    + "specified in Country Group D:5, … license applications will be reviewed under a presumption of denial\"");
            headquarters = Basis.of(Ground.HEADQUARTERS, paragraph, applies, BasisStatus.IN_FORCE, reason, p, cite);
            if (applies != Tri.FALSE) {
                warnings.add("§ 744.23(d) (2023 text) also provides presumption of approval for end users headquartered in the US, A:5 or A:6 "
                    + "not majority-owned by a Macau/D:5-headquartered entity, and case-by-case for other applications");
            }
            grounds.add(headquarters);
        }

        private void diffusion() {
            Regime r = Regimes.byId("ai-diffusion-2025");
            RegimeStatus s = r.status(date);
            if (s != RegimeStatus.IN_FORCE && s != RegimeStatus.NOT_ENFORCED) {
                return;
            }
            Tri applies = over(cats, c -> Tri.of(c == Cat.A));
            String reason = classificationText() + (date.isBefore(AI_NOT_ENFORCED)
                ? "; in force from 2025-01-13 but compliance not required before 2025-05-15, and not enforced from 2025-05-13"
                : "; NOT ENFORCED since 2025-05-13 (BIS initiated a rescission; the text remains in the CFR as of the eCFR of 2026-07-23)")
                + " — shown as written, does not count towards the licence requirement";
            Tri denial = d5mo(dest).or(hqD5());
            String cite = "15 CFR 742.6(b)(10)(iii) (as written, NOT ENFORCED)";
            ReviewPolicy p = denial == Tri.TRUE
                ? ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite, "Macau, D:5 or an entity headquartered there: presumption of denial")
                : ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite, "supplement 5(a) (Tier 1) destinations: presumption of approval; "
                    + "others: presumption of approval up to 790,000,000 TPP per country for 2025–2027, then denial; Macau, D:5 and "
                    + "entities headquartered there: presumption of denial");
            diffusion = Basis.of(Ground.AI_DIFFUSION_WORLDWIDE, Ground.AI_DIFFUSION_WORLDWIDE.paragraph(), applies,
                BasisStatus.NOT_ENFORCED, reason, p, Instruments.AI_DIFFUSION_2025.toString());
            if (applies != Tri.FALSE) {
                Determination d = r.classify(part, interpretation, date, resolver);
                dets.add(d);
                warnings.add("ai-diffusion-2025: the worldwide licence requirement for 3A090.a/4A090.a is in the CFR but NOT ENFORCED "
                    + "(BIS, 2025-05-13); it does not count towards licenceRequired here");
            }
            grounds.add(diffusion);
        }

        private void informed() {
            Regime r = Regimes.byId("h20-informed-2025");
            if (r.status(date) != RegimeStatus.IN_FORCE) {
                return;
            }
            Determination d = r.classify(part, interpretation, date, resolver);
            EnumSet<Cat> hit = d.outcome() == Outcome.LICENSE_REQUIRED_REPORTED ? EnumSet.of(Cat.REPORTED)
                : d.outcome() == Outcome.INDETERMINATE ? EnumSet.of(Cat.NONE, Cat.REPORTED) : EnumSet.of(Cat.NONE);
            Tri destIn = chinaOrD5(dest);
            Tri hqIn = hq == null ? Tri.UNKNOWN : chinaOrD5(hq);
            Tri where = destIn.or(hqIn);
            Tri applies = over(hit, c -> c == Cat.REPORTED ? where : Tri.FALSE);
            String reason = "h20-informed-2025: " + d.outcome() + " (REPORTED criteria: DRAM ≥ 1,400 GB/s or I/O ≥ 1,100 GB/s or both "
                + "≥ 1,700 GB/s); " + where() + " is China (incl. Hong Kong, Macau) or D:5: " + destIn.label() + "; end user "
                + hqText() + (hq == null ? "" : " (China/Macau/D:5: " + hqIn.label() + ")");
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 744.23(b); " + Instruments.H20_LETTER_2025.citation(),
                "the letters are not public; licences were reportedly promised or issued from July–August 2025 (terms UNCONFIRMED)");
            informed = Basis.of(Ground.INFORMED_LETTERS, Ground.INFORMED_LETTERS.paragraph(), applies, BasisStatus.REPORTED, reason, p,
                Instruments.H20_LETTER_2025 + (Instruments.H20_LETTER_2025.url().map(u -> " " + u).orElse("")));
            if (applies != Tri.FALSE) {
                dets.add(d);
                d.warnings().forEach(w -> warnings.add("h20-informed-2025: " + w));
                warnings.add("REPORTED: the 'is informed' letters (§ 744.23(b)) bind the persons BIS informed (reported: NVIDIA, AMD, "
                    + "Intel); the criteria are as reported, not regulatory text");
                if (hq == null && destIn != Tri.TRUE) {
                    warnings.add("end user's headquarters not given: the reported letters also reach companies headquartered, or with "
                        + "an ultimate parent, in China (incl. Hong Kong and Macau) or D:5");
                }
            }
            grounds.add(informed);
        }

        private Tri chinaOrD5(String code) {
            String c = groups.groupCode(code);
            if ("CN".equals(c) || "MO".equals(c)) {
                return Tri.TRUE;
            }
            return groups.member(code, "D:5", date);
        }

        private String classificationText() {
            if (cls == null) {
                return "no 3A090 regime in force";
            }
            return cls.regimeId() + ": " + cls.outcome() + (part.kind() == PartKind.SYSTEM ? " (system: follows from its ICs)" : "");
        }

        // --- licence exceptions --------------------------------------------------------------------------------

        private static Tri requires(Basis b) {
            return b == null ? Tri.FALSE : b.requires();
        }

        private void exceptions(String rid) {
            Tri blocked = requires(informed);
            boolean ab = cats.contains(Cat.A) || cats.contains(Cat.B);
            if (rid != null && !R2022.equals(rid) && ab && requires(destination).or(requires(headquarters)) != Tri.FALSE) {
                nacAca(blocked);
            }
            if (cats.contains(Cat.C) && requires(hbm) != Tri.FALSE) {
                hbmException();
            }
            if (R2022.equals(rid) && requires(china) != Tri.FALSE) {
                warnings.add("licence exceptions under the 2022 rule are not in the project digest (License Exception NAC dates from "
                    + "the 2023 rule): none offered");
            }
            if (diffusion != null && diffusion.applies() != Tri.FALSE) {
                lpp();
            }
        }

        private void nacAca(Tri blocked) {
            EnumSet<Cat> controlled = EnumSet.copyOf(cats);
            controlled.retainAll(EnumSet.of(Cat.A, Cat.B));
            Tri isA = over(controlled, c -> Tri.of(c == Cat.A));
            Tri dc = datacenter();
            Tri eligible = isA.and(dc).not();
            String exclusion = "§ 740.8(a) excludes \"items designed or marketed for use in a datacenter and meeting the parameters of 3A090.a\"";
            if (eligible == Tri.FALSE) {
                warnings.add("License Exceptions NAC and ACA are not offered: " + exclusion);
                return;
            }
            if (blocked == Tri.TRUE) {
                warnings.add("License Exceptions NAC and ACA are not offered: § 740.8(b) bars them where a part 744 licence requirement "
                    + "applies other than § 744.23(a)(3) — here the reported § 744.23(b) letters");
                return;
            }
            String eligibility = eligible == Tri.TRUE ? "" : "; eligible only if not both 3A090.a and designed or marketed for "
                + "datacenters (" + (dc == Tri.UNKNOWN ? "datacenter designation unknown" : "paragraph unknown") + ")";
            String block = blocked == Tri.UNKNOWN ? "; not where the reported § 744.23(b) letters apply (§ 740.8(b))" : "";
            if (date.isBefore(ACA_FROM)) {
                Tri available = eligible.and(blocked.not());
                if (available != Tri.FALSE) {
                    options.add(LicenseOption.of("NAC", available,
                        "2023 text: \"Yes, for 3A090.a, if the item is not designed or marketed for use in datacenters and has a 'total "
                            + "processing performance' of 4800 or more; yes, for 3A090.b, if the item is designed or marketed for use in "
                            + "datacenters\"; prior notification to BIS at least 25 calendar days before export" + eligibility + block,
                        NAC_NOTIFICATION, "15 CFR 740.8; 3A090 License Exceptions paragraph; " + Instruments.ACS_2023,
                        "the destination scope of the 2023 § 740.8 text is not in the project digest"));
                }
                return;
            }
            Tri nacScope = d5mo(dest).or(hqD5());
            Tri d14 = groups.member(dest, "D:1", date).or(groups.member(dest, "D:4", date));
            Tri acaScope = d14.and(d5mo(dest).not()).and(hqD5().not());
            String note = date.isBefore(AI_DIFFUSION) ? null
                : "the post-2025 § 740.8 text is UNCONFIRMED (the AI-diffusion rule broadened ACA's country scope)";
            Tri nac = eligible.and(nacScope).and(blocked.not());
            if (nac != Tri.FALSE) {
                options.add(LicenseOption.of("NAC", nac,
                    "exports and reexports to Macau or Country Group D:5, or to an entity headquartered in (or with an ultimate parent "
                        + "headquartered in) Macau or D:5 wherever located; not for datacenter 3A090.a items; prior notification in "
                        + "SNAP-R at least 25 calendar days before export — within 25 days BIS will inform you if a licence is required"
                        + eligibility + block,
                    NAC_NOTIFICATION, "15 CFR 740.8(a), (c); " + Instruments.CORRECTIONS_2024, note));
            }
            Tri aca = eligible.and(acaScope).and(blocked.not());
            if (aca != Tri.FALSE) {
                options.add(LicenseOption.of("ACA", aca,
                    "exports, reexports and in-country transfers to or within Country Groups D:1 and D:4 other than Macau and D:5, "
                        + "and not to an entity headquartered in (or with an ultimate parent headquartered in) Macau or D:5; not for "
                        + "datacenter 3A090.a items; no notification" + eligibility + block,
                    List.of(), "15 CFR 740.8(a); " + Instruments.CORRECTIONS_2024, note));
            }
        }

        /**
         * "Designed or marketed for use in a datacenter": the part's own designation; for a SYSTEM without one, read
         * from its ICs (a board of datacenter ICs is taken as a datacenter item), UNKNOWN when an IC is not found.
         */
        private Tri datacenter() {
            if (part.datacenter().isPresent() || part.kind() != PartKind.SYSTEM) {
                return part.datacenter().map(Tri::of).orElse(Tri.UNKNOWN);
            }
            Tri any = part.contains().isEmpty() ? Tri.UNKNOWN : Tri.FALSE;
            for (Component c : part.contains()) {
                any = any.or(resolver.find(c.part()).flatMap(Part::datacenter).map(Tri::of).orElse(Tri.UNKNOWN));
            }
            warnings.add("the system gives no datacenter designation: taken from its ICs (" + any.label() + ") for § 740.8(a)");
            return any;
        }

        private void hbmException() {
            Figure mbd = Inputs.of(part, interpretation).memoryBandwidthDensity();
            BigDecimal line = Thresholds.HBM_EXCEPTION.line();
            Tri below = mbd.lessThan(line);
            String shown = mbd.value().map(v -> v.round(2).toPlainString() + " GB/s/mm²").orElse("unknown");
            if (below == Tri.FALSE) {
                warnings.add("License Exception HBM is not available: memory bandwidth density " + shown + " is not below "
                    + line.toPlainString() + " GB/s/mm² (§ 740.25(c))");
                return;
            }
            options.add(LicenseOption.of("HBM", below,
                "only if the 3A090.c item has a memory bandwidth density below " + line.toPlainString() + " GB/s/mm² (here " + shown
                    + "); directly purchased by the designer of the co-packaged commodity; exported directly to the packaging site; "
                    + "exporter headquartered in the United States or Country Group A:5 without an ultimate parent in Macau or D:5; the "
                    + "finished co-packaged commodity must not exceed the 3A090.a/.b parameters",
                List.of(), "15 CFR 740.25(b), (c); 89 FR 96814", null));
        }

        private void lpp() {
            Tri notD5 = d5mo(dest).not();
            Tri withinCap = Tri.UNKNOWN;
            if (cls != null) {
                Figure tpp = cls.tpp();
                BigDecimal q = BigDecimal.valueOf(quantity);
                if (tpp.value().isPresent()) {
                    withinCap = Tri.of(tpp.value().get().multiply(q).compareTo(io.chipgate.regime.Thresholds.LPP_TPP_PER_YEAR) <= 0);
                } else if (tpp.lower().multiply(q).compareTo(io.chipgate.regime.Thresholds.LPP_TPP_PER_YEAR) > 0) {
                    withinCap = Tri.FALSE;
                } else if (tpp.upper().isPresent() && tpp.upper().get().multiply(q).compareTo(io.chipgate.regime.Thresholds.LPP_TPP_PER_YEAR) <= 0) {
                    withinCap = Tri.TRUE;
                }
            }
            Tri available = notD5.and(withinCap);
            if (available == Tri.FALSE) {
                return;
            }
            options.add(LicenseOption.of("LPP", available,
                "as written: up to 26,900,000 TPP per ultimate consignee per calendar year (this shipment alone: quantity × TPP "
                    + "within the cap: " + withinCap.label() + "); not to Macau or D:5 (figure and scope from secondary sources; "
                    + "§ 740.29 verbatim UNCONFIRMED)",
                List.of(), "15 CFR 740.29; " + Instruments.AI_DIFFUSION_2025,
                "relieves only the AI-diffusion worldwide requirement, which is NOT ENFORCED; it does not authorize a shipment that "
                    + "needs a licence on an enforced ground"));
        }

        // --- review policy -------------------------------------------------------------------------------------

        private ReviewPolicy overallPolicy(Tri required) {
            if (required == Tri.FALSE) {
                return ReviewPolicy.none();
            }
            Tri level = required == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
            // the codified policy of the regulatory grounds first; the reported letters' policy only when no regulatory ground applies
            ReviewPolicy best = null;
            for (BasisStatus status : List.of(BasisStatus.IN_FORCE, BasisStatus.REPORTED)) {
                for (Basis b : grounds) {
                    if (b.status() == status && b.requires() == level
                        && (best == null || b.reviewPolicy().kind().restriction() > best.kind().restriction())) {
                        best = b.reviewPolicy();
                    }
                }
                if (best != null) {
                    break;
                }
            }
            if (best != null && requires(informed) != Tri.FALSE && informed.reviewPolicy() != best) {
                warnings.add("the reported § 744.23(b) letters may also apply: their review policy is not public");
            }
            if (best == null) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "-", "no review policy found for the grounds that may apply");
            }
            return level == Tri.TRUE ? best
                : ReviewPolicy.of(best.kind(), best.citation(), "if a licence is required: " + best.conditions());
        }
    }

    // --- surfaces ------------------------------------------------------------------------------------------------

    private static void tri(ObjectNode n, String field, Tri t) {
        if (t == Tri.UNKNOWN) {
            n.putNull(field);
        } else {
            n.put(field, t == Tri.TRUE);
        }
    }

    private static ObjectNode policyJson(ReviewPolicy p) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("policy", p.kind().name());
        n.put("label", p.kind().label());
        n.put("citation", p.citation());
        n.put("conditions", p.conditions());
        return n;
    }

    private static ObjectNode basisJson(Basis b) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("ground", b.ground().name());
        n.put("paragraph", b.paragraph());
        n.put("text", b.text());
        tri(n, "applies", b.applies());
        n.put("status", b.status().name());
        n.put("counts", b.status().counts());
        n.put("reason", b.reason());
        n.set("reviewPolicy", policyJson(b.reviewPolicy()));
        n.put("citation", b.citation());
        return n;
    }

    /**
     * The determination as JSON: {@code part}, {@code partName}, {@code kind}, {@code quantity}, {@code destination},
     * {@code headquarters} (null when unknown), {@code date}, {@code classification}, {@code aggregateTpp},
     * {@code licenseRequired} (true, false or null for unknown), {@code reported}, {@code basis},
     * {@code licenseExceptions}, {@code reviewPolicy}, {@code groundsConsidered}, {@code citations},
     * {@code warnings}, {@code disclaimer}. Numbers are exact decimal text.
     */
    public static ObjectNode toJson(LicenseDetermination d) {
        Objects.requireNonNull(d, "d");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.put("part", d.partId());
        n.put("partName", d.partName());
        n.put("kind", d.kind().name());
        n.put("quantity", d.quantity());
        n.put("destination", d.destination());
        if (d.headquarters().isPresent()) {
            n.put("headquarters", d.headquarters().get());
        } else {
            n.putNull("headquarters");
        }
        n.put("date", d.date().toString());
        ArrayNode cls = n.putArray("classification");
        for (Determination det : d.classifications()) {
            ObjectNode c = cls.addObject();
            c.put("regime", det.regimeId());
            c.put("status", det.status().name());
            c.put("outcome", det.outcome().code());
            ArrayNode m = c.putArray("missing");
            det.missing().forEach(m::add);
        }
        if (d.aggregateTpp().isPresent()) {
            n.put("aggregateTpp", d.aggregateTpp().get().toString());
        } else {
            n.putNull("aggregateTpp");
        }
        tri(n, "licenseRequired", d.licenseRequired());
        n.put("reported", d.reported());
        ArrayNode basis = n.putArray("basis");
        d.basis().forEach(b -> basis.add(basisJson(b)));
        ArrayNode ex = n.putArray("licenseExceptions");
        for (LicenseOption o : d.licenseExceptions()) {
            ObjectNode e = ex.addObject();
            e.put("code", o.code());
            tri(e, "available", o.available());
            e.put("conditions", o.conditions());
            ArrayNode note = e.putArray("notification");
            o.notification().forEach(note::add);
            e.put("citation", o.citation());
            if (o.note().isEmpty()) {
                e.putNull("note");
            } else {
                e.put("note", o.note());
            }
        }
        n.set("reviewPolicy", policyJson(d.reviewPolicy()));
        ArrayNode all = n.putArray("groundsConsidered");
        d.grounds().forEach(b -> all.add(basisJson(b)));
        ArrayNode cites = n.putArray("citations");
        d.citations().forEach(cites::add);
        ArrayNode warns = n.putArray("warnings");
        d.warnings().forEach(warns::add);
        n.put("disclaimer", d.disclaimer());
        return n;
    }

    /** The determination for people: the answer first, then basis, exceptions, policy, citations, warnings, disclaimer. */
    public static String toText(LicenseDetermination d) {
        Objects.requireNonNull(d, "d");
        CountryGroups g = CountryGroups.builtIn();
        StringBuilder s = new StringBuilder();
        s.append(d.partName()).append(" (").append(d.partId()).append(") × ").append(d.quantity()).append(" → ")
            .append(g.name(d.destination())).append(" (").append(d.destination()).append("), end user headquartered in ")
            .append(d.headquarters().map(h -> g.name(h) + " (" + h + ")").orElse("an unknown country"))
            .append(", on ").append(d.date()).append('\n');
        s.append("Classification: ").append(d.classifications().isEmpty() ? "no 3A090 regime in force"
            : d.classifications().get(0).regimeId() + ": " + d.classifications().get(0).outcome()).append('\n');
        d.aggregateTpp().ifPresent(t -> s.append("Aggregate TPP: ").append(t).append('\n'));
        String answer = d.licenseRequired() == Tri.TRUE ? "YES" : d.licenseRequired() == Tri.FALSE ? "NO (on the grounds assessed)"
            : "UNKNOWN (the inputs do not decide)";
        s.append("Licence required: ").append(answer).append(d.reported() ? " [rests in part on REPORTED criteria]" : "").append('\n');
        if (!d.basis().isEmpty()) {
            s.append("Basis:\n");
            for (Basis b : d.basis()) {
                s.append("  - ").append(b.paragraph()).append(" — applies: ").append(b.applies().label())
                    .append(b.status() == BasisStatus.IN_FORCE ? "" : " [" + b.status().name().replace('_', ' ') + "]").append('\n')
                    .append("      ").append(b.text()).append('\n')
                    .append("      why: ").append(b.reason()).append('\n')
                    .append("      review: ").append(b.reviewPolicy()).append('\n');
            }
        }
        s.append("Licence exceptions:").append(d.licenseExceptions().isEmpty() ? " none offered" : "").append('\n');
        for (LicenseOption o : d.licenseExceptions()) {
            s.append("  - ").append(o.code()).append(" (available: ").append(o.available().label()).append("): ")
                .append(o.conditions()).append(" [").append(o.citation()).append(']').append('\n');
            for (String item : o.notification()) {
                s.append("      notify: ").append(item).append('\n');
            }
            if (!o.note().isEmpty()) {
                s.append("      note: ").append(o.note()).append('\n');
            }
        }
        s.append("Review policy: ").append(d.reviewPolicy()).append('\n');
        s.append("Citations:\n");
        d.citations().forEach(c -> s.append("  - ").append(c).append('\n'));
        s.append("Warnings:\n");
        d.warnings().forEach(w -> s.append("  - ").append(w).append('\n'));
        s.append(d.disclaimer()).append('\n');
        return s.toString();
    }
}
