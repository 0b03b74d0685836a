package io.chipgate.regime;

import io.chipgate.model.PartResolver;
import io.chipgate.model.Part;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.Exact;
import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.chipgate.model.Die;
import io.chipgate.model.PartKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The foundry and OSAT due-diligence presumption (Note 1 to 3A090.a, 90 FR 5298, corrected by 90 FR 9604):
 * when a front-end fabricator or OSAT exports an "applicable advanced logic integrated circuit" (16/14 nm or
 * below, or non-planar), it must presume the IC is 3A090.a and designed for datacenters, unless an approved or
 * authorized designer attests otherwise or the aggregated approximated transistor count of the packaged IC is
 * below 30 billion (below 35 billion in 2027, and below 40 billion from 2029, for ICs without HBM), where that
 * count can be confirmed. Effective 2025-01-16, compliance 2025-01-31.
 *
 * <p>Readings evaluated (the outcome is definite only when all agree): whether a vendor's published transistor
 * count may stand in for the "aggregated approximated transistor count" (node density × die area, or a GDS
 * estimate, given as the part's {@code approximatedTransistors}) or only such an approximation overcomes the presumption;
 * and, for a vendor's per-die counts, whether memory dies count in the aggregate. 2028, on which the text is silent,
 * keeps the 30 billion line as written. A board or system is not an applicable advanced logic IC: its ICs are.
 */
final class Foundry2025 extends Regime {
    /** Note 1.b(b)(i): 35 billion "for any exports ... completed in 2027" (ICs without HBM). */
    static final int YEAR_35B = 2027;
    /** The text names no relief for 2028: read both ways. */
    static final int YEAR_SILENT = 2028;
    /** Note 1.b(b)(ii): 40 billion "in 2029 or thereafter" (ICs without HBM). */
    static final int YEAR_40B = 2029;

    /** Effective 2025-01-16, compliance 2025-01-31; the transistor lines change on 1 January of 2027, 2028 and 2029. */
    static final RegimeDefinition DEFINITION = RegimeDefinition.of("foundry-2025",
        "Foundry and OSAT presumption for advanced logic ICs (Note 1 to 3A090.a)", Instruments.FOUNDRY_2025,
        EffectivePeriod.ofUnboundedEnd(LocalDate.of(2025, 1, 16)))
        .withCompliance(LocalDate.of(2025, 1, 31))
        .withRuleChangeDates(List.of(LocalDate.of(YEAR_35B, 1, 1), LocalDate.of(YEAR_SILENT, 1, 1), LocalDate.of(YEAR_40B, 1, 1)));

    Foundry2025() {
        super(DEFINITION);
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(Thresholds.FOUNDRY_30B, Thresholds.FOUNDRY_35B_2027, Thresholds.FOUNDRY_40B_2029);
    }

    @Override
    public List<String> standingWarnings() {
        return List.of("applies to front-end fabricators and OSATs only, not to other exporters",
            "UNCONFIRMED: the verbatim § 772.1 definitions; the contents of supplements 6 and 7 (approved designers and OSATs); "
                + "the content of the 90 FR 9604 correction",
            "an approved or authorized IC designer's attestation of TPP and performance density also overcomes the presumption; "
                + "it is not evaluated here");
    }

    /** The node in nanometres a process name states ("TSMC N7", "4NP", "12FFN", "7nm-class", "Samsung 8N"), if any. */
    static Optional<BigDecimal> nodeNm(String process) {
        for (Pattern p : NODE_PATTERNS) {
            Matcher m = p.matcher(process);
            if (m.find()) {
                return Optional.of(new BigDecimal(m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static final List<Pattern> NODE_PATTERNS = List.of(
        Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*nm", Pattern.CASE_INSENSITIVE),
        Pattern.compile("\\bN(\\d+)"),
        Pattern.compile("\\b(\\d+)(?:N|NP|FF|FFN|FFC|LPP|LPE|LPU)\\b"));

    /** "16/14 nanometer node or below" (Note 1.d to 3A090.a). */
    static final BigDecimal NODE_16_14 = new BigDecimal("16");

    /**
     * Whether a die makes the IC an "applicable advanced logic integrated circuit": "produced using the '16/14
     * nanometer node' or below, or using a non-planar transistor architecture" (Note 1.d): TRUE when either is
     * known to hold, FALSE when both are known not to, else UNKNOWN.
     */
    static Tri applicable(Die d) {
        Tri nonPlanar = d.nonPlanar().map(Tri::of).orElse(Tri.UNKNOWN);
        Tri node = d.process().flatMap(Foundry2025::nodeNm).map(n -> Tri.of(n.compareTo(NODE_16_14) <= 0)).orElse(Tri.UNKNOWN);
        return nonPlanar.or(node);
    }

    @Override
    Evaluation evaluate(Inputs in, LocalDate date, boolean explain) {
        Evaluation e = Evaluation.of(explain);
        e.citations.add("Note 1 to ECCN 3A090.a; 90 FR 5298");
        if (in.kind() == PartKind.MEMORY) {
            e.condition(Notice.Code.MEMORY_DEVICE, "a memory device is not an applicable advanced logic IC");
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        DieFacts facts = in.dieFacts();
        Tri applicable = facts.applicable;
        boolean anyLogic = facts.anyLogic;
        Figure logicCount = facts.logicCount;
        boolean memoryDies = facts.memoryDies;
        if (!anyLogic) {
            applicable = Tri.UNKNOWN;
            e.missing.add("dies (no logic die given)");
        }
        if (e.explains()) {
            e.condition(Notice.Code.APPLICABLE_ADVANCED_LOGIC, "applicable advanced logic IC (a logic die at the 16/14 nm node or below, or non-planar — Note 1.d): "
                + applicable.label());
        }
        if (applicable == Tri.FALSE) {
            return e.outcome(Outcome.NOT_APPLICABLE);
        }
        if (applicable == Tri.UNKNOWN && anyLogic) {
            e.missing.add("dies[].nonPlanar or dies[].process (node)");
        }
        boolean hbm = in.hasHbm();
        int year = date.getYear();
        if (e.explains()) {
            e.condition(Notice.Code.TRANSACTION_FACTS, "contains HBM: " + hbm + "; transaction year " + year);
        }
        Tri primaryBelow = e.test(line(hbm, year, false), in);
        // the readings of Note 1: which count, which dies, and 2028
        Map<String, Outcome> byReading = e.explains() ? new LinkedHashMap<>() : null;
        Outcome agreed = null; // the outcome all readings give so far
        boolean disagree = false;
        // the fabricator's or OSAT's "aggregated approximated transistor count", when given: the count the text names
        Optional<BigDecimal> approximated = in.part().approximatedTransistors().map(a -> new BigDecimal(a.count()));
        for (boolean approximatedOnly : new boolean[] {false, true}) {
            for (boolean memoryCounted : memoryDies && approximated.isEmpty() ? new boolean[] {true, false} : new boolean[] {true}) {
                // 2028: the text names no relief (35 billion "in 2027", 40 billion "in 2029 or thereafter"): 30 billion as written
                Figure count = approximated.map(Figure::known).orElse(memoryCounted ? in.transistors() : logicCount);
                Tri below = approximatedOnly && approximated.isEmpty() ? Tri.FALSE : count.lessThan(line(hbm, year, false).exactLine());
                if (below == Tri.UNKNOWN && !count.isKnown() && count.upper().isEmpty()) {
                    below = Tri.FALSE; // "where the aggregated approximated transistor count ... cannot be confirmed" (1.d)
                }
                Outcome o = applicable.and(below.not()) == Tri.TRUE ? Outcome.PRESUMED_3A090_A
                    : below == Tri.TRUE ? Outcome.PRESUMPTION_OVERCOME : Outcome.INDETERMINATE;
                disagree |= agreed != null && agreed != o;
                agreed = o;
                if (byReading == null) {
                    continue;
                }
                String key = (approximatedOnly ? "count=approximated-only" : "count=vendor-figure")
                    + (memoryDies && approximated.isEmpty() ? (memoryCounted ? ", memory-dies=counted" : ", memory-dies=not-counted") : "");
                byReading.put(key, o);
            }
        }
        if (!in.transistors().isKnown() && primaryBelow != Tri.TRUE) {
            e.condition(Notice.Code.COUNT_NOT_CONFIRMED, "the transistor count cannot be confirmed from the figures given: Note 1.d presumes 3A090.a");
            e.missing.removeIf(m -> m.contains("transistors"));
        }
        if (!hbm && year == YEAR_SILENT) {
            e.warning(Notice.Code.YEAR_2028_SILENT, "2028: the text gives 35 billion for 2027 and 40 billion for 2029 on and names no relief for 2028: "
                + "the 30 billion line applies as written");
        }
        if (byReading == null) {
            return e.outcome(disagree ? Outcome.INDETERMINATE : agreed);
        }
        byReading.forEach((k, o) -> e.condition(Notice.Code.READING, "reading " + k + ": " + o));
        e.condition(Notice.Code.OVERCOMING_COUNT, "the count that overcomes the presumption is the 'aggregated approximated transistor count' (node transistor density "
            + "× die area, or a GDS-based estimate; Note 1), with packaging by the front-end fabricator outside Macau and D:5 (1.b) or "
            + "by an approved OSAT in supp. no. 7 to part 740 (1.c) and that company's attestation; a vendor's published count is "
            + "not that approximation");
        Set<Outcome> outcomes = new java.util.HashSet<>(byReading.values());
        if (outcomes.size() == 1) {
            e.outcome(outcomes.iterator().next());
        } else {
            e.missing.add("a reading of Note 1 to 3A090.a: the readings disagree (" + byReading + ")");
            e.outcome(Outcome.INDETERMINATE);
        }
        return e;
    }

    /**
     * What the presumption reads from a part's dies, the same whatever the date or interpretation: computed once
     * per {@link Inputs} ({@link Inputs#dieFacts()}), since reading process names takes pattern matching.
     */
    static final class DieFacts {
        final Tri applicable;
        final boolean anyLogic;
        final Figure logicCount;
        final boolean memoryDies;

        private DieFacts(Tri applicable, boolean anyLogic, Figure logicCount, boolean memoryDies) {
            this.applicable = applicable;
            this.anyLogic = anyLogic;
            this.logicCount = logicCount;
            this.memoryDies = memoryDies;
        }

        static DieFacts of(io.chipgate.model.Part part) {
            Tri applicable = Tri.FALSE;
            boolean anyLogic = false;
            Figure logicCount = Figure.known(Exact.ZERO);
            boolean memoryDies = false;
            for (int i = 0; i < part.dies().size(); i++) {
                Die d = part.dies().get(i);
                if (d.role().isLogic()) {
                    anyLogic = true;
                    applicable = applicable.or(applicable(d));
                    Figure t = d.transistors().map(x -> Figure.known(new BigDecimal(x))).orElse(Figure.unknown("dies[" + i + "].transistors"));
                    logicCount = logicCount.plus(t.times(BigDecimal.valueOf(d.count())));
                } else if (d.role() == io.chipgate.model.DieRole.MEMORY) {
                    memoryDies = true;
                }
            }
            return new DieFacts(applicable, anyLogic, logicCount, memoryDies);
        }
    }

    private static Threshold line(boolean hbm, int year, boolean relief2028) {
        if (!hbm && (year == YEAR_35B || year == YEAR_SILENT && relief2028)) {
            return Thresholds.FOUNDRY_35B_2027;
        }
        if (!hbm && year >= YEAR_40B) {
            return Thresholds.FOUNDRY_40B_2029;
        }
        return Thresholds.FOUNDRY_30B;
    }

    /**
     * The presumption applies to "applicable advanced logic integrated circuits", not to a board or system: the system
     * itself is NOT_APPLICABLE, and its ICs' own outcomes are stated (evaluate each IC for the fabricator's export).
     */
    @Override
    Outcome systemOutcome(Part system, Outcome fromIcs, Interpretation in, PartResolver resolver, Evaluation e) {
        e.condition(Notice.Code.NOT_IN_SCOPE, "a board or system is not an applicable advanced logic IC (Note 1.d to 3A090.a): the "
            + "presumption applies to each IC it contains, whose outcomes are listed");
        e.missing.clear();
        return Outcome.NOT_APPLICABLE;
    }
}
