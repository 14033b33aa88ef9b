package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong, the command prints diagnostics, never a stack trace, and under {@code --format json} its stdout
 * holds JSON lines only: the failures of the environment (thrown as DiagnosticException) and those gksite did not
 * expect.
 */
class FailureOutputTest {
    private final CliRun cli = new CliRun();

    /** Each stdout line is one JSON object with the contract's keys and a file. */
    static void onlyJsonLines(String out) {
        List<String> lines = out.lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(line)
                    .startsWith("{\"file\":\"")
                    .endsWith("}")
                    .contains("\"line\":", "\"column\":", "\"severity\":", "\"code\":", "\"message\":")
                    .doesNotStartWith("{\"file\":\"\"");
        }
    }

    static void noTrace(String text) {
        assertThat(text)
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread")
                .doesNotContain("Caused by");
    }

    @Test
    void anEnvironmentFailureIsAJsonLineOnStdoutUnderFormatJson(@TempDir Path dir) {
        assertThat(cli.run("build", "--source", dir.resolve("nosuch").toString(), "--format", "json"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        onlyJsonLines(cli.out());
        assertThat(cli.out()).contains("\"code\":\"config.missing\"");
        assertThat(cli.err()).isEmpty();
        cli.reset();
        assertThat(cli.run("check", "--site", dir.resolve("nosuch").toString(), "--format=json"))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        onlyJsonLines(cli.out());
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void anEnvironmentFailureIsAHumanLineOnStderrOtherwise(@TempDir Path dir) {
        assertThat(cli.run("build", "--source", dir.resolve("nosuch").toString()))
                .isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("site.yaml: 错误 [config.missing]");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorNotATrace(@TempDir Path dir) {
        // A clock that fails makes `new page` fail in a way it does not expect (it asks for today's date): the
        // failure reaches Main's handler.
        Path site = TestSites.repoSite(dir);
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("no clock");
            }
        };
        int code = cli.run(broken, "new", "page", "xxgk/zfxxgkzl/ml/02/new-one", "--source", site.toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        noTrace(cli.err());
        assertThat(cli.err()).contains("错误 [internal.error]", "内部错误", "IllegalStateException", "维护人员");
        assertThat(site.resolve("content/xxgk/zfxxgkzl/ml/02/new-one.md")).doesNotExist();
    }

    @Test
    void aBuildOfHostileInputPrintsOnlyJson(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        TestSites.write(site.resolve("content/q.md"), "---\ntitle: q\n---\n" + ">".repeat(1000) + "\n");
        assertThat(cli.run("build", "--source", site.toString(), "--format", "json"))
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
        onlyJsonLines(cli.out());
        assertThat(cli.out()).contains("\"code\":\"markdown.too-deep\"");
        noTrace(cli.err());
        assertThat(cli.err()).isEmpty();
    }
}
