package cn.gov.jinjiang.gksite.report;

/**
 * What the editor said about an imported report.
 *
 * @param year    the report year given with {@code --year}, or null to take the document's own
 * @param org     the 发布机构 given with {@code --org}, or null to take it from the document's title
 * @param siteOrg the site's organisation, for a document whose title names none; may be empty
 * @param force   import even when {@code year} contradicts the year the document states
 */
public record ImportOptions(Integer year, String org, String siteOrg, boolean force) {
    public ImportOptions {
        org = org == null || org.isBlank() ? null : org.strip();
        siteOrg = siteOrg == null ? "" : siteOrg.strip();
    }
}
