package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.config.schema.JsonText;
import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report's data.yaml holds, made from the national format of each version ({@link ReportFormat}): the same
 * rows and columns {@link ReportSchema} reads are the keys of the JSON Schema {@code gksite schemas} writes as
 * {@code report-data.schema.json}. The format is chosen as the loader chooses it: the year's, which the file names by
 * {@code 格式} or {@code 年度} (both formats are offered when it names neither).
 */
public final class ReportKeys {
    /** The keys every data.yaml has, in the order of the file. */
    static final String YEAR = "年度";

    static final String FORMAT = "格式";
    /**
     * The years a report may have. The loader asks more: 年度 must be the year of the report's folder, which the file
     * itself does not hold.
     */
    public static final ValueType.Whole YEARS = new ValueType.Whole(1900, 2099);

    private ReportKeys() {}

    /** The keys of a data.yaml of format {@code v}. */
    public static Shape file(FormatVersion v) {
        ReportFormat f = ReportFormat.of(v);
        List<Key> disclosure = new ArrayList<>();
        for (DisclosureBlock b : f.disclosure()) {
            for (String row : b.rows()) {
                disclosure.add(Key.required(
                        row,
                        row,
                        b.item() + "：" + row + "。",
                        new ValueType.Mapping(columns("row" + v.id() + row, row, b.item() + "的一行。", b.columns()))));
            }
        }
        List<Key> reviews = new ArrayList<>();
        for (String g : f.reviewGroups()) {
            reviews.add(Key.required(
                    g,
                    g,
                    "表四“" + g + "”的五个数。",
                    new ValueType.Mapping(columns("review" + v.id() + g, g, "表四的一组。", f.reviewColumns()))));
        }
        return Shape.closed(
                "format" + v.id(),
                v.id() + " 年格式的年度报告统计表",
                "按" + v.source() + "的统计表（二、三、四）。",
                Key.optional(YEAR, "年度", "报告的年度，应与报告所在目录的年份相同。", YEARS),
                Key.optional(
                        FORMAT,
                        "格式",
                        "统计表的格式：" + v.id() + "（" + v.source() + "）；可不写，由年度决定。",
                        new ValueType.Choice(List.of(v.id()), true)),
                Key.required(
                        ReportSchema.DISCLOSURE,
                        ReportFormat.HEADINGS[1],
                        "表二：各行写成 {列: 数, …}。",
                        new ValueType.Mapping(new Shape(
                                "disclosure" + v.id(), ReportFormat.HEADINGS[1], "表二的各行。", disclosure, null))),
                Key.required(
                        ReportSchema.APPLICATIONS,
                        ReportFormat.HEADINGS[2],
                        "表三：每行 " + figures(f.applicantColumns()),
                        new ValueType.Mapping(applications(
                                "applications" + v.id(),
                                ReportFormat.HEADINGS[2],
                                f.applicationRows(),
                                f.applicantColumns()))),
                Key.required(
                        ReportSchema.REVIEWS,
                        ReportFormat.HEADINGS[3],
                        "表四：行政复议、未经复议直接起诉、复议后起诉各五个数。",
                        new ValueType.Mapping(
                                new Shape("reviews" + v.id(), ReportFormat.HEADINGS[3], "表四的三组。", reviews, null))));
    }

    /** The JSON Schema of data.yaml, both formats. */
    public static String schema() {
        JsonSchemaWriter.Context ctx = new JsonSchemaWriter.Context();
        Map<String, Object> old =
                ctx.define("format" + FormatVersion.V2019.id(), ctx.object(file(FormatVersion.V2019), true));
        Map<String, Object> now =
                ctx.define("format" + FormatVersion.V2021.id(), ctx.object(file(FormatVersion.V2021), true));
        // The year decides the format (FormatVersion.forYear): 2020 and before the 2019 format, then the 2021 one.
        Map<String, Object> isOld = names(FormatVersion.V2019, Map.of("maximum", 2020));
        Map<String, Object> isNew = names(FormatVersion.V2021, Map.of("minimum", 2021));
        List<Object> all = List.of(
                conditional(isOld, old, null),
                conditional(isNew, now, null),
                conditional(anyOf(isOld, isNew), null, anyOf(old, now)));
        Map<String, Object> root = new TreeMap<>();
        root.put("type", "object");
        root.put("allOf", all);
        return JsonText.write(ctx.finish(
                root,
                "gksite 年度报告统计表 data.yaml",
                "《政府信息公开工作年度报告》二、三、四部分的统计表。没有发生的事项填 0，不能留空或填“/”“-”。"
                        + "The tables of an annual report on government information disclosure."));
    }

    /** A file that names format {@code v}: by 格式, or by a 年度 in {@code yearRange}. */
    private static Map<String, Object> names(FormatVersion v, Map<String, Object> yearRange) {
        Map<String, Object> byFormat = new TreeMap<>(Map.of(
                "properties", Map.of(FORMAT, Map.of("enum", List.of(v.id(), Integer.parseInt(v.id())))),
                "required", List.of(FORMAT)));
        Map<String, Object> year = new TreeMap<>(yearRange);
        year.put("type", "integer");
        Map<String, Object> byYear = new TreeMap<>(Map.of("properties", Map.of(YEAR, year), "required", List.of(YEAR)));
        return anyOf(byFormat, byYear);
    }

    private static Map<String, Object> anyOf(Object a, Object b) {
        return new TreeMap<>(Map.of("anyOf", List.of(a, b)));
    }

    private static Map<String, Object> conditional(Object condition, Object then, Object otherwise) {
        Map<String, Object> c = new TreeMap<>();
        c.put("if", condition);
        if (then != null) {
            c.put("then", then);
        }
        if (otherwise != null) {
            c.put("else", otherwise);
        }
        return c;
    }

    /** 表二 and 表四 rows: a mapping of column → figure, every column required. */
    private static Shape columns(String id, String title, String description, List<Column> columns) {
        List<Key> keys = new ArrayList<>();
        for (Column c : columns) {
            keys.add(Key.required(c.key(), c.label(), "“" + title + "”的“" + c.label() + "”。", figure(c.kind())));
        }
        return new Shape(id, title, description, keys, null);
    }

    /** 表三: a tree of groups whose rows are lists of seven figures. */
    private static Shape applications(String id, String title, List<RowSpec> rows, List<Column> columns) {
        List<Key> keys = new ArrayList<>();
        for (RowSpec r : rows) {
            ValueType t = r.isLeaf()
                    ? new ValueType.Figures(columns.size(), figure(ValueKind.COUNT))
                    : new ValueType.Mapping(applications(id + "." + r.key(), r.label(), r.children(), columns));
            keys.add(Key.required(
                    r.key(),
                    r.label(),
                    r.isLeaf() ? "表三“" + r.label() + "”：" + figures(columns) : "表三“" + r.label() + "”的各项。",
                    t));
        }
        return new Shape(id, title, "表三的各行。", keys, null);
    }

    /** "7 个数，依次为：自然人, …, 总计。" */
    private static String figures(List<Column> columns) {
        return columns.size() + " 个数，依次为："
                + String.join(", ", columns.stream().map(Column::key).toList()) + "。";
    }

    private static ValueType.Figure figure(ValueKind kind) {
        return new ValueType.Figure(kind != ValueKind.MONEY, kind == ValueKind.SIGNED, ReportSchema.MAX_DIGITS);
    }
}
