package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Correctness of the preview's incremental rebuild: after every kind of edit, the folder it updated in
 * place holds exactly the bytes a fresh {@link Pipeline} build of the same sources writes (with drafts, as the
 * preview shows them).
 */
class IncrementalBuildIT {
    @TempDir
    Path dir;

    private Path site;
    private IncrementalBuild build;
    private int step;

    @Test
    void everyKindOfEditLeavesWhatAFullBuildWrites() throws IOException {
        site = TestSites.repoSite(dir.resolve("src"));
        build = new IncrementalBuild(site, dir.resolve("preview"), Clock.systemUTC());
        assertThat(build.full().errors()).isZero();
        same();

        Path report = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/index.md");
        edit(report, Files.readString(report).replace("一、总体情况", "一、总体情况{#overall}"));
        assertThat(build.contentChanged(Set.of(report)).errors()).isZero();
        same();

        Path section = site.resolve("content/xxgk/index.md");
        edit(section, Files.readString(section).replace("title: 信息公开", "title: 政务公开"));
        assertThat(build.contentChanged(Set.of(section)).pages()).isGreaterThan(2);
        same();

        // Linked documents: the other end of a 解读 or 替代 link, and the 规范性文件库, follow an edit.
        Path jd = site.resolve("content/xxgk/zfxxgkzl/ml/02/jd-2025-12.md");
        edit(jd, Files.readString(jd).replace("title: 《晋江市行政规范性文件管理办法》政策解读", "title: 管理办法解读"));
        assertThat(build.contentChanged(Set.of(jd)).errors()).isZero();
        same();
        Path newer = site.resolve("content/xxgk/zfxxgkzl/gfxwj/jzb-2025-33.md");
        String newerText = Files.readString(newer);
        edit(newer, newerText.replace("替代: QZ06101-0240-2021-00045\n", ""));
        assertThat(build.contentChanged(Set.of(newer)).errors()).isZero();
        same();
        edit(newer, newerText.replace("title: 晋江市人民政府办公室关于印发晋江市城市道路临时占用管理办法（2025年修订）的通知", "title: 临时占用管理办法（2025年修订）"));
        assertThat(build.contentChanged(Set.of(newer)).errors()).isZero();
        same();
        Files.delete(jd);
        assertThat(build.contentChanged(Set.of(jd)).errors()).isZero();
        same();

        Path folder = site.resolve("content/xxgk/tzgg");
        TestSites.write(folder.resolve("index.md"), "---\ntitle: 通知公告\n---\n\n通知。\n");
        TestSites.write(folder.resolve("2025/a.md"), "---\ntitle: 一则通知\ndate: 2025-03-01\n---\n\n正文。\n");
        TestSites.write(folder.resolve("2025/附件.txt"), "附件\n");
        build.contentChanged(Set.of(folder));
        same();

        Path page = folder.resolve("2025/a.md");
        edit(page, "---\ntitle: 一则通知\ndate: 2025-03-01\nurl: /xxgk/tzgg/t20250301_1.htm\n---\n\n旧地址。\n");
        build.contentChanged(Set.of(page));
        same();

        Path data = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml");
        edit(data, Files.readString(data).replace("行政许可:       {本年处理决定数量: 106}", "行政许可:       {本年处理决定数量: 107}"));
        build.contentChanged(Set.of(data));
        same();

        Files.delete(page);
        build.contentChanged(Set.of(page));
        same();

        // Drafts: the preview shows them, marked; a folder's draft index makes the pages below it drafts, and
        // taking the mark away takes their banners away too.
        Path below = folder.resolve("2025/b.md");
        TestSites.write(below, "---\ntitle: 另一则通知\ndate: 2025-03-02\n---\n\n正文。\n");
        build.contentChanged(Set.of(below));
        same();
        Path draft = site.resolve("content/xxgk/tzgg/index.md");
        edit(draft, "---\ntitle: 通知公告\ndraft: true\n---\n\n通知。\n");
        build.contentChanged(Set.of(draft));
        same();
        assertThat(Files.readString(dir.resolve("preview/xxgk/tzgg/2025/b.html")))
                .contains("draft-banner");
        edit(draft, "---\ntitle: 通知公告\n---\n\n通知。\n");
        build.contentChanged(Set.of(draft));
        same();
        assertThat(Files.readString(dir.resolve("preview/xxgk/tzgg/2025/b.html")))
                .doesNotContain("draft-banner");
        edit(below, "---\ntitle: 另一则通知\ndate: 2025-03-02\ndraft: true\n---\n\n正文。\n");
        build.contentChanged(Set.of(below));
        same();

        deleteTree(folder);
        build.contentChanged(Set.of(folder));
        same();

        Path template = site.resolve("themes/portal/templates/page.peb");
        edit(template, Files.readString(template).replace("{% block content %}", "{% block content %}<!-- x -->"));
        build.templatesChanged();
        same();

        Path css = site.resolve("themes/portal/static/css/site.css");
        edit(css, Files.readString(css) + "\n/* more */\n");
        build.staticFilesChanged();
        same();

        Path config = site.resolve("site.yaml");
        edit(config, Files.readString(config).replace("name: 中国晋江", "name: 晋江"));
        assertThat(build.full().errors()).isZero();
        same();
    }

