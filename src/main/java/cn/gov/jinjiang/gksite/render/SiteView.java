package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.Footer;
import java.util.List;

/**
 * The site as templates see it.
 *
 * @param errorReportLink the 我为政府网站找错 address when it is a web address, else "" (shown as text)
 * @param siteCodeMeta    the 网站标识码 for the SiteIDCode meta tag, "" while it is still a placeholder
 * @param conacLink       the 党政机关网站标识 address when it is a web address, else "" (shown as text)
 */
public record SiteView(String name, String title, String organisation, String baseUrl, String language,
                       Footer footer, List<Views.Nav> nav, String errorReportLink, String siteCodeMeta,
                       String conacLink) {
    public SiteView {
        nav = List.copyOf(nav);
    }
}
