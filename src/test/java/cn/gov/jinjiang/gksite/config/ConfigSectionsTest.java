package cn.gov.jinjiang.gksite.config;

import static cn.gov.jinjiang.gksite.config.SiteYaml.MINIMAL;
import static cn.gov.jinjiang.gksite.config.SiteYaml.found;
import static cn.gov.jinjiang.gksite.config.SiteYaml.load;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's checks, publish and catalogue sections: their values, defaults and errors at their lines. */
class ConfigSectionsTest {
    @Test
    void checksSetLevelsTurnCodesOffAndListAddressesToIgnore(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        CheckLevels c = checks(dir, d, """
                  link.broken: warning
                  content.heading: 错误
                  page.title: off
                  ignore:
                    - /uploads/
                    - "^https?://a\\\\.cn/"
                    - "(literal"
                """);
        assertThat(d.sorted()).isEmpty();
        assertThat(c.overrides()).isEqualTo(Map.of("link.broken", Severity.WARNING, "content.heading", Severity.ERROR));
        assertThat(c.off()).containsExactly("page.title");
        assertThat(c.ignore()).containsExactly("/uploads/", "^https?://a\\.cn/", "(literal");
    }

    @Test
    void aLevelThatIsNoneAndIgnoreItemsThatAreNoAddressAreErrorsAtTheirLines(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        CheckLevels c = checks(dir, d, """
                  link.broken: fatal
                  page.title: [off]
                  ignore:
                    - "^(bad"
                    - ""
                    - {a: b}
                    - /ok/
                """);
        assertThat(found(d))
                .containsExactly(
                        "config.severity 10:16",
                        "config.severity 11:15",
                        "config.pattern 13:7",
                        "config.type 14:7",
                        "config.type 15:7");
        List<Diagnostic> all = d.sorted();
        assertThat(all.get(0).message()).contains("checks.link.broken", "“fatal”");
        assertThat(all.get(2).message()).contains("“^(bad”");
        assertThat(all.get(3).message()).endsWith("实为空值。");
        assertThat(all.get(4).message()).doesNotContain("空值");
        assertThat(c.overrides()).isEmpty();
        assertThat(c.off()).isEmpty();
        assertThat(c.ignore()).containsExactly("/ok/");
    }

    @Test
    void anIgnoreThatIsNoListIsATypeError(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        CheckLevels c = load(dir, MINIMAL + "checks:\n  ignore: /uploads/\n", d).checks();
        assertThat(found(d)).containsExactly("config.type 10:11");
        assertThat(c.ignore()).isEmpty();
    }

    @Test
    void publishReadsItsTargetSshAndExcludedPaths(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        PublishTarget p = load(dir, MINIMAL + """
                publish:
                  target: " user@host:/srv/www/ "
                  ssh: ssh -p 2222
                  exclude: [a/, " ", " b/ "]
                  max_delete: " 25 % "
                """, d).publish();
        assertThat(d.sorted()).isEmpty();
        assertThat(p).isEqualTo(new PublishTarget("user@host:/srv/www/", List.of("a/", "b/"), 0.25, "ssh -p 2222"));
        assertThat(load(dir, MINIMAL, d).publish()).isEqualTo(PublishTarget.none());
    }

    @Test
    void maxDeleteIsAShareFromZeroToOne(@TempDir Path dir) throws IOException {
        assertThat(maxDelete(dir, "0")).isEqualTo(0.0);
        assertThat(maxDelete(dir, "1")).isEqualTo(1.0);
        assertThat(maxDelete(dir, "0.3")).isEqualTo(0.3);
        assertThat(maxDelete(dir, "100%")).isEqualTo(1.0);
        assertThat(maxDelete(dir, "''")).isEqualTo(PublishTarget.DEFAULT_MAX_DELETE);
        for (String bad : List.of("1.01", "-0.01", "101%", "many", "'%'")) {
            Diagnostics d = new Diagnostics();
            PublishTarget p = load(dir, MINIMAL + "publish:\n  max_delete: " + bad + "\n", d)
                    .publish();
            assertThat(found(d)).as(bad).containsExactly("config.type 10:15");
            assertThat(p.maxDelete()).as(bad).isEqualTo(PublishTarget.DEFAULT_MAX_DELETE);
        }
    }

