package cn.gov.jinjiang.gksite.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a template is handed: the site and the page, and the views only some layouts read (null, or "" for the
 * feed, where a page has none; every name is always there, as the templates' strict variables need).
 *
 * @param report  the annual report shown on a report page
 * @param reports the year list of the reports, on a page of layout {@code reports}
 * @param front   what a column's front page shows of what is new
 * @param feed    the address of the Atom feed the page announces, or ""
 * @param overview a year's overview of a central 年度报告 column, on a page of layout {@code overview}
 */
record TemplateContext(
        SiteView site,
        PageView page,
        ReportView report,
        ReportListView reports,
        FrontPage.View front,
        String feed,
        OverviewView overview) {
    /** A page the theme makes: no report, list of reports, front page or feed. */
    static TemplateContext generated(SiteView site, PageView page) {
        return new TemplateContext(site, page, null, null, null, "", null);
    }

    /**
     * Renders {@code layout} with this context into the file at {@code output}.
     *
     * @param source the page's source file, or "" for a page the theme makes
     * @param shown  the page named in a template error's diagnostic
     * @throws TemplateEngine.TemplateFailure when the template fails
     */
    RenderedFile render(TemplateEngine engine, String layout, String output, String source, String shown) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("site", site);
        ctx.put("page", page);
        ctx.put("report", report);
        ctx.put("reports", reports);
        ctx.put("front", front);
        ctx.put("feed", feed);
        ctx.put("overview", overview);
        String html = engine.render(layout + ".peb", ctx, shown);
        return new RenderedFile(output, html.getBytes(StandardCharsets.UTF_8), source, layout + ".peb");
    }
}
