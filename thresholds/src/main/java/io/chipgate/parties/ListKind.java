package io.chipgate.parties;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists merged into the US Consolidated Screening List (International Trade Administration,
 * https://www.trade.gov/consolidated-screening-list), each with the code trade.gov's "source" field gives it in
 * parentheses, e.g. "Entity List (EL) - Bureau of Industry and Security".
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ListKind {
    /** Entity List, 15 CFR 744 Supplement No. 4 (Commerce, BIS). */
    ENTITY_LIST("EL", "Entity List", Agency.COMMERCE),
    /** Denied Persons List, 15 CFR 764 Supplement No. 2 (Commerce, BIS). */
    DENIED_PERSONS("DPL", "Denied Persons List", Agency.COMMERCE),
    /** Unverified List, 15 CFR 744 Supplement No. 6 (Commerce, BIS). */
    UNVERIFIED("UVL", "Unverified List", Agency.COMMERCE),
    /** Military End User List, 15 CFR 744 Supplement No. 7 (Commerce, BIS). */
    MILITARY_END_USER("MEU", "Military End User List", Agency.COMMERCE),
    /** Specially Designated Nationals and Blocked Persons (Treasury, OFAC). */
    SDN("SDN", "Specially Designated Nationals", Agency.TREASURY),
    /** Sectoral Sanctions Identifications List (Treasury, OFAC). */
    SSI("SSI", "Sectoral Sanctions Identifications List", Agency.TREASURY),
    /** Non-SDN Chinese Military-Industrial Complex Companies List (Treasury, OFAC). */
    CMIC("CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List", Agency.TREASURY),
    /** Non-SDN Menu-Based Sanctions List (Treasury, OFAC). */
    NS_MBS("NS-MBS", "Non-SDN Menu-Based Sanctions List", Agency.TREASURY),
    /** Palestinian Legislative Council List (Treasury, OFAC). */
    PLC("PLC", "Palestinian Legislative Council List", Agency.TREASURY),
    /** CAPTA List: correspondent account or payable-through account sanctions (Treasury, OFAC). */
    CAP("CAP", "Capta List", Agency.TREASURY),
    /** Foreign Sanctions Evaders List (Treasury, OFAC); trade.gov names it, the 2026-07-31 snapshot has no entry. */
    FOREIGN_SANCTIONS_EVADERS("FSE", "Foreign Sanctions Evaders List", Agency.TREASURY),
    /** ITAR Debarred, 22 CFR 127.7 (State, DDTC). */
    ITAR_DEBARRED("DTC", "ITAR Debarred", Agency.STATE),
    /** Nonproliferation Sanctions (State, ISN). */
    NONPROLIFERATION("ISN", "Nonproliferation Sanctions", Agency.STATE);

    /** The department that keeps a list. */
    public enum Agency {
        /** Department of Commerce, Bureau of Industry and Security: lists under the EAR. */
        COMMERCE,
        /** Department of the Treasury, Office of Foreign Assets Control: sanctions outside the EAR. */
        TREASURY,
        /** Department of State: ITAR debarments and nonproliferation sanctions, outside the EAR. */
        STATE
    }

    private static final Pattern CODE_IN_SOURCE = Pattern.compile("\\(([A-Z][A-Z-]*)(?: List)?\\)");

    private final String code;
    private final String title;
    private final Agency agency;

    ListKind(String code, String title, Agency agency) {
        this.code = code;
        this.title = title;
        this.agency = agency;
    }

    /**
     * {@return the list's short code as trade.gov writes it, e.g. "EL", "NS-MBS", "DTC"}
     */
    public String code() {
        return code;
    }

    /**
     * {@return the list's name, e.g. "Entity List"}
     */
    public String title() {
        return title;
    }

    /**
     * {@return the department that keeps the list}
     */
    public Agency agency() {
        return agency;
    }

    /**
     * The list with this code.
     *
     * @param code a code as {@link #code()} gives it, any case; "ACN" (an older code of the Nonproliferation
     *     Sanctions) is read as ISN; not null
     * @return the list, or empty when no list has that code
     */
    public static Optional<ListKind> ofCode(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("ACN")) {
            return Optional.of(NONPROLIFERATION);
        }
        for (ListKind k : values()) {
            if (k.code.equals(c)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The list named by trade.gov's "source" field, by the code in its parentheses ("Entity List (EL) - Bureau of
     * Industry and Security" is {@link #ENTITY_LIST}); a bare code is read as well.
     *
     * @param source the source field as downloaded, not null
     * @return the list, or empty when the text names none
     */
    public static Optional<ListKind> ofSource(String source) {
        Matcher m = CODE_IN_SOURCE.matcher(source);
        while (m.find()) {
            Optional<ListKind> k = ofCode(m.group(1));
            if (k.isPresent()) {
                return k;
            }
        }
        return ofCode(source);
    }
}
