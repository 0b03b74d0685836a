package io.chipgate.bench;

import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.Licensing;
import io.chipgate.license.Shipment;
import io.chipgate.metrics.Tri;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The {@link LicenceBenchmark} mix timed round by round, by the wall clock and by the CPU time of the measuring thread
 * (decisions per CPU-second of one core, which other processes on a shared machine disturb much less): each round is
 * one pass over the {@link LicenceMix#SHIPMENTS} shipments. Also counts the unknown answers, a check that two
 * builds compared answer alike, and the memory allocated per decision (a measure of the work the load does not disturb).
 *
 * <pre>java -cp examples/target/chipgate-bench.jar io.chipgate.bench.LicenceThroughput [rounds]</pre>
 */
public final class LicenceThroughput {
    private LicenceThroughput() {
    }

    /**
     * Runs the rounds.
     *
     * @param args the number of rounds (default 5)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Shipment> mix = LicenceMix.shipments();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long self = Thread.currentThread().getId();
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long bytes0 = alloc.getThreadAllocatedBytes(self);
            int unknown = 0;
            int required = 0;
            for (Shipment s : mix) {
                LicenseDetermination d = Licensing.assess(s);
                if (d.licenseRequired() == Tri.UNKNOWN) {
                    unknown++;
                } else if (d.licenseRequired() == Tri.TRUE) {
                    required++;
                }
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            double kb = (alloc.getThreadAllocatedBytes(self) - bytes0) / 1024.0 / mix.size();
            System.out.printf(Locale.ROOT, "round %d: %,.0f decisions/s wall, %,.0f per CPU-second, %,.1f KB allocated per decision; %d required, %d unknown of %d%n",
                round, mix.size() / wall, mix.size() / cpu, kb, required, unknown, mix.size());
        }
    }
}
