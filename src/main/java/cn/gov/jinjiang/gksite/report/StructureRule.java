package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R14 in the narrative. The theme draws sections 二, 三 and 四 from data.yaml, so index.md must hold
 * exactly the level-2 headings 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项, in this order
 * and with this wording (errors). A citation of the 条例 as 国务院令第492号 in a report for 2019 or later is
 * a warning (the revised 条例 is 国务院令第711号). The 表 labels and the format version are checked by
 * {@link ReportSchema} while reading data.yaml.
 */
public final class StructureRule implements Rule {
    static final String CODE = "report.R14";
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六])\\s*[、.．]");
    private static final Pattern OLD_DECREE = Pattern.compile("国务院令\\s*第\\s*492\\s*号");
    private static final String[] OWN = {ReportFormat.HEADINGS[0], ReportFormat.HEADINGS[4], ReportFormat.HEADINGS[5]};

    @Override
    public void check(ReportContext ctx, Diagnostics diags) {
        AnnualReport r = ctx.report();
        String file = r.page().source();
        List<Heading> found = new ArrayList<>();
        for (Heading h : ctx.narrative().headings()) {
            String text = norm(h.text());
            Matcher m = NUMBERED.matcher(text);
            if (h.level() != 2 || !m.find()) {
                continue;
            }
            int index = "一二三四五六".indexOf(m.group(1));
            if (index >= 1 && index <= 3) {
                diags.error(
                        CODE,
                        new SourcePos(file, h.line(), 1),
                        "正文不应有“" + text + "”：第" + m.group(1) + "部分（" + ReportFormat.HEADINGS[index]
                                + "）的统计表由主题按 data.yaml 绘制。",
                        "删去这一标题及其下的表格，把数字写进 data.yaml。");
                continue;
            }
            found.add(h);
        }
        int lastLine = 0;
        for (String expected : OWN) {
            String numeral = expected.substring(0, 1);
            Heading h = found.stream()
                    .filter(x -> norm(x.text()).startsWith(numeral))
                    .findFirst()
                    .orElse(null);
            if (h == null) {
                diags.error(
                        CODE,
                        new SourcePos(file, Math.max(1, r.page().bodyLine()), 1),
                        "正文缺少二级标题“" + expected + "”。",
                        "按国家格式添加一行“## " + expected + "”及其内容。");
                continue;
            }
            String text = norm(h.text());
            if (!text.equals(expected)) {
                diags.error(
                        CODE,
                        new SourcePos(file, h.line(), 1),
                        "标题应为“" + expected + "”，实为“" + text + "”。",
                        "年度报告的六个部分标题须与国家格式一字不差。");
            }
            // out of order when a section expected before it comes later in the text
            lastLine = Math.max(lastLine, h.line());
            if (lastLine != h.line()) {
                diags.error(
                        CODE,
                        new SourcePos(file, h.line(), 1),
                        "标题“" + expected + "”的顺序不对：应在前一部分之后。",
                        "按 一、五、六 的顺序排列正文的部分（二、三、四 由主题插在一和五之间）。");
            }
        }
        if (r.year() >= 2019) {
            for (Narrative.Line line : new Narrative(r).lines()) {
                Matcher m = OLD_DECREE.matcher(line.text());
                while (m.find()) {
                    diags.warning(
                            CODE,
                            new SourcePos(file, line.line(), m.start() + 1),
                            r.year() + " 年度报告引用了“国务院令第492号”（2007 年的旧条例）。",
                            "2019 年 5 月 15 日起施行的《条例》为国务院令第711号。");
                }
            }
        }
    }

    static String norm(String s) {
        return s.replaceAll("[\\s　]", "");
    }
}
