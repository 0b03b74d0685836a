package io.chipgate.license;

import io.chipgate.metrics.Tri;
import java.util.List;
import java.util.Objects;

/**
 * What one jurisdiction rule (a foreign-direct-product rule of 15 CFR 734.9, or the de minimis rule of § 734.4) says
 * about a foreign-made item on a date: its prongs with their values, and whether it makes the item subject to the EAR
 * ({@link #subjects()}: TRUE when every prong is met, FALSE when one is not, UNKNOWN otherwise).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule a stable id, e.g. {@code fdp-advanced-computing}
 * @param paragraph the paragraph, e.g. "15 CFR 734.9(h)"
 * @param name the rule's name, e.g. "Advanced computing FDP rule"
 * @param version the text applied and its dates, e.g. "2023 text (88 FR 73458), in force from 2023-11-17"
 * @param subjects whether the rule makes the item subject to the EAR
 * @param prongs the prongs in the rule's order
 * @param text the rule's own words where they were read (short, quoted), or what was not read, marked UNCONFIRMED
 * @param citation the instruments the version rests on
 */
public record RuleFinding(String rule, String paragraph, String name, String version, Tri subjects, List<Prong> prongs,
                          String text, String citation) {
    /**
     * Checks presence and copies the prongs.
     *
     * @param rule a stable id
     * @param paragraph the paragraph
     * @param name the rule's name
     * @param version the text applied and its dates
     * @param subjects whether the rule makes the item subject to the EAR
     * @param prongs the prongs
     * @param text the rule's words, or what was not read
     * @param citation the instruments
     */
    public RuleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(subjects, "subjects");
        prongs = List.copyOf(prongs);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }

    /** {@return a finding whose value is the conjunction of its prongs (every prong required)} */
    static RuleFinding allOf(String rule, String paragraph, String name, String version, List<Prong> prongs, String text, String citation) {
        Tri t = Tri.TRUE;
        for (Prong p : prongs) {
            t = t.and(p.value());
        }
        return new RuleFinding(rule, paragraph, name, version, t, prongs, text, citation);
    }
}
