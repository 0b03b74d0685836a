package io.chipgate.license;

import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Tri;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Determination;
import io.chipgate.regime.Outcome;
import io.chipgate.model.PartResolver;
import io.chipgate.regime.Regimes;
import io.chipgate.parties.MatchBand;
import io.chipgate.parties.PartyHit;
import io.chipgate.parties.PartyList;
import io.chipgate.parties.PartyScreen;
import java.util.Optional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Before the grounds, the {@link Jurisdiction} step decides from {@link Shipment#itemOrigin()} whether the item is
 * subject to the EAR at all; a definite "not subject" ends the analysis with that statement (no ground is reported).
 * Licence exceptions (NAC, ACA, HBM, LPP as written) and the review policy (including the January 2026 China
 * box of {@code china-review-2026}) follow. Unknown inputs — a missing figure, an unknown datacenter designation,
 * an unknown headquarters, a country-group change of unknown date — give UNKNOWN wherever they could matter,
 * never "not required".
 *
 * <pre>{@code
 * LicenseDetermination d = Licensing.assess(Shipment.of(h100, 8, CountryCode.of("CN"), LocalDate.of(2024, 6, 1)));
 * d.licenseRequired();          // TRUE
 * LicenseReports.json(d);       // for machines
 * LicenseReports.text(d);       // for people
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Licensing {
    /** The line every determination carries. */
    public static final String DISCLAIMER =
        "Not legal advice: a computation from public rule text, dated country-group data and published figures.";

    /** Macau added to the 2022 destinations: 88 FR 2821, effective 2023-01-17. */
    static final LocalDate MACAU_2023 = LocalDate.of(2023, 1, 17);
    /** 88 FR 2821's savings clause: goods en route on 2023-01-17 could be exported until 2023-02-16 [S]. */
    static final LocalDate MACAU_SAVINGS_LAST = LocalDate.of(2023, 2, 16);
    /** NAC split into NAC and ACA: 89 FR 23876, effective 2024-04-04. */
    static final LocalDate ACA_FROM = LocalDate.of(2024, 4, 4);
    /** BIS guidance of 2026-05-31 on the headquarters requirement for .a items after 90 FR 4544 [S]. */
    static final LocalDate HQ_GUIDANCE_2026 = LocalDate.of(2026, 5, 31);
    /** 91 FR 43034, "Enhanced Favorable Treatment for the United Arab Emirates": effective 2026-07-10 as reported [S]. */
    static final LocalDate UAE_2026 = LocalDate.of(2026, 7, 10);
    // the dates of the regimes themselves, read from them rather than repeated here
    static final LocalDate HBM_COMPLIANCE = Regimes.byId("3a090-2024").compliance().orElseThrow();
    static final LocalDate AI_DIFFUSION = Regimes.byId("ai-diffusion-2025").effective();
    static final LocalDate AI_NOT_ENFORCED = Regimes.byId("ai-diffusion-2025").notEnforcedFrom().orElseThrow();
    static final LocalDate DIFFUSION_COMPLIANCE = Regimes.byId("ai-diffusion-2025").compliance().orElseThrow();
    static final LocalDate CHINA_2026 = Regimes.byId("china-review-2026").effective();

    /**
     * Paragraph (a) of supplement no. 5 to part 740 as written by 90 FR 4544 (the AI-diffusion "Tier 1"): the United
     * States and 18 partners. The list is from secondary sources (TrendForce/CSIS, SemiAnalysis); the supplement's
     * verbatim text was not read. Used only by the as-written posture (AIA, the review policy of
     * § 742.6(b)(10)(iii)(A)(2), where the country allocations apply).
     */
    static final Set<String> SUPPLEMENT_5A = Set.of("US", "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT", "JP", "NL", "NZ", "NO",
        "KR", "ES", "SE", "TW", "GB");

    /**
     * {@return whether the AI-diffusion per-country allocation (§ 742.6(b)(10)(iii)(B), as written, not enforced) applies to
     * a destination: only outside paragraph (a) of supplement no. 5 to part 740 and outside Macau and Country Group D:5}
     * The supplement's list is from secondary sources; the D:5 membership is that of the built-in country groups on the date.
     *
     * @param destination the destination, not null
     * @param date the date, not null
     */
    public static Tri countryAllocationApplies(CountryCode destination, LocalDate date) {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(date, "date");
        if (SUPPLEMENT_5A.contains(destination.code())) {
            return Tri.FALSE;
        }
        return CountryGroups.builtIn().inD5OrMacau(destination.code(), date).not();
    }

    static final String R2022 = "3a090-2022";
    static final String R2023 = "3a090-2023";
    static final String R2024 = "3a090-2024";
    static final List<String> CLASSIFICATION_IDS = List.of(R2022, R2023, R2024);

    static final String SCOPE = "Assessed: the advanced-computing licence grounds listed (15 CFR 742.6(a)(6), 744.23(a)(3), the "
        + "reported licence requirements and § 744.23(b) letters) and whether a part 746 embargo requires a licence. Not assessed: "
        + "the parties (none named: the Entity List and the other screening lists were not consulted), other part 744 "
        + "end-use controls, part 746 beyond whether it requires a licence, deemed exports, whether the item is subject to the EAR "
        + "unless its origin is given (then § 734.9(e), (g), (h) and § 734.4 are assessed, the other § 734.9 rules stated as open), the foundry/OSAT presumption (Note 1 to 3A090.a), "
        + "and the .z ECCNs other than through 4A090.";

    static final String SCOPE_SCREENED = "Assessed: the advanced-computing licence grounds listed (15 CFR 742.6(a)(6), 744.23(a)(3), "
        + "the reported licence requirements and § 744.23(b) letters), whether a part 746 embargo requires a licence, and the "
        + "parties named against the Consolidated Screening List (by name: ownership, the affiliates rule and unnamed parties are "
        + "not seen). Not assessed: other part 744 end-use controls, part 746 beyond whether it requires a licence, deemed exports, "
        + "whether the item is subject to the EAR unless its origin is given (then § 734.9(e), (g), (h) and § 734.4 are assessed), the "
        + "foundry/OSAT presumption (Note 1 to 3A090.a), and the .z ECCNs other than through 4A090.";

    /**
     * The NAC notification after 90 FR 4544 as written: § 740.8(c)(1) lists six items, (i) to (vi); the first three are
     * those of the 2024 text, the wording of (iv) to (vi) was not read here and is named by its paragraph only.
     */
    static final List<String> NAC_NOTIFICATION_2025 = List.of(
        "(i) Total Processing Performance of the item, as defined in ECCN 3A090",
        "(ii) Performance density of the item, as defined in ECCN 3A090",
        "(iii) Data sheet or other documentation showing how the item is designed and marketed (in particular, whether it is "
            + "designed or marketed for datacenter use)",
        "(iv) the item of § 740.8(c)(1)(iv) as amended by 90 FR 4544 (wording not read here: UNCONFIRMED)",
        "(v) the item of § 740.8(c)(1)(v) as amended by 90 FR 4544 (wording not read here: UNCONFIRMED)",
        "(vi) the item of § 740.8(c)(1)(vi) as amended by 90 FR 4544 (wording not read here: UNCONFIRMED)");

    static final List<String> NAC_NOTIFICATION = List.of(
        "Total Processing Performance of the item, as defined in ECCN 3A090",
        "Performance density of the item, as defined in ECCN 3A090",
        "Data sheet or other documentation showing how the item is designed and marketed (in particular, whether it is "
            + "designed or marketed for datacenter use)");

    /** What a classification may be, for evaluating grounds over the possibilities of an INDETERMINATE outcome. */
    enum Cat { NONE, A, B, C, REPORTED }

    private Licensing() {
    }

    /**
     * Assesses a shipment under the default interpretation with the built-in country groups and embargo data, the
     * ICs of a SYSTEM resolved against the built-in catalog ({@link PartResolver#builtIn()}, when
     * {@code chipgate-catalog} is on the class path; otherwise they are unknown and the answer says so). The parties the
     * shipment names ({@link Shipment#withEndUser}, {@link Shipment#withConsignee}) are screened against the bundled
     * Consolidated Screening List; a shipment that names none is answered with "parties not screened".
     *
     * @param shipment not null; for systems whose ICs are in your own catalog, use the overload with a resolver
     * @return the licence determination
     */
    public static LicenseDetermination assess(Shipment shipment) {
        return assess(shipment, Interpretation.defaults(), PartResolver.builtIn());
    }

    /**
     * Assesses a shipment with the built-in country groups and embargo data.
     *
     * @param shipment not null
     * @param interpretation the reading of the metric definitions, not null
     * @param resolver finds the ICs of a SYSTEM (e.g. {@code catalog::find}), not null
     * @return the licence determination
     */
    public static LicenseDetermination assess(Shipment shipment, Interpretation interpretation, PartResolver resolver) {
        return assess(shipment, interpretation, resolver, CountryGroups.builtIn(), Embargoes.builtIn());
    }

    /**
     * Assesses a shipment: whether a licence is required, on what basis, under which exceptions and review policy —
     * under the text as written and as enforced, each under every combination of {@link Readings readings} the
     * facts touch.
     *
     * @param shipment not null
     * @param interpretation not null
     * @param resolver not null
     * @param groups the country-group data, not null
     * @param embargoes the part 746 data, not null
     * @return the licence determination: the answer as written and as enforced, with basis, exceptions, review policy,
     *     citations and warnings
     */
    public static LicenseDetermination assess(Shipment shipment, Interpretation interpretation, PartResolver resolver,
                                              CountryGroups groups, Embargoes embargoes) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(embargoes, "embargoes");
        return assess(shipment, interpretation, resolver, groups, embargoes,
            shipment.parties().isEmpty() ? null : PartyScreen.builtin());
    }

    /**
     * Assesses a shipment, screening its parties ({@link Shipment#parties()}) with the given screen (e.g. over a list
     * refreshed from trade.gov with {@link PartyList#read}).
     *
     * @param shipment not null
     * @param interpretation not null
     * @param resolver not null
     * @param groups the country-group data, not null
     * @param embargoes the part 746 data, not null
     * @param parties the party screen; may be null only when the shipment names no party
     * @return the licence determination, with the party findings and the list's date
     */
    public static LicenseDetermination assess(Shipment shipment, Interpretation interpretation, PartResolver resolver,
                                              CountryGroups groups, Embargoes embargoes, PartyScreen parties) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(embargoes, "embargoes");
        List<PartyFinding> findings = new ArrayList<>();
        LocalDate listDate = null;
        if (!shipment.parties().isEmpty()) {
            Objects.requireNonNull(parties, "parties (the shipment names parties to screen)");
            listDate = parties.list().date();
            for (Party p : shipment.parties()) {
                int possible = 0;
                for (PartyHit h : parties.screen(p.name(), Optional.of(shipment.destination().code()))) {
                    // every PROBABLE hit; the three best POSSIBLE ones (a common word can resemble dozens of entries)
                    if (h.band() == MatchBand.PROBABLE || possible++ < 3) {
                        findings.add(new PartyFinding(p, h));
                    }
                }
            }
        }
        LocalDate screened = listDate;
        // shared by the decision's lazy parts (the as-written posture, what settles it), which may be asked on different threads
        Map<String, Determination> cache = new java.util.concurrent.ConcurrentHashMap<>();
        LicenseDetermination grounds = evaluate(shipment, interpretation, resolver, groups, embargoes, Map.of(), cache, findings)
            .withParties(findings, screened);
        // the jurisdiction step: is the item subject to the EAR at all? (decided on the classification the grounds computed)
        Jurisdiction j = Jurisdiction.assess(shipment, grounds.classification().orElse(null), findings, groups);
        LicenseDetermination d = grounds.withJurisdiction(j);
        if (j.subjectToEar() == Tri.FALSE || grounds.licenseRequired() != Tri.UNKNOWN) {
            return d;
        }
        // what settles it is computed when first asked: it re-evaluates the shipment under each answer, as enforced only
        // (the answer it tests), sharing the classifications while the part is the same (the date never changes)
        // each shipment it tries (a fact answered) is explored once, the given one not again (its enforced readings are the worlds)
        return d.withSettledBy(() -> SettledBy.find(grounds, shipment, new SettledBy.Evaluator() {
            @Override
            public List<SettledBy.World> worlds(Shipment s) {
                List<Explorer.World<Assessment.Result>> worlds = enforced(s, interpretation, resolver, groups, embargoes, Map.of(),
                    s.part() == shipment.part() ? cache : new HashMap<>(), findings);
                List<SettledBy.World> out = new ArrayList<>(worlds.size());
                for (Explorer.World<Assessment.Result> w : worlds) {
                    out.add(new SettledBy.World(w.readings(), w.result().required));
                }
                return out;
            }

            @Override
            public Tri required(Shipment s, Map<String, String> answered) {
                return Licensing.required(s, interpretation, resolver, groups, embargoes, answered,
                    s.part() == shipment.part() ? cache : new HashMap<>(), findings);
            }
        }));
    }

    /**
     * Whether a licence is required as enforced ({@link LicenseDetermination#licenseRequired()}) with some reading
     * questions answered in advance: the enforced posture's combinations only, without the explanation's assembly.
     */
    static Tri required(Shipment shipment, Interpretation interpretation, PartResolver resolver, CountryGroups groups,
                        Embargoes embargoes, Map<String, String> answered, Map<String, Determination> cache, List<PartyFinding> findings) {
        Tri required = null;
        for (Explorer.World<Assessment.Result> w : enforced(shipment, interpretation, resolver, groups, embargoes, answered, cache,
            findings)) {
            Tri r = w.result().required;
            required = required == null ? r : required == r ? required : Tri.UNKNOWN;
        }
        return required;
    }

    /** The enforced posture's combinations of readings with some reading questions answered in advance, and their results. */
    static List<Explorer.World<Assessment.Result>> enforced(Shipment shipment, Interpretation interpretation, PartResolver resolver,
                                                           CountryGroups groups, Embargoes embargoes, Map<String, String> answered,
                                                           Map<String, Determination> cache, List<PartyFinding> findings) {
        Assessment.Shared shared = new Assessment.Shared(cache);
        Assessment.Replay replay = new Assessment.Replay();
        return Explorer.explore(chooser -> new Assessment.Run(shipment, interpretation, resolver, groups, embargoes,
            Posture.AS_ENFORCED, chooser, shared, findings, replay).run(), answered);
    }

    /**
     * One determination with some reading questions answered in advance (question id → reading id). The enforced
     * posture is explored now (the answer every caller reads); the as-written posture, and with it the classifications,
     * citations and warnings of both, when first asked ({@link LicenseDetermination#asWritten()} and the others): the
     * same combinations and results, in the same order, as exploring the as-written posture first.
     */
    static LicenseDetermination evaluate(Shipment shipment, Interpretation interpretation, PartResolver resolver, CountryGroups groups,
                                         Embargoes embargoes, Map<String, String> answered, Map<String, Determination> cache,
                                         List<PartyFinding> findings) {
        Assessment.Shared shared = new Assessment.Shared(cache);
        Assessment.Replay enforcedReplay = new Assessment.Replay();
        // the first run's grounds are replayed by the later runs of the same exploration while their readings agree
        List<Explorer.World<Assessment.Result>> enforcedWorlds = Explorer.explore(chooser -> new Assessment.Run(shipment, interpretation,
            resolver, groups, embargoes, Posture.AS_ENFORCED, chooser, shared, findings, enforcedReplay).run(), answered);
        LicenseAnswer enforced = LicenseAnswer.combine(Posture.AS_ENFORCED, enforcedWorlds);
        // what precedes the grounds (the classification, the part's TPP) reads no question and no posture: any run's
        Assessment.Result any = enforced.firstResult();
        Determination cls = any.cls;
        Exact aggregate = any.partTpp == null ? null
            : any.partTpp.value().map(v -> v.multiply(BigDecimal.valueOf(shipment.quantity()))).orElse(null);
        // each warning once, by its text (the first run that gives it names its code): deduplicated when first asked, from
        // the runs' notices in order, as written first, each object once (the runs share the opening's and the replayed grounds' notices)
        List<LicenceNotice> warnings = new ArrayList<>();
        LicenseDetermination.Once<LicenseDetermination.Written> written = new LicenseDetermination.Once<>(() -> {
            // a posture no run read gives the same combinations and results under the other: explored once
            boolean same = enforcedWorlds.stream().noneMatch(w -> w.result().postureRead);
            Assessment.Replay writtenReplay = new Assessment.Replay();
            List<Explorer.World<Assessment.Result>> writtenWorlds = same ? enforcedWorlds : Explorer.explore(chooser -> new Assessment.Run(
                shipment, interpretation, resolver, groups, embargoes, Posture.AS_WRITTEN, chooser, shared, findings, writtenReplay).run(),
                answered);
            Set<LicenceNotice> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Set<String> citations = new LinkedHashSet<>();
            // the determinations once each, by identity (two of equal value stay two, as they did)
            Set<Determination> dets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Determination> detList = new ArrayList<>();
            List<LicenceNotice> all = new ArrayList<>();
            for (List<Explorer.World<Assessment.Result>> worlds : same ? List.of(writtenWorlds) : List.of(writtenWorlds, enforcedWorlds)) {
                for (Explorer.World<Assessment.Result> w : worlds) {
                    for (LicenceNotice n : w.result().warnings) {
                        if (seen.add(n)) {
                            all.add(n);
                        }
                    }
                    citations.addAll(w.result().citations);
                    for (Determination d : w.result().dets) {
                        if (dets.add(d)) {
                            detList.add(d);
                        }
                    }
                }
            }
            LicenseAnswer asWritten = LicenseAnswer.combine(Posture.AS_WRITTEN, writtenWorlds);
            if (asWritten.licenseRequired() != enforced.licenseRequired()) {
                String differ = "as written, licence required: " + asWritten.licenseRequired().label() + "; as enforced: "
                    + enforced.licenseRequired().label() + " — the answer follows the enforcement BIS has announced";
                all.add(LicenceNotice.of(LicenceNotice.Code.POSTURES_DIFFER, differ));
            }
            warnings.addAll(all);
            return new LicenseDetermination.Written(asWritten, detList, new ArrayList<>(citations));
        });
        return new LicenseDetermination(shipment, cls == null ? null : cls.outcome(), aggregate, enforced, written, () -> {
            written.get(); // the warnings are the runs' of both postures
            Map<String, LicenceNotice> byText = new LinkedHashMap<>();
            for (LicenceNotice n : warnings) {
                byText.putIfAbsent(n.text(), n);
            }
            return new ArrayList<>(byText.values());
        });
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
}
