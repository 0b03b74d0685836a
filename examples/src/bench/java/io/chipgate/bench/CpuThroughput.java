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

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DeterminationBenchmark b = new DeterminationBenchmark();
        b.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"outcomeOnly", "fullExplanation", "classifyFromPart", "classifyShortForm", "plainLoop"};
        for (String name : names) {
            java.lang.reflect.Method work;
            try {
                work = DeterminationBenchmark.class.getMethod(name, Blackhole.class);
            } catch (NoSuchMethodException absent) {
                System.out.printf("%-18s not in this build%n", name);
                continue;
            }
            double best = 0;
            StringBuilder all = new StringBuilder();
            for (int round = 0; round < rounds + 2; round++) { // the first two rounds warm up
                long cpu0 = mx.getCurrentThreadCpuTime();
                long ops = 0;
                long cpu;
                do {
                    invoke(work, b, bh);
                    ops += DeterminationBenchmark.PAIRS;
                    cpu = mx.getCurrentThreadCpuTime() - cpu0;
                } while (cpu < seconds * 1e9);
                double perSecond = ops / (cpu / 1e9);
                if (round >= 2) {
                    best = Math.max(best, perSecond);
                    all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", perSecond));
                }
            }
            System.out.printf(Locale.ROOT, "%-18s best %,14.0f determinations per CPU-second (rounds: %s)%n", name, best, all);
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    /** Calls one benchmark method (by reflection, so that this class also runs against older builds of the benchmark). */
    private static void invoke(java.lang.reflect.Method m, DeterminationBenchmark b, Blackhole bh) {
        try {
            m.invoke(b, bh);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
