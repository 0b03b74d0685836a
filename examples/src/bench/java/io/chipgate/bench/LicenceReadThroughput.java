package io.chipgate.bench;

import io.chipgate.license.Basis;
import io.chipgate.license.LicenseDetermination;
import io.chipgate.license.LicenseOption;
import io.chipgate.license.Licensing;
import io.chipgate.license.OpenQuestion;
import io.chipgate.license.Shipment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The {@link LicenceBenchmark} mix decided and read as a report reads it, without writing it: each decision's
 * {@code settledBy}, warnings, and the reasons, conditions and review policies of the grounds and exceptions of both
 * answers (the parts of a decision made when first asked). Timed round by round by the CPU time of the measuring thread
 * (decisions per CPU-second), which a shared machine disturbs much less than the wall clock. Run against an earlier
 * build's library with that build's jar first on the class path:
 *
 * <pre>java -cp OLD-bench.jar:examples/target/chipgate-bench.jar io.chipgate.bench.LicenceReadThroughput [rounds]</pre>
 */
public final class LicenceReadThroughput {
    private LicenceReadThroughput() {
    }

    /**
     * Runs the rounds.
     *
     * @param args the number of rounds (default 8)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<Shipment> mix = LicenceMix.shipments();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int questions = 0;
            for (Shipment s : mix) {
                LicenseDetermination d = Licensing.assess(s);
                for (OpenQuestion q : d.settledBy()) {
                    questions++;
                    sink += q.id().length();
                }
                for (String w : d.warnings()) {
                    sink += w.length();
                }
                for (var a : List.of(d.asWritten(), d.asEnforced())) {
                    for (Basis b : a.grounds()) {
                        sink += b.reason().length() + b.reviewPolicy().conditions().length();
                    }
                    for (LicenseOption o : a.licenseExceptions()) {
                        sink += o.conditions().length();
                    }
                    sink += a.reviewPolicy().conditions().length();
                }
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %,.0f decisions/s wall, %,.0f per CPU-second; %d open questions named (%d)%n",
                round, mix.size() / wall, mix.size() / cpu, questions, sink % 10);
        }
    }
}
