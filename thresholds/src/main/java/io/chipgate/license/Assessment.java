package io.chipgate.license;

import static io.chipgate.license.Licensing.*;

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
import io.chipgate.model.PartResolver;
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
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation of a shipment under one {@link Posture} and one combination of readings: the classification,
 * each licence ground, the licence exceptions and the review policy. {@link Licensing#assess} runs it once per
 * combination of readings the facts touch ({@link Explorer}) and combines the results ({@link LicenseAnswer}).
 * Package-private: the API is {@link Licensing} and {@link LicenseDetermination}.
 */
final class Assessment {
    private Assessment() {
    }

    /** What one evaluation, under one posture and one combination of readings, gives. */
    static final class Result {
        final Determination cls;
        final Tri required;
        final List<Basis> grounds;
        final List<LicenseOption> options;
        final ReviewPolicy policy;
        final List<String> warnings;
        final List<String> citations;
        final List<Determination> dets;
        /** The TPP the part counts for (a system: the sum over its ICs), or null when no 3A090 regime was in force. */
        Figure partTpp;

        Result(Determination cls, Tri required, List<Basis> grounds, List<LicenseOption> options, ReviewPolicy policy,
               List<String> warnings, List<String> citations, List<Determination> dets) {
            this.cls = cls;
            this.required = required;
            this.grounds = List.copyOf(grounds);
            this.options = List.copyOf(options);
            this.policy = policy;
            this.warnings = List.copyOf(warnings);
            this.citations = List.copyOf(citations);
            this.dets = List.copyOf(dets);
        }
    }

    /** One evaluation of a shipment under one posture and one combination of readings. */
    static final class Run {
        private final Part part;
        private final long quantity;
        private final String dest;
        private final String hq;
        private final Tri uaeApproved;
        private final LocalDate date;
        private final Interpretation interpretation;
        private final PartResolver resolver;
        private final CountryGroups groups;
        private final Embargoes embargoes;
        private final Posture posture;
        private final Explorer.Chooser chooser;
        private final Map<String, Determination> cache;

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
        private Basis embargo;

        Run(Shipment s, Interpretation interpretation, PartResolver resolver, CountryGroups groups, Embargoes embargoes,
            Posture posture, Explorer.Chooser chooser, Map<String, Determination> cache) {
            this.part = s.part();
            this.quantity = s.quantity();
            this.dest = s.destination().code();
            this.hq = s.headquarters().map(CountryCode::code).orElse(null);
            this.uaeApproved = s.uaeApprovedEndUser();
            this.date = s.date();
            this.interpretation = interpretation;
            this.resolver = resolver;
            this.groups = groups;
            this.embargoes = embargoes;
            this.posture = posture;
            this.chooser = chooser;
            this.cache = cache;
        }

        private Determination classify(String regimeId) {
            return cache.computeIfAbsent(regimeId, id -> Regimes.byId(id).classify(part, interpretation, date, resolver));
        }

        private Tri scope(String code) {
            return Tri.of(groups.inAdvancedComputingScope(code, date, chooser));
        }

        private Tri d5mo(String code) {
            return Tri.of(groups.inD5OrMacau(code, date, chooser));
        }

        private Tri member(String code, String group) {
            return Tri.of(groups.member(code, group, date, chooser));
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

        Result run() {
            warnings.add(SCOPE);
            warnings.add(Readings.TPP_NOTE);
            warnings.addAll(groups.dateWarnings(date));
            warnings.addAll(groups.countryWarnings(dest, date));
            warnings.addAll(embargoes.regionWarnings(dest));
            if (hq != null && !hq.equals(dest)) {
                warnings.addAll(groups.countryWarnings(hq, date));
            }
            if (date.isAfter(embargoes.asOf())) {
                warnings.add("part 746 data on " + date + ": after the newest text in the data (" + embargoes.asOf() + "); later changes are unknown");
            }
            Optional<Regime> regime = Regimes.inForceOn(date).stream().filter(r -> CLASSIFICATION_IDS.contains(r.id())).findFirst();
            String rid = regime.map(Regime::id).orElse(null);
            if (regime.isEmpty()) {
                warnings.add("on " + date + " ECCN 3A090 did not exist (first in force 2022-10-07): no licence on the advanced-computing grounds");
            } else {
                cls = classify(rid);
                dets.add(cls);
                cats = categories(cls.outcome(), rid, part.kind());
                citations.addAll(cls.citations());
                cls.warnings().forEach(w -> warnings.add(rid + ": " + w));
                if (cls.outcome() == Outcome.INDETERMINATE) {
                    warnings.add("classification under " + rid + " is INDETERMINATE (missing: " + String.join("; ", cls.missing())
                        + "): every ground is evaluated for each possible classification and is UNKNOWN where they differ");
                }
            }
            if (Transaction.to(CountryCode.of(dest)) == Transaction.WITHIN_UNITED_STATES) {
                warnings.add("not an export: " + groups.name(dest) + " (" + dest + ") is in the United States (" + Transaction.CITATION
                    + "); no licence ground applies to a shipment within the United States");
                citations.add(Transaction.CITATION);
                return new Result(cls, Tri.FALSE, grounds, options, ReviewPolicy.none(), warnings, new ArrayList<>(citations), dets);
            }
            if (R2022.equals(rid)) {
                china2022();
            } else if (rid != null) {
                destination();
                if (R2024.equals(rid)) {
                    hbm();
                }
                headquarters();
                uae();
            }
            diffusion();
            reported();
            informed();
            embargo();

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
            Result result = new Result(cls, required, grounds, options, policy, warnings, new ArrayList<>(citations), dets);
            result.partTpp = cls == null ? null : aggregateTpp();
            return result;
        }

        // --- grounds ------------------------------------------------------------------------------------------

        private void china2022() {
            Tri inChina = Tri.of("CN".equals(groups.groupCode(dest))
                || groups.isMacau(dest) && !date.isBefore(MACAU_2023));
            Tri applies = over(cats, c -> c == Cat.A ? inChina : Tri.FALSE);
            String reason = classificationText() + "; destination " + where()
                + (date.isBefore(MACAU_2023) ? " — scope: China" : " — scope: China and Macau (Macau from 2023-01-17)");
            if (groups.isMacau(dest) && !date.isBefore(MACAU_2023) && !date.isAfter(MACAU_SAVINGS_LAST)) {
                String savings = "88 FR 2821 savings clause: items that were en route to Macau aboard a carrier on 2023-01-17 under "
                    + "actual orders could still be exported to Macau until 2023-02-16 without the new licence requirement [S: dates "
                    + "from secondary sources]";
                reason += "; " + savings;
                warnings.add(savings);
            }
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 742.6(b)(10) (2022 text)",
                "the 2022 licence review policy is UNCONFIRMED (its text was not found in the sources read)");
            china = Basis.of(Ground.CHINA_2022, Ground.CHINA_2022.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
                Instruments.ACS_2022 + "; " + Instruments.MACAU_2023);
            grounds.add(china);
        }

        private void destination() {
            boolean worldwideWritten = posture == Posture.AS_WRITTEN && !date.isBefore(DIFFUSION_COMPLIANCE);
            Tri namedB = Tri.of(groups.namedFor(dest, "3A090.b", date, chooser));
            Tri scopeOnDate = scope(dest);
            Tri applies = over(cats, c -> {
                if (c == Cat.A) {
                    return worldwideWritten ? Tri.FALSE : scopeForA();
                }
                return c == Cat.B ? scopeOnDate.or(namedB) : Tri.FALSE;
            });
            String paragraph = Ground.DESTINATION.paragraph();
            if (!date.isBefore(AI_DIFFUSION)) {
                if (cats.contains(Cat.A) && !cats.contains(Cat.B)) {
                    paragraph = worldwideWritten
                        ? "15 CFR 742.6(a)(6)(iii) (replaced for 3A090.a by the worldwide (iii)(A): see that basis)"
                        : "15 CFR 742.6(a)(6)(iii) as before 90 FR 4544 (the CFR now reads (iii)(A), worldwide, NOT ENFORCED)";
                } else if (cats.contains(Cat.B) && !cats.contains(Cat.A)) {
                    paragraph = "15 CFR 742.6(a)(6)(iii)(B)";
                }
            }
            String reason = classificationText() + "; " + where() + " in D:1 ∪ D:4 ∪ D:5 minus A:5 ∪ A:6 on " + date + ": "
                + scopeOnDate.label() + (namedB != Tri.FALSE ? "; named for 3A090.b items: " + namedB.label() : "")
                + (fallbackTable != null ? "; for 3A090.a the scope uses the table " + (fallbackTable.equals(date) ? "on the date"
                    : "of " + fallbackTable) + " (" + Readings.FALLBACK_TABLE.id() + ")" : "");
            if (fallbackTable != null && applies != Tri.FALSE) {
                warnings.add("3A090.a/4A090.a from 2025-01-13: the destination scope enforced is the pre-AI-diffusion one "
                    + "(BIS stopped enforcing the worldwide requirement on 2025-05-13; law-firm reading [S] that the posture "
                    + "restores the earlier text)");
            }
            if (date.isBefore(ACA_FROM) && applies != Tri.FALSE) {
                warnings.add("review policy: the 2023 text of § 742.6(b)(10) was not found in the sources read; the 2024 text (eCFR 2024) is used");
            }
            destination = Basis.of(Ground.DESTINATION, paragraph, applies, BasisStatus.IN_FORCE, reason, destinationPolicy(),
                Instruments.ACS_2023 + "; 15 CFR 742.6(a)(6)(iii)");
            grounds.add(destination);
        }

        /** The table date the pre-2025 scope used for a 3A090.a item, once asked; null when the question did not arise. */
        private LocalDate fallbackTable;

        /** The pre-2025 destination scope for a 3A090.a item: on and after 2025-01-13 which table it uses is a reading. */
        private Tri scopeForA() {
            if (date.isBefore(AI_DIFFUSION)) {
                return scope(dest);
            }
            Reading r = chooser.choose(Readings.FALLBACK_TABLE);
            fallbackTable = "table-on-date".equals(r.id()) ? date : AI_DIFFUSION.minusDays(1);
            return Tri.of(groups.inAdvancedComputingScope(dest, fallbackTable, chooser));
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
            Determination d = classify("china-review-2026");
            dets.add(d);
            String cite = "15 CFR 742.6(b)(10)(iii)(A)(1); " + Instruments.CHINA_REVIEW_2026;
            d.warnings().forEach(w -> warnings.add("china-review-2026: " + w));
            Outcome outcome = d.outcome();
            if (part.kind() == PartKind.SYSTEM && outcome == Outcome.INDETERMINATE
                && d.missing().stream().allMatch(m -> m.startsWith("reading china-box-system"))) {
                // the regime found the readings disagree: per IC in the box, the aggregate possibly outside it
                if ("aggregate".equals(chooser.choose(Readings.CHINA_BOX_SYSTEM).id())) {
                    Tri box = aggregateBox();
                    return ReviewPolicy.of(box == Tri.FALSE ? ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL : ReviewPolicy.Kind.UNKNOWN, cite,
                        "the system's aggregate TPP and DRAM bandwidth (reading " + Readings.CHINA_BOX_SYSTEM.id() + "=aggregate) are "
                            + (box == Tri.FALSE ? "outside" : "possibly outside") + " the 2026 box (TPP < 21,000 and total DRAM "
                            + "bandwidth < 6,500 GB/s): presumption of denial");
                }
                outcome = Outcome.CASE_BY_CASE;
            }
            if (outcome == Outcome.CASE_BY_CASE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.CASE_BY_CASE, cite,
                    "TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s: case-by-case only if exported from the United States to China "
                        + "or Macau, commercially available in the US on 2026-01-15, and the exporter certifies sufficient US supply and no "
                        + "diversion of foundry capacity, shipments to China/Macau at most 50% of US shipments, KYC against unauthorized "
                        + "remote access, and independent third-party testing in the US (not computable here); otherwise, and for "
                        + "reexports and in-country transfers (UNCONFIRMED verbatim), presumption of denial");
            }
            if (outcome == Outcome.PRESUMPTION_OF_DENIAL) {
                return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite,
                    "outside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s): presumption of denial");
            }
            if (outcome == Outcome.INDETERMINATE) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite,
                    "case-by-case inside the 2026 box (TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s) if the certifications hold, "
                        + "else presumption of denial; missing: " + String.join("; ", d.missing()));
            }
            return ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, "15 CFR 742.6(b)(10)(ii) (2024 text)",
                "to or within Macau or D:5: presumption of denial (the 2026 box applies to 3A090.a/.b commodities only)");
        }

        /** The 2026 box tested on a system's aggregate: Σ count × TPP < 21,000 and Σ count × DRAM bandwidth < 6,500 GB/s. */
        private Tri aggregateBox() {
            Figure tpp = Figure.known(Exact.ZERO);
            Figure dram = Figure.known(Exact.ZERO);
            for (Component c : part.contains()) {
                Optional<Part> ic = resolver.find(c.part());
                if (ic.isEmpty()) {
                    return Tri.UNKNOWN;
                }
                Inputs in = Inputs.of(ic.get(), interpretation);
                BigDecimal n = BigDecimal.valueOf(c.count());
                tpp = tpp.plus(in.tpp().times(n));
                dram = dram.plus(in.memoryBandwidthGBs().times(n));
            }
            return tpp.lessThan(Thresholds.CHINA_TPP.line()).and(dram.lessThan(Thresholds.CHINA_DRAM.line()));
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
            if (applies != Tri.FALSE && cats.contains(Cat.A) && !date.isBefore(AI_NOT_ENFORCED) && date.isBefore(HQ_GUIDANCE_2026)) {
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
            RegimeStatus st = r.status(date);
            if (st != RegimeStatus.IN_FORCE && st != RegimeStatus.NOT_ENFORCED) {
                return;
            }
            boolean counts = posture == Posture.AS_WRITTEN && !date.isBefore(DIFFUSION_COMPLIANCE);
            Tri applies = over(cats, c -> Tri.of(c == Cat.A));
            String reason = classificationText() + (date.isBefore(DIFFUSION_COMPLIANCE)
                ? "; in force from 2025-01-13 but compliance not required before 2025-05-15 (and not enforced from 2025-05-13)"
                : counts ? "; AS WRITTEN: the text is in the CFR (eCFR of 2026-07-23) although BIS does not enforce it since 2025-05-13"
                : "; NOT ENFORCED since 2025-05-13 (BIS initiated a rescission; the text remains in the CFR as of the eCFR of 2026-07-23)")
                + (counts ? "" : " — shown as written, does not count towards the licence requirement as enforced");
            Tri denial = d5mo(dest).or(hqD5());
            String cite = "15 CFR 742.6(b)(10)(iii)";
            String posture = counts ? " (as written)" : " (as written, NOT ENFORCED)";
            boolean tier1 = SUPPLEMENT_5A.contains(dest);
            ReviewPolicy p;
            if (denial == Tri.TRUE) {
                p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_DENIAL, cite + "(A)(1)" + posture,
                    "Macau, D:5 or an entity headquartered there: presumption of denial");
            } else if (tier1 && denial == Tri.FALSE) {
                p = ReviewPolicy.of(ReviewPolicy.Kind.PRESUMPTION_OF_APPROVAL, cite + "(A)(2)" + posture,
                    where() + " is in paragraph (a) of supplement no. 5 to part 740 (list from secondary sources [S]): presumption "
                        + "of approval; the country allocations do not apply");
            } else if (tier1) {
                p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite + "(A)" + posture,
                    where() + " is in supplement 5(a): presumption of approval, or of denial for an entity headquartered in Macau "
                        + "or D:5 — " + hqText());
            } else {
                p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, cite + "(B)" + posture,
                    where() + " is outside supplement 5(a): presumption of approval up to the country allocation of 790,000,000 TPP "
                        + "for 2025–2027 (cumulative licensed TPP, not known here), then a policy of denial; presumption of denial if "
                        + "the entity is headquartered in Macau or D:5");
            }
            diffusion = Basis.of(Ground.AI_DIFFUSION_WORLDWIDE, Ground.AI_DIFFUSION_WORLDWIDE.paragraph(), applies,
                counts ? BasisStatus.IN_FORCE : BasisStatus.NOT_ENFORCED, reason, p, Instruments.AI_DIFFUSION_2025.toString());
            if (applies != Tri.FALSE) {
                dets.add(classify(r.id()));
                if (!counts) {
                    warnings.add("ai-diffusion-2025: the worldwide licence requirement for 3A090.a/4A090.a is in the CFR but NOT ENFORCED "
                        + "(BIS, 2025-05-13); it does not count towards the licence requirement as enforced (it does as written)");
                }
            }
            grounds.add(diffusion);
        }

        private void embargo() {
            List<Embargo> periods = embargoes.on(dest, date);
            if (periods.isEmpty()) {
                return;
            }
            Tri applies = Tri.FALSE;
            List<String> sections = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (Embargo e : periods) {
                if (!Embargoes.inForce(e, date, chooser)) {
                    continue;
                }
                Embargo.Scope scope = e.scope();
                Tri t = over(cats, c -> c == Cat.NONE && scope == Embargo.Scope.CCL_ITEMS ? Tri.UNKNOWN : Tri.TRUE);
                applies = applies.or(t);
                sections.add(e.section() + " (" + (scope == Embargo.Scope.ALL_ITEMS ? "all items subject to the EAR" : "items on the CCL") + ")");
                sources.add(e.source());
            }
            if (sections.isEmpty()) {
                return;
            }
            String reason = where() + ": " + String.join("; ", sections) + "; " + classificationText()
                + (applies == Tri.UNKNOWN ? "; whether part 746 reaches an item outside 3A090/4A090 is not assessed" : "");
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, String.join("; ", sections),
                "the part 746 licence review policy for the destination (not assessed here)");
            embargo = Basis.of(Ground.EMBARGO, String.join("; ", sections), applies, BasisStatus.IN_FORCE, reason, p,
                String.join("; ", sources));
            grounds.add(embargo);
        }

        /**
         * 91 FR 43034: from 2026-07-10 the UAE is in A:5 but licences are kept for advanced computing items, except
         * for the UAE Government and approved entities. The .b items are reached by the UAE's naming in
         * § 742.6(a)(6)(iii)(B) (the destination ground); this ground carries the .a items, which the pre-2025 scope
         * (A:5 excluded) would otherwise leave free as enforced.
         */
        private void uae() {
            if (!"AE".equals(dest) || date.isBefore(UAE_2026)) {
                return;
            }
            Tri applies = over(cats, c -> Tri.of(c == Cat.A));
            String reason = classificationText() + "; destination " + where() + " on or after 2026-07-10: licences kept for "
                + "3A090.a/4A090.a items (for .b items see § 742.6(a)(6)(iii)(B), which names the UAE)";
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "91 FR 43034",
                "the review policy of the UAE rule was not read here (reported: favourable treatment)");
            uae = Basis.of(Ground.UAE_2026, Ground.UAE_2026.paragraph(), applies, BasisStatus.IN_FORCE, reason, p,
                "91 FR 43034 (FR Doc 2026-14132) [S: not read]");
            grounds.add(uae);
        }

        private Basis uae;

        /** Whether a part named by a reported 2025 letter was met: the letters' criteria are then not needed. */
        private boolean namedIn2025;

        /**
         * The licence requirements reported in company filings ({@link ReportedRequirements}): a part the filing
         * names, or a system incorporating one, to a destination it names (or an entity headquartered where it says).
         */
        private void reported() {
            for (ReportedRequirements.Requirement r : ReportedRequirements.builtIn().requirements()) {
                if (!r.inForce(date)) {
                    continue;
                }
                Tri named = named(r, part, 0);
                if (named == Tri.FALSE) {
                    continue;
                }
                Tri destIn;
                Tri hqIn = Tri.FALSE;
                if (r.advancedComputingScope()) {
                    destIn = scope(dest);
                    if (r.headquarters()) {
                        hqIn = hqD5();
                    }
                } else {
                    destIn = Tri.of(r.destinations().contains(dest) || r.destinations().contains(groups.groupCode(dest)));
                    if (r.d5()) {
                        destIn = destIn.or(member(dest, "D:5"));
                    }
                    if (r.headquarters()) {
                        hqIn = hq == null ? Tri.UNKNOWN : Tri.of(r.destinations().contains(hq) || r.destinations().contains(groups.groupCode(hq)))
                            .or(r.d5() ? member(hq, "D:5") : Tri.FALSE);
                    }
                }
                Tri where = destIn.or(hqIn);
                Tri applies = named.and(where);
                if (named == Tri.TRUE && r.from().getYear() == 2025) {
                    namedIn2025 = true;
                }
                String reason = part.name() + (named == Tri.TRUE ? " is named by the filing (or incorporates a named product: "
                    : " may incorporate a named product (an IC could not be resolved: ") + String.join(", ", r.products()) + ")"
                    + "; " + where() + " among the destinations reported: " + destIn.label()
                    + (r.headquarters() ? "; end user " + hqText() + " among the headquarters reported: " + hqIn.label() : "")
                    + "; in force " + r.from() + r.until().map(u -> " to " + u).orElse(" onwards") + " (REPORTED, not regulatory text)";
                ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, r.filing(),
                    "the notice is not public: its review policy is unknown");
                Basis b = Basis.of(Ground.REPORTED_REQUIREMENT, r.id(), r.text(), r.filing(), applies, BasisStatus.REPORTED, reason, p,
                    r.citation());
                grounds.add(b);
                if (applies != Tri.FALSE) {
                    warnings.add("REPORTED: " + r.filing() + " — a licence requirement known only from the company's filing; the "
                        + "notice is not public" + (r.confirmed() ? "" : " (the filing was read in secondary reproductions)"));
                }
            }
        }

        /** Whether a requirement names the part, or (for systems) one of the ICs it incorporates. */
        private Tri named(ReportedRequirements.Requirement r, Part p, int depth) {
            if (r.names(p.vendor(), p.name(), p.aliases())) {
                return Tri.TRUE;
            }
            if (p.kind() != PartKind.SYSTEM || !r.systemsIncorporating() || depth > 8) {
                return Tri.FALSE;
            }
            Tri any = Tri.FALSE;
            for (Component c : p.contains()) {
                any = any.or(resolver.find(c.part()).map(ic -> named(r, ic, depth + 1)).orElse(Tri.UNKNOWN));
            }
            return any;
        }

        private void informed() {
            Regime r = Regimes.byId("h20-informed-2025");
            if (r.status(date) != RegimeStatus.IN_FORCE || namedIn2025) {
                return;
            }
            Tri destIn = chinaOrD5(dest);
            Tri hqIn = hq == null ? Tri.UNKNOWN : chinaOrD5(hq);
            Tri where = destIn.or(hqIn);
            Tri meets = Tri.FALSE;
            Tri vendorInformed = Tri.TRUE;
            String criteria = "not evaluated (destination and end user outside China, Macau and D:5)";
            if (where != Tri.FALSE && part.kind() != PartKind.MEMORY) {
                Reading crit = chooser.choose(Readings.INFORMED_CRITERIA);
                if ("ft-reported".equals(crit.id())) {
                    Determination d = classify(r.id());
                    dets.add(d);
                    if (d.outcome() != Outcome.NOT_APPLICABLE) {
                        d.warnings().forEach(w -> warnings.add("h20-informed-2025: " + w));
                    }
                    meets = d.outcome() == Outcome.LICENSE_REQUIRED_REPORTED ? Tri.TRUE
                        : d.outcome() == Outcome.INDETERMINATE ? Tri.UNKNOWN : Tri.FALSE;
                    criteria = "reported criteria (FT: DRAM ≥ 1,400 GB/s or I/O ≥ 1,100 GB/s or both ≥ 1,700 GB/s): " + meets.label();
                } else {
                    meets = h20Figures(part, 0);
                    criteria = "the H20's figures (8-K wording: memory ≥ 4,000 GB/s or interconnect ≥ 900 GB/s or both ≥ 4,900 GB/s): "
                        + meets.label();
                }
                if (meets != Tri.FALSE && !reportedRecipient(part.vendor())) {
                    vendorInformed = Tri.of("informed".equals(chooser.choose(Readings.INFORMED_RECIPIENT).id()));
                    criteria += "; vendor " + part.vendor() + " not among the reported recipients (NVIDIA, AMD, Intel): letter "
                        + (vendorInformed == Tri.TRUE ? "assumed received" : "assumed not received");
                }
            }
            Tri applies = meets.and(vendorInformed).and(where);
            String reason = criteria + "; " + where() + " is China (incl. Hong Kong, Macau) or D:5: " + destIn.label() + "; end user "
                + hqText() + (hq == null ? "" : " (China/Macau/D:5: " + hqIn.label() + ")");
            ReviewPolicy p = ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "15 CFR 744.23(b); " + Instruments.H20_LETTER_2025.citation(),
                "the letters are not public; licences were reportedly promised or issued from July–August 2025 (terms UNCONFIRMED)");
            informed = Basis.of(Ground.INFORMED_LETTERS, Ground.INFORMED_LETTERS.paragraph(), applies, BasisStatus.REPORTED, reason, p,
                Instruments.H20_LETTER_2025 + (Instruments.H20_LETTER_2025.url().map(u -> " " + u).orElse("")));
            if (applies != Tri.FALSE) {
                warnings.add("REPORTED: the 'is informed' letters (§ 744.23(b)) bind the persons BIS informed (reported: NVIDIA, AMD, "
                    + "Intel); their criteria are not public (readings: " + Readings.INFORMED_CRITERIA.id() + ")");
                if (hq == null && destIn != Tri.TRUE) {
                    warnings.add("end user's headquarters not given: the reported letters also reach companies headquartered, or with "
                        + "an ultimate parent, in China (incl. Hong Kong and Macau) or D:5");
                }
            }
            grounds.add(informed);
        }

        /** Whether a vendor is among those reported to have received a letter. */
        private static boolean reportedRecipient(String vendor) {
            String v = vendor.trim().toLowerCase(Locale.ROOT);
            return v.startsWith("nvidia") || v.startsWith("amd") || v.startsWith("advanced micro devices") || v.startsWith("intel");
        }

        /** The 8-K reading: the part (or any IC of a system) reaches the H20's memory or interconnect bandwidth or their sum. */
        private Tri h20Figures(Part p, int depth) {
            if (p.kind() == PartKind.SYSTEM) {
                if (p.contains().isEmpty() || depth > 8) {
                    return Tri.UNKNOWN;
                }
                Tri any = Tri.FALSE;
                for (Component c : p.contains()) {
                    any = any.or(resolver.find(c.part()).map(ic -> h20Figures(ic, depth + 1)).orElse(Tri.UNKNOWN));
                }
                return any;
            }
            Inputs in = Inputs.of(p, interpretation);
            return in.memoryBandwidthGBs().atLeast(Thresholds.INFORMED_8K_MEMORY.line())
                .or(in.ioBidirectionalGBs().atLeast(Thresholds.INFORMED_8K_IO.line()))
                .or(in.ioPlusMemoryGBs().atLeast(Thresholds.INFORMED_8K_SUM.line()));
        }

        private Tri chinaOrD5(String code) {
            String c = groups.groupCode(code);
            if ("CN".equals(c) || "MO".equals(c)) {
                return Tri.TRUE;
            }
            return member(code, "D:5");
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

        /** Whether a REPORTED requirement (a filing's notice or the 2025 letters) requires a licence. */
        private Tri reportedRequires() {
            Tri t = Tri.FALSE;
            for (Basis b : grounds) {
                if (b.status() == BasisStatus.REPORTED) {
                    t = t.or(b.requires());
                }
            }
            return t;
        }

        private void exceptions(String rid) {
            Tri barred = requires(embargo);
            Tri blocked = reportedRequires().or(barred);
            boolean ab = cats.contains(Cat.A) || cats.contains(Cat.B);
            if (barred == Tri.TRUE) {
                warnings.add("no licence exception is offered: " + embargo.paragraph() + " requires a licence, and § 740.8(b) and "
                    + "§ 740.2(a) bar licence exceptions where part 746 requires one");
                return;
            }
            if (rid != null && !R2022.equals(rid) && ab
                && requires(destination).or(requires(headquarters)).or(requires(diffusion)).or(requires(uae)) != Tri.FALSE) {
                nacAca(blocked, barred);
            }
            if (cats.contains(Cat.C) && requires(hbm) != Tri.FALSE) {
                hbmException(barred);
            }
            if (R2022.equals(rid) && requires(china) != Tri.FALSE) {
                warnings.add("licence exceptions under the 2022 rule were not found in the sources read (License Exception NAC dates from "
                    + "the 2023 rule): none offered");
            }
            if (diffusion != null && diffusion.applies() != Tri.FALSE) {
                lpp(barred);
                aia(barred);
            }
            if ("AE".equals(dest) && !date.isBefore(UAE_2026) && ab) {
                Tri approved = uaeApproved;
                options.add(LicenseOption.of("STA", approved.and(barred.not()).and(reportedRequires().not()),
                    "License Exception STA (§ 740.20) for the UAE only for the UAE Government and the approved entities listed "
                        + "under 91 FR 43034 (supplement no. 8 to part 740, § 740.2(a)(26) in the eCFR of 2026-07-23), within any end "
                        + "date of their entry; end user approved: " + (approved == Tri.UNKNOWN ? "not given" : approved.label())
                        + "; STA's own conditions (prior consignee statement, § 740.20(d)) apply",
                    List.of(), "15 CFR 740.20; 740.2(a)(26); 91 FR 43034",
                    "the rule text and its supplement were not read here [S]"));
            }
        }

        private void nacAca(Tri blocked, Tri barred) {
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
            String block = blocked == Tri.UNKNOWN ? "; not where " + (reportedRequires() == Tri.UNKNOWN
                ? "the reported § 744.23(b) letters" + (barred == Tri.UNKNOWN ? " or part 746" : "") : "part 746") + " apply (§ 740.8(b))" : "";
            Tri notifyScope = d5mo(dest).or(hqD5());
            if (date.isBefore(ACA_FROM)) {
                Tri withNotice = eligible.and(notifyScope).and(blocked.not());
                if (withNotice != Tri.FALSE) {
                    options.add(LicenseOption.of("NAC", withNotice,
                        "2023 text: \"Yes, for 3A090.a, if the item is not designed or marketed for use in datacenters and has a 'total "
                            + "processing performance' of 4800 or more; yes, for 3A090.b, if the item is designed or marketed for use in "
                            + "datacenters\"; to Macau or D:5, or to an entity headquartered there: prior notification to BIS at least 25 "
                            + "calendar days before export" + eligibility + block,
                        NAC_NOTIFICATION, "15 CFR 740.8; 3A090 License Exceptions paragraph; " + Instruments.ACS_2023,
                        "the verbatim destination scope of the 2023 § 740.8 text was not found in the sources read"));
                }
                Tri noNotice = eligible.and(notifyScope.not()).and(blocked.not());
                if (noNotice != Tri.FALSE) {
                    options.add(LicenseOption.of("NAC (no notification)", noNotice,
                        "2023 text, to D:1/D:4 destinations other than Macau and D:5 for an entity not headquartered in Macau or D:5: "
                            + "no prior notification required (filed in AES as \"NAC, no notification required\"; the April 2024 rule "
                            + "renamed this path License Exception ACA)" + eligibility + block,
                        List.of(), "15 CFR 740.8; " + Instruments.ACS_2023 + "; renamed ACA by " + Instruments.CORRECTIONS_2024,
                        "the two NAC paths before 2024-04-04 are described by secondary sources (CBP CSMS #61882672) [S]"));
                }
                return;
            }
            Tri d14 = member(dest, "D:1").or(member(dest, "D:4"));
            boolean written2025 = posture == Posture.AS_WRITTEN && !date.isBefore(DIFFUSION_COMPLIANCE);
            // § 740.8(a) as amended by 90 FR 4544 (as written): ACA to or within any destination except Macau and D:5, and
            // not to entities headquartered there; as enforced, the 2024 scope (D:1 and D:4 other than Macau and D:5)
            Tri acaScope = (written2025 ? Tri.TRUE : d14).and(d5mo(dest).not()).and(hqD5().not());
            String note = date.isBefore(AI_DIFFUSION) ? null
                : "the post-2025 § 740.8 text is UNCONFIRMED (read in an independent reading, not verbatim)";
            String acaNote = note == null ? null : written2025
                ? "as written by 90 FR 4544 (§ 740.8(a) opens ACA to any destination outside Macau and D:5); " + note
                : "as enforced: the 2024 scope of ACA (the AI-diffusion rule's broadening is not enforced); " + note;
            Tri nac = eligible.and(notifyScope).and(blocked.not());
            if (nac != Tri.FALSE) {
                options.add(LicenseOption.of("NAC", nac,
                    "exports and reexports to Macau or Country Group D:5, or to an entity headquartered in (or with an ultimate parent "
                        + "headquartered in) Macau or D:5 wherever located; not for datacenter 3A090.a items; prior notification in "
                        + "SNAP-R at least 25 calendar days before export — within 25 days BIS will inform you if a licence is required"
                        + eligibility + block,
                    posture == Posture.AS_WRITTEN && !date.isBefore(DIFFUSION_COMPLIANCE) ? NAC_NOTIFICATION_2025 : NAC_NOTIFICATION,
                    "15 CFR 740.8(a), (c); " + Instruments.CORRECTIONS_2024, note));
            }
            Tri aca = eligible.and(acaScope).and(blocked.not());
            if (aca != Tri.FALSE) {
                options.add(LicenseOption.of("ACA", aca,
                    (written2025 ? "as written after 90 FR 4544: exports, reexports and in-country transfers to or within any "
                        + "destination other than Macau and D:5, " : "exports, reexports and in-country transfers to or within Country "
                        + "Groups D:1 and D:4 other than Macau and D:5, ")
                        + "and not to an entity headquartered in (or with an ultimate parent headquartered in) Macau or D:5; not for "
                        + "datacenter 3A090.a items; no notification" + eligibility + block,
                    List.of(), "15 CFR 740.8(a); " + Instruments.CORRECTIONS_2024, acaNote));
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

        private void hbmException(Tri barred) {
            Figure mbd = Inputs.of(part, interpretation).memoryBandwidthDensity();
            BigDecimal line = Thresholds.HBM_EXCEPTION.line();
            Tri below = mbd.lessThan(line);
            String shown = mbd.value().map(v -> v.round(2).toPlainString() + " GB/s/mm²").orElse("unknown");
            if (below == Tri.FALSE) {
                warnings.add("License Exception HBM is not available: memory bandwidth density " + shown + " is not below "
                    + line.toPlainString() + " GB/s/mm² (§ 740.25(c))");
                return;
            }
            options.add(LicenseOption.of("HBM", below.and(barred.not()),
                "only if the 3A090.c item has a memory bandwidth density below " + line.toPlainString() + " GB/s/mm² (here " + shown
                    + "); directly purchased by the designer of the co-packaged commodity; exported directly to the packaging site; "
                    + "exporter headquartered in the United States or Country Group A:5 without an ultimate parent in Macau or D:5; the "
                    + "finished co-packaged commodity must not exceed the 3A090.a/.b parameters",
                List.of(), "15 CFR 740.25(b), (c); 89 FR 96814", null));
        }

        private void lpp(Tri barred) {
            // § 740.2(a)(9)(ii) as written after 90 FR 4544: for 3A090 items to D:1/D:4/D:5 destinations not also in A:5/A:6
            // only the exceptions it lists are available, and LPP is not among them (independent reading [S])
            Tri restricted = scope(dest);
            // § 740.29(c)(2): not for ultimate consignees headquartered in Macau or D:5 (reported [S])
            Tri notD5 = d5mo(dest).not().and(hqD5().not()).and(barred.not()).and(restricted.not());
            Tri withinCap = Tri.UNKNOWN;
            Figure tpp = aggregateTpp();
            BigDecimal q = BigDecimal.valueOf(quantity);
            BigDecimal cap = io.chipgate.regime.Thresholds.LPP_TPP_PER_YEAR;
            if (tpp.value().isPresent()) {
                withinCap = Tri.of(tpp.value().get().multiply(q).compareTo(cap) <= 0);
            } else if (tpp.lower().multiply(q).compareTo(cap) > 0) {
                withinCap = Tri.FALSE;
            } else if (tpp.upper().isPresent() && tpp.upper().get().multiply(q).compareTo(cap) <= 0) {
                withinCap = Tri.TRUE;
            }
            Tri available = notD5.and(withinCap);
            if (available == Tri.FALSE) {
                if (restricted == Tri.TRUE) {
                    warnings.add("License Exception LPP is not offered: § 740.2(a)(9)(ii) (as written after 90 FR 4544) lists the only "
                        + "licence exceptions for 3A090 items to " + where() + " (in D:1/D:4/D:5, not in A:5/A:6), and LPP is not "
                        + "among them [S: independent reading]");
                }
                return;
            }
            options.add(LicenseOption.of("LPP", available,
                "as written: up to 26,900,000 TPP per ultimate consignee per calendar year, counting the TPP of 4A090.a items "
                    + "(§ 740.29(h)) — this shipment alone: quantity × " + (part.kind() == PartKind.SYSTEM ? "the system's IC TPP" : "TPP")
                    + " within the cap: " + withinCap.label() + "; not to Macau or D:5, nor to consignees headquartered there "
                    + "(§ 740.29(c)(2)); not to D:1/D:4/D:5 destinations outside A:5/A:6 (§ 740.2(a)(9)(ii)) (figure and scope "
                    + "from secondary sources; § 740.29 verbatim UNCONFIRMED)",
                List.of(), "15 CFR 740.29; 740.2(a)(9)(ii); " + Instruments.AI_DIFFUSION_2025,
                "relieves only the AI-diffusion worldwide requirement, which is NOT ENFORCED; it does not authorize a shipment that "
                    + "needs a licence on an enforced ground"));
        }

        /**
         * AIA (§ 740.27, 90 FR 4559, as written): 3A090.a/4A090.a items to entities located in, and headquartered in, a
         * destination of supplement no. 5(a) to part 740; reporting once the consignee's cumulative TPP reaches 253,000,000.
         */
        private void aia(Tri barred) {
            if (!SUPPLEMENT_5A.contains(dest) || "US".equals(dest)) {
                return;
            }
            Tri hq5a = hq == null ? Tri.UNKNOWN : Tri.of(SUPPLEMENT_5A.contains(hq));
            Tri available = hq5a.and(barred.not());
            if (available == Tri.FALSE) {
                return;
            }
            options.add(LicenseOption.of("AIA", available,
                "as written: 3A090.a/4A090.a items to an entity located in " + where() + " (supplement no. 5(a)) and headquartered "
                    + "in a supplement 5(a) destination (" + hqText() + "); the consignee certifies as § 740.27 requires; reporting to "
                    + "BIS once the ultimate consignee's cumulative TPP reaches 253,000,000",
                List.of(), "15 CFR 740.27; 90 FR 4559; " + Instruments.AI_DIFFUSION_2025,
                "relieves only the AI-diffusion worldwide requirement, which is NOT ENFORCED; supplement 5(a) list from secondary "
                    + "sources [S]"));
        }

        /**
         * The TPP counted for the part: an IC's own, or for a SYSTEM the sum over its ICs of count × TPP (each shared IC
         * evaluated once; UNKNOWN when one cannot be resolved).
         */
        private Figure aggregateTpp() {
            if (part.kind() != PartKind.SYSTEM) {
                return cls != null ? cls.tpp() : Inputs.of(part, interpretation).tpp();
            }
            return systemTpp(part, 0, new java.util.HashMap<>());
        }

        private Figure systemTpp(Part p, int depth, Map<String, Figure> memo) {
            if (p.kind() != PartKind.SYSTEM) {
                return memo.computeIfAbsent(p.id(), k -> Inputs.of(p, interpretation).tpp());
            }
            if (depth > 8 || p.contains().isEmpty()) {
                return Figure.unknown("the ICs of " + p.name());
            }
            Figure sum = Figure.known(Exact.ZERO);
            for (Component c : p.contains()) {
                Optional<Part> ic = resolver.find(c.part());
                if (ic.isEmpty()) {
                    return Figure.unknown("IC " + c.part() + " of " + p.name() + " (not found)");
                }
                sum = sum.plus(systemTpp(ic.get(), depth + 1, memo).times(BigDecimal.valueOf(c.count())));
            }
            return sum;
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
            if (best != null && reportedRequires() != Tri.FALSE && best.kind() != ReviewPolicy.Kind.UNKNOWN) {
                warnings.add("the reported § 744.23(b) letters may also apply: their review policy is not public");
            }
            if (best == null) {
                return ReviewPolicy.of(ReviewPolicy.Kind.UNKNOWN, "-", "no review policy found for the grounds that may apply");
            }
            return level == Tri.TRUE ? best
                : ReviewPolicy.of(best.kind(), best.citation(), "if a licence is required: " + best.conditions());
        }
    }
}
