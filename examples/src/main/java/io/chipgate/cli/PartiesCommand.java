package io.chipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipgate.parties.PartyHit;
import io.chipgate.parties.PartyList;
import io.chipgate.parties.PartyScreen;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parties", description = {
    "Screens party names against the US Consolidated Screening List (Entity List, Denied Persons, Unverified, Military"
        + " End User; OFAC SDN, SSI, CMIC, NS-MBS, PLC, CAP; ITAR Debarred, Nonproliferation): every entry scoring 75"
        + " or more, PROBABLE from 90. Built-in list of 2026-07-31; --parties reads trade.gov's consolidated.json or"
        + " .csv as downloaded from https://www.trade.gov/consolidated-screening-list.",
    "Name screening cannot see ownership; a hit is a lead for a person to confirm, not a determination."})
final class PartiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Names to screen (quote names with spaces).")
    List<String> names;

    @Option(names = "--country", paramLabel = "CC",
        description = "ISO 3166 alpha-2 code of the parties' country; a hit whose entry has an address there is corroborated.")
    String country;

    @Option(names = "--parties", paramLabel = "FILE",
        description = "trade.gov's consolidated.json or consolidated.csv, as downloaded, instead of the built-in list.")
    Path file;

    @Option(names = "--on", paramLabel = "DATE", description = "The date the list's age is judged on (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Override
    public Integer call() {
        Options.requireFormat(spec, format, Format.text, Format.json);
        Optional<String> cc = Optional.ofNullable(country).map(c -> c.trim().toUpperCase(Locale.ROOT));
        if (cc.isPresent() && !cc.get().matches("[A-Z]{2}")) {
            throw Chipgate.usage(spec, "Invalid value for option '--country': '" + country
                + "' (expected an ISO 3166 alpha-2 code such as CN or SG)");
        }
        for (String n : names) {
            if (n.isBlank()) {
                throw Chipgate.usage(spec, "Invalid value for parameter NAME: a blank name (expected a party's name)");
            }
        }
        LocalDate date = on == null ? LocalDate.now() : on;
        PartyScreen screen = file == null ? PartyScreen.builtin() : PartyScreen.of(PartyList.read(file));
        PartyList list = screen.list();
        List<List<PartyHit>> results = new ArrayList<>();
        for (String n : names) {
            results.add(screen.screen(n, cc));
        }
        String stale = list.isStale(date)
            ? "list is " + list.ageInDays(date) + " days old on " + date + " (older than " + PartyList.STALE_AFTER_DAYS
                + " days): lists change by Federal Register notice; refresh with --parties consolidated.json from"
                + " https://www.trade.gov/consolidated-screening-list"
            : null;
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(json(list, date, stale, cc, results)));
        } else {
            text(out, list, date, stale, cc, results);
        }
        if (stale != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("chipgate: warning: " + stale);
            err.flush();
        }
        return Chipgate.OK;
    }

    private void text(PrintWriter out, PartyList list, LocalDate date, String stale, Optional<String> cc,
                      List<List<PartyHit>> results) {
        out.println("Consolidated Screening List of " + list.date() + " (" + list.entries().size() + " entries"
            + (file == null ? ", built-in" : ", " + file) + ")" + (stale != null ? " — STALE: " + stale : ""));
        for (int i = 0; i < names.size(); i++) {
            List<PartyHit> hits = results.get(i);
            out.println();
            out.println(names.get(i) + cc.map(c -> " [" + c + "]").orElse("") + ": "
                + (hits.isEmpty() ? "no match at 75 or more" : hits.size() + (hits.size() == 1 ? " hit" : " hits")));
            for (PartyHit h : hits) {
                out.printf("  %-8s %3d  %-6s %s%n", h.band(), h.score(), h.list().code(), h.listedName());
                List<String> facts = new ArrayList<>();
                if (h.matchedAlias()) {
                    facts.add("matched \"" + h.matchedName() + "\"");
                }
                if (!h.countries().isEmpty()) {
                    facts.add(String.join(", ", h.countries()) + (h.countryCorroborates() ? " (country corroborates)" : ""));
                }
                h.entityNumber().ifPresent(e -> facts.add("entity number " + e));
                h.citation().ifPresent(facts::add);
                if (!h.entry().programmes().isEmpty()) {
                    facts.add("programmes " + String.join("; ", h.entry().programmes()));
                }
                if (!facts.isEmpty()) {
                    out.println("                         " + String.join(" · ", facts));
                }
                h.licenceRequirement().ifPresent(r -> out.println("                         licence requirement: " + r));
                h.reviewPolicy().ifPresent(r -> out.println("                         review policy: " + r));
            }
        }
        out.println();
        out.println("Name screening cannot see ownership (a party owned by a listed one is not found by its name);"
            + " a hit is a lead to confirm, not a determination. Source: " + list.source());
    }

    private ObjectNode json(PartyList list, LocalDate date, String stale, Optional<String> cc, List<List<PartyHit>> results) {
        ObjectNode root = Json.F.objectNode();
        root.put("listDate", list.date().toString());
        root.put("listSource", list.source());
        root.put("listEntries", list.entries().size());
        root.put("on", date.toString());
        root.put("listAgeDays", list.ageInDays(date));
        root.put("listStale", stale != null);
        ArrayNode warnings = root.putArray("warnings");
        if (stale != null) {
            warnings.add(stale);
        }
        ArrayNode a = root.putArray("results");
        for (int i = 0; i < names.size(); i++) {
            ObjectNode r = a.addObject();
            r.put("name", names.get(i));
            cc.ifPresent(c -> r.put("country", c));
            ArrayNode hits = r.putArray("hits");
            for (PartyHit h : results.get(i)) {
                ObjectNode o = hits.addObject();
                o.put("list", h.list().code());
                o.put("listName", h.list().title());
                o.put("listedName", h.listedName());
                o.put("matchedName", h.matchedName());
                o.put("matchedAlias", h.matchedAlias());
                o.put("score", h.score());
                o.put("band", h.band().name());
                if (!h.entry().type().isEmpty()) {
                    o.put("type", h.entry().type());
                }
                h.entityNumber().ifPresent(e -> o.put("entityNumber", e));
                h.citation().ifPresent(e -> o.put("citation", e));
                h.licenceRequirement().ifPresent(e -> o.put("licenceRequirement", e));
                h.reviewPolicy().ifPresent(e -> o.put("reviewPolicy", e));
                h.entry().startDate().ifPresent(d -> o.put("startDate", d.toString()));
                ArrayNode countries = o.putArray("countries");
                h.countries().forEach(countries::add);
                o.put("countryCorroborates", h.countryCorroborates());
                ArrayNode programmes = o.putArray("programmes");
                h.entry().programmes().forEach(programmes::add);
            }
        }
        return root;
    }
}
