package cn.gov.jinjiang.gksite.config;

import static cn.gov.jinjiang.gksite.config.SiteYaml.found;
import static cn.gov.jinjiang.gksite.config.SiteYaml.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml read into a {@link SiteConfig}: its values and defaults, and each problem at its line and column. */
class ConfigLoaderTest {
    private static final String MINIMAL = SiteYaml.MINIMAL;

    @Test
    void aMinimalFileTakesEveryOtherValueFromItsDefault(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL, d);
        assertThat(d.sorted()).isEmpty();
        assertThat(c.name()).isEqualTo("晋江测试站");
        assertThat(c.title()).isEqualTo("晋江测试站");
        assertThat(c.organisation()).isEqualTo("晋江测试站");
        assertThat(c.baseUrl()).isEqualTo("https://a.gov.cn/xxgk/");
        assertThat(c.language()).isEqualTo("zh-CN");
        assertThat(c.theme()).isEqualTo("portal");
        assertThat(c.bodyType()).isEqualTo("department");
        assertThat(c.nav()).isEmpty();
        assertThat(c.themePos()).isEqualTo(SourcePos.of("site.yaml"));
        assertThat(c.footer())
                .isEqualTo(new Footer("主办单位甲", "", "3505820000", "闽ICP备1号", "闽公网安备2号", "", "", "", "", "", "", ""));
    }

    @Test
    void everyValueWrittenIsRead(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, """
                site:
                  name: 晋江测试站
                  title: 晋江市人民政府
                  organisation: 晋江市审计局
                  base_url: http://www.example.gov.cn/xxgk
                  language: zh-Hans
                  body_type: town
                theme:   my-theme
                nav:
                  - {label: 首页, url: /}
                  - {label: 纠错, url: "mailto:a@b.cn"}
                footer:
                  host: 主办单位甲
                  organizer: 承办单位乙
                  site_code: "3505820000"
                  icp: 闽ICP备1号
                  police: 闽公网安备2号
                  police_url: http://www.beian.gov.cn/x
                  address: javascript-路1号
                  postcode: "362200"
                  phone: 0595-1
                  email: a@b.cn
                  error_report_url: https://zfwzzc.www.gov.cn/x
                  conac_url: https://conac.cn/x
                """, d);
        assertThat(d.sorted()).isEmpty();
        assertThat(c.title()).isEqualTo("晋江市人民政府");
        assertThat(c.organisation()).isEqualTo("晋江市审计局");
        assertThat(c.baseUrl()).isEqualTo("http://www.example.gov.cn/xxgk/");
        assertThat(c.language()).isEqualTo("zh-Hans");
        assertThat(c.bodyType()).isEqualTo("town");
        assertThat(c.theme()).isEqualTo("my-theme");
        assertThat(c.themePos()).isEqualTo(new SourcePos("site.yaml", 8, 10));
        assertThat(c.nav()).containsExactly(new NavItem("首页", "/"), new NavItem("纠错", "mailto:a@b.cn"));
        assertThat(c.footer())
                .isEqualTo(new Footer(
                        "主办单位甲",
                        "承办单位乙",
                        "3505820000",
                        "闽ICP备1号",
                        "闽公网安备2号",
                        "http://www.beian.gov.cn/x",
                        "javascript-路1号",
                        "362200",
                        "0595-1",
                        "a@b.cn",
                        "https://zfwzzc.www.gov.cn/x",
                        "https://conac.cn/x"));
    }

    @Test
    void aRequiredValueLeftBlankIsAnErrorAtItsValueAndOneLeftOutAtTheFileStart(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(
                dir,
                MINIMAL.replace("name: 晋江测试站", "name: \"  \"").replace("  base_url: https://a.gov.cn/xxgk/\n", ""),
                d);
        assertThat(found(d)).containsExactly("config.required 1:1", "config.required 2:9");
        assertThat(c.name()).isEmpty();
        assertThat(c.baseUrl()).isEmpty();
    }

    @Test
    void aBaseUrlOfTheWrongFormIsAnErrorAndKeptAsWritten(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL.replace("https://a.gov.cn/xxgk/", "www.a.gov.cn/"), d);
        assertThat(found(d)).containsExactly("config.base-url 3:13");
        assertThat(d.sorted().get(0).message()).contains("www.a.gov.cn/");
        assertThat(c.baseUrl()).isEqualTo("www.a.gov.cn/");
    }

    @Test
    void anUnknownBodyTypeIsAnErrorAtItsValue(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL.replace("site:\n", "site:\n  body_type: bureau\n"), d);
        assertThat(found(d)).containsExactly("config.body-type 2:14");
        assertThat(d.sorted().get(0).message()).contains("bureau");
        assertThat(c.bodyType()).isEqualTo("bureau");
    }

    @Test
    void aThemeThatIsAPathIsATypeErrorAndThePortalIsUsed(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL + "theme: ../other\n", d);
        assertThat(found(d)).containsExactly("config.type 9:8");
        assertThat(c.theme()).isEqualTo("portal");
        assertThat(c.themePos()).isEqualTo(new SourcePos("site.yaml", 9, 8));
    }

    @Test
    void aFooterAddressOfARefusedSchemeIsAnErrorAndLeftOutOfThePages(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(
                dir,
                MINIMAL
                        + "  police_url: javascript:alert(1)\n  conac_url: https://conac.cn/x\n  phone: \"tel:1\"\n  address: \"javascript:void(0)\"\n",
                d);
        assertThat(found(d)).containsExactly("config.url-scheme 9:15");
        assertThat(d.sorted().get(0).message()).contains("footer.police_url", "javascript:alert(1)", "“javascript:”");
        assertThat(c.footer().policeUrl()).isEmpty();
        assertThat(c.footer().conacUrl()).isEqualTo("https://conac.cn/x");
        assertThat(c.footer().phone()).isEqualTo("tel:1");
        assertThat(c.footer().address()).isEqualTo("javascript:void(0)");
    }

    @Test
    void aMissingFooterValueIsAnErrorAtItsValueTheFooterOrTheFileStart(@TempDir Path dir) throws IOException {
        Diagnostics blank = new Diagnostics();
        load(dir, MINIMAL.replace("host: 主办单位甲", "host: \"\"").replace("  icp: 闽ICP备1号\n", ""), blank);
        assertThat(found(blank)).containsExactly("config.footer-missing 4:1", "config.footer-missing 5:9");
        assertThat(blank.sorted().get(0).message()).contains("footer.icp", "ICP");

        Diagnostics none = new Diagnostics();
        load(dir, "\n\nsite: {name: 站, base_url: 'http://a.cn/'}\n", none);
        assertThat(found(none))
                .containsExactly(
                        "config.footer-missing 3:1",
                        "config.footer-missing 3:1",
                        "config.footer-missing 3:1",
                        "config.footer-missing 3:1");
    }

    @Test
    void navItemsWithoutLabelOrUrlOrWithARefusedSchemeAreLeftOut(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL + """
                nav:
                  - {label: 首页, url: /}
                  - {label: " ", url: /a/}
                  - {label: 空地址}
                  - {label: 脚本, url: "javascript:x()"}
                  - {label: 信息公开, url: /xxgk/}
                """, d);
        assertThat(found(d)).containsExactly("config.required 11:5", "config.required 12:5", "config.url-scheme 13:22");
        assertThat(d.sorted().get(2).message()).contains("nav 的 url");
        assertThat(c.nav()).containsExactly(new NavItem("首页", "/"), new NavItem("信息公开", "/xxgk/"));
    }

    @Test
    void aNavThatIsNoListIsATypeErrorAndAnEmptyNavIsNone(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, MINIMAL + "nav: {label: 首页, url: /}\n", d);
        assertThat(found(d)).containsExactly("config.type 9:6");
        assertThat(c.nav()).isEmpty();

        Diagnostics empty = new Diagnostics();
        assertThat(load(dir, MINIMAL + "nav:\n", empty).nav()).isEmpty();
        assertThat(empty.sorted()).isEmpty();
    }

    @Test
    void aPlaceholderIsAWarningAtItsColumnAfterAByteOrderMarkAndWindowsLineEnds(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        String yaml = "\uFEFFsite: {name: 待填写：站名, base_url: 'http://a.cn/'}\r\n"
                + MINIMAL.substring(MINIMAL.indexOf("footer"))
                        .replace("\n", "\r\n")
                        .replace("icp: 闽ICP备1号", "icp: 待填写：ICP 备案号 # 核实后填写");
        SiteConfig c = load(dir, yaml, d);
        assertThat(found(d)).containsExactly("config.placeholder 1:14", "config.placeholder 5:8");
        assertThat(d.sorted()).allMatch(x -> !x.isError());
        assertThat(d.sorted().get(1).message()).contains("“待填写：ICP 备案号”");
        assertThat(c.name()).isEqualTo("待填写：站名");
        assertThat(c.footer().icp()).isEqualTo("待填写：ICP 备案号");
    }

    @Test
    void aYamlSyntaxErrorIsReportedAndTheDefaultsAreUsed(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, "site: [a, b\nfooter: {}\n", d);
        assertThat(d.sorted()).isNotEmpty().allMatch(Diagnostic::isError);
        assertThat(c.toString()).isEqualTo(SiteConfig.defaults().toString());
    }

    @Test
    void aFileNotInUtf8IsAnErrorAtItsFirstBadByte(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = loadBytes(
                dir, d, "site:\n  name: 晋江".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xB2, (byte) 0xE2});
        assertThat(found(d)).containsExactly("content.encoding 2:11");
        assertThat(c.toString()).isEqualTo(SiteConfig.defaults().toString());

        Diagnostics bom = new Diagnostics();
        loadBytes(dir, bom, "\uFEFF# 注释".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        assertThat(found(bom)).containsExactly("content.encoding 1:5");

        Diagnostics noBom = new Diagnostics();
        loadBytes(dir, noBom, "# 注释".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
        assertThat(found(noBom)).containsExactly("content.encoding 1:5");

        Diagnostics first = new Diagnostics();
        loadBytes(dir, first, new byte[0], new byte[] {(byte) 0xFF});
        assertThat(found(first)).containsExactly("content.encoding 1:1");
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadButOneAtTheLimitIs(@TempDir Path dir) throws IOException {
        String line = "#" + "x".repeat(1023) + "\n";
        String atLimit = MINIMAL
                + line.repeat((YamlLimits.MAX_BYTES - MINIMAL.getBytes(StandardCharsets.UTF_8).length) / line.length());
        atLimit = atLimit + "#".repeat(YamlLimits.MAX_BYTES - atLimit.getBytes(StandardCharsets.UTF_8).length);
        Diagnostics ok = new Diagnostics();
        assertThat(load(dir, atLimit, ok).name()).isEqualTo("晋江测试站");
        assertThat(ok.sorted()).isEmpty();

        Diagnostics over = new Diagnostics();
        SiteConfig c = load(dir, atLimit + "#", over);
        assertThat(found(over)).containsExactly("content.too-large 1:1");
        assertThat(over.sorted().get(0).message()).contains(String.valueOf(YamlLimits.MAX_BYTES + 1));
        assertThat(c.toString()).isEqualTo(SiteConfig.defaults().toString());
    }

    @Test
    void aMissingFileStopsTheBuild(@TempDir Path dir) {
        assertThatThrownBy(() -> new ConfigLoader().load(SourceLayout.of(dir, null), new Diagnostics()))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::code)
                                .containsExactly("config.missing"));
    }

    @Test
    void aSiteYamlLinkingOutOfTheSourceFolderIsRefused(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.yaml"), MINIMAL);
        Path root = Files.createDirectory(dir.resolve("site"));
        Files.createSymbolicLink(root.resolve("site.yaml"), outside);
        assertThatThrownBy(() -> new ConfigLoader().load(SourceLayout.of(root, null), new Diagnostics()))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics())
                                .extracting(Diagnostic::code)
                                .containsExactly("config.symlink"));
    }

    private static SiteConfig loadBytes(Path dir, Diagnostics d, byte[] text, byte[] bad) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text);
        bytes.write(bad);
        bytes.write("\nfooter: {}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("site.yaml"), bytes.toByteArray());
        return new ConfigLoader().load(SourceLayout.of(dir, null), d);
    }
}
