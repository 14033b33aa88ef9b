package cn.gov.jinjiang.gksite.config;

/**
 * The identifiers every page footer of a government site must show (《政府网站发展指引》): 主办单位, 承办单位,
 * 网站标识码, ICP 备案号, 公安机关备案号, contact details, the 我为政府网站找错 entry and the link behind
 * the 党政机关网站标识 ({@code conacUrl}, the site's page at the registration authority). Empty strings for
 * values not given.
 */
public record Footer(
        String host,
        String organizer,
        String siteCode,
        String icp,
        String police,
        String policeUrl,
        String address,
        String postcode,
        String phone,
        String email,
        String errorReportUrl,
        String conacUrl) {

    /** A footer with no values (for checking a folder without site.yaml). */
    public static Footer empty() {
        return new Footer("", "", "", "", "", "", "", "", "", "", "", "");
    }
}
