package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.render.Layouts;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.KeyFigures;
import cn.gov.jinjiang.gksite.report.ReportExporter;
import cn.gov.jinjiang.gksite.report.ReportScope;
import cn.gov.jinjiang.gksite.report.YearOverview;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data downloads of the annual reports, as files for the staged site: {@code data.csv},
 * {@code data.json} and the Word document {@code report.docx} beside each report page, and
 * {@code key-figures.csv} / {@code key-figures.json} beside
 * each year list page (layout {@code reports}). The templates link to them by these relative names.
 */
public final class DataDownloadWriter {
    public static final String DATA_CSV = "data.csv";
    public static final String DATA_JSON = "data.json";
    public static final String REPORT_DOCX = "report.docx";
    public static final String KEY_FIGURES_CSV = "key-figures.csv";
    public static final String KEY_FIGURES_JSON = "key-figures.json";

    /**
     * @param organisation the site's organisation, used when a report page names no 发布机构
     * @param bodies       the site's bodies: a central 年度报告 list gets each year's overview CSV
     */
    public List<RenderedFile> files(ContentTree tree, List<AnnualReport> reports, String organisation, Bodies bodies) {
        List<AnnualReport> sorted = reports.stream()
                .sorted(Comparator.comparingInt(AnnualReport::year)
                        .reversed()
                        .thenComparing(r -> r.page().source()))
                .toList();
        List<RenderedFile> out = new ArrayList<>();
        for (AnnualReport r : sorted) {
            String dir = folderOf(r.page().output());
            String publisher = r.page().meta().publisher();
            String org = publisher == null || publisher.isBlank() ? organisation : publisher;
            out.add(new RenderedFile(dir + DATA_CSV, ReportExporter.csv(r), r.dataFile(), ""));
            out.add(new RenderedFile(dir + DATA_JSON, ReportExporter.json(r, org), r.dataFile(), ""));
            out.add(new RenderedFile(dir + REPORT_DOCX, ReportExporter.docx(r, org), r.dataFile(), ""));
        }
        for (Page p : tree.pages()) {
            if (Layouts.REPORTS.equals(p.meta().layout())) {
                String dir = folderOf(p.output());
                ReportScope scope = new ReportScope(p.dir(), sorted, bodies);
                List<KeyFigures> figures =
                        scope.ownReports().stream().map(KeyFigures::of).toList();
                for (YearOverview o : scope.overviews()) {
                    out.add(new RenderedFile(dir + YearOverview.FILE + o.year() + ".csv", o.csv(), p.source(), ""));
                }
                out.add(new RenderedFile(dir + KEY_FIGURES_CSV, ReportExporter.keyFiguresCsv(figures), p.source(), ""));
                out.add(new RenderedFile(
                        dir + KEY_FIGURES_JSON, ReportExporter.keyFiguresJson(figures), p.source(), ""));
            }
        }
        return out;
    }

    /** The folder of an output path with a trailing '/', or "" at the site root. */
    static String folderOf(String output) {
        int slash = output.lastIndexOf('/');
        return slash < 0 ? "" : output.substring(0, slash + 1);
    }
}
