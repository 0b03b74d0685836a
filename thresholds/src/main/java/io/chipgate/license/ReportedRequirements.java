package io.chipgate.license;

import io.chipgate.internal.Node;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Licence requirements imposed on named companies by notice and known only from the companies' own filings (NVIDIA's
 * Forms 8-K of 2022-08-31, 2023-10-24 and 2025-04-15; AMD's filings on the MI308), as dated data: each
 * {@link Requirement} names its filing, the products it covers, the destinations it reaches and its dates. A part
 * named in a filing (or a system incorporating one) is covered whatever its figures; for parts not named, the
 * criteria of the 2025 letters stay {@link Readings readings}. These are not Federal Register text: every answer
 * resting on one is marked REPORTED.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportedRequirements {
    /** The built-in data. */
    public static final String RESOURCE = "/io/chipgate/license/reported-requirements.json";

    private static volatile ReportedRequirements builtIn;

    private final LocalDate asOf;
    private final List<Requirement> requirements;

    /**
     * One reported requirement.
     *
     * @param id a stable id, e.g. "nvidia-8k-2022-08-31"
     * @param filing the filing that reports it
     * @param from the first day it applies
     * @param until the last day it applies as a separate requirement (a rule took its place), if any
     * @param vendor the company informed, e.g. "NVIDIA"
     * @param products the product names it covers, e.g. "A100" (matched to a part's name tokens and aliases)
     * @param systemsIncorporating whether systems incorporating a named product are covered too
     * @param destinations the ISO codes of the destinations named (empty when {@code advancedComputingScope})
     * @param d5 whether destinations in Country Group D:5 are covered too
     * @param advancedComputingScope whether the destinations are those of § 742.6(a)(6)(iii) on the date
     * @param headquarters whether entities headquartered in Macau or D:5 (or China, for the 2025 letters) are covered
     *     wherever located
     * @param text what the filing says, quoted or summarised as marked
     * @param source where it comes from
     * @param confirmed whether it was read from the filing itself
     */
    public record Requirement(String id, String filing, LocalDate from, Optional<LocalDate> until, String vendor, List<String> products,
                              boolean systemsIncorporating, List<String> destinations, boolean d5, boolean advancedComputingScope,
                              boolean headquarters, String text, String source, boolean confirmed) {
        /**
         * Checks presence and the order of the dates.
         *
         * @param id a stable id
         * @param filing the filing
         * @param from the first day
         * @param until the last day, if any
         * @param vendor the company informed
         * @param products the product names
         * @param systemsIncorporating whether systems incorporating them are covered
         * @param destinations the destinations named
         * @param d5 whether D:5 is covered
         * @param advancedComputingScope whether the destinations are those of § 742.6(a)(6)(iii)
         * @param headquarters whether headquarters are covered
         * @param text what the filing says
         * @param source where it comes from
         * @param confirmed whether it was read from the filing itself
         * @throws IllegalArgumentException if {@code until} is before {@code from}
         */
        public Requirement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(filing, "filing");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(vendor, "vendor");
            products = List.copyOf(products);
            destinations = List.copyOf(destinations);
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
            if (until.isPresent() && until.get().isBefore(from)) {
                throw new IllegalArgumentException("reported requirement " + id + ": until " + until.get() + " is before from " + from);
            }
        }

        /**
         * {@return whether the requirement applies on the date}
         *
         * @param date the date, not null
         */
        public boolean inForce(LocalDate date) {
            return !date.isBefore(from) && until.map(u -> !date.isAfter(u)).orElse(true);
        }

        /**
         * {@return whether a part of this vendor with this name and aliases is one of the products named: a product
         * name equals a word of the part's name or one of its aliases, ignoring case}
         *
         * @param partVendor the part's vendor
         * @param name the part's name
         * @param aliases the part's aliases
         */
        public boolean names(String partVendor, String name, List<String> aliases) {
            String v = partVendor.strip().toLowerCase(Locale.ROOT);
            String mine = vendor.toLowerCase(Locale.ROOT);
            if (!v.startsWith(mine) && !("amd".equals(mine) && v.startsWith("advanced micro devices"))) {
                return false;
            }
            for (String p : products) {
                for (String word : name.split("[\\s/,()]+")) {
                    if (word.equalsIgnoreCase(p)) {
                        return true;
                    }
                }
                for (String a : aliases) {
                    if (a.strip().equalsIgnoreCase(p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@return the citation: the filing and its source} */
        public String citation() {
            return filing + " (REPORTED; " + source + ")";
        }
    }

    private ReportedRequirements(LocalDate asOf, List<Requirement> requirements) {
        this.asOf = asOf;
        this.requirements = List.copyOf(requirements);
    }

    /** {@return the built-in data, read once} */
    public static ReportedRequirements builtIn() {
        ReportedRequirements r = builtIn;
        if (r == null) {
            synchronized (ReportedRequirements.class) {
                r = builtIn;
                if (r == null) {
                    r = DataReader.builtIn(RESOURCE, "reported requirements", in -> load(in, RESOURCE));
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * Reads reported requirements in the format of the built-in file.
     *
     * @param in the JSON document, not null
     * @param fileName named in error messages, not null
     * @return the data
     * @throws io.chipgate.document.DocumentFormatException naming file, path, value and what was expected
     */
    public static ReportedRequirements load(InputStream in, String fileName) {
        return DataReader.load(in, fileName, ReportedRequirements::read);
    }

    /** {@return the date of the newest text the data reflects} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return every requirement, in the order of the file} */
    public List<Requirement> requirements() {
        return requirements;
    }

    private static ReportedRequirements read(Node root) {
        root.fields(Set.of("asOf", "requirements"), Set.of("$comment"));
        LocalDate asOf = DataReader.date(root.field("asOf"));
        Node rs = root.field("requirements");
        if (!rs.isArray()) {
            throw rs.bad("an array of reported requirements");
        }
        List<Requirement> out = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            Node n = rs.get(i);
            n.fields(Set.of("id", "filing", "from", "vendor", "products", "text", "source", "confirmed"),
                Set.of("until", "systemsIncorporating", "destinations", "d5", "advancedComputingScope", "headquarters"));
            List<String> products = strings(n.field("products"), false);
            if (products.isEmpty()) {
                throw n.field("products").bad("at least one product name");
            }
            List<String> dests = n.hasKey("destinations") ? strings(n.field("destinations"), true) : List.of();
            boolean scope = flag(n, "advancedComputingScope");
            if (dests.isEmpty() && !scope) {
                throw n.error(null, "\"destinations\" or \"advancedComputingScope\": true");
            }
            Optional<LocalDate> until = n.hasKey("until") ? Optional.of(DataReader.date(n.field("until"))) : Optional.empty();
            LocalDate from = DataReader.date(n.field("from"));
            if (until.isPresent() && until.get().isBefore(from)) {
                throw n.field("until").bad("a date on or after \"from\" (" + from + ")");
            }
            out.add(new Requirement(DataReader.text(n.field("id")), DataReader.text(n.field("filing")), from, until,
                DataReader.text(n.field("vendor")), products, flag(n, "systemsIncorporating"), dests, flag(n, "d5"), scope,
                flag(n, "headquarters"), DataReader.text(n.field("text")), DataReader.text(n.field("source")),
                n.field("confirmed").bool()));
        }
        return new ReportedRequirements(asOf, out);
    }

    private static boolean flag(Node n, String key) {
        return n.hasKey(key) && n.field(key).bool();
    }

    private static List<String> strings(Node arr, boolean codes) {
        if (!arr.isArray()) {
            throw arr.bad("an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add(codes ? DataReader.code(arr.get(i)) : DataReader.text(arr.get(i)));
        }
        return out;
    }
}
