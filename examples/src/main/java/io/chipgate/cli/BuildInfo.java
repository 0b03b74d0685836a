package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code chipgate --version} prints: the build's version (written into the jar by the build), the built-in
 * catalog's version, the newest rule text the regimes rest on (the latest publication date of their instruments), and
 * the as-of dates of the licence data (country groups, part 746, reported requirements).
 */
final class BuildInfo implements IVersionProvider {
    /** The project version the jar was built from, e.g. "0.1.0-SNAPSHOT"; "unknown" outside a built jar. */
    static String version() {
        String v = properties(BuildInfo.class, "build.properties").getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }

    /** The built-in catalog's version, read from its properties without loading the parts. */
    static String catalogVersion() {
        return properties(Catalog.class, "/io/chipgate/catalog/catalog.properties").getProperty("version", "unknown");
    }

    private static Properties properties(Class<?> owner, String resource) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The newest publication date among the instruments of the built-in regimes, with its citation. */
    static Optional<Regime> newestRuleText() {
        return Regimes.all().stream().filter(r -> r.instrument().published().isPresent())
            .max(Comparator.comparing((Regime r) -> r.instrument().published().get()));
    }

    @Override
    public String[] getVersion() {
        Optional<Regime> newest = newestRuleText();
        String rules = newest.map(r -> "rule texts up to " + r.instrument().published().map(LocalDate::toString).orElse("?")
            + " (" + r.instrument().citation() + ")").orElse("rule texts: none dated");
        return new String[] {"chipgate " + version(), "catalog " + catalogVersion(), rules, dataDates()};
    }

    /** The as-of dates of the licence data: country groups, part 746 periods, reported requirements. */
    static String dataDates() {
        return "licence data: country groups eCFR of " + io.chipgate.license.CountryGroups.builtIn().asOf()
            + ", part 746 as of " + io.chipgate.license.Embargoes.builtIn().asOf()
            + ", reported requirements as of " + io.chipgate.license.ReportedRequirements.builtIn().asOf()
            + ", screening list of " + io.chipgate.parties.PartyList.builtinDate() + " (docs/legal-sources.md)";
    }
}
