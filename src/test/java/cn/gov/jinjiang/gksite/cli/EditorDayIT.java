package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's day of work, on the command line, with a copy of the sample site and a real rsync to a local
 * folder: a new notice is written, the new year's report is started (a draft that does not balance yet), and
 * the urgent notice is published while the report is unfinished. Publish sends the notice and nothing of the
 * report; a page still holding a scaffold's placeholder is refused at the placeholder's line and column.
 */
class EditorDayIT {
    private static final String NOTICE = "content/xxgk/zfxxgkzl/ml/02/tz-2026-01.md";
    private static final String NOTICE_TITLE = "晋江市人民政府办公室关于城区部分路段临时停水的紧急通知";
    private static final String REPORT_TITLE = "晋江市人民政府办公室2026年政府信息公开工作年度报告";
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        cli.reset();
        return cli.run(args);
    }

    private String all() {
        return cli.out() + cli.err();
    }

    @Test
    void anUrgentNoticeGoesOutWhileTheNewReportIsAnUnfinishedDraft(@TempDir Path dir) {
        TestSites.assumeInstalled("rsync");
        // The operator has filled in site.yaml's footer (publish refuses its placeholders: PlaceholdersTest).
        Path site = TestSites.publishableRepoSite(dir.resolve("src"));
        String src = site.toString();
        String www = dir.resolve("www").toString();

        // A new notice, with its title; the editor writes the body over the scaffold's placeholder.
        assertThat(run("new", "page", "xxgk/zfxxgkzl/ml/02/tz-2026-01", "--title", NOTICE_TITLE, "--source", src))
                .as(all())
                .isZero();
        Path notice = site.resolve(NOTICE);
        String scaffolded = TestSites.read(notice);
        assertThat(scaffolded).contains("正文……");
        TestSites.write(notice, scaffolded.replace("正文……", "因供水管道抢修，今日 14 时至 20 时城区部分路段停水，请居民提前储水。"));

        // The new year's report: a draft, whose 上年结转 (1) does not balance yet (R3).
        assertThat(run("new", "report", "2026", "--source", src)).as(all()).isZero();
        assertThat(cli.err()).contains("草稿");
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2026/index.md")))
                .contains("\ndraft: true\n");
        assertThat(run("build", "--source", src, "--drafts")).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(all()).contains("content/xxgk/zfxxgkzl/ndbg/2026/data.yaml:52:11: 错误 [report.R3]");

        // Neither the draft's R3 nor its placeholders hold up the build or the publish of the notice.
        assertThat(run("build", "--source", src)).as(all()).isZero();
        assertThat(run("publish", "--source", src, "--target", www, "--init"))
                .as(all())
                .isZero();
        assertThat(cli.out()).contains("新增 xxgk/zfxxgkzl/ml/02/tz-2026-01.html").doesNotContain("ndbg/2026");
        Map<String, byte[]> sent = TestSites.snapshot(Path.of(www));
        assertThat(new String(sent.get("xxgk/zfxxgkzl/ml/02/tz-2026-01.html"), StandardCharsets.UTF_8))
                .contains(NOTICE_TITLE)
                .contains("今日 14 时至 20 时")
                .doesNotContain("正文……");
        assertThat(sent.keySet()).noneMatch(p -> p.startsWith("xxgk/zfxxgkzl/ndbg/2026"));
        sent.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .as(path)
                .doesNotContain(REPORT_TITLE)
                .doesNotContain("ndbg/2026")
                .doesNotContain("请填写")
                .doesNotContain("待填写"));
        assertThat(new String(sent.get("xxgk/zfxxgkzl/ndbg/key-figures.csv"), StandardCharsets.UTF_8))
                .doesNotContain("2026");

        // A second notice, started without a title and not written yet: publish refuses it, at each placeholder,
        // and sends nothing.
        assertThat(run("new", "page", "xxgk/zfxxgkzl/ml/02/tz-2026-02", "--source", src))
                .as(all())
                .isZero();
        assertThat(run("build", "--source", src)).as(all()).isZero();
        assertThat(cli.out()).contains("content/xxgk/zfxxgkzl/ml/02/tz-2026-02.md:2:8: 警告 [content.placeholder]");
        assertThat(run("publish", "--source", src, "--target", www)).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(cli.out())
                .contains("content/xxgk/zfxxgkzl/ml/02/tz-2026-02.md:2:8: 错误 [content.placeholder]")
                .contains("“待填写：标题”")
                .contains("content/xxgk/zfxxgkzl/ml/02/tz-2026-02.md:12:1: 错误 [content.placeholder]")
                .contains("“正文……”")
                .doesNotContain("ndbg/2026");
        assertThat(cli.err()).contains("发布被拒绝");
        assertThat(TestSites.snapshot(Path.of(www))).as("nothing sent").containsOnlyKeys(sent.keySet());
        assertThat(Path.of(www, "xxgk/zfxxgkzl/ml/02/tz-2026-02.html")).doesNotExist();
    }
}
