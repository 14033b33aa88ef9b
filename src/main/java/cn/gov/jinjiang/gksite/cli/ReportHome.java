package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.report.ReportScaffold;

/**
 * Whose annual reports a report command works on and where they live: with {@code --body ID} that body's report
 * folder ({@code <folder>/ndbg/}); without it the central {@code xxgk/zfxxgkzl/ndbg/} as ever, belonging to the
 * body whose folder holds it (the 市政府办公室 of the sample site, or the site itself when it lists no bodies).
 *
 * @param reports the report folder below content/
 * @param owner   the body the reports belong to (its name the default 发布机构, its kind the deadline)
 * @param listed  whether site.yaml lists bodies (messages then name the body)
 */
record ReportHome(String reports, Body owner, boolean listed) {
    static ReportHome of(SourceLayout layout, BodyOption option) {
        SiteConfig config = new ConfigLoader().load(layout, new Diagnostics());
        Bodies bodies = config.bodies();
        return option.body(config)
                .map(b -> new ReportHome(ReportScaffold.reports(b), b, true))
                .orElseGet(() -> new ReportHome(
                        ReportScaffold.REPORTS,
                        bodies.of(ReportScaffold.REPORTS),
                        !bodies.listed().isEmpty()));
    }

    /** "单位“…”（id）的，" when site.yaml lists bodies, else "". */
    String whose() {
        return listed ? "属于单位“" + owner.name() + "”（" + owner.id() + "），" : "";
    }

    /** As {@link #whose()}, for a page of {@code body}. */
    static String whose(Bodies bodies, Body body) {
        return bodies.listed().isEmpty() ? "" : "单位“" + body.name() + "”，";
    }

    /** " --body ID" to repeat in a command the editor is told to run next, or "". */
    String bodyArg() {
        return listed && !owner.id().equals(SiteConfig.SITE_BODY) && !reports.equals(ReportScaffold.REPORTS)
                ? " --body " + owner.id()
                : "";
    }
}
