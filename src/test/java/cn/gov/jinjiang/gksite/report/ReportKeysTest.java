package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.JsonSchemas;
import cn.gov.jinjiang.gksite.testing.KeyCases;
import cn.gov.jinjiang.gksite.testing.KeyCases.Sample;
import com.networknt.schema.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report's data.yaml: {@link ReportSchema} and report-data.schema.json agree on every row, column and cell of both
 * national formats ({@link KeyCases}), and the schema takes the format the year names.
 */
class ReportKeysTest {
    private static final Schema SCHEMA = JsonSchemas.load(ReportKeys.schema());

    @ParameterizedTest
    @EnumSource(FormatVersion.class)
    void theReaderAndTheSchemaAgreeOnEveryCell(FormatVersion v) {
        int year = v == FormatVersion.V2019 ? 2020 : 2025;
        String other = v == FormatVersion.V2019 ? "2021" : "2019";
        Shape shape = ReportKeys.file(v);
        Map<ValueType, List<Sample>> special = Map.of(
                ReportKeys.YEARS,
                List.of(Sample.ok(String.valueOf(year)), Sample.ok(""), Sample.bad("abc"), Sample.bad("[1]")),
                shape.get(ReportKeys.FORMAT).type(),
                List.of(
                        Sample.ok(v.id()),
                        Sample.ok(""),
                        Sample.bad(other),
                        Sample.bad("nonsense"),
                        Sample.bad("[a]")));
        List<KeyCases.Case> cases = new KeyCases(special).cases(shape, base(shape, year));
        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(KeyCases.disagreements(
                        cases,
                        yaml -> readerObjects(yaml, year),
                        yaml -> !JsonSchemas.errors(SCHEMA, yaml).isEmpty()))
                .isEmpty();
    }

    /** Without 年度 and 格式 either format is a report; with them, only the one they name. */
    @Test
    void theYearOrTheFormatChoosesTheTables() {
        String y2021 = KeyCases.Yaml.render(base(ReportKeys.file(FormatVersion.V2021), 2025));
        String y2019 = KeyCases.Yaml.render(base(ReportKeys.file(FormatVersion.V2019), 2020));
        assertThat(JsonSchemas.errors(SCHEMA, y2021)).isEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, y2019)).isEmpty();
        String unnamed2021 = y2021.replace("年度: 2025\n", "").replace("格式: 2021\n", "");
        String unnamed2019 = y2019.replace("年度: 2020\n", "").replace("格式: 2019\n", "");
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2021)).isEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2019)).isEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2019 + "年度: 2025\n")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2019 + "格式: 2021\n")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2021 + "年度: 2020\n")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, unnamed2021 + "年度: 2020\n格式: 2021\n"))
                .isNotEmpty();
        // a mixture of the two formats is neither
        String mixed = unnamed2021.replace("行政规范性文件:", "规范性文件:");
        assertThat(readerObjects(mixed, 2025)).isTrue();
        assertThat(JsonSchemas.errors(SCHEMA, mixed)).isNotEmpty();
    }

    /** A data.yaml of the format of {@code shape} with every cell 0. */
    private static Map<String, Object> base(Shape shape, int year) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Key k : shape.keys()) {
            ValueType t = k.type();
            if (t instanceof ValueType.Mapping m) {
                tree.put(k.name(), base(m.shape(), year));
            } else if (t instanceof ValueType.Figures f) {
                tree.put(k.name(), "[" + String.join(", ", Collections.nCopies(f.size(), "0")) + "]");
            } else if (t instanceof ValueType.Figure) {
                tree.put(k.name(), "0");
            } else if (k.name().equals(ReportKeys.YEAR)) {
                tree.put(k.name(), String.valueOf(year));
            } else if (t instanceof ValueType.Choice c) {
                tree.put(k.name(), c.values().get(0));
            } else {
                throw new IllegalArgumentException("no value for " + k.name());
            }
        }
        return tree;
    }

    private static boolean readerObjects(String yaml, int year) {
        Diagnostics diags = new Diagnostics();
        try {
            ReportDataReader.read("content/ndbg/" + year + "/data.yaml", year, yaml, diags);
        } catch (DiagnosticException e) {
            return true;
        }
        return !diags.sorted().isEmpty();
    }

    /** The schema as made now (the shared one above is made once, before any change to the code could show). */
    @Test
    void theSchemaChoosesTheFormatByYearOrNameAndDescribesEachRow() {
        String text = ReportKeys.schema();
        assertThat(text)
                .contains("\"if\"", "\"then\"", "\"else\"", "\"anyOf\"", "\"allOf\"")
                .contains("表三“一、本年新收政府信息公开申请数量”：7 个数，依次为：自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计。")
                .contains("表三“三、本年度办理结果”的各项。")
                .contains("gksite 年度报告统计表 data.yaml")
                .contains("2021");
        assertThat(text.split("\"if\"", -1)).hasSize(4);
        assertThat(text.split("\"then\"", -1)).hasSize(3);
        assertThat(text.split("\"else\"", -1)).hasSize(2);
    }
}
