package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report's index.md: front matter, introduction and the narrative sections under their anchors. */
class IndexPageWriterTest {

    @Test
    void writesFrontMatterIntroductionAndSections() {
        String md = new IndexPageWriter()
                .write(
                        new IndexPageWriter.Meta(2025, "晋江市2025年报告", " 晋江市人民政府办公室 ", "2026-01-20"),
                        "\n 引言。 \n",
                        "### （一）主动公开\n\n正文一。\n",
                        "",
                        "  其他事项。");
        assertThat(md)
                .isEqualTo("---\n"
                        + "title: 晋江市2025年报告\n"
                        + "layout: " + ReportLoader.LAYOUT + "\n"
                        + "year: 2025\n"
                        + "发布机构: 晋江市人民政府办公室\n"
                        + "发布日期: 2026-01-20\n"
                        + "---\n\n"
                        + "引言。\n\n"
                        + "## " + ReportFormat.HEADINGS[0] + " {#s1}\n\n"
                        + "### （一）主动公开\n\n正文一。\n\n"
                        + "## " + ReportFormat.HEADINGS[4] + " {#s5}\n\n"
                        + "## " + ReportFormat.HEADINGS[5] + " {#s6}\n\n"
                        + "其他事项。\n");
    }

    @Test
    void aDraftWithoutOrganisationDateOrIntroductionSaysOnlyWhatItHas() {
        String md =
                new IndexPageWriter().write(IndexPageWriter.Meta.of(2024, null).asDraft(), "  ", " ", "\n", "");
        assertThat(md)
                .isEqualTo("---\n"
                        + "title: 2024年政府信息公开工作年度报告\n"
                        + "layout: " + ReportLoader.LAYOUT + "\n"
                        + "year: 2024\n"
                        + "# 草稿：预览（gksite serve）和 gksite build --drafts 中可见，不会发布；完成后删去下面这一行\n"
                        + "draft: true\n"
                        + "---\n\n"
                        + "## " + ReportFormat.HEADINGS[0] + " {#s1}\n\n"
                        + "## " + ReportFormat.HEADINGS[4] + " {#s5}\n\n"
                        + "## " + ReportFormat.HEADINGS[5] + " {#s6}\n");
        String blankOrg = new IndexPageWriter().write(new IndexPageWriter.Meta(2024, "t", "  ", null), "", "", "", "");
        assertThat(blankOrg).doesNotContain("发布机构").doesNotContain("draft");
        String noOrg = new IndexPageWriter().write(new IndexPageWriter.Meta(2024, "t", null, null), "", "", "", "");
        assertThat(noOrg).startsWith("---\ntitle: t\nlayout: ").doesNotContain("发布机构");
    }

    @Test
    void titledFromOrganisationAndYear() {
        String md = new IndexPageWriter().write(2023, " 某局 ", "引言", "", "", "");
        assertThat(md).startsWith("---\ntitle: 某局2023年政府信息公开工作年度报告\n").contains("\n发布机构: 某局\n");
    }

    @Test
    void plainScalarsStayPlain() {
        for (String s : new String[] {"晋江市人民政府办公室", "a b", "a:b", "a#b", "x-1", "trueish", "2025年"}) {
            assertThat(IndexPageWriter.scalar(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void scalarsYamlWouldReadOtherwiseAreQuoted() {
        for (String s : new String[] {
            "", " a", "a ", "-a", "?a", ":a", ",a", "[a", "]a", "{a", "}a", "#a", "&a", "*a", "!a", "|a", ">a", "'a",
            "%a", "@a", "`a", "a: b", "a #b", "a:", "True", "NULL", "~", "yes", "No", "on", "OFF", "false", "2025",
            "1.5e3", "-"
        }) {
            assertThat(IndexPageWriter.scalar(s)).as(s).isEqualTo("\"" + s + "\"");
        }
    }

    @Test
    void quotedScalarsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(IndexPageWriter.scalar("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(IndexPageWriter.scalar("a\\b")).isEqualTo("\"a\\\\b\"");
        assertThat(IndexPageWriter.scalar("a\nb\u001f")).isEqualTo("\"a\\x0ab\\x1f\"");
        assertThat(IndexPageWriter.scalar("\ta")).isEqualTo("\"\\x09a\"");
        assertThat(IndexPageWriter.scalar("a\u0001b")).isEqualTo("\"a\\x01b\"");
    }
}
