package io.chipgate.cli;

import io.chipgate.internal.EditDistance;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks shared by the subcommands: which output formats a command offers, and "did you mean" for names. */
final class Options {
    private Options() {
    }

    /**
     * Fails with a usage error (exit 2) when the command does not offer the format asked.
     *
     * @throws CommandLine.ParameterException naming the command, the format asked and the ones offered
     */
    static void requireFormat(CommandSpec spec, Format asked, Format... offered) {
        if (Arrays.asList(offered).contains(asked)) {
            return;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--format " + asked + " is not offered by '"
            + spec.qualifiedName() + "': use " + Arrays.stream(offered).map(Format::name).collect(Collectors.joining(" or ")));
    }

    /** The candidates closest to a mistyped name (case-insensitive edit distance at most 2, or a shared prefix). */
    static List<String> suggest(String given, Collection<String> candidates) {
        String g = given.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
            .filter(c -> {
                String k = c.toLowerCase(Locale.ROOT);
                return EditDistance.between(g, k) <= Math.max(1, Math.min(2, g.length() / 3))
                    || (g.length() >= 3 && (k.startsWith(g) || g.startsWith(k)));
            })
            .sorted(Comparator.comparingInt((String c) -> EditDistance.between(g, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
            .limit(3).toList();
    }

    /** " did you mean A or B?" or "" when nothing is close. */
    static String didYouMean(String given, Collection<String> candidates) {
        List<String> s = suggest(given, candidates);
        return s.isEmpty() ? "" : "; did you mean " + String.join(" or ", s) + "?";
    }
}