    /**
     * A field a list shows (the 规范性文件库 shows each document's 文号) renders the list again; fields no list
     * shows (成文日期, an explicit layout equal to the default) leave it, and the folder still holds what a full
     * build writes.
     */
    @Test
    void aFieldAListShowsRendersTheListAgain() throws IOException {
        site = TestSites.repoSite(dir.resolve("src"));
        build = new IncrementalBuild(site, dir.resolve("preview"), Clock.systemUTC());
        assertThat(build.full().errors()).isZero();
        Path doc = site.resolve("content/xxgk/zfxxgkzl/gfxwj/jzb-2025-33.md");
        Path library = dir.resolve("preview/xxgk/zfxxgkzl/gfxwj/index.html");
        String text = Files.readString(doc);
        String listed = Files.readString(library);
        // What an edit of the text alone renders: the page, the documents linked with it, the theme's pages.
        text = text.replace("现印发给你们", "现印发");
        edit(doc, text);
        int alone = build.contentChanged(Set.of(doc)).pages();
        text = text.replace("文号: 晋政办〔2025〕33号", "文号: 晋政办〔2025〕34号");
        edit(doc, text);
        assertThat(build.contentChanged(Set.of(doc)).pages()).isGreaterThan(alone);
        assertThat(Files.readString(library)).isNotEqualTo(listed).contains("晋政办〔2025〕34号");
        same();

        text = text.replace("成文日期: 2025-08-20", "成文日期: 2025-08-19");
        edit(doc, text);
        assertThat(build.contentChanged(Set.of(doc)).pages()).isEqualTo(alone);
        same();
        edit(doc, text.replace("sample: true\n", "sample: true\nlayout: page\n"));
        assertThat(build.contentChanged(Set.of(doc)).pages()).isEqualTo(alone);
        same();
    }

