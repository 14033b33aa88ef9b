package cn.gov.jinjiang.gksite.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A saved web page (or Word's "save as web page") as lines: each paragraph or heading one line, each
 * table row one line of tab-cells. Tables are laid out on their grid: a label cell spanning
 * several rows (rowspan) is repeated at the start of every row it covers, so a row always carries its
 * group labels; a cell spanning several columns (colspan) counts once, so a figure is never doubled.
 */
final class HtmlLines {
    private static final Set<String> BLOCKS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dt", "dd", "caption");

    private HtmlLines() {}

    static List<ImportLine> read(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        List<ImportLine> out = new ArrayList<>();
        visit(doc.body(), out);
        return out;
    }

    private static void visit(Element e, List<ImportLine> out) {
        String tag = e.normalName();
        if (tag.equals("table")) {
            table(e, out);
            return;
        }
        if (BLOCKS.contains(tag)) {
            for (String part : e.wholeText().split("\n")) {
                if (!part.isBlank()) {
                    out.add(ImportLine.text(line(e), column(e), part.strip()));
                }
            }
            return;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof Element child) {
                visit(child, out);
            } else if (n instanceof TextNode t && !t.isBlank()) {
                out.add(ImportLine.text(line(e), column(e), t.text().strip()));
            }
        }
    }

    /** Lays the rows out on the grid and writes each as a line: carried row labels, then its own cells. */
    private static void table(Element table, List<ImportLine> out) {
        Map<Integer, Span> carried = new HashMap<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (carried.containsKey(col)) {
                    Span s = carried.get(col);
                    if (!LabelText.split(s.text).label().isEmpty()) {
                        cells.add(s.text);
                    }
                    col += s.cols;
                }
                int cols = span(td.attr("colspan"));
                int rows = span(td.attr("rowspan"));
                String text = td.text().replace('\u00A0', ' ').strip();
                cells.add(text);
                // a cell of one row is dropped again at the row's end, as every span is when it runs out
                carried.put(col, new Span(text, cols, rows));
                col += cols;
            }
            out.add(ImportLine.row(line(tr), column(tr), cells, ""));
            carried.replaceAll((c, s) -> new Span(s.text, s.cols, s.rows - 1));
            carried.entrySet().removeIf(en -> en.getValue().rows <= 0);
        }
    }

    /** A cell spanning down into following rows: its text, width, and rows still to cover. */
    private record Span(String text, int cols, int rows) {}

    private static int span(String attr) {
        try {
            return Math.max(1, Integer.parseInt(attr.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The element's line in the file; 0 for one the parser made up (jsoup's untracked position is -1). */
    private static int line(Element e) {
        return Math.max(e.sourceRange().start().lineNumber(), 0);
    }

    private static int column(Element e) {
        return Math.max(e.sourceRange().start().columnNumber(), 0);
    }
}
