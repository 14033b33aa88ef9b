package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a report list covers: every report on a site without bodies; on a site with bodies, the reports below the
 * list's parent folder (not a folder that only starts with the same letters), the bodies expected there with the
 * holder first and the site's own body left out, and the holder's own reports in a central column.
 */
class ReportScopeTest {
    private static final String DATA =
            TestSites.read(TestSites.REPO.resolve("src/test/resources/sites/valid-report/content/ndbg/2025/data.yaml"));
    private static final Body SITE = body("site", "", Body.GOVERNMENT);
    private static final Body GOV = body("gov", "xxgk/zfxxgkzl", Body.GOVERNMENT);
    private static final Body SJJ = body("sjj", "xxgk/zfxxgkzl/bmzfxxgk/sjj", Body.DEPARTMENT);
    private static final Body TOWN = body("ah", "xxgk/zfxxgkzl/xzzfxxgk/ah", Body.TOWN);
    private static final Body OTHER = body("other", "other/sjj", Body.DEPARTMENT);
    private static final Bodies LISTED = new Bodies(List.of(GOV, SJJ, TOWN, OTHER), SITE);
    private static final AnnualReport OWN = report("xxgk/zfxxgkzl/ndbg/2025");
    private static final AnnualReport AT_SCOPE = report("xxgk/zfxxgkzl");
    private static final AnnualReport OF_SJJ = report("xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025");
    private static final AnnualReport OUTSIDE = report("other/sjj/ndbg/2025");
    private static final AnnualReport LOOKALIKE = report("xxgk/zfxxgkzlx/ndbg/2025");
    private static final List<AnnualReport> ALL = List.of(OWN, AT_SCOPE, OF_SJJ, OUTSIDE, LOOKALIKE);

    private static Body body(String id, String folder, String kind) {
        return new Body(id, id + "机构", kind, folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    private static AnnualReport report(String dir) {
        return ReportSamples.report("content/" + dir + "/", 2025, ReportSamples.indexMd(2025, "晋江市"), DATA);
    }

    private static List<String> dirs(List<AnnualReport> rs) {
        return rs.stream().map(r -> r.page().dir()).toList();
    }

    @Test
    void aSiteWithoutBodiesListsEveryReport() {
        ReportScope s = new ReportScope("xxgk/zfxxgkzl/ndbg", ALL, new Bodies(List.of(), SITE));
        assertThat(s.listed()).isEqualTo(ALL);
        assertThat(s.holder()).isSameAs(SITE);
        assertThat(s.expected()).containsExactly(SITE);
        assertThat(s.central()).isFalse();
        assertThat(s.ownReports()).isEqualTo(ALL);
        assertThat(s.overviews()).isEmpty();
        assertThat(s.bodyOf(OF_SJJ)).isSameAs(SITE);
    }

    @Test
    void aCentralColumnListsTheReportsBelowItsParentFolder() {
        ReportScope s = new ReportScope("xxgk/zfxxgkzl/ndbg", ALL, LISTED);
        assertThat(dirs(s.listed()))
                .containsExactly(
                        OWN.page().dir(), AT_SCOPE.page().dir(), OF_SJJ.page().dir());
        assertThat(s.holder()).isSameAs(GOV);
        assertThat(s.expected()).containsExactly(GOV, SJJ, TOWN);
        assertThat(s.central()).isTrue();
        assertThat(dirs(s.ownReports()))
                .containsExactly(OWN.page().dir(), AT_SCOPE.page().dir());
        assertThat(s.overviews()).hasSize(1);
        assertThat(s.bodyOf(OF_SJJ)).isSameAs(SJJ);
        assertThat(s.bodyOf(OUTSIDE)).isSameAs(OTHER);
    }

    @Test
    void aBodysOwnListIsNotCentral() {
        ReportScope s = new ReportScope("xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg", ALL, LISTED);
        assertThat(s.listed()).containsExactly(OF_SJJ);
        assertThat(s.holder()).isSameAs(SJJ);
        assertThat(s.expected()).containsExactly(SJJ);
        assertThat(s.central()).isFalse();
        assertThat(s.ownReports()).containsExactly(OF_SJJ);
        assertThat(s.overviews()).isEmpty();
    }

    @Test
    void theSitesOwnBodyIsNotExpectedWhereBodiesAreListed() {
        ReportScope top = new ReportScope("ndbg", ALL, LISTED);
        assertThat(top.listed()).isEqualTo(ALL);
        assertThat(top.holder()).isSameAs(SITE);
        assertThat(top.expected()).containsExactly(GOV, SJJ, TOWN, OTHER);
        assertThat(dirs(top.ownReports())).containsExactly(LOOKALIKE.page().dir());
        ReportScope xxgk = new ReportScope("xxgk/ndbg", ALL, LISTED);
        assertThat(xxgk.holder()).isSameAs(SITE);
        assertThat(xxgk.expected()).containsExactly(GOV, SJJ, TOWN);
        assertThat(dirs(xxgk.listed()))
                .containsExactly(
                        OWN.page().dir(),
                        AT_SCOPE.page().dir(),
                        OF_SJJ.page().dir(),
                        LOOKALIKE.page().dir());
        ReportScope one = new ReportScope("other/ndbg", ALL, new Bodies(List.of(OTHER), SITE));
        assertThat(one.holder()).isSameAs(SITE);
        assertThat(one.expected()).containsExactly(OTHER);
        assertThat(one.central()).isFalse();
        assertThat(one.ownReports()).containsExactly(OUTSIDE);
    }
}
