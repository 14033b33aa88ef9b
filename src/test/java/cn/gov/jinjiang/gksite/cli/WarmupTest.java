package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build server's warm-up site is a clean site (its builds run the code an editor's do, not error paths). */
class WarmupTest {
    @TempDir
    Path tmp;

    @Test
    void theWarmUpSiteBuildsWithoutErrorsOrWarnings() throws Exception {
        Warmup.write(tmp, Warmup.PAGES);
        CliRun cli = new CliRun();
        assertThat(cli.run("build", "--source", tmp.toString()))
                .as(cli.out() + cli.err())
                .isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("0 个错误，0 个警告");
        assertThat(tmp.resolve("site/tzgg/p0.html")).isRegularFile();
    }

    @Test
    void theSettingIsANumberOfPagesUpTo5000() {
        assertThat(Warmup.pages(null)).isEqualTo(Warmup.PAGES);
        assertThat(Warmup.pages("0")).isZero();
        assertThat(Warmup.pages("40")).isEqualTo(40);
        assertThat(Warmup.pages("9999")).isEqualTo(5000);
        assertThat(Warmup.pages("-1")).isEqualTo(Warmup.PAGES);
        assertThat(Warmup.pages("off")).isEqualTo(Warmup.PAGES);
    }

    @Test
    void itBuildsOnWhileTheCompilersAreBusyAndNoLonger() {
        // compilers done: the fixed number of builds (the stop asked before each, and once more)
        AtomicInteger asked = new AtomicInteger();
        Warmup.run(5, () -> asked.incrementAndGet() < 0, () -> 0);
        assertThat(asked.get()).isEqualTo(Warmup.ROUNDS + 1);
        // busy all the time (an hour of compiling between two asks): up to the most
        asked.set(0);
        AtomicLong compiled = new AtomicLong();
        Warmup.run(5, () -> asked.incrementAndGet() < 0, () -> compiled.addAndGet(3_600_000));
        assertThat(asked.get()).isEqualTo(Warmup.MAX_ROUNDS);
        // (looked at before the first build and after every second one) busy for one pair of builds more
        asked.set(0);
        AtomicInteger looks = new AtomicInteger();
        Warmup.run(
                5,
                () -> asked.incrementAndGet() < 0,
                () -> looks.incrementAndGet() <= Warmup.ROUNDS / 2 + 1 ? looks.get() * 3_600_000L : 0);
        assertThat(asked.get()).isEqualTo(Warmup.ROUNDS + 2 + 1);
    }

    @Test
    void itAsksWhetherToStopBeforeEachBuild() {
        AtomicInteger asked = new AtomicInteger();
        Warmup.run(20, () -> asked.incrementAndGet() > 2);
        assertThat(asked.get()).isEqualTo(3);
    }
}
