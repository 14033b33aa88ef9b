package cn.gov.jinjiang.gksite.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of an imported report: a paragraph, or a table row.
 *
 * <p>Where it is, for diagnostics: in a text or HTML file {@code line:column} of the file. In a .docx file
 * {@code line} counts the body's paragraphs with each table row as one, and {@code column} is 1; in a PDF
 * {@code line} is the page and {@code column} the line on that page, counted from the top (a table row is
 * one line). {@link #where()} says the same in words for the message ("第 2 张表格第 5 行").
 *
 * @param line   see above (1-based)
 * @param column see above (1-based)
 * @param text   the text; a table row's cells joined by tabs
 * @param cells  the cells of a row whose cells are known (a table of a web page, Word or PDF, or a text
 *               line with tabs or "|"): an empty cell is a position; null for running text, whose blanks
 *               cannot be told apart
 * @param where  the position in words for a .docx or PDF file, "" for text and HTML
 */
public record ImportLine(int line, int column, String text, List<String> cells, String where) {
    public ImportLine {
        cells = cells == null ? null : Collections.unmodifiableList(new ArrayList<>(cells));
        where = where == null ? "" : where;
    }

    /** A line of running text at {@code line:column}. */
    static ImportLine text(int line, int column, String text) {
        return new ImportLine(line, column, text, null, "");
    }

    /** A table row whose cells are known. */
    static ImportLine row(int line, int column, List<String> cells, String where) {
        return new ImportLine(line, column, String.join("\t", cells), cells, where);
    }

    /** Whether its cells are known, so that an empty one is a blank cell at its position. */
    boolean positional() {
        return cells != null;
    }
}
