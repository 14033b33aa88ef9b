package cn.gov.jinjiang.gksite.report;

import java.util.Locale;

/**
 * Writes a report's index.md: front matter, an introduction, and the narrative sections 一, 五 and 六
 * under their national headings with the anchors the theme links to (sections 二 to 四 are drawn from
 * data.yaml by the theme).
 */
public final class IndexPageWriter {
    /**
     * The report's own facts for its front matter.
     *
     * @param year  the report year
     * @param title the title
     * @param org   the 发布机构; empty for none
     * @param date  the 发布日期 (yyyy-MM-dd), or null
     * @param draft whether the report is a draft ({@code draft: true}: built and shown only in previews)
     */
    public record Meta(int year, String title, String org, String date, boolean draft) {
        public Meta(int year, String title, String org, String date) {
            this(year, title, org, date, false);
        }

        /** The title of a report that prints none: "<org><year>年政府信息公开工作年度报告". */
        public static Meta of(int year, String org) {
            String who = org == null ? "" : org.strip();
            return new Meta(year, who + year + "年政府信息公开工作年度报告", who, null);
        }

        /** The same report as a draft. */
        public Meta asDraft() {
            return new Meta(year, title, org, date, true);
        }
    }

    /** The anchors of the narrative sections, by heading index (0 = 一). */
    static String anchor(int heading) {
        return "s" + (heading + 1);
    }

    /** The index.md text, titled from the organisation and the year. */
    public String write(int year, String org, String intro, String s1, String s5, String s6) {
        return write(Meta.of(year, org), intro, s1, s5, s6);
    }

    /** The index.md text. Each section text is Markdown (may be empty); it is written under its heading. */
    public String write(Meta meta, String intro, String s1, String s5, String s6) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(scalar(meta.title())).append('\n');
        sb.append("layout: ").append(ReportLoader.LAYOUT).append('\n');
        sb.append("year: ").append(meta.year()).append('\n');
        if (meta.org() != null && !meta.org().isBlank()) {
            sb.append("发布机构: ").append(scalar(meta.org().strip())).append('\n');
        }
        if (meta.date() != null) {
            sb.append("发布日期: ").append(meta.date()).append('\n');
        }
        if (meta.draft()) {
            sb.append("# 草稿：预览（gksite serve）和 gksite build --drafts 中可见，不会发布；完成后删去下面这一行\n");
            sb.append("draft: true\n");
        }
        sb.append("---\n\n");
        if (!intro.isBlank()) {
            sb.append(intro.strip()).append("\n\n");
        }
        section(sb, 0, s1);
        section(sb, 4, s5);
        section(sb, 5, s6);
        return sb.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder sb, int heading, String text) {
        sb.append("## ")
                .append(ReportFormat.HEADINGS[heading])
                .append(" {#")
                .append(anchor(heading))
                .append("}\n\n");
        if (!text.isBlank()) {
            sb.append(text.strip()).append("\n\n");
        }
    }

    /** A YAML value: plain when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String s) {
        boolean plain = !s.isEmpty()
                && s.strip().equals(s)
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) < 0
                && !s.contains(": ")
                && !s.contains(" #")
                && !s.endsWith(":")
                && s.chars().noneMatch(c -> c < 0x20 || c == '"' || c == '\\')
                && !s.toLowerCase(Locale.ROOT).matches("true|false|null|~|yes|no|on|off|[0-9.+\\-_:e]+");
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
