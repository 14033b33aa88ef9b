package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.PageScaffold;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.report.ReportFiles;
import cn.gov.jinjiang.gksite.report.ReportScaffold;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholders (issue 17): a warning at each one for build and serve, an error for publish that site.yaml's
 * {@code checks:} cannot lower, and every text a scaffold leaves for a person to fill in is one the check finds.
 */
class PlaceholdersTest {
    private static final Clock AUTUMN = Clock.fixed(Instant.parse("2025-11-20T02:00:00Z"), ZoneOffset.UTC);
    /** warn-content.placeholder: each placeholder, not those in YAML comments. */
    private static final List<String> FIXTURE = List.of(
            "content/tz/a.md:2:8",
            "content/tz/a.md:7:1",
            "content/tz/a.md:9:1",
            "content/tz/a.md:11:3",
            "content/tz/a.md:11:9",
            "content/tz/links.yaml:2:5");

    private static BuildResult publishBuild(Path site) {
        return new Pipeline().run(new BuildRequest(site, null, true, false, true));
    }

    private static List<String> at(BuildResult r, String code, Severity severity) {
        return r.diagnostics().stream()
                .filter(d -> d.code().equals(code) && d.severity() == severity)
                .map(d -> d.pos().toString())
                .toList();
    }

    @Test
    void eachPlaceholderWarnsForBuildAndIsAnErrorForPublish(@TempDir Path dir) {
        Path site = TestSites.fixture("warn-content.placeholder", dir);
        BuildResult r = Builds.build(site);
        assertThat(Builds.errors(r)).isEmpty();
        assertThat(at(r, Placeholders.CONTENT_CODE, Severity.WARNING)).containsExactlyElementsOf(FIXTURE);
        assertThat(r.diagnostics())
                .filteredOn(d -> d.pos().toString().equals("content/tz/a.md:2:8"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("“待填写：标题”").contains("不能发布"));
        BuildResult p = publishBuild(site);
        assertThat(p.ok()).isFalse();
        assertThat(p.written()).isFalse();
        assertThat(at(p, Placeholders.CONTENT_CODE, Severity.ERROR)).containsExactlyElementsOf(FIXTURE);
    }

    @Test
    void checksCanSilenceThemForBuildButNeverForPublish(@TempDir Path dir) {
        Path site = TestSites.fixture("warn-content.placeholder", dir);
        TestSites.write(
                site.resolve("site.yaml"),
                TestSites.read(site.resolve("site.yaml")).replace("host: 测试单位", "host: 测试单位\n  organizer: 待填写：承办单位")
                        + "checks:\n  content.placeholder: off\n  config.: off\n");
        BuildResult r = Builds.build(site);
        assertThat(r.diagnostics()).noneMatch(d -> Placeholders.CODES.contains(d.code()));
        BuildResult p = publishBuild(site);
        assertThat(at(p, Placeholders.CONTENT_CODE, Severity.ERROR)).containsExactlyElementsOf(FIXTURE);
        assertThat(at(p, Placeholders.CONFIG_CODE, Severity.ERROR)).containsExactly("site.yaml:6:14");
    }

    @Test
    void theRepositorysSiteYamlPlaceholdersAreFoundAndRefusedForPublish(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        List<String> lines = TestSites.read(site.resolve("site.yaml")).lines().toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.strip().startsWith("#") && l.contains(Placeholders.PENDING)) {
                expected.add("site.yaml:" + (i + 1) + ":" + (l.indexOf(Placeholders.PENDING) + 1));
            }
        }
        // the footer's six, and the 机构代码 of the two bodies not yet confirmed
        assertThat(expected).hasSize(8);
        assertThat(at(Builds.build(site), Placeholders.CONFIG_CODE, Severity.WARNING))
                .containsExactlyElementsOf(expected);
        assertThat(at(publishBuild(site), Placeholders.CONFIG_CODE, Severity.ERROR))
                .containsExactlyElementsOf(expected);
        assertThat(Builds.errors(publishBuild(TestSites.publishableRepoSite(dir.resolve("filled")))))
                .isEmpty();
    }

    /**
     * Every scaffold's output, as the editor gets it: each line a person still has to write is a placeholder the
     * check finds, at its line and column; the rest is real text (the values given, today's dates, the next
     * 索引号, the report's fixed sentences and headings) or a YAML comment. A scaffold text written without the
     * shared markers fails here.
     */
    @Test
    void everyPlaceholderTheScaffoldsWriteIsFound(@TempDir Path dir) {
        Path site = TestSites.repoSite(dir);
        SourceLayout layout = SourceLayout.of(site, null);
        PageScaffold pages = new PageScaffold(AUTUMN);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put(
                "content/tz/untitled.md",
                pages.scaffold(layout, "tz/untitled", "QZ06101-0240", "某某局", null)
                        .text());
        outputs.put(
                "content/tz/titled.md",
                pages.scaffold(layout, "tz/titled", "QZ06101-0240", "某某局", "停水通知")
                        .text());
        ReportFiles carried = new ReportScaffold().scaffold(layout, 2026, "某某局", new Diagnostics());
        ReportFiles fresh = new ReportScaffold().scaffold(layout, 2019, "某某局", new Diagnostics());
        outputs.put("content/ndbg2026/index.md", carried.indexMd());
        outputs.put("content/ndbg2026/data.yaml", carried.dataYaml());
        outputs.put("content/ndbg2019/index.md", fresh.indexMd());
        outputs.put("content/ndbg2019/data.yaml", fresh.dataYaml());

        Set<String> real = Set.of(
                "某某局",
                "停水通知",
                "QZ06101-0240-2025-00202",
                "QZ06101-0240-2025-00203",
                "2025-11-20",
                "现行有效",
                "report",
                "2026",
                "2019",
                "true",
                "某某局2026年政府信息公开工作年度报告",
                "某某局2019年政府信息公开工作年度报告");
        List<String> expected = new ArrayList<>();
        outputs.forEach((file, text) -> {
            List<String> lines = text.lines().toList();
            boolean front = text.startsWith("---\n");
            for (int i = front ? 1 : 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (front && l.equals("---")) {
                    front = false;
                    continue;
                }
                int at = firstMarker(l);
                if (at >= 0) {
                    expected.add(file + ":" + (i + 1) + ":" + (at + 1));
                    continue;
                }
                String s = l.strip();
                boolean filled = s.isEmpty()
                        || s.startsWith("#")
                        || file.endsWith(".yaml") && numbersOnly(s)
                        || front
                                && real.contains(s.substring(s.indexOf(':') + 1).strip())
                        || !front && s.startsWith("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自 ");
                assertThat(filled)
                        .as("%s:%d is neither filled in nor a placeholder the check finds: %s", file, i + 1, l)
                        .isTrue();
            }
        });
        assertThat(expected)
                .as("the untitled page: title and body; each report: sections 一, 五, 六")
                .hasSize(2 + 1 + 3 + 3);

        Path built = TestSites.inline(
                dir.resolve("built"),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/tz/index.md",
                "---\ntitle: 通知\n---\n\n通知。\n");
        outputs.forEach(
                (file, text) -> TestSites.write(built.resolve(file), text.replace("draft: true\n", "draft: false\n")));
        List<String> found = Builds.build(built).diagnostics().stream()
                .filter(d -> d.code().equals(Placeholders.CONTENT_CODE))
                .map(d -> d.pos().toString())
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(publishBuild(built).diagnostics())
                .filteredOn(Diagnostic::isError)
                .extracting(d -> d.pos().toString())
                .containsAll(expected);
    }

    /** Where the first placeholder marker of {@code line} begins, or -1. */
    private static int firstMarker(String line) {
        int first = -1;
        for (String m : Placeholders.MARKERS) {
            int at = line.indexOf(m);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** A data.yaml line holding only a key and figures (or a section key, or the format year). */
    private static boolean numbersOnly(String line) {
        String value =
                line.substring(line.indexOf(':') + 1).replaceAll("#.*", "").strip();
        return value.isEmpty()
                || value.matches("\\[[0-9, ]*\\]|\\{[^{}]*\\}|[0-9]+")
                        && value.replaceAll("[^:]*: *[0-9]+", "")
                                .replaceAll("[\\[\\]{}, 0-9]", "")
                                .isEmpty();
    }
}
