package io.chipgate.cli;

import io.chipgate.catalog.Catalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dataset", description = {
    "Writes the catalog as a Frictionless Data Package for researchers: datapackage.json (a Table Schema for every table),",
    "parts.csv, figures.csv, outcomes.csv, sources.csv, CITATION.cff and README.md; the same bytes for the same catalog version."})
final class DatasetCommand implements Callable<Integer> {
    @ParentCommand
    Chipgate root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write: new, empty, or one chipgate wrote "
        + "(replaced whole; a directory holding other files is refused).")
    Path out;

    @Override
    public Integer call() {
        // checked before the work: a directory of the user's own files is never replaced
        Output site = Output.site("--out", out, "the data package");
        Catalog catalog = root.catalog();
        Dataset data = Dataset.of(catalog);
        int[] files = new int[1];
        site.writeSite(dir -> files[0] = data.writeInto(dir));
        spec.commandLine().getOut().println("wrote " + files[0] + " files for " + catalog.parts().size() + " parts (catalog "
            + catalog.version() + ") to " + out + "; see " + out.resolve("datapackage.json"));
        return Chipgate.OK;
    }
}
