package io.chipgate.cli;

import io.chipgate.atlas.Atlas;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", description = {
    "Writes the atlas: a static site of every catalog part under every regime (matrix with filters, the TPP × density plane,",
    "a page per part and per regime, status changes between two dates) and its data as data.json. Open DIR/index.html offline."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write: new, empty, or an earlier report (replaced whole; "
        + "a directory holding other files is refused).")
    Path out;

    @Option(names = "--on", paramLabel = "DATE", description = "The date of the matrix and the pages (default: today).")
    LocalDate on;

    @Option(names = "--from", paramLabel = "DATE", description = "First date of the changes page (default: the day before the 2023 rule, 2023-11-16).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Second date of the changes page (default: the 2023 rule's effective date, 2023-11-17).")
    LocalDate to;

    @Override
    public Integer call() throws IOException {
        long loading = System.nanoTime();
        LocalDate first = from == null ? Atlas.defaultFrom() : from;
        LocalDate second = to == null ? Atlas.defaultTo() : to;
        if (first.isAfter(second)) {
            throw new UsageException("Invalid dates for changes: --from " + first + " is after --to " + second);
        }
        // checked before the work: a directory of the user's own files is never replaced
        Output site = Output.site("--out", out);
        LocalDate date = on == null ? LocalDate.now() : on;
        io.chipgate.catalog.Catalog catalog = root.catalog();
        long start = System.nanoTime();
        Atlas atlas = Atlas.of(catalog, date, first, second, "chipgate " + BuildInfo.version());
        Atlas.Written[] written = new Atlas.Written[1];
        site.writeSite(dir -> written[0] = atlas.write(dir));
        Atlas.Written w = written[0];
        long ms = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().println("wrote " + w.files() + " files for " + w.parts() + " parts to " + out + " in " + ms
            + " ms (catalog loaded in " + (start - loading) / 1_000_000 + " ms); open " + out.resolve("index.html"));
        return Chipgate.OK;
    }
}
