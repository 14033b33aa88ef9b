package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF as lines: each page's table rows rebuilt from the drawn cell borders ({@link PdfGrid}), so a label
 * wrapped inside its cell stays with its figures, and the running text around them; page numbers and
 * running headers and footers (the same text at the top or bottom of several pages) are left out.
 *
 * <p>Positions: {@link ImportLine#line()} is the page and {@link ImportLine#column()} the line on that
 * page counted from the top (a table row is one line); the message says "第 3 页第 12 行（表格第 5 行）".
 *
 * <p>Refused: a PDF that needs a password, one without a text layer (a scan), one whose text has no
 * Unicode mapping, one over {@link #MAX_PAGES} pages or {@link PdfContent#MAX_CONTENT} bytes of drawing
 * instructions, or one whose drawing exceeds the {@link PdfBudget}.
 */
final class PdfLines {
    static final int MAX_PAGES = 300;
    private static final float MARGIN = 0.1f;

    private PdfLines() {}

    static List<ImportLine> read(String name, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw ImportFile.refuse(
                        "import.too-large",
                        name,
                        "PDF 有 " + pages + " 页，超过导入的上限 " + MAX_PAGES + " 页。",
                        "年度报告一般不超过 20 页：检查是否选错了文件。");
            }
            PdfContent.check(name, doc);
            PdfBudget budget = new PdfBudget();
            PdfGlyphs glyphs = new PdfGlyphs(budget);
            List<List<PdfPage.Line>> all = new ArrayList<>();
            List<Float> heights = new ArrayList<>();
            int chars = 0;
            int images = 0;
            for (int p = 0; p < pages; p++) {
                PDPage page = doc.getPage(p);
                List<PdfGlyphs.Glyph> g = glyphs.read(doc, p + 1);
                PdfRules rules = new PdfRules(page, budget);
                List<PdfGrid.Rule> r = rules.read();
                // borders of a rotated page are in another frame than its text: read it as running text
                // (PDFBox gives the rotation as 0, 90, 180 or 270)
                all.add(PdfPage.lines(g, page.getRotation() == 0 ? r : List.of()));
                heights.add(page.getCropBox().getHeight());
                chars += g.size();
                images += rules.images();
            }
            if (chars == 0) {
                throw ImportFile.refuse(
                        "import.scanned",
                        name,
                        images > 0 ? "这份 PDF 是扫描件：每页只是一张图片，没有可读取的文字层。" : "这份 PDF 中没有文字。",
                        "请找到报告的 Word 原件、文字版 PDF 或已发布的网页；只有扫描件时，先用文字识别（OCR）软件转成文字并逐项核对后再导入。");
            }
            if (glyphs.unmapped() * 4 > chars + glyphs.unmapped()) {
                throw ImportFile.refuse(
                        "import.pdf-text", name, "这份 PDF 的文字无法提取：它的字体没有对应的文字编码（复制出来是乱码）。", "请找到报告的 Word 原件或已发布的网页导入。");
            }
            return lines(all, heights);
        } catch (InvalidPasswordException e) {
            throw ImportFile.refuse("import.encrypted", name, "这份 PDF 设置了打开密码，无法读取。", "请向制作单位索取没有密码的文件，或用 Word 原件导入。");
        } catch (PdfBudget.Exceeded e) {
            throw ImportFile.refuse(
                    "import.too-large", name, "这份 PDF 的绘制指令多得异常（不像一份年度报告），不予读取。", "请用报告的 Word 原件或已发布的网页导入。");
        } catch (DiagnosticException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ImportFile.refuse(
                    "import.damaged", name, "PDF 文件已损坏或结构异常，无法读取。", "用 PDF 阅读器打开并“另存为”一份新的 PDF，或用 Word 原件导入。");
        }
    }

    /** The pages' lines as import lines, without page numbers and running headers and footers. */
    private static List<ImportLine> lines(List<List<PdfPage.Line>> pages, List<Float> heights) {
        Map<String, Set<Integer>> margins = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPage.Line l : pages.get(p)) {
                if (inMargin(l, heights.get(p))) {
                    margins.computeIfAbsent(repeatKey(l.text()), k -> new HashSet<>())
                            .add(p);
                }
            }
        }
        List<ImportLine> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            float left = Float.MAX_VALUE;
            for (PdfPage.Line l : pages.get(p)) {
                if (l.cells() == null) {
                    left = Math.min(left, l.x());
                }
            }
            int n = 0;
            for (PdfPage.Line l : pages.get(p)) {
                n++;
                boolean margin = inMargin(l, heights.get(p));
                // a running header is kept where it first stands: on the first page it is often the title
                boolean repeated = margin
                        && !seen.add(repeatKey(l.text()))
                        && margins.get(repeatKey(l.text())).size() >= 2;
                if (margin
                                && (LabelText.isPageNumber(l.text())
                                        || l.text().strip().matches("\\d{1,3}"))
                        || repeated) {
                    continue;
                }
                String where =
                        "第 " + (p + 1) + " 页第 " + n + " 行" + (l.tableRow() > 0 ? "（表格第 " + l.tableRow() + " 行）" : "");
                if (l.cells() != null) {
                    out.add(ImportLine.row(p + 1, n, l.cells(), where));
                } else {
                    // a paragraph's first line is indented: kept as two ideographic spaces, as the text shows it
                    String indent = l.x() - left >= 1.5f * l.size() ? "\u3000\u3000" : "";
                    out.add(new ImportLine(p + 1, n, indent + l.text(), null, where));
                }
            }
        }
        return out;
    }

    private static boolean inMargin(PdfPage.Line l, float height) {
        return l.cells() == null && (l.top() < height * MARGIN || l.top() > height * (1 - MARGIN));
    }

    /** A margin line's text with its figures blanked out, so "第 1 页" and "第 2 页" repeat as one. */
    private static String repeatKey(String text) {
        return LabelText.norm(text).replaceAll("\\d+", "#");
    }
}
