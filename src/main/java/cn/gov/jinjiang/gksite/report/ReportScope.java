package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import java.util.ArrayList;
import java.util.List;

/**
 * What a 年度报告 list page (layout {@code reports}) in the folder {@code listDir} covers: the reports below its
 * parent folder (its scope: xxgk/zfxxgkzl for xxgk/zfxxgkzl/ndbg), and the bodies expected to publish there. A list
 * that expects more than one body is a central column: it groups the reports by year and kind of body, makes each
 * year's overview, and shows the key figures of the body that holds it. A site without {@code bodies:} lists every
 * report, as it always did. The renderer and the data downloads both ask here, so the page and its files agree.
 */
public final class ReportScope {
    private final String scope;
    private final Bodies bodies;
    private final List<AnnualReport> listed;
    private final Body holder;
    private final List<Body> expected;

    public ReportScope(String listDir, List<AnnualReport> reports, Bodies bodies) {
        int slash = listDir.lastIndexOf('/');
        this.scope = slash < 0 ? "" : listDir.substring(0, slash);
        this.bodies = bodies;
        this.listed = bodies.listed().isEmpty()
                ? List.copyOf(reports)
                : reports.stream()
                        .filter(r -> scope.isEmpty()
                                || r.page().dir().equals(scope)
                                || r.page().dir().startsWith(scope + "/"))
                        .toList();
        this.holder = bodies.of(scope);
        List<Body> e = new ArrayList<>();
        // the site's own body, on a site that lists its bodies, holds no column of its own: it is not expected to
        // publish (a report of its, if any, still appears)
        if (bodies.listed().isEmpty() || holder != bodies.site()) {
            e.add(holder);
        }
        for (Body b : bodies.listed()) {
            if ((scope.isEmpty() || b.folder().startsWith(scope + "/")) && b != holder) {
                e.add(b);
            }
        }
        this.expected = List.copyOf(e);
    }

    /** The reports the list shows, in the order given. */
    public List<AnnualReport> listed() {
        return listed;
    }

    /** The body that holds the list. */
    public Body holder() {
        return holder;
    }

    /** Whether the list is a central column (it expects more than one body's reports). */
    public boolean central() {
        return expected.size() > 1;
    }

    /** The bodies expected to publish, the one that holds the list first (unless it is the site's own, see above). */
    public List<Body> expected() {
        return expected;
    }

    /** The reports whose key figures the list shows across years: the holding body's own in a central column. */
    public List<AnnualReport> ownReports() {
        return central()
                ? listed.stream()
                        .filter(r -> bodies.of(r.page().dir()).id().equals(holder.id()))
                        .toList()
                : listed;
    }

    /** The body a report belongs to. */
    public Body bodyOf(AnnualReport r) {
        return bodies.of(r.page().dir());
    }

    /** Each year's overview, newest first; none unless the list is central. */
    public List<YearOverview> overviews() {
        return central() ? YearOverview.of(listed, bodies, expected) : List.of();
    }
}
