package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.config.CheckLevels;
import cn.gov.jinjiang.gksite.config.Footer;
import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written output folder with one known defect of every kind per line (and many correct links
 * that must not be reported): the checker reports exactly those, each at its page, line and code.
 */
class SiteCheckerTest {
    static final Path DEFECTS = TestSites.REPO.resolve("src/test/resources/check/defects");

    static SiteConfig config(List<String> ignore, Map<String, Severity> overrides) {
        return new SiteConfig(
                "测试",
                "测试",
                "测试",
                "http://www.example.gov.cn/",
                "zh-CN",
                "portal",
                "department",
                List.of(),
                Footer.empty(),
                new CheckLevels(overrides, Set.of(), ignore),
                PublishTarget.none(),
                Catalogue.defaults());
    }

    static List<Diagnostic> check(SiteConfig config) {
        Diagnostics d = Diagnostics.withOverrides(
                config.checks().overrides(), config.checks().off());
        new SiteChecker().check(DEFECTS, new OutputManifest(List.of()), config, CheckOptions.internal(null, "site"), d);
        return d.sorted();
    }

    static List<String> lines(List<Diagnostic> ds) {
        return ds.stream()
                .map(d -> d.pos().file() + ":" + d.pos().line() + " " + d.code())
                .toList();
    }

    @Test
    void everyDefectAndNothingElse() {
        assertThat(lines(check(config(List.of(), Map.of()))))
                .containsExactlyInAnyOrder(
                        "site/css/site.css:2 check.link-broken",
                        "site/index.html:5 check.link-broken",
                        "site/index.html:14 check.link-broken",
                        "site/index.html:15 check.fragment-missing",
                        "site/index.html:16 check.fragment-missing",
                        "site/index.html:17 check.link-broken",
                        "site/index.html:18 check.link-javascript",
                        "site/index.html:19 check.mailto",
                        "site/index.html:20 check.tel",
                        "site/index.html:21 check.link-broken",
                        "site/index.html:22 check.img-alt",
                        "site/index.html:23 check.link-text-empty",
                        "site/index.html:24 check.duplicate-id",
                        "site/index.html:26 check.heading-skip",
                        "site/index.html:27 check.table-th",
                        "site/index.html:28 check.iframe-title",
                        "site/index.html:29 check.link-broken",
                        "site/index.html:30 check.link-broken",
                        "site/index.html:31 check.link-broken",
                        "site/nolang.html:1 check.lang",
                        "site/nolang.html:5 check.h1");
    }

    @Test
    void messagesNameTheTarget() {
        List<Diagnostic> ds = check(config(List.of(), Map.of()));
        assertThat(ds)
                .filteredOn(d -> d.pos().line() == 15)
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("#nosuch").contains("about.html"));
        assertThat(ds)
                .filteredOn(d -> d.pos().line() == 14 && d.pos().file().endsWith("index.html"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("missing.html"));
    }

    @Test
    void ignorePatternsAndSeverityOverridesApply() {
        List<Diagnostic> ds = check(config(
                List.of("missing", "^javascript:"),
                Map.of("check.img-alt", Severity.WARNING, "check.heading-skip", Severity.INFO)));
        List<String> l = lines(ds);
        assertThat(l)
                .noneMatch(s -> s.endsWith(":14 check.link-broken")
                        || s.endsWith(":18 check.link-javascript")
                        || s.endsWith(":21 check.link-broken")
                        || s.startsWith("site/css/"));
        assertThat(ds)
                .filteredOn(d -> d.code().equals("check.img-alt"))
                .singleElement()
                .extracting(Diagnostic::severity)
                .isEqualTo(Severity.WARNING);
        assertThat(ds)
                .filteredOn(d -> d.code().equals("check.heading-skip"))
                .singleElement()
                .extracting(Diagnostic::severity)
                .isEqualTo(Severity.INFO);
    }

    private static final String PAGE = "<!DOCTYPE html><html lang=\"zh\"><body><h1 id=\"h\">题</h1>\n";

