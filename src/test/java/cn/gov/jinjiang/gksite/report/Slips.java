package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Single slips in a report's narrative or front matter (the rules beyond the tables: R12–R15 and
 * report.section-empty), each applied to a valid {@link RandomReports} report, with the one diagnostic it must
 * give: code, severity, position in index.md and a text of its message.
 */
final class Slips {
    private Slips() {}

    /** A report with one slip, what the slip is, and what must be reported. */
    record Slip(RandomReports.Spec spec, String what, Identities.Expected expected) {}

    private static final int KINDS = 9;

    static Slip random(RandomReports.Spec s, Random rnd) {
        int kind = rnd.nextInt(KINDS);
        if (kind == 0 && !s.body().get(RandomReports.FIGURES_LINE).contains("占")) {
            kind = 1; // no share is quoted when nothing was received
        }
        List<String> body = new ArrayList<>(s.body());
        int deadlineMonth = "government".equals(s.bodyType()) ? 3 : 1;
        return switch (kind) {
            case 0 -> {
                String line = body.get(RandomReports.FIGURES_LINE);
                int at = line.indexOf("占") + 1;
                int end = line.indexOf('%', at);
                BigDecimal stated = new BigDecimal(line.substring(at, end));
                // At least 0.2 off, so that neither rounding nor truncation of the true share gives it.
                BigDecimal wrong = stated.compareTo(BigDecimal.ONE) >= 0 && rnd.nextBoolean()
                        ? stated.subtract(BigDecimal.valueOf(2 + rnd.nextInt(8), 1))
                        : stated.add(BigDecimal.valueOf(2 + rnd.nextInt(80), 1));
                body.set(
                        RandomReports.FIGURES_LINE,
                        line.substring(0, at) + wrong.toPlainString() + line.substring(end));
                yield slip(
                        s.withBody(body),
                        "share " + stated + "% written as " + wrong + "%",
                        "report.R12",
                        Severity.WARNING,
                        RandomReports.FIGURES_LINE,
                        at,
                        "实为 " + wrong.toPlainString() + "%");
            }
            case 1 -> {
                body.set(13, "本年度行政事业性收费不含信息处理费。");
                yield slip(
                        s.withBody(body),
                        "收费 and 信息处理费 in one sentence",
                        "report.R13",
                        Severity.INFO,
                        13,
                        3,
                        "“行政事业性收费”和“信息处理费”");
            }
            case 2 -> {
                body.set(7, "## 五、存在的问题及改进情况");
                yield slip(
                        s.withBody(body),
                        "heading 五 reworded",
                        "report.R14",
                        Severity.ERROR,
                        7,
                        0,
                        "标题应为“五、存在的主要问题及改进情况”，实为“五、存在的问题及改进情况”");
            }
            case 3 -> {
                body.set(0, body.get(0).replace("第711号", "第492号"));
                yield slip(
                        s.withBody(body),
                        "old 条例 cited",
                        "report.R14",
                        Severity.WARNING,
                        0,
                        body.get(0).indexOf("国务院令"),
                        s.year() + " 年度报告引用了“国务院令第492号”");
            }
            case 4 -> {
                body.remove(11);
                body.remove(11);
                body.remove(11);
                yield slip(
                        s.withBody(body),
                        "heading 六 missing",
                        "report.R14",
                        Severity.ERROR,
                        0,
                        0,
                        "正文缺少二级标题“六、其他需要报告的事项”");
            }
            case 5 -> {
                body.set(9, rnd.nextBoolean() ? "无。" : "");
                yield slip(
                        s.withBody(body),
                        "section 五 empty",
                        "report.section-empty",
                        Severity.WARNING,
                        7,
                        0,
                        body.get(9).isEmpty() ? "“五、存在的主要问题及改进情况”下没有内容" : "“五、存在的主要问题及改进情况”下只写了“无”");
            }
            case 6 -> {
                LocalDate late = LocalDate.of(s.year() + 1, deadlineMonth, 31).plusDays(1 + rnd.nextInt(300));
                Identities.Expected e = new Identities.Expected(
                        "report.R15",
                        Severity.WARNING,
                        new SourcePos(s.indexFile(), 4, 7),
                        "发布日期 " + late + " 晚于期限 " + (s.year() + 1) + "年" + deadlineMonth + "月31日",
                        null);
                yield new Slip(s.withPublished(late), "published late on " + late, e);
            }
            case 7 -> {
                Identities.Expected e = new Identities.Expected(
                        "report.R15",
                        Severity.WARNING,
                        new SourcePos(s.indexFile(), 1, 1),
                        "头部没有“发布日期”，无法核对是否在 " + (s.year() + 1) + "年" + deadlineMonth + "月31日",
                        null);
                yield new Slip(s.withPublished(null), "no 发布日期", e);
            }
            default -> {
                body.add(2, "## 三、收到和处理政府信息公开申请情况");
                body.add(3, "");
                yield slip(
                        s.withBody(body),
                        "table heading 三 in the narrative",
                        "report.R14",
                        Severity.ERROR,
                        2,
                        0,
                        "正文不应有“三、收到和处理政府信息公开申请情况”");
            }
        };
    }

    /** A slip reported at body line {@code bodyIndex}, 0-based column {@code at}. */
    private static Slip slip(
            RandomReports.Spec s, String what, String code, Severity severity, int bodyIndex, int at, String message) {
        return new Slip(
                s,
                what,
                new Identities.Expected(
                        code,
                        severity,
                        new SourcePos(s.indexFile(), RandomReports.BODY_LINE + bodyIndex, at + 1),
                        message,
                        null));
    }
}
