package cn.gov.jinjiang.gksite.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines drawn on a PDF page (table borders), and whether it shows pictures. A border is a
 * stroked line or rectangle edge, or a filled rectangle thin enough to be a line (as Word draws them);
 * larger filled areas (cell shading, backgrounds) are not borders. Points from the top left of the page.
 */
final class PdfRules extends PDFGraphicsStreamEngine {
    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 3f;
    /** Beyond this many lines a page is no report (the grid would not be built anyway): stop keeping them. */
    private static final int MAX_KEPT = PdfGrid.MAX_RULES * 10;

    private final PdfBudget budget;
    private final PDRectangle box;
    private final List<PdfGrid.Rule> rules = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();
    private int images;

    PdfRules(PDPage page, PdfBudget budget) {
        super(page);
        this.budget = budget;
        this.box = page.getCropBox();
    }

    /** The borders of the page. */
    List<PdfGrid.Rule> read() throws IOException {
        processPage(getPage());
        return List.copyOf(rules);
    }

    /** How many pictures the page draws (a scanned page is one). */
    int images() {
        return images;
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        budget.form();
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        budget.form();
        super.showTransparencyGroup(group);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = x(Math.min(p0.getX(), p2.getX()));
        float x1 = x(Math.max(p0.getX(), p2.getX()));
        float ya = y(p0.getY());
        float yb = y(p2.getY());
        if (rects.size() < MAX_KEPT) {
            rects.add(new float[] {x0, Math.min(ya, yb), x1, Math.max(ya, yb)});
        }
        current = p0;
        start = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.size() < MAX_KEPT) {
            path.add(new float[] {x(current.getX()), y(current.getY()), x(x), y(y)});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        lineTo((float) start.getX(), (float) start.getY());
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            segment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rects) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (rules.size() > MAX_KEPT) {
                break;
            }
            if (h <= THIN && w >= MIN_LENGTH) {
                rules.add(new PdfGrid.Rule(true, (r[1] + r[3]) / 2, r[0], r[2]));
            } else if (w <= THIN && h >= MIN_LENGTH) {
                rules.add(new PdfGrid.Rule(false, (r[0] + r[2]) / 2, r[1], r[3]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path that follows (n) ends it; a clipping path is no border
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a gradient is no border
    }

    private void segment(float x0, float y0, float x1, float y1) {
        if (rules.size() > MAX_KEPT) {
            return;
        }
        if (Math.abs(y0 - y1) <= 1 && Math.abs(x1 - x0) >= MIN_LENGTH) {
            rules.add(new PdfGrid.Rule(true, (y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x0 - x1) <= 1 && Math.abs(y1 - y0) >= MIN_LENGTH) {
            rules.add(new PdfGrid.Rule(false, (x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        }
    }

    private void clear() {
        path.clear();
        rects.clear();
    }

    private float x(double x) {
        return (float) (x - box.getLowerLeftX());
    }

    private float y(double y) {
        return (float) (box.getUpperRightY() - y);
    }
}
