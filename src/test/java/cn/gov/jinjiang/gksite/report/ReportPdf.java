package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report printed to PDF as Word prints the national template: A4 pages with a running header and a page
 * number, the narrative, and the three tables drawn cell by cell with their borders — labels wrapped inside
 * their cells with the figures centred beside them, the label columns of 表三 merged down and across, and
 * 表三 broken across pages with its header rows repeated. Chinese needs a CJK TrueType font: Debian's
 * fonts-droid-fallback (.ci/run installs it); it has no Latin letters or figures, which are set in
 * Helvetica, as Word mixes a Chinese and a Western font.
 */
public final class ReportPdf {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final float LEFT = 60;
    private static final float WIDTH = 475;
    private static final float TOP = 70;
    private static final float BOTTOM = 780;
    private static final float SIZE = 9;
    private static final float LEADING = 12;

    /** A cell starting in a row: grid column, columns spanned, rows spanned, text. */
    record Cell(int col, int span, int rows, String text) {}

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final String header;
    private final boolean borders;
    private PDPageContentStream out;
    private float y;
    private int page;

    private ReportPdf(String header, boolean borders) throws IOException {
        this.font = PDType0Font.load(doc, FONT.toFile());
        this.header = header;
        this.borders = borders;
    }

    public static boolean fontInstalled() {
        return Files.isRegularFile(FONT);
    }

    /** The report as PDF; {@code rowsPerPage} of 表三 (its header rows not counted) before a page break. */
    public static byte[] of(int year, String title, Map<String, BigDecimal> cells, boolean borders) {
        try {
            ReportPdf p = new ReportPdf(title, borders);
            p.newPage();
            p.text(title, 16, LEFT + 40);
            p.y += 10;
            p.paragraph("本报告所列数据统计期限自" + year + "年1月1日起至" + year + "年12月31日止。本报告电子版可在本机关门户网站下载。");
            p.paragraph(ReportFormat.HEADINGS[0]);
            p.paragraph("（一）主动公开情况");
            p.paragraph("本年度主动公开政府信息，其中规范性文件均已在网站集中发布，便于公众查阅与监督。");
            p.paragraph(ReportFormat.HEADINGS[1]);
            ReportFormat f = ReportFormat.forYear(year);
            p.table(new float[] {175, 100, 100, 100}, PdfTables.disclosure(f, cells), 0);
            p.paragraph(ReportFormat.HEADINGS[2]);
            p.table(new float[] {45, 60, 125, 35, 35, 35, 35, 35, 35, 35}, PdfTables.applications(f, cells), 3);
            p.paragraph(ReportFormat.HEADINGS[3]);
            float[] w = new float[15];
            Arrays.fill(w, WIDTH / 15);
            p.table(w, PdfTables.reviews(f, cells), 3);
            p.paragraph(ReportFormat.HEADINGS[4]);
            p.paragraph("部分栏目信息更新不够及时。");
            p.paragraph(ReportFormat.HEADINGS[5]);
            p.paragraph("本年度无收取信息处理费情况。");
            return p.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage pg = new PDPage(PDRectangle.A4);
        doc.addPage(pg);
        out = new PDPageContentStream(doc, pg);
        page++;
        if (page > 1) {
            text(header, SIZE, LEFT + 100, 40);
        }
        text("- " + page + " -", SIZE, LEFT + WIDTH / 2 - 10, 815);
        y = TOP;
    }

    private void paragraph(String s) throws IOException {
        List<String> lines = wrap(s, WIDTH - 2 * 10.5f, 10.5f);
        for (int i = 0; i < lines.size(); i++) {
            if (y + 16 > BOTTOM) {
                newPage();
            }
            text(lines.get(i), 10.5f, LEFT + (i == 0 ? 21 : 0));
        }
    }

    private void text(String s, float size, float x) throws IOException {
        y += size + 6;
        text(s, size, x, y);
    }

    private void text(String s, float size, float x, float top) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
        int i = 0;
        while (i < s.length()) {
            boolean ascii = !cjk(s.charAt(i));
            int j = i;
            while (j < s.length() && !cjk(s.charAt(j)) == ascii) {
                j++;
            }
            out.setFont(ascii ? latin : font, size);
            out.showText(s.substring(i, j));
            i = j;
        }
        out.endText();
    }

