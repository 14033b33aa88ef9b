package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a finding is, in words that survive edits elsewhere: the cell and its value as written in data.yaml,
 * another data.yaml line as written, the front-matter key (with the publication date), and in the narrative the
 * section's heading and the clause at the finding.
 */
class FindingPlacesTest {
    private static final String DIR = ReportSamples.NDBG + "2025/";
    private static final String SITE = "src/test/resources/sites/valid-report/content/ndbg/2025/";
    private static final String DATA = TestSites.read(TestSites.REPO.resolve(SITE + "data.yaml"));
    private static final String INDEX = TestSites.read(TestSites.REPO.resolve(SITE + "index.md"))
            .replace("## 五、存在的主要问题及改进情况", "## 五、存在的主要问题及改进情况 {#wt}");
    private static final AnnualReport REPORT = ReportSamples.report(2025, INDEX, DATA);

    /** Made for each finding: PIT's mutants of the constructor must not hide behind a shared instance. */
    private static Optional<Finding> of(Diagnostic d) {
        return new FindingPlaces(REPORT, DATA).of(d);
    }

    private static Optional<Finding> at(String code, String file, int line, int column) {
        return of(Diagnostic.error(code, new SourcePos(DIR + file, line, column), "m", ""));
    }

    /** "cell | place | text" of the report.R8 finding at {@code file:line:column}. */
    private static String place(String file, int line, int column) {
        Finding f = at("report.R8", file, line, column).orElseThrow();
        return f.cell() + " | " + f.place() + " | " + f.text();
    }

    @Test
    void aCellIsNamedWithItsValueAsWritten() {
        assertThat(place("data.yaml", 23, 14)).isEqualTo("三|本年新收|商业企业 |  | 0");
        assertThat(place("data.yaml", 23, 29)).isEqualTo("三|本年新收|总计 |  | 20");
        assertThat(at("report.R8", "data.yaml", 23, 14)
                        .orElseThrow()
                        .diagnostic()
                        .code())
                .isEqualTo("report.R8");
    }

    @Test
    void anotherLineOfTheDataIsQuotedAsWritten() {
        String[] lines = DATA.split("\n", -1);
        assertThat(place("data.yaml", 4, 1)).isEqualTo(" | data.yaml | 年度: 2025");
        assertThat(place("data.yaml", 1, 1)).isEqualTo(" | data.yaml | " + lines[0].strip());
        assertThat(place("data.yaml", lines.length, 1)).isEqualTo(" | data.yaml | " + lines[lines.length - 1].strip());
        assertThat(place("data.yaml", lines.length + 1, 1)).isEqualTo(" | data.yaml | ");
        assertThat(place("data.yaml", 0, 0)).isEqualTo(" | data.yaml | ");
        Finding f = new FindingPlaces(REPORT, null)
                .of(Diagnostic.error("report.R8", new SourcePos(DIR + "data.yaml", 4, 1), "m", ""))
                .orElseThrow();
        assertThat(f.place() + "|" + f.text()).isEqualTo("data.yaml|");
    }

    @Test
    void onlyAReportRuleInTheReportsOwnFilesIsAFinding() {
        assertThat(at("report.schema.missing", "data.yaml", 23, 14)).isEmpty();
        assertThat(at("report.R8", "ack.yaml", 23, 14)).isEmpty();
        assertThat(of(Diagnostic.error("report.R8", new SourcePos("content/ndbg/2025/data.yaml", 23, 14), "m", "")))
                .isEmpty();
        assertThat(at("report.R3", "index.md", 11, 36)).isPresent();
    }

    @Test
    void theFrontMatterIsNamedByItsKey() {
        var positions = REPORT.page().meta().positions();
        SourcePos date = positions.get("发布日期");
        SourcePos title = positions.get("title");
        assertThat(of(Diagnostic.error("report.R15", date, "m", ""))
                        .orElseThrow()
                        .text())
                .isEqualTo("发布日期: 2026-01-20");
        assertThat(of(Diagnostic.error("report.R15", title, "m", ""))
                        .orElseThrow()
                        .text())
                .isEqualTo("title");
        assertThat(place("index.md", 3, 1)).isEqualTo(" | 头部 | （无）");
        AnnualReport undated = ReportSamples.report(2025, INDEX.replace("发布日期: 2026-01-20", "发布日期: 2026-13-45"), DATA);
        SourcePos bad = undated.page().meta().positions().get("发布日期");
        assertThat(new FindingPlaces(undated, DATA)
                        .of(Diagnostic.error("report.R15", bad, "m", ""))
                        .orElseThrow()
                        .text())
                .isEqualTo("发布日期");
        assertThat(place("index.md", 0, 0)).isEqualTo(" | 头部 | （无）");
        assertThat(place("index.md", date.line(), date.column() + 1)).isEqualTo(" | 头部 | （无）");
    }

    @Test
    void theNarrativeIsNamedByItsHeadingAndClause() {
        int body = REPORT.page().bodyLine();
        assertThat(place("index.md", body, 1)).isEqualTo(" | 正文 | ");
        int intro = INDEX.lines().toList().indexOf("本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）编制。") + 1;
        assertThat(place("index.md", intro, 3)).isEqualTo(" | 正文 | 本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）编制");
        assertThat(place("index.md", 11, 36)).isEqualTo(" | 正文 一、总体情况 | 共受理申请22件，办结21件");
        assertThat(place("index.md", 11, 1)).isEqualTo(" | 正文 一、总体情况 | 全年新收申请20件");
        int five = INDEX.lines().toList().indexOf("## 五、存在的主要问题及改进情况 {#wt}") + 1;
        assertThat(place("index.md", five, 1)).isEqualTo(" | 正文 五、存在的主要问题及改进情况 | 五、存在的主要问题及改进情况 {#wt}");
        int end = INDEX.split("\n", -1).length;
        assertThat(place("index.md", end + 5, 1)).isEqualTo(" | 正文 | ");
        int after = body + REPORT.page().body().text().split("\r?\n", -1).length;
        assertThat(place("index.md", after, 1)).isEqualTo(" | 正文 | ");
        assertThat(place("index.md", after - 1, 1)).startsWith(" | 正文 六、其他需要报告的事项 | ");
    }

    @Test
    void anExcerptKeepsTheClauseAndItsEnd() {
        assertThat(FindingPlaces.excerpt("。共22件", 1)).isEqualTo("。共22件");
        assertThat(FindingPlaces.excerpt("办结21件，结转1件", 1)).isEqualTo("办结21件");
        assertThat(FindingPlaces.excerpt("办结21件，结转1件", 6)).isEqualTo("办结21件");
        assertThat(FindingPlaces.excerpt("办结21件，结转1件", 7)).isEqualTo("办结21件，结转1件");
        assertThat(FindingPlaces.excerpt("办结21件。结转1件", 7)).isEqualTo("结转1件");
        assertThat(FindingPlaces.excerpt("> 共22件", 0)).isEqualTo("共22件");
        String eighty = "年".repeat(77) + "共2件";
        assertThat(FindingPlaces.excerpt(eighty, 5)).isEqualTo(eighty);
        assertThat(FindingPlaces.excerpt("😀" + eighty, 5)).isEqualTo(eighty);
    }
}
