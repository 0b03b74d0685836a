package io.chipgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's table of commands lists every command the command line has, and no other. */
class ReadmeCommandTableTest {
    @Test
    void theTableListsEveryCommand() {
        Set<String> commands = new TreeSet<>(new CommandLine(new Chipgate()).getSubcommands().keySet());
        commands.remove("help");
        String readme = ScreeningDocsTest.readme();
        String table = readme.substring(readme.indexOf("| command | what it does |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z]+)[ `]").matcher(table);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(commands, listed, "the README's table of commands");
    }
}
