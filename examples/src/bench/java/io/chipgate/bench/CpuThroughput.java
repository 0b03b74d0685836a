package io.chipgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link DeterminationBenchmark} workloads timed by the CPU time of the measuring thread rather than by the
 * wall clock: determinations per CPU-second of one core, a figure that other processes sharing the machine
 * disturb much less than JMH's wall-clock throughput (they delay the thread, they do not make its work longer).
 * JMH's figures remain the reference; this is the cross-check for a loaded machine.
 *
 * <pre>java -cp examples/target/chipgate-bench.jar io.chipgate.bench.CpuThroughput [seconds per round] [rounds]</pre>
 */
public final class CpuThroughput {
    private CpuThroughput() {
    }

    interface Workload {
        void run(DeterminationBenchmark b, Blackhole bh);
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DeterminationBenchmark b = new DeterminationBenchmark();
        b.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"outcomeOnly", "fullExplanation", "classifyFromPart", "classifyShortForm", "plainLoop"};
        Workload[] work = {DeterminationBenchmark::outcomeOnly, DeterminationBenchmark::fullExplanation,
            DeterminationBenchmark::classifyFromPart, DeterminationBenchmark::classifyShortForm,
            DeterminationBenchmark::plainLoop};
        for (int w = 0; w < work.length; w++) {
            double best = 0;
            StringBuilder all = new StringBuilder();
            for (int round = 0; round < rounds + 2; round++) { // the first two rounds warm up
                long cpu0 = mx.getCurrentThreadCpuTime();
                long ops = 0;
                long cpu;
                do {
                    work[w].run(b, bh);
                    ops += DeterminationBenchmark.PAIRS;
                    cpu = mx.getCurrentThreadCpuTime() - cpu0;
                } while (cpu < seconds * 1e9);
                double perSecond = ops / (cpu / 1e9);
                if (round >= 2) {
                    best = Math.max(best, perSecond);
                    all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", perSecond));
                }
            }
            System.out.printf(Locale.ROOT, "%-18s best %,14.0f determinations per CPU-second (rounds: %s)%n", names[w], best, all);
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }
}
