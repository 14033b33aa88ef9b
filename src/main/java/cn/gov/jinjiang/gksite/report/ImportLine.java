package cn.gov.jinjiang.gksite.report;

/**
 * One line of an imported report: a paragraph or a table row (its cells separated by tabs).
 *
 * @param line  1-based line in the input file
 * @param text  the text
 * @param table whether it is a row of an HTML table
 */
public record ImportLine(int line, String text, boolean table) {
}
