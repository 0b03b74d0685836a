package io.chipgate.license;

import io.chipgate.metrics.Tri;
import io.chipgate.regime.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The jurisdiction step, evaluated before the licence grounds: is the item subject to the EAR at all
 * (15 CFR 734.3)? {@link #subjectToEar()} is TRUE, FALSE or UNKNOWN with its {@link #basis()}:
 * <ul>
 *   <li>no origin given: "assumed subject to the EAR (US-origin item)" — today's assumption, stated;
 *   <li>US-origin: subject wherever located (§ 734.3(a)(2));
 *   <li>foreign-made, located outside the United States: subject when a foreign-direct-product rule reaches it
 *       (§ 734.9(h) advanced computing, § 734.9(e)/(g) Entity List footnotes 1, 3, 4, 5, the other § 734.9 rules as
 *       one finding) or its controlled US-origin content is above the de minimis level (§ 734.4); not subject when every
 *       rule is FALSE; UNKNOWN otherwise, with {@link #settledBy()} naming the fact (a supplier's statement of the
 *       technology and equipment used, the content's value, the parties) or the reading to obtain;
 *   <li>a foreign-made item shipped to the United States: subject once there (§ 734.3(a)(1)).
 * </ul>
 * A definite "not subject to the EAR" ends the analysis under the EAR: the licence answer then says that, never a bare
 * "no licence required". Each rule's prongs are in {@link #rules()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Jurisdiction {
    /** The line of the default answer. */
    public static final String ASSUMED = "assumed subject to the EAR (US-origin item)";

    /** The rules, in the order they are evaluated and shown. */
    static final List<JurisdictionRule> RULES = List.of(new AdvancedComputingFdpRule(), new EntityListFdpRule(), new OtherFdpRules(),
        new DeMinimisRule());

    static final OpenQuestion US_TECHNOLOGY = new OpenQuestion("us-technology", "Is the foreign-made item a direct product of "
        + "US-origin technology or software of the listed ECCNs, or made by a plant (or major component) that is? Ask the maker.",
        "not given", "15 CFR 734.9(h)(1), (e), (g); a supplier's statement of the technology, software and equipment used");
    static final OpenQuestion US_CONTENT = new OpenQuestion("us-content", "What is the value of the item's controlled US-origin "
        + "content, as a percentage of its total value (fair market price)?", "not given", "15 CFR 734.4(c), (d); supplement no. 2 to part 734");
    static final OpenQuestion PARTIES = new OpenQuestion("parties", "Who are the purchaser, consignees and end user? Name them to screen "
        + "for Entity List FDP footnotes 1, 3, 4 and 5.", "none named", "15 CFR 734.9(e), (g)");
    static final OpenQuestion CLASSIFICATION = new OpenQuestion("classification", "Is the item specified in ECCN 3A090 or 4A090 on the "
        + "date? Its classification is INDETERMINATE: give the missing figure.", "classification INDETERMINATE", "15 CFR 734.9(h)(1)");
    static final OpenQuestion GROUP_MEMBERSHIP = new OpenQuestion("country-group", "Was the destination in the country group on the "
        + "shipment date? The change's date is not known exactly.", "inside the window of a change", "supplement no. 1 to part 740");
    static final OpenQuestion OTHER_FDP = new OpenQuestion("other-fdp", "Does another § 734.9 rule (national security (b), "
        + "Russia/Belarus (f), supercomputer (i) or later) reach this item and destination? chipgate does not assess them.",
        "not assessed", "15 CFR 734.9(b), (f), (i)");
    static final OpenQuestion DE_MINIMIS_2023 = new OpenQuestion("de-minimis-2023", "Does § 734.4 as amended by 88 FR 73458 leave a de "
        + "minimis level for foreign-made items with US-origin 3A090/4A090 content to this destination?", "text not read (UNCONFIRMED)",
        "15 CFR 734.4(a); 88 FR 73458");
    static final OpenQuestion FN5_SCOPE = new OpenQuestion("footnote-5", "What do § 734.9(e)(3) and § 734.4(a)(9) (footnote 5, "
        + "89 FR 96790) reach? Their text was not read here.", "text not read (UNCONFIRMED)", "15 CFR 734.9(e)(3), 734.4(a)(9); 89 FR 96790");

    /** What a rule is evaluated on. */
    record Facts(Shipment shipment, Outcome classification, boolean classified, List<PartyFinding> findings, boolean screened,
                 CountryGroups groups) {
        LocalDate date() {
            return shipment.date();
        }

        String dest() {
            return shipment.destination().code();
        }

        ItemOrigin origin() {
            return shipment.itemOrigin();
        }
    }

    private final ItemOrigin facts;
    private final Tri subjectToEar;
    private final String basis;
    private final List<RuleFinding> rules;
    private final List<OpenQuestion> settledBy;
    private final List<String> citations;
    private final List<String> fabrication;

    private Jurisdiction(ItemOrigin facts, Tri subjectToEar, String basis, List<RuleFinding> rules, List<OpenQuestion> settledBy,
                         List<String> citations, List<String> fabrication) {
        this.fabrication = List.copyOf(fabrication);
        this.facts = facts;
        this.subjectToEar = subjectToEar;
        this.basis = basis;
        this.rules = List.copyOf(rules);
        this.settledBy = List.copyOf(settledBy);
        this.citations = List.copyOf(citations);
    }

    /** {@return the answer when no origin is given: assumed subject to the EAR (US-origin item)} */
    static Jurisdiction assumedUs() {
        return new Jurisdiction(ItemOrigin.notGiven(), Tri.TRUE, ASSUMED, List.of(), List.of(), List.of("15 CFR 734.3(a)(2)"), List.of());
    }

    /**
     * {@return whether the shipment's item is subject to the EAR on its date}
     *
     * @param shipment the shipment with its {@link Shipment#itemOrigin()} facts, not null
     * @param classification the outcome of the 3A090 regime in force on the date; null when none is in force
     * @param findings the party findings (screened against the Consolidated Screening List); empty when none matched
     * @param groups the country-group data, not null
     */
    static Jurisdiction assess(Shipment shipment, Outcome classification, List<PartyFinding> findings, CountryGroups groups) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(groups, "groups");
        ItemOrigin o = shipment.itemOrigin();
        if (!o.given()) {
            return assumedUs();
        }
        if (o.origin().orElseThrow() == Origin.US) {
            return new Jurisdiction(o, Tri.TRUE, "a US-origin item, wherever located (15 CFR 734.3(a)(2))", List.of(),
                List.of(), List.of("15 CFR 734.3(a)(2)"), List.of());
        }
        if (Transaction.to(shipment.destination()) == Transaction.WITHIN_UNITED_STATES) {
            return new Jurisdiction(o, Tri.TRUE, "a foreign-made item in the United States, once there (15 CFR 734.3(a)(1))", List.of(),
                List.of(), List.of("15 CFR 734.3(a)(1)"), List.of());
        }
        Facts f = new Facts(shipment, classification, classification != null, List.copyOf(findings), !shipment.parties().isEmpty(), groups);
        List<RuleFinding> found = new ArrayList<>();
        for (JurisdictionRule r : RULES) {
            found.addAll(r.evaluate(f));
        }
        Tri any = Tri.FALSE;
        RuleFinding first = null;
        for (RuleFinding r : found) {
            any = any.or(r.subjects());
            if (first == null && r.subjects() == Tri.TRUE) {
                first = r;
            }
        }
        Set<String> cites = new LinkedHashSet<>();
        cites.add("15 CFR 734.3(a)(3), (a)(4)");
        found.forEach(r -> cites.add(r.citation()));
        String basis;
        List<OpenQuestion> questions = new ArrayList<>();
        if (any == Tri.TRUE) {
            basis = "a foreign-made item reached by " + first.paragraph() + " (" + first.name() + "): "
                + (first.rule().equals(DeMinimisRule.ID) ? "its controlled US-origin content is above the de minimis level"
                : "both prongs met");
        } else if (any == Tri.FALSE) {
            basis = "a foreign-made item located outside the United States that no foreign-direct-product rule "
                + "assessed reaches (15 CFR 734.9) and whose controlled US-origin content is "
                + o.usContentPercent().map(p -> p.toPlainString() + " %, at or below the de minimis level (15 CFR 734.4)").orElse("")
                + "; no EAR licence applies because the EAR do not — other countries' export laws may";
        } else {
            Map<String, OpenQuestion> q = new LinkedHashMap<>();
            for (RuleFinding r : found) {
                if (r.subjects() == Tri.UNKNOWN) {
                    for (Prong p : r.prongs()) {
                        p.settledBy().forEach(x -> q.putIfAbsent(x.id() + "|" + x.question(), x));
                    }
                }
            }
            questions.addAll(q.values());
            basis = "a foreign-made item; "
                + String.join(", ", found.stream().filter(r -> r.subjects() == Tri.UNKNOWN).map(RuleFinding::paragraph).distinct().toList())
                + " not decided by the facts given";
        }
        return new Jurisdiction(o, any, basis, found, questions, new ArrayList<>(cites), fabrication(shipment.part()));
    }

    /** Where the catalog says the part's dies are fabricated: "GH100: TSMC 4N (source nv-hopper-wp)", one per die with a process. */
    static List<String> fabrication(io.chipgate.model.Part part) {
        List<String> out = new ArrayList<>();
        for (io.chipgate.model.Die d : part.dies()) {
            if (d.process().isPresent()) {
                String src = d.figureSources().containsKey("process") ? d.figureSources().get("process").source() : d.source().orElse("none");
                out.add(d.name().orElse(d.role().name().toLowerCase(java.util.Locale.ROOT) + " die") + ": " + d.process().get()
                    + " (source " + src + ")");
            }
        }
        return List.copyOf(out);
    }

    /** {@return a question of at most {@link OpenQuestion#MAX_QUESTION} characters, cut with "…"} */
    static String clip(String q) {
        return q.length() <= OpenQuestion.MAX_QUESTION ? q : q.substring(0, OpenQuestion.MAX_QUESTION - 1) + "…";
    }

    /** {@return TRUE subject to the EAR, FALSE not subject, UNKNOWN when the facts or the readings do not decide} */
    public Tri subjectToEar() {
        return subjectToEar;
    }

    /** {@return whether the answer is the default assumption (no origin given)} */
    public boolean assumed() {
        return !facts.given();
    }

    /** {@return the facts it was decided on} */
    public ItemOrigin facts() {
        return facts;
    }

    /**
     * {@return why, in one sentence: the origin, the rule that applies, or the de minimis comparison; the answer itself is
     * {@link #subjectToEar()} and {@link #statement()} says both}
     */
    public String basis() {
        return basis;
    }

    /** {@return each rule evaluated for a foreign-made item, with its prongs; empty for a US-origin or assumed item} */
    public List<RuleFinding> rules() {
        return rules;
    }

    /** {@return the facts and readings that would settle an UNKNOWN answer; empty when it is definite} */
    public List<OpenQuestion> settledBy() {
        return settledBy;
    }

    /**
     * {@return for a foreign-made item, where the catalog says the part's dies are fabricated (foundry and node, with the
     * source id), e.g. "GH100: TSMC 4N (source nv-hopper-wp)"; context for the facts, never a fact itself: whether the
     * item is a direct product of US technology or plant is given by the user; empty otherwise}
     */
    public List<String> fabrication() {
        return fabrication;
    }

    /** {@return the provisions the answer rests on} */
    public List<String> citations() {
        return citations;
    }

    /**
     * {@return the licence answer once jurisdiction is known: the grounds' answer when subject; FALSE when not subject;
     * when unknown, FALSE only if the grounds require no licence anyway, else UNKNOWN}
     *
     * @param grounds the answer of the licence grounds, not null
     */
    public Tri licenseRequired(Tri grounds) {
        Objects.requireNonNull(grounds, "grounds");
        return subjectToEar == Tri.TRUE ? grounds : subjectToEar == Tri.FALSE ? Tri.FALSE
            : grounds == Tri.FALSE ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** {@return the first line of text output: "Jurisdiction: …"} */
    public String statement() {
        if (assumed()) {
            return "Jurisdiction: " + ASSUMED + " — give the origin (--origin us|foreign) to assess a foreign-made item";
        }
        String head = subjectToEar == Tri.TRUE ? "SUBJECT to the EAR" : subjectToEar == Tri.FALSE ? "NOT SUBJECT to the EAR"
            : "UNKNOWN whether the item is subject to the EAR";
        return "Jurisdiction: " + head + " — " + basis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction j && facts.equals(j.facts) && subjectToEar == j.subjectToEar && basis.equals(j.basis)
            && rules.equals(j.rules) && settledBy.equals(j.settledBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts, subjectToEar, basis, rules);
    }

    /** The statement line. */
    @Override
    public String toString() {
        return statement();
    }
}
