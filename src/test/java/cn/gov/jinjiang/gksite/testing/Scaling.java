package cn.gov.jinjiang.gksite.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;

/**
 * Holds work to linear time: the best of five runs (of up to fifteen) at size 4n may take at most eight times the best
 * at n (plus a tenth
 * of a second for the collector's pauses), where quadratic work takes sixteen. The runs of the two sizes take turns,
 * so a busy moment of the machine hits both; the factor of two to spare keeps noise from failing linear work.
 */
public final class Scaling {
    private Scaling() {}

    /** @param work makes the work for a size; what it returns is run and timed */
    public static void assertLinear(String name, int n, IntFunction<Runnable> work) {
        Runnable small = work.apply(n);
        Runnable large = work.apply(4 * n);
        small.run(); // warm up the code the work runs
        large.run();
        double t1 = Double.MAX_VALUE;
        double t4 = Double.MAX_VALUE;
        // Up to three rounds of five: a machine busy with other builds can slow one round's large runs throughout,
        // never quadratic work below sixteen times.
        for (int round = 0; round < 3 && !(t4 < 8 * t1 + 0.1); round++) {
            for (int i = 0; i < 5; i++) {
                t1 = Math.min(t1, time(small));
                t4 = Math.min(t4, time(large));
            }
        }
        assertThat(t4).as("%s: %.3f s at %d, %.3f s at 4×", name, t1, n, t4).isLessThan(8 * t1 + 0.1);
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
