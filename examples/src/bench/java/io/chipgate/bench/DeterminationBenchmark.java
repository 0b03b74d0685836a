package io.chipgate.bench;

import io.chipgate.catalog.Catalog;
import io.chipgate.metrics.Interpretation;
import io.chipgate.model.Part;
import io.chipgate.model.PartKind;
import io.chipgate.regime.Inputs;
import io.chipgate.regime.Regime;
import io.chipgate.regime.Regimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Determinations per second over the built-in catalog's accelerators × every built-in regime, against a plain
 * loop doing the 2023 comparisons on primitives. Each benchmark op is one pass over all (part, regime) pairs;
 * scores are normalised to single determinations with {@link OperationsPerInvocation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeterminationBenchmark {
    static final int PAIRS = 490; // 70 parts × 7 regimes; must equal parts.size() × regimes.size(), checked in setup

    List<Part> parts;
    List<Inputs> inputs;
    List<Regime> regimes;
    double[] tpp;
    double[] pd;
    boolean[] dc;
    LocalDate day = LocalDate.of(2026, 11, 29);

    @Setup
    public void setup() {
        parts = new ArrayList<>();
        for (Part p : Catalog.builtin().byKind(PartKind.ACCELERATOR)) {
            parts.add(p);
        }
        regimes = Regimes.all();
        // repeat or trim to a fixed pair count so that ops/s is per determination
        List<Part> fixed = new ArrayList<>();
        for (int i = 0; fixed.size() * regimes.size() < PAIRS; i++) {
            fixed.add(parts.get(i % parts.size()));
        }
        parts = fixed;
        if (parts.size() * regimes.size() != PAIRS) {
            throw new IllegalStateException("PAIRS must be a multiple of " + regimes.size());
        }
        inputs = new ArrayList<>();
        tpp = new double[parts.size()];
        pd = new double[parts.size()];
        dc = new boolean[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Inputs in = Inputs.of(parts.get(i), Interpretation.defaults());
            inputs.add(in);
            tpp[i] = in.tpp().value().map(v -> v.doubleValue()).orElse(0.0);
            pd[i] = in.performanceDensity().value().map(v -> v.doubleValue()).orElse(0.0);
            dc[i] = in.datacenter().orElse(true);
        }
    }

    /** Outcome only, metrics precomputed. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void outcomeOnly(Blackhole bh) {
        for (Inputs in : inputs) {
            for (Regime r : regimes) {
                bh.consume(r.outcome(in, day));
            }
        }
    }

    /** Full explanation (clauses, margins, exceptions, citations, warnings), metrics precomputed. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void fullExplanation(Blackhole bh) {
        for (Inputs in : inputs) {
            for (Regime r : regimes) {
                bh.consume(r.explain(in, day));
            }
        }
    }

    /** From the part: metrics, explanation and the sensitivity to every alternative interpretation. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void classifyFromPart(Blackhole bh) {
        for (Part p : parts) {
            for (Regime r : regimes) {
                bh.consume(r.classify(p, Interpretation.defaults(), day, id -> java.util.Optional.empty()));
            }
        }
    }

    /** What users call first: {@code regime.classify(part, date)}, the full explanation with sensitivity. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void classifyShortForm(Blackhole bh) {
        for (Part p : parts) {
            for (Regime r : regimes) {
                bh.consume(r.classify(p, day));
            }
        }
    }

    /** The plain loop: the 2023 comparisons on doubles (wrong at the lines; a speed reference only). */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void plainLoop(Blackhole bh) {
        for (int i = 0; i < tpp.length; i++) {
            for (int j = 0; j < regimes.size(); j++) {
                double t = tpp[i];
                double d = pd[i];
                int o;
                if (!dc[i] && t < 4800) {
                    o = 0;
                } else if (t >= 4800) {
                    o = 1;
                } else if (t >= 1600 && d >= 5.92) {
                    o = 2;
                } else if (t >= 2400 && d >= 1.6 && d < 5.92) {
                    o = 3;
                } else if (t >= 1600 && d >= 3.2 && d < 5.92) {
                    o = 4;
                } else {
                    o = 0;
                }
                bh.consume(o);
            }
        }
    }
}
