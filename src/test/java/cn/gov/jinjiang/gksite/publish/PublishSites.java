package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Assumptions;

/** Shorthands for the publish tests: a copy of the repository's site with a publish: block, snapshots, tools. */
final class PublishSites {
    private PublishSites() {}

    /** Skips the test when {@code program} is not installed (CI installs rsync and OpenSSH through .ci/run). */
    static void assumeInstalled(String program) {
        Assumptions.assumeTrue(
                onPath(program) != null,
                program + " is not installed: skipping (.ci/run installs rsync, openssh-client and openssh-server)");
    }

    static Path onPath(String program) {
        if (program.startsWith("/")) {
            return Files.isExecutable(Path.of(program)) ? Path.of(program) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A copy of the repository's site in {@code dir} (footer placeholders filled in) whose site.yaml publishes to
     * {@code target}.
     */
    static Path repoSite(Path dir, String target, String... moreLines) {
        Path site = TestSites.publishableRepoSite(dir);
        Path yaml = site.resolve("site.yaml");
        String text = TestSites.read(yaml);
        text = text.substring(0, text.indexOf("publish:")) + "publish:\n  target: \"" + target + "\"\n"
                + String.join("\n", moreLines) + "\n";
        TestSites.write(yaml, text);
        return site;
    }

    static Publisher publisher() {
        return new Publisher(Clock.systemUTC());
    }

    static PublishResult publish(Path site, boolean init) {
        return publisher().publish(new PublishRequest(site, null, false, init, false));
    }

    static PublishResult dryRun(Path site) {
        return publisher().publish(new PublishRequest(site, null, true, false, false));
    }

    /** The files of a folder, leaving out rsync's hidden partial-dir folders. */
    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>(TestSites.snapshot(root));
        out.keySet().removeIf(p -> ("/" + p).contains("/" + Rsync.PARTIAL_DIR + "/"));
        return out;
    }

    /** The files of the last publish build, as they should be on the target (without the build folder's marker). */
    static Map<String, byte[]> built(Path site) {
        Map<String, byte[]> out = files(Publisher.buildFolder(site));
        // the build folder's marker stays at home: rsync never sends it
        out.remove(OutputGuard.MARKER);
        return out;
    }

    /** Asserts two snapshots are byte-for-byte the same. */
    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((p, b) -> assertThat(Arrays.equals(actual.get(p), b))
                .as("%s has the same bytes", p)
                .isTrue());
    }

    /** The refusal a call throws (fails the test when it throws nothing or something else). */
    static DiagnosticException refusal(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (DiagnosticException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a DiagnosticException", t);
        }
        throw new AssertionError("expected a refusal, but the call succeeded");
    }
}
