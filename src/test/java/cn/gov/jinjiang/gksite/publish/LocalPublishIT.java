package cn.gov.jinjiang.gksite.publish;

import static cn.gov.jinjiang.gksite.publish.PublishSites.assertSameFiles;
import static cn.gov.jinjiang.gksite.publish.PublishSites.built;
import static cn.gov.jinjiang.gksite.publish.PublishSites.dryRun;
import static cn.gov.jinjiang.gksite.publish.PublishSites.files;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publish;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publisher;
import static cn.gov.jinjiang.gksite.publish.PublishSites.refusal;
import static cn.gov.jinjiang.gksite.publish.PublishSites.repoSite;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a folder on this machine with the real rsync. */
class LocalPublishIT {
    @TempDir
    Path dir;

    Path site;
    Path www;

    @BeforeEach
    void setUp() {
        PublishSites.assumeInstalled("rsync");
        www = dir.resolve("www");
        site = repoSite(dir.resolve("src"), www.toString());
    }

    @Test
    void firstPublishNeedsInitThenTheTargetHoldsExactlyTheCheckedSite() throws Exception {
        DiagnosticException e = refusal(() -> publish(site, false));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.target-unmarked");
        assertThat(e.diagnostics().get(0).message()).contains(Publisher.MARKER);
        assertThat(e.diagnostics().get(0).hint()).contains("--init");
        assertThat(www).doesNotExist();

        PublishResult r = publish(site, true);
        assertThat(r.status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertSameFiles(files(www), built(site));
        assertThat(www.resolve(Publisher.MARKER)).exists();
        assertThat(r.changes().added())
                .contains("index.html", "xxgk/zfxxgkzl/ndbg/2025/index.html")
                .doesNotContain(Publisher.MARKER, Publisher.RECORD);
        assertThat(r.changes().changed()).isEmpty();
        assertThat(r.changes().deleted()).isEmpty();
        assertThat(site.resolve("site"))
                .as("publish builds into its own folder")
                .doesNotExist();

        // the record on the server names every file with its SHA-256, the commit and the time
        PublishRecord onServer = PublishRecord.fromJson(TestSites.read(www.resolve(Publisher.RECORD)));
        assertThat(onServer.commit()).isEqualTo("unknown");
        assertThat(onServer.target()).isEqualTo(www.toString());
        assertThat(onServer.files())
                .extracting(PublishRecord.FileHash::path)
                .containsExactlyElementsOf(new TreeSet<>(files(www).keySet())
                        .stream()
                                .filter(p -> !p.equals(Publisher.MARKER) && !p.equals(Publisher.RECORD))
                                .toList());
        PublishRecord.FileHash index = onServer.files().stream()
                .filter(f -> f.path().equals("index.html"))
                .findFirst()
                .orElseThrow();
        assertThat(index.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(www.resolve("index.html")))));

