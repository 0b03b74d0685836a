package io.chipgate.cli;

import io.chipgate.metrics.Figure;
import io.chipgate.metrics.Interpretation;
import io.chipgate.metrics.PartMetrics;
import io.chipgate.model.Component;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.model.PartResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A system's TPP as the sum of its ICs' TPPs, each counted as often as the system contains it (systems inside
 * systems are summed through). Each IC's TPP is the one chipgate gives that IC under the interpretation in use
 * (computed, declared or the higher, per {@code tppBasis}), so an estimated or bounded IC makes the sum estimated
 * or bounded, and an IC missing from the catalog makes it unknown, naming the IC.
 *
 * <p>For reporting only: 4A090 classifies a computer by the ICs it contains, not by a summed TPP, and chipgate's
 * determinations never use this sum; the AI-diffusion caps of 2025 counted TPP summed over ICs in the same way.
 */
final class SystemTpp {
    /** Nesting beyond the spec format's limit of 16 levels is refused when reading; this guards cycles all the same. */
    private static final int MAX_DEPTH = 32;

    private SystemTpp() {
    }

    /** {@return the part's TPP: its own for an IC, the sum over its ICs for a system} */
    static Figure of(Part part, PartResolver resolver, Interpretation in) {
        return of(part, resolver, in, 0);
    }

    private static Figure of(Part part, PartResolver resolver, Interpretation in, int depth) {
        if (part.kind() != PartKind.SYSTEM) {
            return PartMetrics.of(part, in).tpp();
        }
        if (part.contains().isEmpty() || depth > MAX_DEPTH) {
            return Figure.unknown(part.id() + ": contains (the system lists no ICs)");
        }
        List<Figure> terms = new ArrayList<>();
        for (Component c : part.contains()) {
            Optional<Part> ic = resolver.find(c.part());
            terms.add(ic.isEmpty() ? Figure.unknown("contains: part '" + c.part() + "' is not in the catalog")
                : of(ic.get(), resolver, in, depth + 1).times(BigDecimal.valueOf(c.count())));
        }
        return Figure.sum(terms);
    }
}
