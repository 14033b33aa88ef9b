package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry of 已核对 covers the one finding it names (code, cell or place, value or words): that finding is
 * reported as report.acknowledged with the reason, who and when; every other diagnostic passes unchanged; an entry
 * that covers nothing is stale, saying what the place holds now when the same rule still fires there.
 */
class AcknowledgerTest {
    private static final String DIR = ReportSamples.NDBG + "2025/";
    private static final String SITE = "src/test/resources/sites/valid-report/content/ndbg/2025/";
    private static final String DATA = TestSites.read(TestSites.REPO.resolve(SITE + "data.yaml"));
    private static final String INDEX = TestSites.read(TestSites.REPO.resolve(SITE + "index.md"));
    private static final AnnualReport REPORT = ReportSamples.report(2025, INDEX, DATA);
    private static final String BUSINESS = AnnualReport.key("三", "本年新收", "商业企业");
    private static final String SCIENCE = AnnualReport.key("三", "本年新收", "科研机构");
    private static final String SECTION = "正文 一、总体情况";

    private static Diagnostic error(String code, String file, int line, int column) {
        return Diagnostic.error(code, new SourcePos(DIR + file, line, column), "问题" + column, "");
    }

    private static Acknowledgement ack(String code, String cell, String place, String text, int line) {
        return new Acknowledgement(
                code, cell, place, text, "原报告如此", "张三", "2026-12-02", new SourcePos(DIR + "ack.yaml", line, 5));
    }

    private static List<String> apply(List<Diagnostic> raw, List<Acknowledgement> acks, List<Finding> out) {
        Diagnostics diags = new Diagnostics();
        out.addAll(Acknowledger.apply(
                new FindingPlaces(REPORT, DATA), raw, new AckList(acks, List.of()), REPORT.format(), diags));
        return diags.sorted().stream()
                .map(d -> d.pos() + " " + d.severity() + " " + d.code() + " " + d.message())
                .toList();
    }

    @Test
    void anEntryCoversTheFindingItNamesAndNoOther() {
        Diagnostic schema = error("report.schema.missing", "data.yaml", 4, 1);
        Diagnostic business = error("report.R8", "data.yaml", 23, 14);
        Diagnostic science = error("report.R8", "data.yaml", 23, 17);
        Diagnostic narrative = error("report.R10", "index.md", 11, 36);
        List<Finding> found = new ArrayList<>();
        List<String> said = apply(
                List.of(schema, business, science, narrative),
                List.of(
                        ack("report.R8", BUSINESS, "", "0", 6),
                        ack("report.R1", BUSINESS, "", "0", 7),
                        ack("report.R8", SCIENCE, "", "5", 8),
                        ack("report.R10", "", SECTION, "共受理申请22件，办结21件", 9),
                        ack("report.R10", "", "正文", "旧的一句", 10)),
                found);
        assertThat(said)
                .containsExactly(
                        DIR + "ack.yaml:7:5 WARNING report.ack.stale 已核对的 [report.R1] "
                                + REPORT.format().cellLabel(BUSINESS) + "（核对时的值“0”）：这个问题已不再出现；这一条已不适用。",
                        DIR + "ack.yaml:8:5 WARNING report.ack.stale 已核对的 [report.R8] "
                                + REPORT.format().cellLabel(SCIENCE) + "（核对时的值“5”）：这里现在是“0”，与核对时不同，问题按未核对报告；这一条已不适用。",
                        DIR + "ack.yaml:10:5 WARNING report.ack.stale 已核对的 [report.R10] 正文“旧的一句”：这个问题已不再出现；这一条已不适用。",
                        DIR + "data.yaml:4:1 ERROR report.schema.missing 问题1",
                        DIR
                                + "data.yaml:23:14 INFO report.acknowledged 已核对，按原报告保留 [report.R8]：问题14（原报告如此；张三，2026-12-02）",
                        DIR + "data.yaml:23:17 ERROR report.R8 问题17",
                        DIR
                                + "index.md:11:36 INFO report.acknowledged 已核对，按原报告保留 [report.R10]：问题36（原报告如此；张三，2026-12-02）");
        assertThat(found)
                .extracting(f -> f.code() + " " + f.cell() + " " + f.place() + " " + f.text() + " " + f.acknowledged())
                .containsExactly(
                        "report.R8 " + BUSINESS + "  0 true",
                        "report.R8 " + SCIENCE + "  0 false",
                        "report.R10  " + SECTION + " 共受理申请22件，办结21件 true");
        assertThat(found.get(0).ack().by()).isEqualTo("张三");
    }

    @Test
    void aStaleEntryNamesTheFirstFindingOfItsRuleAtItsPlace() {
        List<Finding> found = new ArrayList<>();
        List<String> said = apply(
                List.of(error("report.R10", "index.md", 11, 1), error("report.R10", "index.md", 11, 36)),
                List.of(ack("report.R10", "", SECTION, "共受理申请22件", 5)),
                found);
        assertThat(said)
                .startsWith(DIR + "ack.yaml:5:5 WARNING report.ack.stale 已核对的 [report.R10] " + SECTION
                        + "“共受理申请22件”：这里现在是“全年新收申请20件”，与核对时不同，问题按未核对报告；这一条已不适用。")
                .hasSize(3);
        assertThat(found).hasSize(2).noneMatch(Finding::acknowledged);
        assertThat(apply(List.of(), List.of(), found)).isEmpty();
    }
}
