package io.chipgate.bench;

import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Licensing;
import io.chipgate.license.Shipment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Licence decisions per second on the natural call, {@code Licensing.assess(shipment)}, over a fixed-seed mix of
 * {@link LicenceMix#SHIPMENTS} shipments (docs/benchmarks.md, "Licence decisions"): the NVIDIA, AMD and Huawei parts of the
 * built-in catalog (accelerators and systems), 12 destinations, headquarters unknown or one of CN/DE/SG, dates from
 * 2022-01-01 to 2026-12-31, quantities 1–500. One operation is one decision; the shipments are taken in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LicenceBenchmark {
    List<Shipment> shipments;
    int next;

    /** Builds the mix. */
    @Setup
    public void setup() {
        shipments = LicenceMix.shipments();
    }

    /**
     * One licence decision on the natural call; the decision and its answer are consumed (the answer as enforced: the
     * as-written posture is not computed, see {@link #assessBothPostures}).
     */
    @Benchmark
    public void assess(Blackhole bh) {
        LicenseDetermination d = nextDecision();
        bh.consume(d.licenseRequired());
        bh.consume(d);
    }

    /**
     * One licence decision with both postures: the enforced answer and the answer as written (computed when first
     * asked). The figure comparable with {@link #assess} before the as-written posture was computed on demand (both
     * postures were then explored in every decision).
     */
    @Benchmark
    public void assessBothPostures(Blackhole bh) {
        LicenseDetermination d = nextDecision();
        bh.consume(d.licenseRequired());
        bh.consume(d.asWritten());
        bh.consume(d);
    }

    /** The decision of the next shipment of the mix, taken in turn. */
    private LicenseDetermination nextDecision() {
        Shipment s = shipments.get(next);
        next = next + 1 == LicenceMix.SHIPMENTS ? 0 : next + 1;
        return Licensing.assess(s);
    }
}
