package cn.gov.jinjiang.gksite.report;

/**
 * What an imported report file is: a saved web page, text copied from a page or Word (cells separated by
 * tabs or "|"), text extracted from a PDF (cells separated by spaces), a Word document, or a PDF.
 */
public enum InputKind {
    HTML("网页"),
    COPIED_TEXT("复制的文字"),
    PDF_TEXT("PDF 提取的文字"),
    DOCX("Word 文档"),
    PDF("PDF");

    private final String chinese;

    InputKind(String chinese) {
        this.chinese = chinese;
    }

    /** The kind as the import summary names it. */
    public String chinese() {
        return chinese;
    }

    /** Whether its paragraphs are wrapped into lines (a PDF's), to be joined back into paragraphs. */
    boolean wrapped() {
        return this == PDF_TEXT || this == PDF;
    }
}
