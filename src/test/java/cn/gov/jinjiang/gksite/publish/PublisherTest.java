package cn.gov.jinjiang.gksite.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher with a process runner of the test's own: what it refuses before starting rsync, how it calls it, and
 * what a publish of a one-page site does with the real rsync to a local folder (git answers as each test says).
 */
class PublisherTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    private final List<List<String>> started = new ArrayList<>();

    @TempDir
    Path dir;

    private Publisher publisher(ProcessRunner runner) {
        return new Publisher(Clock.fixed(NOW, ZoneOffset.UTC), runner, new Rsync("rsync"), Path.of("/home/operator"));
    }

    /**
     * The system's runner, keeping each command in {@link #started}. git answers {@link #head} and {@link #status}
     * (null: git is not installed); rsync's runs answer {@link #itemized} when set instead of running; {@link #between}
     * runs after the dry run, as someone changing the target meanwhile would.
     */
    private final class Runner implements ProcessRunner {
        Result version = null;
        Result head = new Result(128, "", "fatal: not a git repository");
        Result status = new Result(128, "", "fatal: not a git repository");
        String itemized = null;
        Runnable between = () -> {};

        @Override
        public Process start(List<String> command, Path workDir) throws IOException {
            return ProcessRunner.system().start(command, workDir);
        }

        @Override
        public Result run(List<String> command, Path workDir) throws IOException {
            started.add(command);
            boolean git = command.get(0).equals("git");
            Result answer = git ? (command.contains("rev-parse") ? head : status) : null;
            if (git && answer == null) {
                throw new IOException("Cannot run program \"git\": error=2, No such file or directory");
            }
            if (command.contains("--version") && version != null) {
                answer = version;
            } else if (!git && itemized != null && !command.contains("--version")) {
                answer = new Result(0, command.contains("--dry-run") ? itemized : "", "");
            }
            Result r = answer != null ? answer : ProcessRunner.super.run(command, workDir);
            if (command.contains("--dry-run")) {
                between.run();
            }
            return r;
        }
    }

    /** A one-page site in {@code dir/src} whose site.yaml publishes to {@code target}. */
    private Path site(String target, String... publishLines) {
        return TestSites.inline(
                dir.resolve("src"),
                "site.yaml",
                TestSites.SITE_YAML + "publish:\n  target: \"" + target + "\"\n" + String.join("\n", publishLines)
                        + "\n",
                "content/index.md",
                "---\ntitle: 首页\n---\n\n正文。\n");
    }

    private static PublishRequest request(Path site, boolean dryRun, boolean init, boolean force) {
        return new PublishRequest(site, null, dryRun, init, force);
    }

    private static Diagnostic refusal(ThrowableAssert.ThrowingCallable call) {
        return PublishSites.refusal(call).diagnostics().get(0);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The rsync runs after {@code rsync --version}: the dry run, then the real one. */
    private List<List<String>> rsyncRuns() {
        return started.stream()
                .filter(c -> c.get(0).equals("rsync") && !c.contains("--version"))
                .toList();
    }

    @Test
    void rsyncNotInstalledSaysHowToInstallIt() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        ProcessRunner none = (command, workDir) -> {
            started.add(command);
            throw new IOException("Cannot run program \"" + command.get(0) + "\": error=2, No such file or directory");
        };
        assertThatThrownBy(() -> publisher(none)
                        .publish(new PublishRequest(site, dir.resolve("www").toString(), false, true, false)))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.rsync-missing");
                    assertThat(e.diagnostics().get(0).hint()).contains("apt-get install rsync");
                });
        assertThat(started).containsExactly(List.of("rsync", "--version"));
        assertThat(Publisher.buildFolder(site))
                .as("nothing is built before rsync is known to be there")
                .doesNotExist();
    }

    @Test
    void anRsyncThatFailsToSayItsVersionIsNotUsed() {
        Path site = site(dir.resolve("www").toString());
        Runner runner = new Runner();
        runner.version = new ProcessRunner.Result(127, "", "rsync: not found");
        assertThat(refusal(() -> publisher(runner).publish(request(site, false, true, false)))
                        .code())
                .isEqualTo("publish.rsync-missing");
        assertThat(started).containsExactly(List.of("rsync", "--version"));
        assertThat(Publisher.buildFolder(site)).doesNotExist();
    }

    @Test
    void theTargetIsCheckedBeforeAnyProcessStarts() {
        Path site = TestSites.repoSite(dir.resolve("src"));
        ProcessRunner recording = (command, workDir) -> {
            started.add(command);
            throw new IOException("not expected");
        };
        assertThatThrownBy(() -> publisher(recording).publish(new PublishRequest(site, "/", false, true, true)))
                .hasMessageContaining("publish.target-unsafe");
        assertThat(started).isEmpty();
    }

    @Test
    void rsyncGetsAnArgumentListWithTheSafetyOptions() {
        Rsync rsync = new Rsync("rsync");
        RsyncTarget target = RsyncTarget.parse("www@web1:/var/www/gk", Path.of("/srv/src"), Path.of("/home/op"));
        var settings = new PublishTarget("www@web1:/var/www/gk", List.of("uploads/", "a b/*.pdf"), 0.1, "ssh -p 2222");
        List<String> dry =
                rsync.command(Path.of("/srv/src/.gksite/publish/site"), target, settings, true, -1, List.of());
        assertThat(dry)
                .startsWith("rsync")
                .endsWith("--", "/srv/src/.gksite/publish/site/", "www@web1:/var/www/gk/")
                .contains(
                        "--checksum",
                        "--delete",
                        "--delete-delay",
                        "--delay-updates",
                        "--partial-dir=" + Rsync.PARTIAL_DIR,
                        "--dry-run",
                        "--rsh=ssh -p 2222",
                        "--exclude=uploads/",
                        "--exclude=a b/*.pdf")
                .doesNotContain("--delete-excluded", "--times");
        List<String> real =
                rsync.command(Path.of("/srv/src/.gksite/publish/site"), target, settings, false, 3, List.of());
        assertThat(real).contains("--max-delete=3").doesNotContain("--dry-run");
    }

    @Test
    void anEmptyBuildIsNeverPublished() throws Exception {
        assertThatThrownBy(() -> Publisher.siteFiles(dir))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .singleElement()
                                .satisfies(d -> assertThat(d.code()).isEqualTo("publish.empty")));
        Files.writeString(dir.resolve("404.html"), "x");
        assertThat(Publisher.siteFiles(dir)).hasSize(1);
    }

    /**
     * The record lists every file but gksite's own bookkeeping at the top, sorted by path as text (not by the
     * bytes of the file names: a name with a character beyond U+FFFF sorts before a full-width one).
     */
    @Test
    void theRecordHashesEverySiteFileSortedByPath() throws Exception {
        byte[] big = "正文".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        TestSites.write(dir.resolve("index.html"), "abc");
        TestSites.write(dir.resolve("files/报告.pdf"), big);
        TestSites.write(dir.resolve("xxgk/\uFF01.html"), "");
        TestSites.write(dir.resolve("xxgk/\uD840\uDC00.html"), "abc");
        TestSites.write(dir.resolve("xxgk/" + Publisher.MARKER), "kept: not at the top");
        for (String own : List.of(OutputGuard.MARKER, Publisher.MARKER, Publisher.RECORD)) {
            TestSites.write(dir.resolve(own), "bookkeeping");
        }
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Publisher.siteFiles(dir))
                .containsExactly(
                        new PublishRecord.FileHash("files/报告.pdf", sha256(big)),
                        new PublishRecord.FileHash("index.html", abc),
                        new PublishRecord.FileHash(
                                "xxgk/" + Publisher.MARKER,
                                sha256("kept: not at the top".getBytes(StandardCharsets.UTF_8))),
                        new PublishRecord.FileHash("xxgk/\uD840\uDC00.html", abc),
                        new PublishRecord.FileHash(
                                "xxgk/\uFF01.html",
                                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void publishesTheCheckedSiteWithItsMarkerAndRecordAndKeepsItInTheLog() throws Exception {
        Path www = dir.resolve("www");
        Path site = site(www.toString());
        Runner runner = new Runner();
        runner.head = new ProcessRunner.Result(0, COMMIT + "\n", "");
        runner.status = new ProcessRunner.Result(0, "?? content/new.md\n M site.yaml\n?? content/b.md\n", "");
        PublishResult r = publisher(runner).publish(request(site, false, true, false));

        assertThat(r.status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(r.target()).isEqualTo(www.toString());
        assertThat(r.errors()).isZero();
        assertThat(r.changes().added())
                .contains("index.html", "404.html")
                .doesNotContain(Publisher.MARKER, Publisher.RECORD);
        assertThat(www.resolve("index.html"))
                .hasSameBinaryContentAs(Publisher.buildFolder(site).resolve("index.html"));
        assertThat(www.resolve(Publisher.MARKER)).content().startsWith("gksite publish target\n");
        assertThat(www.resolve(OutputGuard.MARKER)).doesNotExist();

        PublishRecord onServer = PublishRecord.fromJson(TestSites.read(www.resolve(Publisher.RECORD)));
        assertThat(onServer.added())
                .as("what the dry run showed")
                .isEqualTo(r.changes().added());
        assertThat(onServer.files())
                .extracting(PublishRecord.FileHash::path)
                .containsExactlyElementsOf(PublishSites.files(www).keySet().stream()
                        .filter(p -> !p.equals(Publisher.MARKER) && !p.equals(Publisher.RECORD))
                        .toList());
        assertThat(onServer.files())
                .contains(new PublishRecord.FileHash(
                        "index.html", sha256(Files.readAllBytes(www.resolve("index.html")))));
        assertThat(r.record()).isEqualTo(onServer.withChanges(r.changes()));
        assertThat(r.record().time()).isEqualTo(NOW);
        assertThat(r.record().commit()).isEqualTo(COMMIT);
        assertThat(r.record().dirty()).isTrue();
        assertThat(r.record().untracked()).isEqualTo(2);
        assertThat(r.logFile()).isEqualTo(site.resolve(".gksite/publish-log/20260301T080000000Z.json"));
        assertThat(publisher(new Runner()).history(site)).containsExactly(r.record());

        assertThat(started.get(0)).isEqualTo(List.of("rsync", "--version"));
        assertThat(rsyncRuns()).hasSize(2);
        assertThat(rsyncRuns().get(0)).contains("--dry-run").noneMatch(a -> a.startsWith("--max-delete"));
        assertThat(rsyncRuns().get(1)).contains("--max-delete=0").doesNotContain("--dry-run");
    }

    @Test
    void aDryRunSendsNothingAndLeavesTheRecordItWouldSendInTheBuildFolder() {
        Path www = dir.resolve("www");
        Path site = site(www.toString());
        PublishResult r = publisher(new Runner()).publish(request(site, true, true, false));
        assertThat(r.status()).isEqualTo(PublishResult.Status.DRY_RUN);
        assertThat(r.target()).isEqualTo(www.toString());
        assertThat(r.changes().added()).contains("index.html").doesNotContain(Publisher.MARKER, Publisher.RECORD);
        assertThat(r.record()).isNull();
        assertThat(r.logFile()).isNull();
        assertThat(www).doesNotExist();
        assertThat(publisher(new Runner()).history(site)).isEmpty();
        Path folder = Publisher.buildFolder(site);
        PublishRecord wouldSend = PublishRecord.fromJson(TestSites.read(folder.resolve(Publisher.RECORD)));
        assertThat(wouldSend.commit()).isEqualTo("unknown");
        assertThat(wouldSend.files()).extracting(PublishRecord.FileHash::path).contains("index.html");
        assertThat(folder.resolve(Publisher.MARKER)).exists();
        assertThat(rsyncRuns()).singleElement().satisfies(c -> assertThat(c).contains("--dry-run"));
    }

    @Test
    void aSiteWithErrorsIsRefusedAndNothingIsSent() {
        Path www = dir.resolve("www");
        Path site = site(www.toString());
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.read(site.resolve("site.yaml"))
                        .replace("  host: 测试单位\n", "  host: 测试单位\n  organizer: 待填写：承办单位\n"));
        PublishResult r = publisher(new Runner()).publish(request(site, false, true, true));
        assertThat(r.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(r.errors()).isPositive();
        assertThat(r.changes().isEmpty()).isTrue();
        assertThat(r.record()).isNull();
        assertThat(rsyncRuns()).isEmpty();
        assertThat(www).doesNotExist();
    }

    @Test
    void anUnmarkedTargetNeedsInitAndAMarkedOneDoesNot() throws Exception {
        Path www = dir.resolve("www");
        Path site = site(www.toString(), "  max_delete: 0.5");
        TestSites.write(www.resolve("notes.txt"), "mine\n");
        Diagnostic d = refusal(() -> publisher(new Runner()).publish(request(site, false, false, true)));
        assertThat(d.code()).isEqualTo("publish.target-unmarked");
        assertThat(d.message()).contains("“" + www + "”", Publisher.MARKER);
        assertThat(d.hint()).contains("--init");
        assertThat(PublishSites.files(www).keySet()).containsExactly("notes.txt");

        Files.delete(www.resolve("notes.txt"));
        publisher(new Runner()).publish(request(site, false, true, false));
        // gone from the site: a file and its folder
        TestSites.write(www.resolve("old/page.html"), "<p>旧</p>");
        PublishResult again = publisher(new Runner()).publish(request(site, false, false, false));
        assertThat(again.status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(again.changes().deleted()).containsExactly("old/page.html");
        assertThat(again.changes().added()).isEmpty();
        assertThat(www.resolve("old")).doesNotExist();
        assertThat(rsyncRuns().get(rsyncRuns().size() - 1)).contains("--max-delete=2");
        assertThat(publisher(new Runner()).history(site)).hasSize(2);
    }

    /** Deletions beyond what the dry run showed are stopped (the target changed meanwhile), unless --force. */
    @Test
    void theRealRunDeletesNoMoreThanTheDryRunShowedUnlessForced() {
        Path www = dir.resolve("www");
        Path site = site(www.toString());
        publisher(new Runner()).publish(request(site, false, true, false));
        Runner runner = new Runner();
        int[] late = {0};
        runner.between = () -> TestSites.write(www.resolve("late-" + ++late[0] + ".html"), "<p>预演之后放进来的</p>");
        assertThat(refusal(() -> publisher(runner).publish(request(site, false, false, false)))
                        .code())
                .isEqualTo("publish.target-changed");
        assertThat(www.resolve("late-1.html")).exists();

        PublishResult forced = publisher(runner).publish(request(site, false, false, true));
        assertThat(forced.changes().deleted()).containsExactly("late-1.html", "late-2.html");
        assertThat(www.resolve("late-2.html")).doesNotExist();
        assertThat(www.resolve("late-1.html")).doesNotExist();
        assertThat(rsyncRuns().get(rsyncRuns().size() - 1)).noneMatch(a -> a.startsWith("--max-delete"));
    }

    @Test
    void initMakesTheTargetsMissingParentsAndNothingElseDoes() {
        Path www = dir.resolve("www/gk");
        Path site = site(www.toString());
        Runner vanishing = new Runner();
        vanishing.between = () -> TestSites.deleteTree(dir.resolve("www"));
        publisher(new Runner()).publish(request(site, false, true, false));
        assertThat(www.resolve("index.html")).exists();
        assertThat(refusal(() -> publisher(vanishing).publish(request(site, false, false, false)))
                        .code())
                .isEqualTo("publish.target-parent-missing");
        assertThat(dir.resolve("www")).doesNotExist();

        Runner blocked = new Runner();
        blocked.between = () -> TestSites.write(dir.resolve("www"), "a file where the parent should be");
        Diagnostic d = refusal(() -> publisher(blocked).publish(request(site, false, true, false)));
        assertThat(d.code()).isEqualTo("io.write");
        assertThat(d.message()).contains("无法建立目标目录 " + www);
    }

    @Test
    void aFailingRsyncRunIsReported() {
        Path site = site(dir.resolve("www").toString());
        var bad = new PublishRequest(site, null, false, true, false, List.of("--no-such-option"));
        Diagnostic d = refusal(() -> publisher(new Runner()).publish(bad));
        assertThat(d.code()).isEqualTo("publish.rsync-failed");
        assertThat(d.message()).contains("退出码 1");
        assertThat(dir.resolve("www")).doesNotExist();
    }

    /** With rsync's answers given by the test: the share of the target's files one publish may delete. */
    @Test
    void refusesMoreDeletionsThanMaxDeleteAllowsUnlessForced() {
        Path site = site("www@web1:/var/www/gk", "  max_delete: 0.5");
        String marked = ".f          " + Publisher.MARKER + "\n.f          " + Publisher.RECORD + "\n";
        Runner atTheLimit = new Runner();
        atTheLimit.itemized =
                marked + ".f          index.html\n>fc.T...... a.html\n*deleting   b.html\n*deleting   c.html\n";
        PublishResult r = publisher(atTheLimit).publish(request(site, false, true, false));
        assertThat(r.status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(rsyncRuns().get(1)).contains("--max-delete=2");

        Runner beyond = new Runner();
        beyond.itemized =
                marked + ".f          index.html\n*deleting   a.html\n*deleting   b.html\n*deleting   c.html\n";
        Diagnostic d = refusal(() -> publisher(beyond).publish(request(site, false, false, false)));
        assertThat(d.code()).isEqualTo("publish.too-many-deletions");
        assertThat(d.message()).contains("将删除目标中的 3 个文件（目标现有 4 个，占 75%），超过 publish.max_delete 允许的 50%");
        assertThat(d.hint()).contains("--force");
        assertThat(publisher(beyond).publish(request(site, false, false, true)).status())
                .isEqualTo(PublishResult.Status.PUBLISHED);
    }

    @Test
    void theTargetOnTheCommandLineReplacesSiteYamlsUnlessBlank() {
        Path site = site("www@web1:/var/www/gk");
        Runner runner = new Runner();
        runner.itemized = "";
        PublishResult other =
                publisher(runner).publish(new PublishRequest(site, "www@web2:/srv/www/gk", true, true, false));
        assertThat(other.target()).isEqualTo("www@web2:/srv/www/gk");
        assertThat(rsyncRuns().get(0)).endsWith("www@web2:/srv/www/gk/");
        PublishResult blank = publisher(runner).publish(new PublishRequest(site, " ", true, true, false));
        assertThat(blank.target()).isEqualTo("www@web1:/var/www/gk");
        assertThat(rsyncRuns().get(1)).endsWith("www@web1:/var/www/gk/");
    }

    /** What git says about the source, as the record keeps it. */
    @Test
    void theRecordSaysWhichCommitWasPublishedAndWhetherTheSourceDifferedFromIt() {
        Path site = site("www@web1:/var/www/gk");
        var ok = new ProcessRunner.Result(0, COMMIT + "\n", "");
        assertThat(record(site, ok, new ProcessRunner.Result(0, "", ""))).isEqualTo(COMMIT + " clean 0");
        assertThat(record(site, ok, new ProcessRunner.Result(0, " M content/index.md\n", "")))
                .isEqualTo(COMMIT + " dirty 0");
        assertThat(record(site, ok, new ProcessRunner.Result(0, "?? content/a.md\n?? content/b/c.md\n", "")))
                .isEqualTo(COMMIT + " dirty 2");
        assertThat(record(site, ok, new ProcessRunner.Result(128, "?? content/a.md\n", "fatal")))
                .isEqualTo(COMMIT + " clean 0");
        assertThat(record(
                        site,
                        new ProcessRunner.Result(128, COMMIT + "\n", "fatal"),
                        new ProcessRunner.Result(0, "", "")))
                .isEqualTo("unknown clean 0");
        assertThat(record(site, new ProcessRunner.Result(0, "HEAD\n", ""), new ProcessRunner.Result(0, "?? a\n", "")))
                .isEqualTo("unknown clean 0");
        assertThat(record(site, null, null)).isEqualTo("unknown clean 0");
    }

    private String record(Path site, ProcessRunner.Result head, ProcessRunner.Result status) {
        Runner runner = new Runner();
        runner.head = head;
        runner.status = status;
        runner.itemized = "";
        PublishRecord r =
                publisher(runner).publish(request(site, false, true, false)).record();
        return r.commit() + (r.dirty() ? " dirty " : " clean ") + r.untracked();
    }
}
