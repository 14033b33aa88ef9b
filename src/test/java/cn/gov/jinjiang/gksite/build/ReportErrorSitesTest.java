package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report errors that block a build: the arithmetic rules R1–R4, the cell rules R7 and R8 and the
 * data.yaml schema (report.schema.*). Each fixture under src/test/resources/sites/invalid-report.*&#47; is
 * valid-report with one thing broken, and fails the build with only that code: {@code count} errors (a
 * broken column identity is broken in its 总计 column too, see the comments), the first at that file, line
 * and column, its message naming the figures; no other diagnostic, and nothing written.
 */
class ReportErrorSitesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # 予以公开 [6,…,5] and 部分公开 [0,…,1]: both rows' totals are off, the columns still add up.
        invalid-report.R1-row             | report.R1                 | 26 | 30 | 2 | 总计：应为 自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他 = 6，实为 5
        # 三（七）总计 22 (and 结转下年度 0, so R3 holds) while the outcomes add up to 21: 自然人 and 总计.
        invalid-report.R2                 | report.R2                 | 51 | 10 | 2 | 表三“三（七）总计” / 自然人：应为 (一)+(二)+(三)+(四)+(五)+(六) = 21，实为 22
        # 结转下年度 2: 20 + 2 ≠ 21 + 2 in 自然人 and 总计.
        invalid-report.R3                 | report.R3                 | 52 | 11 | 2 | 20+2 = 22，而 21+2 = 23（结转下年度应为 1）
        invalid-report.R4                 | report.R4                 | 58 | 57 | 1 | 表四“复议后起诉” / 总计：应为 结果维持+结果纠正+其他结果+尚未审结 = 1，实为 0
        invalid-report.R7                 | report.R7                 | 13 | 26 | 1 | 件数应为整数，实为 10.5
        invalid-report.R8-slash           | report.R8                 | 16 | 26 | 1 | 行政强制 / 本年处理决定数量：单元格为空或为“/”
        invalid-report.schema.missing     | report.schema.missing     | 29 |  7 | 1 | 表三缺少“8.属于行政查询事项”
        invalid-report.schema.unknown-key | report.schema.unknown-key | 16 |  3 | 1 | 表二 中没有“行政征收”这一行
        invalid-report.schema.type        | report.schema.type        | 27 | 11 | 1 | 表三“部分公开”应为 7 个数的列表
        invalid-report.schema.columns     | report.schema.columns     | 27 | 11 | 1 | 应有 7 个数（自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计），实有 6 个
        invalid-report.schema.year        | report.schema.year        |  4 |  5 | 1 | data.yaml 的年度为 2024，但报告页面是 2025 年度
        """)
    void fixtureFailsWithOnlyItsCode(
            String fixture, String code, int line, int column, int count, String message, @TempDir Path dir) {
        BuildResult r = Builds.build(TestSites.fixture(fixture, dir));
        List<Diagnostic> errors = Builds.errors(r);
        assertThat(errors).extracting(Diagnostic::code).hasSize(count).containsOnly(code);
        assertThat(r.diagnostics()).hasSize(count);
        Diagnostic d = errors.get(0);
        assertThat(d.pos().file()).isEqualTo("content/ndbg/2025/data.yaml");
        assertThat(d.pos().line()).isEqualTo(line);
        assertThat(d.pos().column()).isEqualTo(column);
        assertThat(d.message()).contains(message);
        assertThat(r.written()).isFalse();
        assertThat(dir.resolve("site")).doesNotExist();
    }
}
