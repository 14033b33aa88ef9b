package cn.gov.jinjiang.gksite.report;

import static cn.gov.jinjiang.gksite.report.RowSpec.group;
import static cn.gov.jinjiang.gksite.report.RowSpec.leaf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national format of the three tables, as data: labels verbatim from the format documents (see
 * shared/report-format.md §2). The tables of sections 二, 三 and 四 are drawn, parsed, checked, imported
 * and exported from this one description.
 *
 * @param version          which format
 * @param disclosure       表二 blocks
 * @param applicantColumns 表三 columns, 总计 last
 * @param applicationRows  表三 rows as a tree (一, 二, 三 with its outcome groups, 四)
 * @param reviewGroups     表四 groups: 行政复议, 未经复议直接起诉, 复议后起诉
 * @param reviewColumns    the five columns of each 表四 group, 总计 last
 */
public record ReportFormat(
        FormatVersion version,
        List<DisclosureBlock> disclosure,
        List<Column> applicantColumns,
        List<RowSpec> applicationRows,
        List<String> reviewGroups,
        List<Column> reviewColumns) {

    public static final String TOTAL = "总计";
    public static final String NEW = "本年新收";
    public static final String CARRIED_IN = "上年结转";
    public static final String OUTCOMES = "办理结果";
    public static final String CARRIED_OUT = "结转下年度";
    /** The 表三 legend printed in its corner cell. */
    public static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static final String[] HEADINGS = {
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"
    };

    private static final List<Column> APPLICANTS = List.of(
            Column.count("自然人"),
            Column.count("商业企业"),
            Column.count("科研机构"),
            Column.count("社会公益组织"),
            Column.count("法律服务机构"),
            Column.count("其他"),
            Column.count(TOTAL));
    private static final List<String> REVIEW_GROUPS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");
    private static final List<Column> REVIEW_COLUMNS = List.of(
            Column.count("结果维持"),
            Column.count("结果纠正"),
            Column.count("其他结果"),
            Column.count("尚未审结"),
            Column.count(TOTAL));

    public ReportFormat {
        disclosure = List.copyOf(disclosure);
        applicantColumns = List.copyOf(applicantColumns);
        applicationRows = List.copyOf(applicationRows);
        reviewGroups = List.copyOf(reviewGroups);
        reviewColumns = List.copyOf(reviewColumns);
    }

    public static ReportFormat of(FormatVersion v) {
        return v == FormatVersion.V2019 ? V2019 : V2021;
    }

    public static ReportFormat forYear(int year) {
        return of(FormatVersion.forYear(year));
    }

    private static final ReportFormat V2021 = new ReportFormat(
            FormatVersion.V2021,
            List.of(
                    new DisclosureBlock(
                            "第二十条第（一）项",
                            List.of(Column.count("本年制发件数"), Column.count("本年废止件数"), Column.count("现行有效件数")),
                            List.of("规章", "行政规范性文件")),
                    new DisclosureBlock("第二十条第（五）项", List.of(Column.count("本年处理决定数量")), List.of("行政许可")),
                    new DisclosureBlock("第二十条第（六）项", List.of(Column.count("本年处理决定数量")), List.of("行政处罚", "行政强制")),
                    new DisclosureBlock(
                            "第二十条第（八）项",
                            List.of(new Column("本年收费金额", "本年收费金额（单位：万元）", ValueKind.MONEY)),
                            List.of("行政事业性收费"))),
            APPLICANTS,
            applicationRows(true),
            REVIEW_GROUPS,
            REVIEW_COLUMNS);

    private static final ReportFormat V2019 = new ReportFormat(
            FormatVersion.V2019,
            List.of(
                    new DisclosureBlock(
                            "第二十条第（一）项",
                            List.of(Column.count("本年新制作数量"), Column.count("本年新公开数量"), Column.count("对外公开总数量")),
                            List.of("规章", "规范性文件")),
                    new DisclosureBlock(
                            "第二十条第（五）项",
                            List.of(
                                    Column.count("上一年项目数量"),
                                    new Column("本年增/减", "本年增/减", ValueKind.SIGNED),
                                    Column.count("处理决定数量")),
                            List.of("行政许可", "其他对外管理服务事项")),
                    new DisclosureBlock(
                            "第二十条第（六）项",
                            List.of(
                                    Column.count("上一年项目数量"),
                                    new Column("本年增/减", "本年增/减", ValueKind.SIGNED),
                                    Column.count("处理决定数量")),
                            List.of("行政处罚", "行政强制")),
                    new DisclosureBlock(
                            "第二十条第（八）项",
                            List.of(Column.count("上一年项目数量"), new Column("本年增/减", "本年增/减", ValueKind.SIGNED)),
                            List.of("行政事业性收费")),
                    new DisclosureBlock(
                            "第二十条第（九）项",
                            List.of(Column.count("采购项目数量"), new Column("采购总金额", "采购总金额", ValueKind.MONEY)),
                            List.of("政府集中采购"))),
            APPLICANTS,
            applicationRows(false),
            REVIEW_GROUPS,
            REVIEW_COLUMNS);

    /**
     * The row keys, outcome keys and printed row labels of the two national formats, worked out once: the rules and
     * the downloads ask for them for every row of every report (thousands of reports on a platform).
     */
    private static final Map<FormatVersion, Derived> DERIVED =
            Map.of(FormatVersion.V2021, V2021.derive(), FormatVersion.V2019, V2019.derive());

    private record Derived(List<String> rowKeys, List<String> outcomeKeys, Map<String, String> labels) {}

    private Derived derive() {
        List<String> keys = new ArrayList<>();
        for (RowSpec r : applicationRows) {
            collect("", r, keys);
        }
        Map<String, String> labels = new HashMap<>();
        for (String k : keys) {
            labels.put(k, label(k));
        }
        List<String> outcomes = keys.stream()
                .filter(k -> k.startsWith(OUTCOMES + ".") && !k.equals(OUTCOMES + "." + TOTAL))
                .toList();
        return new Derived(List.copyOf(keys), outcomes, Collections.unmodifiableMap(labels));
    }

    /** This format's tables: the shared ones for a national format, else (a format a test made up) worked out now. */
    private Derived derived() {
        return this == of(version) ? DERIVED.get(version) : derive();
    }

    private static List<RowSpec> applicationRows(boolean otherHasItems) {
        RowSpec other = otherHasItems
                ? group(
                        "其他处理",
                        "（六）其他处理",
                        leaf("申请人无正当理由逾期不补正", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                        leaf("申请人逾期未按收费通知要求缴纳费用", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                        leaf("其他", "3.其他"))
                : leaf("其他处理", "（六）其他处理");
        return List.of(
                leaf(NEW, "一、本年新收政府信息公开申请数量"),
                leaf(CARRIED_IN, "二、上年结转政府信息公开申请数量"),
                group(
                        OUTCOMES,
                        "三、本年度办理结果",
                        leaf("予以公开", "（一）予以公开"),
                        leaf("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                        group(
                                "不予公开",
                                "（三）不予公开",
                                leaf("属于国家秘密", "1.属于国家秘密"),
                                leaf("其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开"),
                                leaf("危及三安全一稳定", "3.危及“三安全一稳定”"),
                                leaf("保护第三方合法权益", "4.保护第三方合法权益"),
                                leaf("属于三类内部事务信息", "5.属于三类内部事务信息"),
                                leaf("属于四类过程性信息", "6.属于四类过程性信息"),
                                leaf("属于行政执法案卷", "7.属于行政执法案卷"),
                                leaf("属于行政查询事项", "8.属于行政查询事项")),
                        group(
                                "无法提供",
                                "（四）无法提供",
                                leaf("本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息"),
                                leaf("没有现成信息需要另行制作", "2.没有现成信息需要另行制作"),
                                leaf("补正后申请内容仍不明确", "3.补正后申请内容仍不明确")),
                        group(
                                "不予处理",
                                "（五）不予处理",
                                leaf("信访举报投诉类申请", "1.信访举报投诉类申请"),
                                leaf("重复申请", "2.重复申请"),
                                leaf("要求提供公开出版物", "3.要求提供公开出版物"),
                                leaf("无正当理由大量反复申请", "4.无正当理由大量反复申请"),
                                leaf("要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息")),
                        other,
                        leaf(TOTAL, "（七）总计")),
                leaf(CARRIED_OUT, "四、结转下年度继续办理"));
    }

    /** Every numeric row of 表三 as its dotted key path (e.g. 办理结果.不予公开.属于国家秘密), in table order. */
    public List<String> applicationRowKeys() {
        return derived().rowKeys();
    }

    private static void collect(String prefix, RowSpec r, List<String> out) {
        String key = prefix.isEmpty() ? r.key() : prefix + "." + r.key();
        if (r.isLeaf()) {
            out.add(key);
        } else {
            r.children().forEach(c -> collect(key, c, out));
        }
    }

    /** The 表三 outcome rows that add up to 三（七）总计 (rule R2), as dotted keys. */
    public List<String> outcomeKeys() {
        return derived().outcomeKeys();
    }

    /**
     * A cell key ({@link AnnualReport#key}) in words: 表三“一、本年新收政府信息公开申请数量” / 科研机构.
     */
    public String cellLabel(String key) {
        String[] p = key.split("\\|", -1);
        String row = p[0].equals("三") ? applicationLabel(p[1]) : p[1];
        return "表" + p[0] + "“" + row + "” / " + p[2];
    }

    /**
     * The printed label of a 表三 row key path ("" for a path that is not one), e.g. "三、本年度办理结果（三）不予公开
     * 1.属于国家秘密" shortened.
     */
    public String applicationLabel(String keyPath) {
        return derived().labels().getOrDefault(keyPath, "");
    }

    private String label(String keyPath) {
        String[] parts = keyPath.split("\\.");
        List<RowSpec> level = applicationRows;
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            for (RowSpec r : level) {
                if (r.key().equals(p)) {
                    String label = r.label();
                    if (!sb.isEmpty() && r.isLeaf() && label.matches("\\d\\..*")) {
                        sb.append(' ');
                    }
                    if (r.key().equals(OUTCOMES)) {
                        label = "三";
                    }
                    sb.append(label.replaceFirst("（区分处理的.*", ""));
                    level = r.children();
                    break;
                }
            }
        }
        return sb.toString();
    }
}
