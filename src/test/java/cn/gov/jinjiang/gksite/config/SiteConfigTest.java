package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The configured site: its defaults and its own body. */
class SiteConfigTest {
    private static SiteConfig site(String organisation, String bodyType) {
        return new SiteConfig(
                "中国晋江",
                "晋江市人民政府",
                organisation,
                "http://a.cn/",
                "zh-CN",
                "portal",
                bodyType,
                List.of(new NavItem("首页", "/")),
                Footer.empty(),
                CheckLevels.defaults(),
                PublishTarget.none(),
                new Catalogue(Pattern.compile("x"), List.of("有效"), "QZ1-02"));
    }

    @Test
    void theSitesOwnBodyIsItsOrganisationOfItsTypeWithTheCataloguesPrefix() {
        Body own = site("晋江市人民政府办公室", Body.GOVERNMENT).bodies().site();
        assertThat(own)
                .isEqualTo(new Body(
                        SiteConfig.SITE_BODY,
                        "晋江市人民政府办公室",
                        Body.GOVERNMENT,
                        "",
                        "QZ1-02",
                        "",
                        "",
                        SourcePos.of("site.yaml"),
                        List.of()));
    }

    @Test
    void withoutOrganisationOrTypeTheBodyIsTheSiteNameAndADepartment() {
        Body own = site(null, null).bodies().site();
        assertThat(own.name()).isEqualTo("中国晋江");
        assertThat(own.kind()).isEqualTo(Body.DEPARTMENT);
    }

    @Test
    void theDefaultsAreEmptyButForLanguageThemeAndType() {
        SiteConfig d = SiteConfig.defaults();
        assertThat(d.name()).isEmpty();
        assertThat(d.baseUrl()).isEmpty();
        assertThat(d.language()).isEqualTo("zh-CN");
        assertThat(d.theme()).isEqualTo("portal");
        assertThat(d.bodyType()).isEqualTo(Body.DEPARTMENT);
        assertThat(d.footer()).isEqualTo(Footer.empty());
        assertThat(d.footer().host()).isEmpty();
        assertThat(d.checks()).isEqualTo(CheckLevels.defaults());
        assertThat(d.checks().overrides()).isEmpty();
        assertThat(d.publish()).isEqualTo(PublishTarget.none());
        assertThat(d.catalogue().indexNoPattern().pattern()).isEqualTo(Catalogue.DEFAULT_PATTERN);
        assertThat(d.catalogue().validity()).isEqualTo(Catalogue.DEFAULT_VALIDITY);
        assertThat(d.listedBodies()).isEmpty();
        assertThat(d.themePos()).isEqualTo(SourcePos.of("site.yaml"));
        assertThat(d.bodies().all()).extracting(Body::id).containsExactly(SiteConfig.SITE_BODY);
    }
}
