package io.chipgate.license;

import java.util.Objects;

/**
 * The licence exceptions a licence determination may offer, as typed keys: their code as filed, the section of part
 * 740 that grants them, and whether they can relieve a requirement BIS enforces (LPP and AIA were written by the
 * AI-diffusion rule to relieve only its worldwide requirement, which BIS does not enforce).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LicenceException {
    /** License Exception NAC with the 25-day prior notification (§ 740.8). */
    NAC("NAC", "15 CFR 740.8", true),
    /** NAC without notification, to D:1/D:4 destinations before 2024-04-04 (the path renamed ACA by 89 FR 23876). */
    NAC_NO_NOTIFICATION("NAC (no notification)", "15 CFR 740.8 (2023 text)", true),
    /** License Exception ACA (§ 740.8, from 2024-04-04). */
    ACA("ACA", "15 CFR 740.8", true),
    /** License Exception HBM (§ 740.25) for 3A090.c below 3.3 GB/s/mm². */
    HBM("HBM", "15 CFR 740.25", true),
    /** License Exception STA (§ 740.20) for the UAE Government and approved entities under 91 FR 43034. */
    STA("STA", "15 CFR 740.20", true),
    /** License Exception LPP (§ 740.29, as written by 90 FR 4544): relieves only the unenforced worldwide requirement. */
    LPP("LPP", "15 CFR 740.29", false),
    /** License Exception AIA (§ 740.27, as written by 90 FR 4544): relieves only the unenforced worldwide requirement. */
    AIA("AIA", "15 CFR 740.27", false);

    private final String code;
    private final String section;
    private final boolean relievesEnforced;

    LicenceException(String code, String section, boolean relievesEnforced) {
        this.code = code;
        this.section = section;
        this.relievesEnforced = relievesEnforced;
    }

    /** {@return the code as filed, e.g. "NAC" or "NAC (no notification)"} */
    public String code() {
        return code;
    }

    /** {@return the section of 15 CFR part 740 that grants it} */
    public String section() {
        return section;
    }

    /** {@return whether it can relieve a licence requirement that BIS enforces (false for LPP and AIA)} */
    public boolean relievesEnforced() {
        return relievesEnforced;
    }

    /**
     * {@return the exception with this code}
     *
     * @param code a code as {@link #code()} gives it, not null
     * @throws IllegalArgumentException for an unknown code, naming the known ones
     */
    public static LicenceException ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (LicenceException e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown licence exception code '" + code + "': expected one of NAC, NAC (no notification), "
            + "ACA, HBM, STA, LPP, AIA");
    }
}
