package io.chipgate.regime;

/**
 * The outcome of a determination, with its public code (stable, as printed in JSON and CSV).
 */
public enum Outcome {
    /** 3A090.a: the 2022 text (interconnect and compute), or a later text when the subparagraph is open. */
    ECCN_3A090_A("3A090.a", 40),
    /** 3A090.a.1 (2023 and later texts): a 'total processing performance' of 4800 or more. */
    ECCN_3A090_A_1("3A090.a.1", 40),
    /** 3A090.a.2: a TPP of 1600 or more and a 'performance density' of 5.92 or more. */
    ECCN_3A090_A_2("3A090.a.2", 40),
    /**
     * 3A090.b.1: a TPP of 2400 or more and less than 4800 and a performance density of 1.6 or more and less than 5.92.
     */
    ECCN_3A090_B_1("3A090.b.1", 30),
    /** 3A090.b.2: a TPP of 1600 or more and a performance density of 3.2 or more and less than 5.92. */
    ECCN_3A090_B_2("3A090.b.2", 30),
    /** 3A090.b, the subparagraph depending on missing inputs. */
    ECCN_3A090_B("3A090.b", 30),
    /** 3A090.c (from 2024-12-02): high bandwidth memory with a 'memory bandwidth density' greater than 2 GB/s/mm². */
    ECCN_3A090_C("3A090.c", 20),
    /** A system or board containing a 3A090.a IC. */
    ECCN_4A090_A("4A090.a", 40),
    /** A system or board containing a 3A090.b IC (and none .a). */
    ECCN_4A090_B("4A090.b", 30),
    /** AI diffusion as written: a licence is required to every destination. */
    WORLDWIDE_LICENSE("WORLDWIDE_LICENSE", 40),
    /** Foundry rule: the fabricator must presume 3A090.a and datacenter. */
    PRESUMED_3A090_A("PRESUMED_3A090_A", 40),
    /** Foundry rule: the transistor-count attestation overcomes the presumption. */
    PRESUMPTION_OVERCOME("PRESUMPTION_OVERCOME", 5),
    /** Reported "is informed" letters: a licence is required (REPORTED criteria). */
    LICENSE_REQUIRED_REPORTED("LICENSE_REQUIRED_REPORTED", 35),
    /** Jan 2026 China licence-review policy. */
    CASE_BY_CASE("CASE_BY_CASE", 35),
    /** Jan 2026 China licence-review policy: applications are reviewed under a presumption of denial. */
    PRESUMPTION_OF_DENIAL("PRESUMPTION_OF_DENIAL", 45),
    /** A custom (hypothetical) regime's rule matched; the determination names which. */
    CONTROLLED("CONTROLLED", 40),
    /** The regime does not apply to this part (e.g. the 2026 review policy for a part that is not 3A090). */
    NOT_APPLICABLE("NOT_APPLICABLE", 0),
    /** The known inputs decide that the regime's rule does not reach the part. */
    NOT_CONTROLLED("NOT_CONTROLLED", 0),
    /** The known inputs do not decide; the determination names what is missing. */
    INDETERMINATE("INDETERMINATE", -1);

    private final String code;
    private final int severity;

    Outcome(String code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /** {@return the stable public code, e.g. "3A090.a.1"} */
    public String code() {
        return code;
    }

    /**
     * Orders outcomes from free (0) to most restricted, for combining the ICs of a system; INDETERMINATE is -1.
     *
     * @return 0 for outcomes that restrict nothing, higher for more restricted ones, -1 for INDETERMINATE
     */
    public int severity() {
        return severity;
    }

    /** {@return whether the part is classified under ECCN 3A090 or 4A090} */
    public boolean isEccn() {
        return code.startsWith("3A090") || code.startsWith("4A090");
    }

    /** {@return whether this outcome places the part under 3A090.a or 4A090.a} */
    public boolean isParagraphA() {
        return this == ECCN_3A090_A || this == ECCN_3A090_A_1 || this == ECCN_3A090_A_2 || this == ECCN_4A090_A;
    }

    /** {@return whether this outcome places the part under 3A090.b or 4A090.b} */
    public boolean isParagraphB() {
        return this == ECCN_3A090_B_1 || this == ECCN_3A090_B_2 || this == ECCN_3A090_B || this == ECCN_4A090_B;
    }

    /**
     * {@return the outcome with this code}
     *
     * @param code the public code, e.g. "3A090.a.1", case ignored, not null
     * @throws IllegalArgumentException if no outcome has the code
     */
    public static Outcome ofCode(String code) {
        for (Outcome o : values()) {
            if (o.code.equalsIgnoreCase(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown outcome code: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
