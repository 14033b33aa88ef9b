package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a table header's Chinese label may wrap. Chinese has no spaces, so a browser may break a label between
 * any two characters (结果维/持, 总/计, 自然/人). The theme sets {@code word-break: keep-all} on header cells, which
 * forbids those breaks, and this filter ({@code {{ label | wordbreaks }}}) puts a {@code <wbr>} only where the
 * label may wrap: between two words of the report format's vocabulary, after closing punctuation (、，：）…) and
 * before opening punctuation (（“…). A character outside the vocabulary sticks to its neighbours, so an unknown
 * label never breaks inside a word; it only wraps less. The output is HTML-escaped.
 */
public final class LabelBreaks implements Filter {
    /** Pebble filter name. */
    public static final String NAME = "wordbreaks";

    /**
     * The words of the national report format's headers (2019 and 2021). A longer word wins over its parts
     * (行政复议 over 行政), so a compound listed here never splits.
     */
    static final Set<String> WORDS = Set.copyOf(Arrays.asList(("信息 内容 本年 本年度 上年 下年度 年度 制发 件数 废止 现行 有效 规章 行政 "
                    + "规范性文件 处理决定 数量 许可 处罚 强制 收费金额 单位 万元 事业性 收费 申请人 情况 自然人 法人 或 其他 组织 总计 "
                    + "商业企业 科研机构 社会公益 法律服务 机构 新收 结转 政府信息公开 政府信息 申请 申请数量 办理 结果 予以 "
                    + "公开 部分 区分 处理 的 只计 这一 情形 不计 不予 属于 国家秘密 法律 行政法规 禁止 危及 三安全 一稳定 保护 第三方 "
                    + "合法权益 三类 四类 内部事务 过程性 执法案卷 查询事项 无法 提供 本机关 不掌握 相关 没有 现成 需要 另行 制作 "
                    + "补正后 仍不明确 申请内容 信访 举报 投诉类 重复 要求 公开出版物 无正当理由 大量 反复 确认 重新出具 已获取 逾期 "
                    + "不补正 不再 其 未按 收费通知 缴纳 费用 继续 复议 行政复议 行政诉讼 维持 纠正 尚未 审结 未经复议 直接起诉 复议后 "
                    + "起诉 第二十条 办结 数据 勾稽关系 为 第一项 第二项 第三项 第四项 加 之和 等于 本列 行政机关 机关 新制作 "
                    + "本年新制作 本年新公开 对外公开总数量 公开总数量 总数 被纠错 其他情形 行政许可 行政处罚 行政强制 "
                    + "规范性文件 制发规范性文件")
            .split(" ")));

    private static final int LONGEST =
            WORDS.stream().mapToInt(String::length).max().orElse(1);
    /** After these a label may wrap. */
    private static final String CLOSING = "、，。：；！？）】》」』”’,.;:)";
    /** Before these a label may wrap. */
    private static final String OPENING = "（【《「『“‘(";

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(
            Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        return new SafeString(input == null ? "" : html(input.toString()));
    }

    /** {@code label}, HTML-escaped, with {@code <wbr>} at every place it may wrap. */
    public static String html(String label) {
        boolean[] wrap = breaks(label);
        StringBuilder sb = new StringBuilder(label.length() + 16);
        for (int i = 0; i < label.length(); i++) {
            if (wrap[i]) {
                sb.append("<wbr>");
            }
            sb.append(TextEscapes.xml(String.valueOf(label.charAt(i))));
        }
        return sb.toString();
    }

    /**
     * {@code result[i]} is true when the label may wrap before character {@code i} (never before the first).
     * Words are found greedily, longest first, from left to right; a wrap needs a word on both sides, or
     * punctuation that allows it.
     */
    static boolean[] breaks(String label) {
        int n = label.length();
        boolean[] wrap = new boolean[n];
        // word[i]: length of the vocabulary word starting at i in the greedy segmentation, 0 when none.
        int[] word = new int[n];
        for (int i = 0; i < n; ) {
            int len = 0;
            for (int l = Math.min(LONGEST, n - i); l > 0 && len == 0; l--) {
                if (WORDS.contains(label.substring(i, i + l))) {
                    len = l;
                }
            }
            word[i] = len;
            i += Math.max(1, len);
        }
        int prevWordEnd = -1;
        for (int i = 0; i < n; i++) {
            if (word[i] > 0) {
                if (i > 0 && i == prevWordEnd) {
                    wrap[i] = true;
                }
                prevWordEnd = i + word[i];
            }
            char c = label.charAt(i);
            if (i > 0 && OPENING.indexOf(c) >= 0) {
                wrap[i] = true;
            }
            if (i + 1 < n
                    && CLOSING.indexOf(c) >= 0
                    && OPENING.indexOf(label.charAt(i + 1)) < 0
                    && CLOSING.indexOf(label.charAt(i + 1)) < 0) {
                wrap[i + 1] = true;
            }
        }
        // Never leave a number's "1." or "第" alone at a line's end: no wrap right after a digit or a full stop
        // that follows a digit.
        for (int i = 1; i < n; i++) {
            char p = label.charAt(i - 1);
            if (Character.isDigit(p) || p == '.' && i >= 2 && Character.isDigit(label.charAt(i - 2))) {
                wrap[i] = false;
            }
        }
        return wrap;
    }
}
