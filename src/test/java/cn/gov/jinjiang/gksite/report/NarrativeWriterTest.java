package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Narrative lines of an imported report turned into Markdown paragraphs and sub-headings. */
class NarrativeWriterTest {

    static List<ImportLine> lines(String... texts) {
        List<ImportLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(ImportLine.text(i + 1, 1, texts[i]));
        }
        return out;
    }

    @Test
    void textFromAPageKeepsOneParagraphPerLineAndMakesSubheadings() {
        String md = NarrativeWriter.markdown(
                lines("## **（一）主动公开情况**", "全年主动公开信息 467 条", "", "  **依申请公开依法办理**  "), InputKind.HTML);
        assertThat(md).isEqualTo("### （一）主动公开情况\n\n全年主动公开信息 467 条\n\n依申请公开依法办理");
        assertThat(NarrativeWriter.markdown(lines("第一行", "第二行"), InputKind.COPIED_TEXT))
                .isEqualTo("第一行\n\n第二行");
        assertThat(NarrativeWriter.markdown(lines("第一行", "第二行"), InputKind.DOCX))
                .isEqualTo("第一行\n\n第二行");
    }

    @Test
    void headingMarksInsideEmphasisAndEmphasisInsideHeadingMarksAreBothDropped() {
        assertThat(NarrativeWriter.clean("  ### **二、主动公开**")).isEqualTo("二、主动公开");
        assertThat(NarrativeWriter.clean("**## 三、依申请公开**")).isEqualTo("三、依申请公开");
        assertThat(NarrativeWriter.clean("**a** and **b**")).isEqualTo("a** and **b");
        assertThat(NarrativeWriter.clean("正文")).isEqualTo("正文");
    }

    @Test
    void wrappedPdfLinesAreJoinedUntilASentenceEnds() {
        String md = NarrativeWriter.markdown(lines("本机关全年主动公开", "政府信息 467 条。", "依申请公开", "办理 21 件。"), InputKind.PDF);
        assertThat(md).isEqualTo("本机关全年主动公开政府信息 467 条。\n\n依申请公开办理 21 件。");
    }

    @Test
    void aLineIndentedByTwoSpacesOrOneIdeographicSpaceStartsAParagraph() {
        String md = NarrativeWriter.markdown(
                lines("第一段没有句号", "  第二段两个空格", "\u3000第三段一个全角空格", " 接着第三段一个空格", "第三段结束"), InputKind.PDF_TEXT);
        assertThat(md).isEqualTo("第一段没有句号\n\n第二段两个空格\n\n第三段一个全角空格接着第三段一个空格第三段结束");
    }

    @Test
    void wrappedLatinWordsKeepTheirSpaceAndBlankLinesEndParagraphs() {
        String md = NarrativeWriter.markdown(lines("open", "data", "", "（二）依申请公开", "尾"), InputKind.PDF);
        assertThat(md).isEqualTo("open data\n\n### （二）依申请公开\n\n尾");
    }
}
