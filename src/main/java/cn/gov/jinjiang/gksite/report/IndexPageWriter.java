package cn.gov.jinjiang.gksite.report;

/**
 * Writes a report's index.md: front matter, an introduction, and the narrative sections 一, 五 and 六
 * under their national headings with the anchors the theme links to (sections 二 to 四 are drawn from
 * data.yaml by the theme).
 */
public final class IndexPageWriter {
    /** The anchors of the narrative sections, by heading index (0 = 一). */
    static String anchor(int heading) {
        return "s" + (heading + 1);
    }

    /**
     * The index.md text. Each section text is Markdown (may be empty); it is written under its heading.
     */
    public String write(int year, String org, String intro, String s1, String s5, String s6) {
        String who = org == null ? "" : org.strip();
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(who).append(year).append("年政府信息公开工作年度报告\n");
        sb.append("layout: ").append(ReportLoader.LAYOUT).append('\n');
        sb.append("year: ").append(year).append('\n');
        if (!who.isEmpty()) {
            sb.append("发布机构: ").append(who).append('\n');
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
        sb.append("## ").append(ReportFormat.HEADINGS[heading]).append(" {#").append(anchor(heading)).append("}\n\n");
        if (!text.isBlank()) {
            sb.append(text.strip()).append("\n\n");
        }
    }
}
