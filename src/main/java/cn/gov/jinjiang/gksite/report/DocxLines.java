package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx) as lines: each paragraph a line, each table row a line of cells read from the
 * table's own structure. A cell merged across columns ({@code gridSpan}) counts once; a cell merged down
 * ({@code vMerge}) carries its label into every row it covers, as a web page's rowspan does in
 * {@link HtmlLines}; an empty cell is a blank at its position.
 *
 * <p>Positions: {@link ImportLine#line()} counts the body's paragraphs, each table row as one; the message
 * names the table and row ("第 2 张表格第 5 行"), which an editor finds in Word.
 */
final class DocxLines {
    private final List<ImportLine> out = new ArrayList<>();
    private int paragraph;
    private int tables;

    private DocxLines() {}

    /** The lines of a .docx file; refused (thrown) when it is not a Word document or cannot be read. */
    static List<ImportLine> read(String name, byte[] bytes) {
        Map<String, byte[]> entries = ZipGuard.unpack(name, bytes);
        String types = ZipGuard.text(entries, "[Content_Types].xml");
        if (!types.contains("wordprocessingml")) {
            throw notWord(name, entries, types);
        }
        DocxLines lines = new DocxLines();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ZipGuard.pack(entries)))) {
            for (IBodyElement e : doc.getBodyElements()) {
                lines.element(e);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ImportFile.refuse(
                    "import.damaged", name, "Word 文件已损坏或结构异常，无法读取。", "用 Word 或 WPS 打开它，重新“另存为” .docx 后再导入。");
        }
        return lines.out;
    }

    private static RuntimeException notWord(String name, Map<String, byte[]> entries, String types) {
        String what;
        if (types.contains("spreadsheetml")) {
            what = "这是 Excel 表格（.xlsx）";
        } else if (types.contains("presentationml")) {
            what = "这是 PowerPoint 演示文稿（.pptx）";
        } else if (ZipGuard.text(entries, "mimetype").contains("opendocument")) {
            what = "这是 OpenDocument 文档（.odt 等）";
        } else {
            what = "这是一个 ZIP 压缩包，不是 Word 文档";
        }
        return ImportFile.refuse(
                "import.not-docx",
                name,
                what + "，无法作为年度报告导入。",
                "导入报告的 Word 文档（.docx）、PDF 或网页；压缩包请先解压，OpenDocument 文档请用 WPS 或 Word “另存为” .docx。");
    }

    private void element(IBodyElement e) {
        if (e instanceof XWPFParagraph p) {
            text(p.getText());
        } else if (e instanceof XWPFTable t) {
            table(t);
        } else if (e instanceof XWPFSDT sdt) {
            text(sdt.getContent().getText());
        }
    }

    private void text(String text) {
        paragraph++;
        for (String part : text.split("\n")) {
            out.add(new ImportLine(paragraph, 1, part, null, "第 " + paragraph + " 段"));
        }
    }

    private void table(XWPFTable table) {
        tables++;
        Map<Integer, String> above = new HashMap<>();
        int row = 0;
        for (XWPFTableRow r : table.getRows()) {
            row++;
            paragraph++;
            List<String> cells = new ArrayList<>();
            int col = gridBefore(r);
            for (ICell ic : r.getTableICells()) {
                if (ic instanceof XWPFSDTCell sdt) {
                    cells.add(sdt.getContent().getText().strip());
                    above.remove(col);
                    col++;
                    continue;
                }
                XWPFTableCell c = (XWPFTableCell) ic;
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue()))
                        : 1;
                if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART) {
                    col += span;
                    continue;
                }
                if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
                    String carried = above.getOrDefault(col, "");
                    // a label carries into each row it spans; a merged figure counts once, in its first row
                    if (!LabelText.split(carried).label().isEmpty()) {
                        cells.add(carried);
                    }
                } else {
                    String text = cellText(c);
                    cells.add(text);
                    if (pr != null && pr.isSetVMerge()) {
                        above.put(col, text);
                    } else {
                        above.remove(col);
                    }
                }
                col += span;
            }
            out.add(ImportLine.row(paragraph, 1, cells, "第 " + tables + " 张表格第 " + row + " 行"));
        }
    }

    private static int gridBefore(XWPFTableRow r) {
        CTTrPr pr = r.getCtRow().getTrPr();
        if (pr == null
                || pr.sizeOfGridBeforeArray() == 0
                || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return pr.getGridBeforeArray(0).getVal().intValue();
    }

    /** A cell's text: its paragraphs (and nested tables) joined as one wrapped text. */
    private static String cellText(XWPFTableCell c) {
        return LabelText.joinWrapped(Arrays.asList(c.getTextRecursively().split("[\\n\\t]")));
    }
}
