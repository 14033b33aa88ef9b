package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.Footer;
import cn.gov.jinjiang.gksite.config.NavItem;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The site as templates see it.
 *
 * @param errorReportLink the 我为政府网站找错 address when it is a web address, else "" (shown as text)
 * @param siteCodeMeta    the 网站标识码 for the SiteIDCode meta tag, "" while it is still a placeholder
 * @param conacLink       the 党政机关网站标识 address when it is a web address, else "" (shown as text)
 */
public record SiteView(
        String name,
        String title,
        String organisation,
        String baseUrl,
        String language,
        Footer footer,
        List<Views.Nav> nav,
        String errorReportLink,
        String siteCodeMeta,
        String conacLink) {
    public SiteView {
        nav = List.copyOf(nav);
    }

    /** The site as the page at {@code url} sees it: the navigation entry it lies under is current. */
    static SiteView of(SiteConfig config, String url) {
        String best = null;
        for (NavItem n : config.nav()) {
            boolean match = n.url().equals("/") ? url.equals("/") : url.startsWith(n.url());
            if (match && (best == null || n.url().length() > best.length())) {
                best = n.url();
            }
        }
        List<Views.Nav> nav = new ArrayList<>();
        for (NavItem n : config.nav()) {
            nav.add(new Views.Nav(n.label(), n.url(), n.url().equals(best)));
        }
        String report = config.footer().errorReportUrl();
        String code = config.footer().siteCode();
        String conac = config.footer().conacUrl();
        return new SiteView(
                config.name(),
                config.title(),
                config.organisation(),
                config.baseUrl(),
                config.language(),
                config.footer(),
                nav,
                report.startsWith("http://") || report.startsWith("https://") ? report : "",
                Placeholders.contains(code) ? "" : code,
                conac.startsWith("http://") || conac.startsWith("https://") ? conac : "");
    }
}
