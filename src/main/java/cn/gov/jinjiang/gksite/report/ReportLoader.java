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
import cn.gov.jinjiang.gksite.parallel.Tasks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        List<Found> found = new ArrayList<>();
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
            found.add(new Found(
                    year,
                    page,
                    data,
                    s.data().get(AckFile.NAME),
                    tree.unreadable().contains(expected.replaceFirst("data\\.yaml$", AckFile.FILE))));
        }
        // Reports are independent of each other until R5/R6, which read the year before's cells only: each is
        // read, and then checked and acknowledged, on every core (a platform has thousands of them).
        List<Read> reads = Tasks.map(found, f -> read(f, diags));
        List<Read> out = new ArrayList<>();
        for (Read r : reads) {
            if (r != null) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(r -> r.report().year()));
        Map<String, AnnualReport> byBodyAndYear = new HashMap<>();
        for (Read r : out) {
            byBodyAndYear.putIfAbsent(
                    owners.of(r.report().page().dir()).id() + "|" + r.report().year(), r.report());
        }
        return List.copyOf(Tasks.map(out, read -> {
            AnnualReport r = read.report();
            Body owner = owners.of(r.page().dir());
            Optional<AnnualReport> prev = previous(r, byBodyAndYear.get(owner.id() + "|" + (r.year() - 1)));
            RenderedMarkdown narrative = bodies.apply(r.page());
            InternalErrors.contain(
                    SourcePos.of(r.page().source()),
                    "核对年度报告",
                    diags,
                    () -> validator.validate(new ReportContext(r, narrative, prev, owner.kind()), read.raw()));
            List<Finding> findings = InternalErrors.contain(
                    SourcePos.of(r.page().source()), "应用年度报告的核对清单", diags, () -> acknowledge(read, diags), null);
            if (findings == null) {
                // a defect of the acknowledgements must not hide the report's own findings
                diags.addAll(read.raw().sorted());
            }
            return findings == null ? r : r.withFindings(findings);
        }));
    }

    /**
     * Reads one report's tables; its own findings are collected apart, so its 核对清单 (ack.yaml) can be applied to
     * them. Null when the tables cannot be read (their diagnostics are passed on at once).
     */
    private Read read(Found f, Diagnostics diags) {
        Diagnostics raw = new Diagnostics();
        AnnualReport r = InternalErrors.contain(
                SourcePos.of(f.data().source()),
                "读取年度报告统计表",
                diags,
                () -> schema.read(f.year(), f.page(), f.data(), raw),
                null);
        if (r == null) {
            diags.addAll(raw.sorted());
            return null;
        }
        return new Read(r, f.data(), f.ack(), raw, f.ackUnreadable());
    }

    /** The source paths of every report's data.yaml and ack.yaml in {@code tree}: what {@link #load} reads. */
    public static Set<String> tableFiles(ContentTree tree) {
        Set<String> out = new HashSet<>();
        for (Section s : tree.sections().values()) {
            if (s.index().isPresent() && LAYOUT.equals(s.index().get().meta().layout())) {
                for (String name : List.of("data", AckFile.NAME)) {
                    DataFile d = s.data().get(name);
                    if (d != null) {
                        out.add(d.source());
                    }
                }
            }
        }
        return out;
    }

    /** A report page found with its data.yaml, not yet read. */
    private record Found(int year, Page page, DataFile data, DataFile ack, boolean ackUnreadable) {}

    /** What was read for one report: its files and the diagnostics of its schema and rules, not yet passed on. */
    private record Read(AnnualReport report, DataFile data, DataFile ack, Diagnostics raw, boolean ackUnreadable) {}

    /**
     * Passes a report's diagnostics on with its 核对清单 applied. An ack.yaml that cannot be read (its syntax
     * error is already reported) acknowledges nothing.
     */
    private static List<Finding> acknowledge(Read read, Diagnostics diags) {
        AnnualReport r = read.report();
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