    /** Whether the Chinese font has the character (else Helvetica sets it: letters, figures, quotes). */
    private boolean cjk(char c) {
        if (c < 0x80) {
            return false;
        }
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width of a text set in the two fonts. */
    private float width(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            String c = s.substring(i, i + 1);
            w += (cjk(s.charAt(i)) ? font : latin).getStringWidth(c) / 1000 * size;
        }
        return w;
    }

    /**
     * Draws a table: each row's height is that of its tallest wrapped cell of one row; a cell spanning
     * rows ends where its last row ends, or at a page break (its text drawn in the first part). Header rows
     * repeat at the top of a new page.
     */
    private void table(float[] widths, List<List<Cell>> rows, int headerRows) throws IOException {
        float[] xs = new float[widths.length + 1];
        xs[0] = LEFT;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            heights[r] = 2 * 3 + LEADING;
            for (Cell c : rows.get(r)) {
                if (c.rows() == 1) {
                    heights[r] = Math.max(
                            heights[r],
                            2 * 3
                                    + LEADING
                                            * wrap(c.text(), xs[c.col() + c.span()] - xs[c.col()] - 4, SIZE)
                                                    .size());
                }
            }
        }
        y += 6;
        List<float[]> open = new ArrayList<>();
        List<Cell> openCells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (r >= headerRows && y + heights[r] > BOTTOM) {
                closeAll(xs, open, openCells, r, true);
                newPage();
                y += 6;
                for (int h = 0; h < headerRows; h++) {
                    row(xs, rows.get(h), heights, h, open, openCells);
                    y += heights[h];
                    closeAll(xs, open, openCells, h + 1, false);
                }
                for (int k = 0; k < open.size(); k++) {
                    open.get(k)[1] = y;
                }
            }
            row(xs, rows.get(r), heights, r, open, openCells);
            y += heights[r];
            closeAll(xs, open, openCells, r + 1, false);
        }
        y += 6;
    }

    /** Opens the cells starting in row {@code r}: {start row, top y, text drawn (0/1)}. */
    private void row(float[] xs, List<Cell> cells, float[] heights, int r, List<float[]> open, List<Cell> openCells) {
        for (Cell c : cells) {
            open.add(new float[] {r, y, 0});
            openCells.add(c);
        }
    }

    /** Draws the open cells that end before row {@code next} (all of them at a page break). */
    private void closeAll(float[] xs, List<float[]> open, List<Cell> openCells, int next, boolean pageBreak)
            throws IOException {
        // cells drawn row by row, left to right, as Word writes them (pdftotext -raw reads in that order)
        for (int k = 0; k < open.size(); k++) {
            float[] o = open.get(k);
            Cell c = openCells.get(k);
            boolean ends = o[0] + c.rows() <= next;
            if (!ends && !pageBreak) {
                continue;
            }
            float x0 = xs[c.col()];
            float x1 = xs[c.col() + c.span()];
            if (borders) {
                out.addRect(x0, PDRectangle.A4.getHeight() - y, x1 - x0, y - o[1]);
                out.stroke();
            }
            if (o[2] == 0) {
                List<String> lines = wrap(c.text(), x1 - x0 - 4, SIZE);
                float top = o[1] + (y - o[1] - lines.size() * LEADING) / 2;
                for (int i = 0; i < lines.size(); i++) {
                    float w = width(lines.get(i), SIZE);
                    text(lines.get(i), SIZE, x0 + (x1 - x0 - w) / 2, top + (i + 1) * LEADING - 3);
                }
                o[2] = 1;
            }
            if (ends) {
                open.remove(k);
                openCells.remove(k);
                k--;
            }
        }
    }

    private List<String> wrap(String s, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String next = line.toString() + s.charAt(i);
            if (!line.isEmpty() && width(next, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(s.charAt(i));
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private byte[] finish() throws IOException {
        out.close();
        try (doc;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
