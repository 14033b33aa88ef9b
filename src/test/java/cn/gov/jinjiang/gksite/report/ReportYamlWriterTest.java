package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** data.yaml written from cells: the repository's own layout, and read back to the same cells. */
class ReportYamlWriterTest {
    static final String REPO_2025 = "content/xxgk/zfxxgkzl/ndbg/2025/data.yaml";
    static final String ORG = "晋江市人民政府办公室";

    static String repo2025() {
        return TestSites.read(TestSites.REPO.resolve(REPO_2025));
    }

    @Test
    void writesTheRepositoryFileByteForByteFromItsOwnCells() {
        Diagnostics diags = new Diagnostics();
        Map<String, BigDecimal> cells = ReportDataReader.values(REPO_2025, 2025, repo2025(), diags);
        assertThat(diags.hasErrors()).isFalse();
        assertThat(new ReportYamlWriter().write(2025, ORG, cells)).isEqualTo(repo2025());
    }

    @Test
    void format2019RoundTripsThroughTheSchema() {
        ReportFormat f = ReportFormat.forYear(2020);
        Map<String, BigDecimal> cells = new HashMap<>();
        int[] n = {0};
        f.disclosure()
                .forEach(b -> b.rows()
                        .forEach(r -> b.columns()
                                .forEach(c ->
                                        cells.put(AnnualReport.key("二", r, c.key()), BigDecimal.valueOf(n[0]++)))));
        f.applicationRowKeys()
                .forEach(r -> f.applicantColumns()
                        .forEach(c -> cells.put(AnnualReport.key("三", r, c.key()), BigDecimal.valueOf(n[0]++))));
        f.reviewGroups()
                .forEach(g -> f.reviewColumns()
                        .forEach(c -> cells.put(AnnualReport.key("四", g, c.key()), BigDecimal.valueOf(n[0]++))));
        cells.put(AnnualReport.key("二", "规章", "本年新制作数量"), new BigDecimal("12.5"));
        String text = new ReportYamlWriter().write(2020, "", cells);
        assertThat(text)
                .startsWith("# 2020 年政府信息公开工作年度报告")
                .contains("格式: 2019\n")
                .contains("\n    其他处理: [")
                .contains("  规范性文件:           {本年新制作数量: ")
                .contains("  # 第二十条第（九）项\n");
        Diagnostics diags = new Diagnostics();
        Map<String, BigDecimal> back = ReportDataReader.values("data.yaml", 2020, text, diags);
        // 12.5 is not a count: the schema rejects it (R7) and leaves it out; every other cell round-trips
        assertThat(diags.sorted())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("report.R7"));
        cells.remove(AnnualReport.key("二", "规章", "本年新制作数量"));
        assertThat(back).isEqualTo(cells);
    }

    @Test
    void aCellNotFilledIsWrittenEmptyAndTheSchemaFlagsIt() {
        String text = new ReportYamlWriter().write(2025, ORG, Map.of());
        assertThat(text).contains("  规章:           {本年制发件数: \"\", 本年废止件数: \"\", 现行有效件数: \"\"}\n");
        Diagnostics diags = new Diagnostics();
        ReportDataReader.values("data.yaml", 2025, text, diags);
        assertThat(diags.sorted()).allSatisfy(d -> assertThat(d.code()).isEqualTo("report.R8"));
    }

    @Test
    void headerNamesTheOrganisationOnlyWhenThereIsOne() {
        ReportYamlWriter w = new ReportYamlWriter();
        assertThat(w.write(2025, null, Map.of())).startsWith("# 2025 年政府信息公开工作年度报告：统计表（二、三、四）\n");
        assertThat(w.write(2025, "  ", Map.of())).startsWith("# 2025 年政府信息公开工作年度报告：统计表（二、三、四）\n");
        assertThat(w.write(2025, " 某局 ", Map.of())).startsWith("# 某局 2025 年政府信息公开工作年度报告：统计表（二、三、四）\n");
    }

    @Test
    void rowsOfAGroupOfLeavesLineUpAndAMixedGroupDoesNot() {
        String text = new ReportYamlWriter().write(2025, "", Map.of());
        // 表三's top level mixes leaves and the outcome group: "key: " unpadded
        assertThat(text)
                .contains("\n  本年新收: [\"\", ")
                .contains("\n  上年结转: [\"\", ")
                .contains("\n  办理结果:\n")
                .contains("\n    不予公开:\n      属于国家秘密:             [")
                .contains("\n    予以公开: [");
    }

    @Test
    void wideCharactersCountTwoColumnsAtEveryRangeBoundary() {
        int[] narrow = {
            'a', 0x10FF, 0x1160, 0x2E7F, 0xA4D0, 0xABFF, 0xD7A4, 0xF8FF, 0xFB00, 0xFE2F, 0xFE50, 0xFEFF, 0xFF61, 0xFFDF,
            0xFFE7, 0x1FFFF
        };
        int[] wide = {
            0x1100, 0x115F, 0x2E80, 0xA4CF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF00, 0xFF60, 0xFFE0,
            0xFFE6, 0x20000, 0x2A6DF, '中'
        };
        for (int cp : narrow) {
            assertThat(ReportYamlWriter.width(Character.toString(cp)))
                    .as(Integer.toHexString(cp))
                    .isEqualTo(1);
        }
        for (int cp : wide) {
            assertThat(ReportYamlWriter.width(Character.toString(cp)))
                    .as(Integer.toHexString(cp))
                    .isEqualTo(2);
        }
        assertThat(ReportYamlWriter.width("规章: ab")).isEqualTo(8);
    }
}
