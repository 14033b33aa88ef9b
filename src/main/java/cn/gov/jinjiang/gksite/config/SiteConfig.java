package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import java.util.Objects;

/**
 * The site as configured in site.yaml.
 *
 * @param name         the site's own name, e.g. 中国晋江
 * @param title        the government shown in the header, e.g. 晋江市人民政府
 * @param organisation the body whose pages these are, e.g. 晋江市人民政府办公室
 * @param baseUrl      absolute base URL ending in '/', e.g. http://www.jinjiang.gov.cn/
 * @param language     page language, zh-CN
 * @param theme        theme name under themes/
 * @param bodyType     {@code department}, {@code town} or {@code government}: sets the annual report's deadline
 * @param nav          main navigation
 * @param footer       footer identifiers
 * @param checks       severity overrides
 * @param publish      publish target
 * @param catalogue    rules of the 政府信息公开目录 (索引号 form, 有效性 values)
 * @param listedBodies the bodies of site.yaml's {@code bodies:} (none: the site is one body); see {@link #bodies()}
 * @param themePos     where site.yaml names the theme (its value), or the file when it names none
 */
public record SiteConfig(
        String name,
        String title,
        String organisation,
        String baseUrl,
        String language,
        String theme,
        String bodyType,
        List<NavItem> nav,
        Footer footer,
        CheckLevels checks,
        PublishTarget publish,
        Catalogue catalogue,
        List<Body> listedBodies,
        SourcePos themePos) {
    /** The id of the site's own body. */
    public static final String SITE_BODY = "site";

    /** The configuration of a site without a usable site.yaml: every value its default. */
    public static SiteConfig defaults() {
        return new SiteConfig(
                "",
                "",
                "",
                "",
                "zh-CN",
                "portal",
                "department",
                List.of(),
                Footer.empty(),
                CheckLevels.defaults(),
                PublishTarget.none(),
                Catalogue.defaults());
    }

    /** A configuration whose theme is not set in a file (defaults, tests). */
    public SiteConfig(
            String name,
            String title,
            String organisation,
            String baseUrl,
            String language,
            String theme,
            String bodyType,
            List<NavItem> nav,
            Footer footer,
            CheckLevels checks,
            PublishTarget publish,
            Catalogue catalogue) {
        this(
                name,
                title,
                organisation,
                baseUrl,
                language,
                theme,
                bodyType,
                nav,
                footer,
                checks,
                publish,
                catalogue,
                List.of(),
                SourcePos.of("site.yaml"));
    }

    public SiteConfig {
        Objects.requireNonNull(themePos, "themePos");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        nav = List.copyOf(nav);
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(publish, "publish");
        Objects.requireNonNull(catalogue, "catalogue");
        listedBodies = List.copyOf(listedBodies);
    }

    /**
     * Every body of the site: the listed ones and the site's own ({@code organisation}, {@code body_type},
     * {@code catalogue.index_prefix}), which holds what no listed body's folder holds.
     */
    public Bodies bodies() {
        return new Bodies(
                listedBodies,
                new Body(
                        SITE_BODY,
                        organisation == null ? name : organisation,
                        bodyType == null ? Body.DEPARTMENT : bodyType,
                        "",
                        catalogue.indexPrefix(),
                        "",
                        "",
                        SourcePos.of("site.yaml"),
                        List.of()));
    }
}
