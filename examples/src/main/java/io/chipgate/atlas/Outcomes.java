package io.chipgate.atlas;

import io.chipgate.regime.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the report shows an outcome: a short label, a colour class and a sentence for the legend. */
final class Outcomes {
    private Outcomes() {
    }

    /** The short label printed in matrix cells, e.g. "NC" for NOT_CONTROLLED. */
    static String abbreviation(Outcome o) {
        switch (o) {
            case NOT_CONTROLLED: return "NC";
            case NOT_APPLICABLE: return "n/a";
            case INDETERMINATE: return "INDET";
            case CASE_BY_CASE: return "CbC";
            case PRESUMPTION_OF_DENIAL: return "PoD";
            case LICENSE_REQUIRED_REPORTED: return "LIC-REP";
            case WORLDWIDE_LICENSE: return "WW-LIC";
            case PRESUMED_3A090_A: return "presumed-a";
            case PRESUMPTION_OVERCOME: return "overcome";
            default: return o.code();
        }
    }

    /** The colour class of an outcome: a (paragraph .a and as strict), b, c, lic (licence policy), free, na, ind. */
    static String colourClass(Outcome o) {
        switch (o) {
            case ECCN_3A090_B_1: case ECCN_3A090_B_2: case ECCN_3A090_B: case ECCN_4A090_B:
                return "o-b";
            case ECCN_3A090_C:
                return "o-c";
            case LICENSE_REQUIRED_REPORTED: case CASE_BY_CASE:
                return "o-lic";
            case NOT_CONTROLLED: case PRESUMPTION_OVERCOME:
                return "o-free";
            case NOT_APPLICABLE:
                return "o-na";
            case INDETERMINATE:
                return "o-ind";
            default:
                return "o-a";
        }
    }

    /** The legend sentence for an outcome. */
    static String description(Outcome o) {
        switch (o) {
            case ECCN_3A090_A: return "ECCN 3A090.a (the 2022 text, or a later text whose subparagraph depends on a missing input)";
            case ECCN_3A090_A_1: return "ECCN 3A090.a.1: TPP of 4800 or more";
            case ECCN_3A090_A_2: return "ECCN 3A090.a.2: TPP of 1600 or more and performance density of 5.92 or more";
            case ECCN_3A090_B_1: return "ECCN 3A090.b.1";
            case ECCN_3A090_B_2: return "ECCN 3A090.b.2";
            case ECCN_3A090_B: return "ECCN 3A090.b, the subparagraph depending on a missing input";
            case ECCN_3A090_C: return "ECCN 3A090.c: high-bandwidth memory";
            case ECCN_4A090_A: return "ECCN 4A090.a: a system holding a 3A090.a IC";
            case ECCN_4A090_B: return "ECCN 4A090.b: a system holding a 3A090.b IC (and none .a)";
            case WORLDWIDE_LICENSE: return "WW-LIC = worldwide licence: AI-diffusion rule as written, a licence to every destination";
            case PRESUMED_3A090_A: return "presumed-a = foundry rule: the fabricator must presume 3A090.a and datacenter";
            case PRESUMPTION_OVERCOME: return "overcome = foundry rule: the transistor-count attestation overcomes the presumption";
            case LICENSE_REQUIRED_REPORTED: return "LIC-REP = licence required per reported 'is informed' letters (reported criteria, not regulatory text)";
            case CASE_BY_CASE: return "CbC = case-by-case licence review (China and Macau, 2026 policy)";
            case PRESUMPTION_OF_DENIAL: return "PoD = presumption of denial (China and Macau, 2026 policy)";
            case CONTROLLED: return "CONTROLLED: a custom regime's rule matched";
            case NOT_APPLICABLE: return "n/a = the regime does not apply to this part";
            case NOT_CONTROLLED: return "NC = not controlled by this regime";
            case INDETERMINATE: return "INDET = indeterminate: the known figures do not decide (the part page names what is missing)";
            default: return o.code();
        }
    }

    /** The legend: every outcome with its label, class and sentence. */
    static List<Map<String, Object>> legend() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", o.code());
            m.put("abbr", abbreviation(o));
            m.put("cls", colourClass(o));
            m.put("text", description(o));
            out.add(m);
        }
        return out;
    }
}
