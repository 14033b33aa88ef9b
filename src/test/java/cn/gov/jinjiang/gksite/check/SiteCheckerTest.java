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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