    /** A site of pages: each text after PAGE, and a closing, in a file; other files as they are. */
    private static Path site(Path dir, String... pathsAndTexts) {
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            String text = pathsAndTexts[i].endsWith(".html") || pathsAndTexts[i].endsWith(".htm")
                    ? PAGE + pathsAndTexts[i + 1] + "\n</body></html>\n"
                    : pathsAndTexts[i + 1];
            TestSites.write(dir.resolve(pathsAndTexts[i]), text);
        }
        return dir;
    }

    /** Each diagnostic as "file:line:column code severity message". */
    private static List<String> check(Path site, CheckOptions options, List<String> ignore, Scanned scanned) {
        return check(site, new OutputManifest(List.of()), options, ignore, scanned);
    }

    private static List<String> check(
            Path site, OutputManifest manifest, CheckOptions options, List<String> ignore, Scanned scanned) {
        Diagnostics d = new Diagnostics();
        new SiteChecker().check(site, manifest, config(ignore, Map.of()), options, d, scanned);
        return d.sorted().stream()
                .map(x -> x.pos().file() + ":" + x.pos().line() + ":" + x.pos().column() + " " + x.code() + " "
                        + x.severity() + " " + x.message())
                .toList();
    }

    /** A probe that answers from {@code cache} (its entries written at second 1000, the probe's clock). */
    private static ExternalLinkProbe probe(Path cache) {
        return new ExternalLinkProbe(
                ExternalLinkProbe.defaultClient(Duration.ofMillis(100)),
                Clock.fixed(Instant.ofEpochSecond(1000), ZoneOffset.UTC),
                new ExternalLinkProbe.Options(
                        Duration.ofMillis(100), 0, Duration.ZERO, 1, 1, Duration.ofDays(1), cache));
    }

    private static List<String> check(Path site) {
        return check(site, CheckOptions.internal(null, "site"), List.of(), new Scanned());
    }

    @Test
    void internalLinksAndTheirFragments(@TempDir Path dir) {
        site(
                dir,
                "index.html",
                "<a href=\"sub#h\">子</a><a href=\"sub#nosuch\">子</a><a href=\"sub/#top\">顶</a><a href=\"#\">顶</a>\n"
                        + "<a href=\"img.png#x\">图</a><a href=\"old.htm#h\">旧</a><a href=\"../up.html\">上</a>\n"
                        + "<a href=\"\">空</a><form action=\"\"></form><a href=\"x.html\">无</a>",
                "sub/index.html",
                "<p>子页</p>",
                "img.png",
                "png",
                "old.htm",
                "<a href=\"gone.html\">坏</a>");
        assertThat(check(dir))
                .containsExactly(
                        "site/index.html:2:22 check.fragment-missing ERROR 锚点 #nosuch 在 /sub/index.html 中不存在：sub#nosuch",
                        "site/index.html:3:51 check.link-broken ERROR 链接跳出了站点根目录：../up.html",
                        "site/index.html:4:1 check.link-empty ERROR <a[href]> 的地址为空。",
                        "site/index.html:4:40 check.link-broken ERROR 链接的目标不存在：x.html（应为 /x.html）",
                        "site/old.htm:2:1 check.link-broken ERROR 链接的目标不存在：gone.html（应为 /gone.html）");
    }

    @Test
    void aRenderedPageAsBuiltIsReadByTheByteScannerAndOneChangedSinceAsAnyOther(@TempDir Path dir) {
        site(dir, "index.html", "<p>好</p><a href=\"gone.html\">坏链接</a>");
        byte[] built = TestSites.read(dir.resolve("index.html")).getBytes(StandardCharsets.UTF_8);
        OutputManifest asBuilt = new OutputManifest(
                List.of(new OutputManifest.Entry("index.html", "", "page.peb", OutputManifest.Entry.crcOf(built))));
        List<String> withoutManifest = check(dir);
        assertThat(withoutManifest).anyMatch(l -> l.contains("check.link-broken") && l.contains("gone.html"));
        assertThat(check(dir, asBuilt, CheckOptions.internal(null, "site"), List.of(), new Scanned()))
                .isEqualTo(withoutManifest);
        // changed by hand since, into bytes that are not UTF-8: read as any page, so the encoding is found
        TestSites.write(dir.resolve("index.html"), "<p>好</p>".getBytes(Charset.forName("GBK")));
        assertThat(check(dir, asBuilt, CheckOptions.internal(null, "site"), List.of(), new Scanned()))
                .containsExactly("site/index.html:1:1 check.encoding ERROR 文件不是 UTF-8 编码，无法检查。");
    }

    @Test
    void aFileThatIsNotUtf8CannotBeChecked(@TempDir Path dir) {
        site(dir, "index.html", "<p>好</p>");
        TestSites.write(dir.resolve("gbk.html"), "<p>好</p>".getBytes(Charset.forName("GBK")));
        assertThat(check(dir)).containsExactly("site/gbk.html:1:1 check.encoding ERROR 文件不是 UTF-8 编码，无法检查。");
    }

    @Test
    void ignorePatternsAreSubstringsOrExpressions(@TempDir Path dir) {
        site(
                dir,
                "index.html",
                "<a href=\"a.b.html\">1</a><a href=\"axb.html\">2</a><a href=\"c.html\">3</a><a href=\"dc.html\">4</a>");
        assertThat(check(dir, CheckOptions.internal(null, "site"), List.of("a.b", "^c"), new Scanned()))
                .containsExactly(
                        "site/index.html:2:25 check.link-broken ERROR 链接的目标不存在：axb.html（应为 /axb.html）",
                        "site/index.html:2:71 check.link-broken ERROR 链接的目标不存在：dc.html（应为 /dc.html）");
    }

    @Test
    void aStagedSiteIsTheFilesItsManifestLists(@TempDir Path dir) {
        site(dir, "index.html", "<a href=\"b.html\">乙</a>", "b.html", "<p>乙</p>");
        OutputManifest manifest = new OutputManifest(List.of(new OutputManifest.Entry("index.html", "", "")));
        assertThat(check(dir, manifest, CheckOptions.staged(null, "site"), List.of(), new Scanned()))
                .containsExactly("site/index.html:2:1 check.link-broken ERROR 链接的目标不存在：b.html（应为 /b.html）");
        assertThat(check(dir, manifest, CheckOptions.internal(null, "site"), List.of(), new Scanned()))
                .isEmpty();
    }

    @Test
    void pagesScannedWhileTheyWereWrittenAreNotReadAgain(@TempDir Path dir) {
        site(dir, "index.html", "<p>好</p>", "css/site.css", "p{background:url(ok.png)}", "css/ok.png", "png");
        Scanned scanned = new Scanned();
        scanned.scan(
                "index.html", (PAGE + "<a href=\"gone.html\">坏</a></body></html>").getBytes(StandardCharsets.UTF_8));
        scanned.scan("css/site.css", "<a href=\"gone.html\">坏</a>".getBytes(StandardCharsets.UTF_8));
        assertThat(check(dir, CheckOptions.internal(null, "site"), List.of(), scanned))
                .containsExactly("site/index.html:0:0 check.link-broken ERROR 链接的目标不存在：gone.html（应为 /gone.html）");
    }

    /**
     * A later build that keeps files byte for byte takes what an earlier one found in them: they are not read again,
     * and only the files it names are taken.
     */
    @Test
    void factsSavedForKeptFilesAreTakenInsteadOfReadingThem(@TempDir Path dir) {
        site(dir, "index.html", "<p>好</p>", "b.html", "<p>乙</p>");
        Scanned earlier = new Scanned();
        earlier.scan(
                "index.html", (PAGE + "<a href=\"gone.html\">坏</a></body></html>").getBytes(StandardCharsets.UTF_8));
        earlier.scan("b.html", (PAGE + "<a href=\"lost.html\">坏</a></body></html>").getBytes(StandardCharsets.UTF_8));
        earlier.scan(
                "c.html", (PAGE + "<a href=\"c.html#nosuch\">坏</a></body></html>").getBytes(StandardCharsets.UTF_8));
        byte[] saved = earlier.save(List.of("index.html", "b.html", "c.html", "none.html"));
        Scanned later = new Scanned();
        assertThat(later.restore(saved, List.of("index.html", "none.html"))).isTrue();
        assertThat(check(dir, CheckOptions.internal(null, "site"), List.of(), later))
                .containsExactly("site/index.html:0:0 check.link-broken ERROR 链接的目标不存在：gone.html（应为 /gone.html）");
        // after a check, only what the byte scanner found is saved: a page read from disk by jsoup (no manifest
        // entry tells it is gksite's) is scanned again by the next build
        Scanned checked = new Scanned();
        checked.scan("b.html", (PAGE + "<p>乙</p></body></html>").getBytes(StandardCharsets.UTF_8));
        check(dir, CheckOptions.internal(null, "site"), List.of(), checked);
        assertThat(FactsCodec.decode(checked.save(List.of("index.html", "b.html"))))
                .containsOnlyKeys("b.html");
        Scanned refused = new Scanned();
        assertThat(refused.restore(Arrays.copyOf(saved, saved.length - 1), List.of("index.html")))
                .isFalse();
        assertThat(check(dir, CheckOptions.internal(null, "site"), List.of(), refused))
                .isEmpty();
    }

    @Test
    void linksToDraftsSaySo(@TempDir Path dir) {
        site(
                dir,
                "index.html",
                "<a href=\"d.html\">1</a><a href=\"news/\">2</a><a href=\"/news\">3</a><a href=\"e.html\">4</a>");
        CheckOptions options = CheckOptions.internal(null, "site")
                .withDrafts(Map.of("d.html", "content/d.md", "news/index.html", "content/news/index.md"));
        assertThat(check(dir, options, List.of(), new Scanned()))
                .extracting(s -> s.substring(0, s.indexOf("（")))
                .containsExactly(
                        "site/index.html:2:1 check.link-draft ERROR 链接指向草稿 content/d.md",
                        "site/index.html:2:23 check.link-draft ERROR 链接指向草稿 content/news/index.md",
                        "site/index.html:2:44 check.link-draft ERROR 链接指向草稿 content/news/index.md",
                        "site/index.html:2:65 check.link-broken ERROR 链接的目标不存在：e.html");
    }

    @Test
    void externalLinksAreReportedByWhatTheProbeFound(@TempDir Path dir) {
        site(
                dir.resolve("site"),
                "index.html",
                "<a href=\"https://ok.cn/\">1</a><a href=\" https://down.cn/ \">2</a>\n<a href=\"https://gone.cn/\">3</a>"
                        + "<a href=\"https://moved.cn/\">4</a><a href=\"https://lost.cn/\">5</a>",
                "b.html",
                "<a href=\"https://down.cn/\">6</a>");
        Path cache = dir.resolve("cache.tsv");
        TestSites.write(
                cache,
                "https://ok.cn/\t200\thttps://ok.cn/\t1000\n"
                        + "https://down.cn/\t0\thttps://down.cn/\t1000\n"
                        + "https://gone.cn/\t404\thttps://gone.cn/\t1000\n"
                        + "https://moved.cn/\t200\thttps://new.cn/\t1000\n"
                        + "https://lost.cn/\t410\thttps://new.cn/lost\t1000\n");
        ExternalLinkProbe probe = probe(cache);
        assertThat(check(dir.resolve("site"), new CheckOptions(null, "site", false, probe), List.of(), new Scanned()))
                .isEmpty();
        assertThat(check(dir.resolve("site"), new CheckOptions(null, "site", true, probe), List.of(), new Scanned()))
                .containsExactly(
                        "site/b.html:2:1 check.external-unreachable ERROR 外部链接无法访问：https://down.cn/（）",
                        "site/index.html:2:31 check.external-unreachable ERROR 外部链接无法访问：https://down.cn/（）",
                        "site/index.html:3:1 check.external-broken ERROR 外部链接返回 HTTP 404：https://gone.cn/",
                        "site/index.html:3:33 check.external-redirect WARNING 外部链接已重定向：https://moved.cn/ → https://new.cn/",
                        "site/index.html:3:66 check.external-broken ERROR 外部链接返回 HTTP 410：https://lost.cn/（重定向到 https://new.cn/lost）");
    }

    @Test
    void aLinkToAPageThatIsThereIsNoLinkToADraft(@TempDir Path dir) {
        site(dir, "index.html", "<a href=\"d.html\">1</a>", "d.html", "<p>草稿也在</p>");
        CheckOptions options = CheckOptions.internal(null, "site").withDrafts(Map.of("d.html", "content/d.md"));
        assertThat(check(dir, options, List.of(), new Scanned())).isEmpty();
    }

    @Test
    void withoutExternalLinksNothingIsProbed(@TempDir Path dir) {
        site(dir.resolve("site"), "index.html", "<a href=\"mailto:a@b.cn\">信</a>");
        Path cache = dir.resolve("cache.tsv");
        ExternalLinkProbe probe = probe(cache);
        assertThat(check(dir.resolve("site"), new CheckOptions(null, "site", true, probe), List.of(), new Scanned()))
                .isEmpty();
        assertThat(cache).doesNotExist();
    }
}
