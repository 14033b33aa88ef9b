package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The narrative as lines and sentences, each where it is in index.md. */
class NarrativeTest {
    static final String FRONT = "---\ntitle: 某局2025年政府信息公开工作年度报告\nlayout: report\nyear: 2025\n---\n";
    static final String FILE = ReportSamples.NDBG + "2025/index.md";

    static AnnualReport report(String indexMd) {
        return ReportSamples.report(
                2025, indexMd, new ReportYamlWriter().write(2025, "", ZeroReports.cells(2025, Map.of())));
    }

    static String sentences(Narrative n) {
        StringBuilder sb = new StringBuilder();
        for (Narrative.Sentence s : n.sentences()) {
            sb.append(s.file().equals(FILE) ? "" : s.file())
                    .append(s.line())
                    .append(':')
                    .append(s.column())
                    .append(' ')
                    .append(s.text())
                    .append('\n');
        }
        return sb.toString();
    }

    @Test
    void sentencesEndAtTheirMarksOrTheLineAndHeadingsAreNone() {
        Narrative n =
                new Narrative(report(FRONT + "## 一、总体情况\n全年公开 5 条。依申请 2 件！是否？是；尾巴\n\n  \n  # 标题不算。\n  a。  。b\r\nlast"));
        assertThat(sentences(n))
                .isEqualTo("7:1 全年公开 5 条。\n7:10 依申请 2 件！\n7:18 是否？\n7:21 是；\n7:23 尾巴\n"
                        + "11:1   a。\n11:5   。\n11:8 b\n12:1 last\n");
        assertThat(n.lines()).extracting(Narrative.Line::line).containsExactly(6, 7, 8, 9, 10, 11, 12);
        assertThat(n.lines().get(0).text()).isEqualTo("## 一、总体情况");
        assertThat(n.lines().get(5).text()).isEqualTo("  a。  。b");
        assertThat(n.sentences().get(1).pos(3)).isEqualTo(new SourcePos(FILE, 7, 13));
    }

    @Test
    void aBodyWithoutItsLineStartsAtLineOne() {
        Page p = report(FRONT + "x").page();
        Page noLine = new Page(p.source(), p.dir(), p.output(), p.isIndex(), p.meta(), "甲。乙", 0);
        AnnualReport r = report(FRONT + "x");
        Narrative n = new Narrative(new AnnualReport(2025, r.format(), noLine, r.dataFile(), r.cells()));
        assertThat(sentences(n)).isEqualTo("1:1 甲。\n1:3 乙\n");
    }
}
