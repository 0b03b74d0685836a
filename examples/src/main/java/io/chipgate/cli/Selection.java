package io.chipgate.cli;

import io.chipgate.catalog.SpecFiles;
import io.chipgate.internal.InputFiles;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.regime.CustomRegime;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shared resolution of parts, regimes and interpretations from command-line options. */
final class Selection {
    private Selection() {
    }

    static List<Part> parts(Chipgate root, List<String> names, List<Path> specs) {
        List<Part> parts = new ArrayList<>();
        for (String n : names) {
            parts.add(root.catalog().part(n));
        }
        for (Path p : specs) {
            parts.addAll(SpecFiles.read(p));
        }
        if (parts.isEmpty()) {
            throw new UsageException("no part given: name catalog parts (e.g. h100) or --spec FILE");
        }
        return parts;
    }

    static Interpretation interpretation(List<String> options) {
        Interpretation in = Interpretation.defaults();
        for (String o : options) {
            try {
                in = in.with(o);
            } catch (IllegalArgumentException e) {
                throw UsageException.of("--interpretation", e);
            }
        }
        return in;
    }

    /** The regimes asked for: one by id or from a file, else those in force on the date. */
    static List<Regime> regimes(String id, Path regimeFile, LocalDate date) {
        if (regimeFile != null) {
            return List.of(CustomRegime.parse(InputFiles.read(regimeFile), regimeFile.toString()));
        }
        if (id != null) {
            return List.of(Regimes.byId(id));
        }
        return Regimes.inForceOn(date);
    }
}
