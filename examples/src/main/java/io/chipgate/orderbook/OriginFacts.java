package io.chipgate.orderbook;

import io.chipgate.license.ItemOrigin;
import io.chipgate.license.Origin;
import io.chipgate.metrics.Tri;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The origin facts as the command line and order files write them: origin {@code us|foreign}, US technology
 * {@code yes|no|unknown}, US-controlled content a percentage or {@code unknown}. One place for both, so that a flag and a
 * column mean the same and fail with the same message.
 */
public final class OriginFacts {
    private OriginFacts() {
    }

    /**
     * Reads the three facts with the command-line option names in messages.
     *
     * @param origin "us", "foreign" or null (not given)
     * @param usTech "yes", "no", "unknown" or null
     * @param usContent a percentage, "unknown" or null
     * @return the facts
     * @throws IllegalArgumentException for a value that is not one of those
     */
    public static ItemOrigin parse(String origin, String usTech, String usContent) {
        return parse(origin, usTech, usContent, "--origin", "--us-tech", "--us-content");
    }

    /**
     * Reads the three facts, naming them as given in messages (option or column names).
     *
     * @param origin "us", "foreign", blank or null (not given)
     * @param usTech "yes", "no", "unknown", blank or null
     * @param usContent a percentage from 0 to 100 (a trailing % allowed), "unknown", blank or null
     * @param originName the name of the origin option or column
     * @param usTechName the name of the US-technology option or column
     * @param usContentName the name of the content option or column
     * @return the facts
     * @throws IllegalArgumentException for a value that is not one of those, or for facts of a foreign-made item without origin foreign
     */
    public static ItemOrigin parse(String origin, String usTech, String usContent, String originName, String usTechName, String usContentName) {
        boolean techGiven = usTech != null && !usTech.isBlank();
        boolean contentGiven = usContent != null && !usContent.isBlank();
        if (origin == null || origin.isBlank()) {
            if (techGiven || contentGiven) {
                throw new IllegalArgumentException((techGiven ? usTechName : usContentName) + " applies to a foreign-made item: give " + originName + " foreign");
            }
            return ItemOrigin.notGiven();
        }
        Origin o;
        try {
            o = Origin.parse(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(originName + ": invalid value \"" + origin.strip() + "\": expected us or foreign");
        }
        if (o == Origin.US) {
            if (techGiven || contentGiven) {
                throw new IllegalArgumentException((techGiven ? usTechName : usContentName) + " applies to a foreign-made item, not to " + originName + " us");
            }
            return ItemOrigin.us();
        }
        Tri tech = Tri.UNKNOWN;
        if (techGiven) {
            tech = switch (usTech.strip().toLowerCase(Locale.ROOT)) {
                case "yes" -> Tri.TRUE;
                case "no" -> Tri.FALSE;
                case "unknown" -> Tri.UNKNOWN;
                default -> throw new IllegalArgumentException(usTechName + ": invalid value \"" + usTech.strip() + "\": expected yes, no or unknown");
            };
        }
        BigDecimal content = null;
        if (contentGiven && !usContent.strip().equalsIgnoreCase("unknown")) {
            String t = usContent.strip();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (!t.matches("[0-9]{1,3}(\\.[0-9]{1,10})?")) {
                throw new IllegalArgumentException(usContentName + ": invalid value \"" + usContent.strip() + "\": expected a percentage from 0 to 100 "
                    + "such as 18.5, or unknown");
            }
            content = new BigDecimal(t);
            if (content.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(usContentName + ": invalid value \"" + usContent.strip() + "\": expected a percentage from 0 to 100");
            }
        }
        return ItemOrigin.foreign(tech, content);
    }
}
