package cn.gov.jinjiang.gksite.report;

/** What an imported report file is: a saved web page, text copied from a page or Word, or text from a PDF. */
public enum InputKind {
    HTML, COPIED_TEXT, PDF_TEXT
}