    @Test
    void aBrokenPageIsReportedAndItsFixRestoresTheSite() throws IOException {
        site = TestSites.repoSite(dir.resolve("src"));
        build = new IncrementalBuild(site, dir.resolve("preview"), Clock.systemUTC());
        build.full();
        Path page = site.resolve("content/xxgk/index.md");
        String good = Files.readString(page);
        edit(page, good.replace("title: 信息公开", "title: [信息公开"));
        BuildResult broken = build.contentChanged(Set.of(page));
        assertThat(broken.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.pos().file()).isEqualTo("content/xxgk/index.md");
        });
        edit(page, good);
        assertThat(build.contentChanged(Set.of(page)).errors()).isZero();
        same();
    }

    /**
     * Edits that keep a page's address and draft mark change the tree in place (only the page's folder is sorted
     * again): a new date moves the page in its list, a page in a draft folder stays marked, and a problem of the
     * addresses (two pages for one address) is still reported after an edit of another page.
     */
    @Test
    void editsInPlaceReorderListsKeepDraftMarksAndAddressProblems() throws IOException {
        site = TestSites.repoSite(dir.resolve("src"));
        Path folder = site.resolve("content/xxgk/tzgg");
        TestSites.write(folder.resolve("index.md"), "---\ntitle: 通知公告\n---\n\n通知。\n");
        TestSites.write(folder.resolve("a.md"), "---\ntitle: 甲通知\ndate: 2025-03-01\n---\n\n正文。\n");
        TestSites.write(folder.resolve("b.md"), "---\ntitle: 乙通知\ndate: 2025-03-02\n---\n\n正文。\n");
        TestSites.write(folder.resolve("c.md"), "---\ntitle: 丙通知\ndate: 2025-03-03\n---\n\n正文。\n");
        build = new IncrementalBuild(site, dir.resolve("preview"), Clock.systemUTC());
        assertThat(build.full().errors()).isZero();
        Path list = dir.resolve("preview/xxgk/tzgg/index.html");
        assertThat(Files.readString(list)).containsSubsequence("丙通知", "乙通知", "甲通知");

        Path a = folder.resolve("a.md");
        edit(a, "---\ntitle: 甲通知\ndate: 2025-03-09\n---\n\n新的正文。\n");
        assertThat(build.contentChanged(Set.of(a)).errors()).isZero();
        assertThat(Files.readString(list)).containsSubsequence("甲通知", "丙通知", "乙通知");
        same();

        Path index = folder.resolve("index.md");
        edit(index, "---\ntitle: 通知公告\ndraft: true\n---\n\n通知。\n");
        build.contentChanged(Set.of(index));
        Path b = folder.resolve("b.md");
        edit(b, "---\ntitle: 乙通知\ndate: 2025-03-02\n---\n\n改过的正文。\n");
        build.contentChanged(Set.of(b));
        assertThat(Files.readString(dir.resolve("preview/xxgk/tzgg/b.html"))).contains("draft-banner", "改过的正文");
        same();

        // A page that takes another's address by url: is not an edit in place: the duplicate is found.
        Path c = folder.resolve("c.md");
        edit(c, "---\ntitle: 丙通知\ndate: 2025-03-03\nurl: /xxgk/tzgg/a.html\n---\n\n正文。\n");
        assertThat(build.contentChanged(Set.of(c)).diagnostics())
                .extracting(d -> d.code())
                .contains("content.url-duplicate");
        edit(c, "---\ntitle: 丙通知\ndate: 2025-03-03\n---\n\n正文。\n");
        assertThat(build.contentChanged(Set.of(c)).errors()).isZero();
        same();

        Path twin = folder.resolve("twin.md");
        TestSites.write(twin, "---\ntitle: 重名\nurl: /xxgk/tzgg/c.html\n---\n\n正文。\n");
        assertThat(build.contentChanged(Set.of(twin)).diagnostics())
                .extracting(d -> d.code())
                .contains("content.url-duplicate");
        edit(a, "---\ntitle: 甲通知\ndate: 2025-03-10\n---\n\n又改了。\n");
        assertThat(build.contentChanged(Set.of(a)).diagnostics())
                .extracting(d -> d.code())
                .contains("content.url-duplicate");
        Files.delete(twin);
        assertThat(build.contentChanged(Set.of(twin)).errors()).isZero();
        edit(a, "---\ntitle: 甲通知\ndate: 2025-03-01\n---\n\n再改。\n");
        assertThat(build.contentChanged(Set.of(a)).errors()).isZero();
        assertThat(Files.readString(list)).containsSubsequence("丙通知", "乙通知", "甲通知");
        same();
    }

    /** The preview's folder holds what {@code build --drafts} writes: the preview always shows drafts. */
    private void same() {
        Path full = dir.resolve("full-" + step++);
        BuildResult r = new Pipeline().run(new BuildRequest(site, full, false, true, false));
        assertThat(r.errors()).as("full build errors: %s", r.diagnostics()).isZero();
        Map<String, String> expected = text(TestSites.snapshot(full));
        Map<String, String> actual = text(TestSites.snapshot(dir.resolve("preview")));
        assertThat(actual.keySet()).as("step %d", step).containsExactlyElementsOf(expected.keySet());
        assertThat(actual).as("step %d", step).isEqualTo(expected);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    private static void edit(Path file, String text) {
        TestSites.write(file, text);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