        // the second publish of the same site changes nothing, and the marker is now enough
        PublishResult again = publish(site, false);
        assertThat(again.changes().isEmpty()).isTrue();
        List<PublishRecord> history = publisher().history(site);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).added()).hasSize(r.changes().added().size());
        assertThat(history.get(1).added()).isEmpty();
        assertThat(again.logFile()).exists().startsWith(site.resolve(".gksite/publish-log"));
    }

    @Test
    void aPageNeverCommittedMakesThePublishDirtyAndIsCounted() throws Exception {
        PublishSites.assumeInstalled("git");
        TestSites.write(site.resolve(".gitignore"), "/site/\n/.gksite/\n");
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=编辑", "-c", "user.email=editor@example.gov.cn", "commit", "-q", "-m", "站点");
        // Committed and clean: the commit describes the site.
        PublishResult clean = publish(site, true);
        PublishRecord first = PublishRecord.fromJson(TestSites.read(www.resolve(Publisher.RECORD)));
        assertThat(first.dirty()).isFalse();
        assertThat(first.untracked()).isZero();
        assertThat(first.commit()).matches("[0-9a-f]{40}");
        // A new page, never added to git, is published all the same: the record says so and counts it.
        TestSites.write(site.resolve("content/xxgk/new.md"), "---\ntitle: 新页面\n---\n\n正文。\n");
        publish(site, false);
        PublishRecord second = PublishRecord.fromJson(TestSites.read(www.resolve(Publisher.RECORD)));
        assertThat(second.dirty()).isTrue();
        assertThat(second.untracked()).isEqualTo(1);
        assertThat(publisher().history(site))
                .extracting(PublishRecord::untracked)
                .containsExactly(0, 1);
        assertThat(clean.status()).isEqualTo(PublishResult.Status.PUBLISHED);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", site.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    @Test
    void secondPublishSendsOnlyTheChangedPageAndTheListsThatShowIt() {
        publish(site, true);
        Map<String, byte[]> before = built(site);
        Path page = site.resolve("content/xxgk/index.md");
        TestSites.write(page, TestSites.read(page) + "\n本栏目每个工作日更新。\n");

        PublishResult plan = dryRun(site);
        Map<String, byte[]> after = built(site);
        Set<String> differ = new TreeSet<>();
        after.forEach((p, b) -> {
            if (before.containsKey(p) && !Arrays.equals(before.get(p), b) && !p.equals(Publisher.RECORD)) {
                differ.add(p);
            }
        });
        // The column page's own text changed; no list shows it, so nothing else may be sent but the search
        // index's files that hold the page's text (its docs chunk and the shards of its new words).
        assertThat(differ).contains("xxgk/index.html", "search/docs-0.json");
        assertThat(differ)
                .allMatch(p ->
                        p.equals("xxgk/index.html") || p.startsWith("search/docs-") || p.startsWith("search/index-"));
        assertThat(plan.changes().changed()).containsExactlyElementsOf(differ);
        assertThat(plan.changes().added()).isEmpty();
        assertThat(plan.changes().deleted()).isEmpty();

        PublishResult done = publish(site, false);
        assertThat(done.changes().changed()).containsExactlyElementsOf(differ);
        assertThat(done.changes().added()).isEmpty();
        assertSameFiles(files(www), built(site));
        assertThat(TestSites.read(www.resolve("xxgk/index.html"))).contains("本栏目每个工作日更新");
    }

    @Test
    void dryRunListsAddedChangedAndDeletedFilesAndChangesNothing() {
        publish(site, true);
        TestSites.write(site.resolve("content/xxgk/new.md"), "---\ntitle: 新页面\n---\n\n新内容\n");
        Path page = site.resolve("content/xxgk/index.md");
        TestSites.write(page, TestSites.read(page) + "\n补充说明。\n");
        TestSites.write(site.resolve("content/files/a.txt"), "old\n");
        publish(site, false);
        Map<String, byte[]> published = files(www);
        int logs = publisher().history(site).size();
        delete(site.resolve("content/files/a.txt"));
        TestSites.write(page, TestSites.read(page) + "\n再补充。\n");
        TestSites.write(site.resolve("content/xxgk/newer.md"), "---\ntitle: 又一个新页面\n---\n\n内容\n");

        PublishResult plan = dryRun(site);
        assertThat(plan.status()).isEqualTo(PublishResult.Status.DRY_RUN);
        // the search index's shards follow the site's size: a new page may add one of them too
        assertThat(plan.changes().added().stream().filter(f -> !f.startsWith("search/")))
                .containsExactly("xxgk/newer.html");
        assertThat(plan.changes().changed()).contains("xxgk/index.html");
        assertThat(plan.changes().deleted()).containsExactly("files/a.txt");
        assertThat(plan.record()).isNull();
        assertSameFiles(files(www), published);
        assertThat(publisher().history(site)).hasSize(logs);
    }

    @Test
    void excludedFilesAreNeitherSentNorDeleted() {
        site = repoSite(dir.resolve("src2"), www.toString(), "  exclude: [uploads/, \"*.tmp\"]");
        TestSites.write(www.resolve("uploads/2025/附件.pdf"), "kept by the server");
        TestSites.write(www.resolve("cache.tmp"), "kept too");
        TestSites.write(site.resolve("content/uploads/from-editor.txt"), "not sent");
        PublishResult r = publish(site, true);
        assertThat(r.changes().deleted()).isEmpty();
        assertThat(TestSites.read(www.resolve("uploads/2025/附件.pdf"))).isEqualTo("kept by the server");
        assertThat(www.resolve("cache.tmp")).exists();
        assertThat(www.resolve("uploads/from-editor.txt")).doesNotExist();
    }

    @Test
    void tooManyDeletionsAreRefusedUnlessForced() {
        // Enough pages to be well over 10% of the sample site's files whatever columns it grows (its bodies' columns).
        final int notices = 40;
        for (int i = 1; i <= notices; i++) {
            TestSites.write(
                    site.resolve("content/xxgk/tz/n" + i + ".md"), "---\ntitle: 通知 " + i + "\n---\n\n正文 " + i + "\n");
        }
        publish(site, true);
        Map<String, byte[]> published = files(www);
        for (int i = 1; i <= notices; i++) {
            delete(site.resolve("content/xxgk/tz/n" + i + ".md"));
        }
        DiagnosticException e = refusal(() -> publish(site, false));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.too-many-deletions");
        assertThat(e.diagnostics().get(0).message()).contains("max_delete").contains("10%");
        assertThat(e.diagnostics().get(0).hint()).contains("--force").contains("--dry-run");
        assertSameFiles(files(www), published);
        // a dry run refuses in the same way, so the operator sees it before publishing
        assertThat(refusal(() -> dryRun(site)).diagnostics().get(0).code()).isEqualTo("publish.too-many-deletions");

        PublishResult forced = publisher().publish(new PublishRequest(site, null, false, false, true));
        assertThat(forced.changes().deleted())
                .hasSizeGreaterThanOrEqualTo(notices)
                .contains("xxgk/tz/n1.html");
        assertSameFiles(files(www), built(site));
    }

    @Test
    void unsafeTargetsAreRefusedBeforeAnythingHappens() {
        for (String t : List.of(
                "/",
                "/root",
                "/home/editor",
                System.getProperty("user.home"),
                site.toString(),
                site.resolve("content/www").toString())) {
            DiagnosticException e = refusal(() -> publisher().publish(new PublishRequest(site, t, false, true, true)));
            assertThat(e.diagnostics().get(0).code()).as(t).isEqualTo("publish.target-unsafe");
        }
        assertThat(Publisher.buildFolder(site)).doesNotExist();
    }

    @Test
    void aFolderWithSomeoneElsesFilesAndNoMarkerIsRefused() {
        TestSites.write(www.resolve("index.html"), "someone else's site");
        DiagnosticException e = refusal(() -> publish(site, false));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("publish.target-unmarked");
        assertThat(TestSites.read(www.resolve("index.html"))).isEqualTo("someone else's site");
        assertThat(www.resolve(Publisher.MARKER)).doesNotExist();
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
