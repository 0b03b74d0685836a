package io.chipgate.orderbook;

import io.chipgate.license.CountryGroups;
import io.chipgate.license.Embargoes;
import io.chipgate.regime.Regimes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a screening's output rests on, so it can be reproduced: the chipgate version, the catalog version, the
 * dates of the country-group, part 746 and rule data, the screening date, and the input file with its SHA-256.
 * The same input with the same stamp gives the same output, byte for byte.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param chipgate the first line of {@code chipgate --version}, e.g. "chipgate 0.1.0-SNAPSHOT"
 * @param catalog the catalog version
 * @param countryGroups the country-group table and the date of its text
 * @param embargoes the date of the part 746 data
 * @param ruleTexts the date of the newest dated rule change in the data (on or before the country groups' date)
 * @param screeningDate the date of lines without one (--on, or today)
 * @param input the input file's name as given
 * @param sha256 the SHA-256 of the input file's bytes, lower-case hex
 * @param partiesList the date of the Consolidated Screening List the parties are screened against
 */
public record Stamp(String chipgate, String catalog, String countryGroups, LocalDate embargoes, LocalDate ruleTexts,
                    LocalDate screeningDate, String input, String sha256, LocalDate partiesList) {
    /** Checks nulls. */
    public Stamp {
        Objects.requireNonNull(chipgate);
        Objects.requireNonNull(catalog);
        Objects.requireNonNull(countryGroups);
        Objects.requireNonNull(embargoes);
        Objects.requireNonNull(ruleTexts);
        Objects.requireNonNull(screeningDate);
        Objects.requireNonNull(input);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(partiesList);
    }

    /** The stamp of a screening with the given data. */
    public static Stamp of(String chipgate, String catalogVersion, CountryGroups groups, Embargoes embargoes, LocalDate screeningDate,
                           String input, String sha256) {
        LocalDate newest = Regimes.changeDates().stream().filter(d -> !d.isAfter(groups.asOf())).max(LocalDate::compareTo)
            .orElse(groups.asOf());
        return new Stamp(chipgate, catalogVersion, groups.table() + ", eCFR of " + groups.asOf(), embargoes.asOf(), newest,
            screeningDate, input, sha256, io.chipgate.parties.PartyList.builtinDate());
    }

    /** The fields in order, with names for people. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("chipgate", chipgate);
        m.put("catalog version", catalog);
        m.put("country groups", countryGroups);
        m.put("part 746 data as of", embargoes.toString());
        m.put("newest rule change in the data", ruleTexts.toString());
        m.put("screening date (lines without a date)", screeningDate.toString());
        m.put("input", input);
        m.put("input SHA-256", sha256);
        m.put("screening list (parties) as of", partiesList + (partiesList.plusDays(io.chipgate.parties.PartyList.STALE_AFTER_DAYS)
            .isBefore(screeningDate) ? " (STALE on the screening date: refresh it)" : ""));
        return m;
    }
}