    @Test
    void aListItemThatIsNoTextOrAListThatIsNoneIsATypeErrorWithTheSectionsExample(@TempDir Path dir)
            throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL + """
                publish:
                  exclude: [[a], b/]
                catalogue:
                  topics: [城乡建设管理, {a: b}]
                  validity: 现行有效
                """, d);
        assertThat(found(d)).containsExactly("config.type 10:13", "config.type 12:20", "config.type 13:13");
        List<Diagnostic> all = d.sorted();
        assertThat(all.get(0).message()).isEqualTo("publish.exclude 的每一项应为一段文字，实为列表。");
        assertThat(all.get(0).hint()).isEmpty();
        assertThat(all.get(1).hint()).isEqualTo("例如：topics: [城乡建设管理, 政府工作报告]");
        assertThat(all.get(2).message()).isEqualTo("catalogue.validity 应为列表。");
        assertThat(all.get(2).hint()).isEqualTo("例如：validity: [现行有效, 已修改, 已废止, 失效]");
        assertThat(c.publish().exclude()).containsExactly("b/");
        assertThat(c.catalogue().topics()).containsExactly("城乡建设管理");
        assertThat(c.catalogue().validity()).isEqualTo(Catalogue.DEFAULT_VALIDITY);

        Diagnostics none = new Diagnostics();
        load(dir, MINIMAL + "publish:\n  exclude:\n", none);
        assertThat(none.sorted()).isEmpty();
        load(dir, MINIMAL + "publish:\n  exclude: a/\n", none);
        assertThat(none.sorted().get(0).hint()).isEmpty();
    }

    @Test
    void theCatalogueReadsItsPatternValuesTopicsAndPrefix(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        Catalogue c = load(dir, MINIMAL + """
                catalogue:
                  index_no_pattern: ' ^\\d+$ '
                  validity: [有效, " ", 失效]
                  topics: [机构设置]
                  index_prefix: " QZ1-02 "
                """, d).catalogue();
        assertThat(d.sorted()).isEmpty();
        assertThat(c.indexNoPattern().pattern()).isEqualTo("^\\d+$");
        assertThat(c.validity()).containsExactly("有效", "失效");
        assertThat(c.topics()).containsExactly("机构设置");
        assertThat(c.indexPrefix()).isEqualTo("QZ1-02");

        Catalogue defaults = load(dir, MINIMAL, d).catalogue();
        assertThat(defaults.indexNoPattern().pattern()).isEqualTo(Catalogue.DEFAULT_PATTERN);
        assertThat(defaults.validity()).isEqualTo(Catalogue.DEFAULT_VALIDITY);
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void aBadPatternOrPrefixIsATypeErrorAndTheDefaultPatternIsKept(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        Catalogue c = load(dir, MINIMAL + "catalogue:\n  index_no_pattern: '([A-Z'\n  index_prefix: QZ06101\n", d)
                .catalogue();
        assertThat(found(d)).containsExactly("config.type 10:21", "config.type 11:17");
        assertThat(d.sorted().get(1).message()).contains("“QZ06101”");
        assertThat(c.indexNoPattern().pattern()).isEqualTo(Catalogue.DEFAULT_PATTERN);
    }

    /** The checks read from site.yaml's {@code checks:} with {@code body} below it (lines 10 on). */
    private static CheckLevels checks(Path dir, Diagnostics d, String body) throws IOException {
        return load(dir, MINIMAL + "checks:\n" + body, d).checks();
    }

    private static double maxDelete(Path dir, String value) throws IOException {
        Diagnostics d = new Diagnostics();
        PublishTarget p = load(dir, MINIMAL + "publish:\n  max_delete: " + value + "\n", d)
                .publish();
        assertThat(d.sorted()).as(value).isEmpty();
        return p.maxDelete();
    }
}
