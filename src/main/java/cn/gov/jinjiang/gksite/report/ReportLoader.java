package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.InternalErrors;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report stage: finds every page with {@code layout: report}, reads the data.yaml beside it, and
 * runs the rules. A report's year is its front matter {@code year}, else its folder name. A report belongs to the
 * body whose folder holds it ({@link Bodies#of}): R15 takes that body's deadline, and R5/R6 compare it only with
 * the same body's report of the year before.
 */
public final class ReportLoader {
    public static final String LAYOUT = "report";
    private final ReportSchema schema = new ReportSchema();
    private final ReportValidator validator = new ReportValidator();

    /** Every report of the site, oldest year first. */
    public List<AnnualReport> load(
            ContentTree tree, Map<String, RenderedMarkdown> bodies, Bodies owners, Diagnostics diags) {
        return load(tree, p -> bodies.getOrDefault(p.source(), new RenderedMarkdown("", List.of())), owners, diags);
    }

    /** As {@link #load(ContentTree, Map, Bodies, Diagnostics)}, with each report's narrative from {@code bodies}. */
    public List<AnnualReport> load(
            ContentTree tree, Function<Page, RenderedMarkdown> bodies, Bodies owners, Diagnostics diags) {
        List<AnnualReport> out = new ArrayList<>();
        Map<AnnualReport, Read> read = new IdentityHashMap<>();
        for (Section s : tree.sections().values()) {
            Optional<Page> index = s.index();
            if (index.isEmpty() || !LAYOUT.equals(index.get().meta().layout())) {
                continue;
            }
            Page page = index.get();
            Integer year = page.meta().year();
            if (year == null && s.name().matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(s.name());
            }
            if (year == null) {
                diags.error(
                        "report.year",
                        page.meta().pos("layout", page.source()),
                        "年度报告页面没有年度：目录名不是四位年份，头部也没有 year。",
                        "在头部加一行“year: 2025”，或把报告放在以年份命名的目录中。");
                continue;
            }
            DataFile data = s.data().get("data");
            String expected = "content/" + (s.dir().isEmpty() ? "" : s.dir() + "/") + "data.yaml";
            if (data == null && tree.unreadable().contains(expected)) {
                continue;
            }
            if (data == null) {
                diags.error(
                        "report.data-missing",
                        page.meta().pos("layout", page.source()),
                        "年度报告缺少统计表数据文件 data.yaml（应在 content/" + s.dir() + "/ 中）。",
                        "运行 gksite new report " + year + " 生成模板，或从上一年复制 data.yaml 后修改数字。");
                continue;
            }
            // Each report's own findings are collected apart, so its 核对清单 (ack.yaml) can be applied to them.
            Diagnostics raw = new Diagnostics();
            int y = year;
            AnnualReport r = InternalErrors.contain(
                    SourcePos.of(data.source()), "读取年度报告统计表", diags, () -> schema.read(y, page, data, raw), null);
            if (r != null) {
                out.add(r);
                read.put(
                        r,
                        new Read(
                                data,
                                s.data().get(AckFile.NAME),
                                raw,
                                tree.unreadable().contains(expected.replaceFirst("data\\.yaml$", AckFile.FILE))));
            } else {
                diags.addAll(raw.sorted());
            }
        }
        out.sort(Comparator.comparingInt(AnnualReport::year));
        Map<String, AnnualReport> byBodyAndYear = new HashMap<>();
        for (AnnualReport r : out) {
            byBodyAndYear.putIfAbsent(owners.of(r.page().dir()).id() + "|" + r.year(), r);
        }
        for (AnnualReport r : out) {
            Body owner = owners.of(r.page().dir());
            Optional<AnnualReport> prev = previous(r, byBodyAndYear.get(owner.id() + "|" + (r.year() - 1)));
            RenderedMarkdown narrative = bodies.apply(r.page());
            InternalErrors.contain(
                    SourcePos.of(r.page().source()),
                    "核对年度报告",
                    diags,
                    () -> validator.validate(
                            new ReportContext(r, narrative, prev, owner.kind()),
                            read.get(r).raw()));
        }
        List<AnnualReport> checked = new ArrayList<>();
        for (AnnualReport r : out) {
            List<Finding> findings = InternalErrors.contain(
                    SourcePos.of(r.page().source()),
                    "应用年度报告的核对清单",
                    diags,
                    () -> acknowledge(r, read.get(r), diags),
                    null);
            if (findings == null) {
                // a defect of the acknowledgements must not hide the report's own findings
                diags.addAll(read.get(r).raw().sorted());
            }
            checked.add(findings == null ? r : r.withFindings(findings));
        }
        return List.copyOf(checked);
    }

    /** What was read for one report: its files and the diagnostics of its schema and rules, not yet passed on. */
    private record Read(DataFile data, DataFile ack, Diagnostics raw, boolean ackUnreadable) {}

    /**
     * Passes a report's diagnostics on with its 核对清单 applied. An ack.yaml that cannot be read (its syntax
     * error is already reported) acknowledges nothing.
     */
    private static List<Finding> acknowledge(AnnualReport r, Read read, Diagnostics diags) {
        AckList acks = read.ack() == null || read.ackUnreadable() ? AckList.NONE : AckFile.read(read.ack(), r, diags);
        return Acknowledger.apply(
                new FindingPlaces(r, read.data().text()), read.raw().sorted(), acks, r.format(), diags);
    }

    /**
     * The same body's report of the year before {@code r}'s ({@code p}, or null), for the cross-year rules R5 and R6.
     * A published report is never compared with a draft: its checks are the same with and without drafts (a preview
     * shows what publish will find), and a half-filled draft cannot make a finished report wrong.
     */
    private static Optional<AnnualReport> previous(AnnualReport r, AnnualReport p) {
        return p != null && (r.page().meta().draft() || !p.page().meta().draft()) ? Optional.of(p) : Optional.empty();
    }
}
