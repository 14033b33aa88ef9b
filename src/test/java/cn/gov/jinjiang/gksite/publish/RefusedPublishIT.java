package cn.gov.jinjiang.gksite.publish;

import static cn.gov.jinjiang.gksite.publish.PublishSites.assertSameFiles;
import static cn.gov.jinjiang.gksite.publish.PublishSites.files;
import static cn.gov.jinjiang.gksite.publish.PublishSites.publish;
import static cn.gov.jinjiang.gksite.publish.PublishSites.refusal;
import static cn.gov.jinjiang.gksite.publish.PublishSites.repoSite;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site with any error is never published: the target stays byte-for-byte as it was. */
class RefusedPublishIT {
    @TempDir
    Path dir;

    Path site;
    Path www;
    Map<String, byte[]> published;

    @BeforeEach
    void publishAGoodSiteFirst() {
        PublishSites.assumeInstalled("rsync");
        www = dir.resolve("www");
        site = repoSite(dir.resolve("src"), www.toString());
        publish(site, true);
        published = files(www);
    }

    @Test
    void aBrokenLinkRefusesThePublish() {
        Path home = site.resolve("content/index.md");
        TestSites.write(home, TestSites.read(home) + "\n- [不存在的页面](/xxgk/missing.html)\n");
        TestSites.write(site.resolve("content/xxgk/new.md"), "---\ntitle: 新页面\n---\n\n新内容\n");
        PublishResult r = publish(site, false);
        assertThat(r.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(r.diagnostics())
                .filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::code)
                .containsExactly("check.link-broken");
        assertThat(r.changes().isEmpty()).isTrue();
        assertSameFiles(files(www), published);
        assertThat(PublishSites.publisher().history(site)).hasSize(1);
    }

    @Test
    void aReportRuleErrorRefusesThePublish() {
        Path data = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml");
        TestSites.write(
                data, TestSites.read(data).replace("本年新收: [20, 0, 0, 0, 0, 0, 20]", "本年新收: [21, 0, 0, 0, 0, 0, 20]"));
        PublishResult r = publish(site, false);
        assertThat(r.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(r.errors()).isPositive();
        assertThat(r.diagnostics())
                .filteredOn(Diagnostic::isError)
                .allSatisfy(d -> assertThat(d.code()).startsWith("report."));
        assertSameFiles(files(www), published);
    }

    @Test
    void anErrorRefusesADryRunAlike() {
        Path data = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml");
        TestSites.write(
                data, TestSites.read(data).replace("结转下年度: [1, 0, 0, 0, 0, 0, 1]", "结转下年度: [2, 0, 0, 0, 0, 0, 1]"));
        assertThat(PublishSites.dryRun(site).status()).isEqualTo(PublishResult.Status.REFUSED);
        assertSameFiles(files(www), published);
    }

    @Test
    void aMissingTargetIsAnEnvironmentError() {
        Path other = repoSite(dir.resolve("src2"), "");
        assertThat(refusal(() -> publish(other, false)).diagnostics().get(0).code())
                .isEqualTo("publish.target-missing");
    }

    /** Issue 14, defect 9: a target that is a link to the site's own source once lost 115 source files. */
    @Test
    void aTargetLinkedToTheSourceIsRefusedEvenWithInitAndForce() throws IOException {
        Map<String, byte[]> sourceFiles = TestSites.snapshot(site);
        Path link = Files.createSymbolicLink(dir.resolve("www-link"), site);
        for (String target :
                List.of(link.toString(), link + "/", link.resolve("content").toString(), dir.toString())) {
            DiagnosticException e = refusal(
                    () -> PublishSites.publisher().publish(new PublishRequest(site, target, false, true, true)));
            assertThat(e.diagnostics().get(0).code()).as(target).isEqualTo("publish.target-unsafe");
        }
        assertSameFiles(TestSites.snapshot(site), sourceFiles);
        assertSameFiles(files(www), published);
    }

    /** The folder publish builds into is guarded like --out: never emptied when someone else's files are in it. */
    @Test
    void theBuildFolderIsNotEmptiedWhenItHoldsSomeoneElsesFiles() throws IOException {
        Path folder = Publisher.buildFolder(site);
        Files.delete(folder.resolve(OutputGuard.MARKER));
        TestSites.write(folder.resolve("mine/notes.txt"), "mine");
        DiagnosticException e = refusal(() -> publish(site, false));
        assertThat(e.diagnostics().get(0).code()).isEqualTo("output.refused");
        assertThat(folder.resolve("mine/notes.txt")).hasContent("mine");
        assertSameFiles(files(www), published);
    }
}
