package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gksite ack}: the editor acknowledges findings of one report's rules, one by one (by the position the
 * build printed) or all of them, with a reason, a name and a date. It writes one file only, the report's own
 * ack.yaml (atomically, and only a file gksite wrote: it starts with {@link AckWriter#MARKER}); it refuses,
 * writing nothing, when that file is broken, foreign or a link, or when a position names no open finding.
 * {@code import report} uses {@link #recordOpen} to list what it found as {@code 待核对}.
 */
public final class ReportAcks {
    private static final Pattern POSITION = Pattern.compile("(.+?):(\\d{1,9})(?::(\\d{1,9}))?");
    private static final int MAX_FIELD = 200;

    private ReportAcks() {}

    /**
     * Which findings to acknowledge: all open ones, or those at the given positions ({@code FILE:LINE[:COL]},
     * as the build prints them; a bare file name is taken in the report's folder), of {@code code} when given;
     * {@code bodyArg} is what the hints add to {@code gksite ack YEAR} for the report's body (" --body sjj" or "").
     */
    public record Selection(boolean all, List<String> positions, String code, String bodyArg) {
        public Selection {
            positions = List.copyOf(positions);
            bodyArg = bodyArg == null ? "" : bodyArg;
        }

        /** A selection in the site's own report folder (no {@code --body} in the hints). */
        public Selection(boolean all, List<String> positions, String code) {
            this(all, positions, code, "");
        }
    }

    /**
     * What an acknowledgement run did.
     *
     * @param problems why nothing was written (empty when it went through)
     * @param acked    the findings acknowledged now
     * @param open     the findings still open afterwards
     * @param file     the ack.yaml (source-relative)
     */
    public record Outcome(List<Diagnostic> problems, List<Finding> acked, List<Finding> open, String file) {
        public Outcome {
            problems = List.copyOf(problems);
            acked = List.copyOf(acked);
            open = List.copyOf(open);
        }
    }

    /** The open findings of the report of {@code year} (for listing), or the problems that stop reading it. */
    public static Outcome open(SourceLayout layout, int year) {
        return open(layout, ReportScaffold.REPORTS, year);
    }

    /** As {@link #open(SourceLayout, int)}, for the report in the report folder {@code reports} below content/. */
    public static Outcome open(SourceLayout layout, String reports, int year) {
        ReportCheck.Checked c = ReportCheck.check(layout, reports, year);
        List<Diagnostic> problems = problems(layout, reports, year, c);
        String file =
                layout.relative(ReportScaffold.reportDir(layout, reports, year).resolve(AckFile.FILE));
        return problems.isEmpty()
                ? new Outcome(List.of(), List.of(), open(c.report().get()), file)
                : new Outcome(problems, List.of(), List.of(), file);
    }

    /** Acknowledges the selected findings of the report of {@code year} and rewrites its ack.yaml. */
    public static Outcome acknowledge(
            SourceLayout layout, int year, Selection sel, String reason, String by, LocalDate date) {
        return acknowledge(layout, ReportScaffold.REPORTS, year, sel, reason, by, date);
    }

    /** As {@link #acknowledge(SourceLayout, int, Selection, String, String, LocalDate)}, in {@code reports}. */
    public static Outcome acknowledge(
            SourceLayout layout, String reports, int year, Selection sel, String reason, String by, LocalDate date) {
        Path file = ReportScaffold.reportDir(layout, reports, year).resolve(AckFile.FILE);
        String rel = layout.relative(file);
        List<Diagnostic> problems = new ArrayList<>();
        field(reason, "--reason", "保留原样的理由，如“原报告如此”", true, problems, rel);
        field(by, "--by", "核对人的姓名", false, problems, rel);
        ReportCheck.Checked c = ReportCheck.check(layout, reports, year);
        problems.addAll(problems(layout, reports, year, c));
        if (!problems.isEmpty()) {
            return new Outcome(problems, List.of(), List.of(), rel);
        }
        AnnualReport r = c.report().get();
        List<Finding> open = open(r);
        List<Finding> chosen = sel.all() ? open : select(r, open, sel, layout, reports, year, problems);
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error("ack.nothing", SourcePos.of(rel), r.year() + " 年度报告没有待核对的问题。", ""));
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, List.of(), open, rel);
        }
        List<Acknowledgement> done = new ArrayList<>(existing(c, r));
        Set<String> current = new HashSet<>();
        r.findings().forEach(f -> current.add(f.subject()));
        for (Finding f : chosen) {
            // A stale entry this one replaces: the same rule at the same cell, acknowledged with another value.
            // (In the narrative a section holds many findings of one rule, so stale ones there stay for the editor.)
            done.removeIf(a -> !f.cell().isEmpty()
                    && a.code().equals(f.code())
                    && a.cell().equals(f.cell())
                    && !current.contains(a.subject()));
            done.add(new Acknowledgement(
                    f.code(),
                    f.cell(),
                    f.place(),
                    f.text(),
                    reason.strip(),
                    by.strip(),
                    date.toString(),
                    f.diagnostic().pos()));
        }
        List<Finding> still = open.stream().filter(f -> !chosen.contains(f)).toList();
        write(layout, file, AckWriter.write(r, done, still), true);
        return new Outcome(List.of(), chosen, still, rel);
    }

    /**
     * After an import: writes ack.yaml listing the report's open findings as {@code 待核对}, unless there are
     * none or the folder already has an ack.yaml. Returns the findings listed.
     */
    public static List<Finding> recordOpen(SourceLayout layout, int year) {
        return recordOpen(layout, ReportScaffold.REPORTS, year);
    }

    /** As {@link #recordOpen(SourceLayout, int)}, for the report in the report folder {@code reports}. */
    public static List<Finding> recordOpen(SourceLayout layout, String reports, int year) {
        Path file = ReportScaffold.reportDir(layout, reports, year).resolve(AckFile.FILE);
        ReportCheck.Checked c = ReportCheck.check(layout, reports, year);
        if (c.report().isEmpty() || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Finding> open = open(c.report().get());
        if (!open.isEmpty()) {
            write(layout, file, AckWriter.write(c.report().get(), List.of(), open), false);
        }
        return open;
    }

    private static List<Finding> open(AnnualReport r) {
        return r.findings().stream().filter(f -> !f.acknowledged()).toList();
    }

    /** The entries of {@code 已核对} as the file has them (it has no errors: see {@link #problems}). */
    private static List<Acknowledgement> existing(ReportCheck.Checked c, AnnualReport r) {
        return c.ack()
                .map(d -> AckFile.read(d, r, new Diagnostics()).acknowledged())
                .orElse(List.of());
    }

    /** What stops an acknowledgement: no such report, a report that cannot be read, a broken or foreign list. */
    private static List<Diagnostic> problems(SourceLayout layout, String reports, int year, ReportCheck.Checked c) {
        Path dir = ReportScaffold.reportDir(layout, reports, year);
        String rel = layout.relative(dir.resolve(AckFile.FILE));
        List<Diagnostic> out = new ArrayList<>();
        if (c.report().isEmpty()) {
            out.add(Diagnostic.error(
                    "ack.no-report",
                    SourcePos.of(layout.relative(dir)),
                    "没有 " + year + " 年度报告（" + layout.relative(dir) + "/ 中应有 index.md 和 data.yaml），或它读不出来。",
                    "先修正下面列出的问题。"));
        }
        c.diagnostics().stream()
                .filter(d -> d.isError()
                        && (d.pos().file().equals(rel)
                                || d.code().startsWith("yaml.")
                                || d.code().startsWith("report.schema")
                                || d.code().equals("report.year")))
                .forEach(out::add);
        return out;
    }

    private static List<Finding> select(
            AnnualReport r,
            List<Finding> open,
            Selection sel,
            SourceLayout layout,
            String reports,
            int year,
            List<Diagnostic> problems) {
        String folder = layout.relative(ReportScaffold.reportDir(layout, reports, year)) + "/";
        List<Finding> out = new ArrayList<>();
        for (String p : sel.positions()) {
            Matcher m = POSITION.matcher(p.strip());
            if (!m.matches()) {
                problems.add(Diagnostic.error(
                        "ack.position",
                        SourcePos.of(folder),
                        "“" + clip(p) + "”不是问题的位置：应写成“文件:行:列”，如构建输出的 " + folder + "data.yaml:41:7。",
                        ""));
                continue;
            }
            String file = m.group(1).replace('\\', '/').replaceFirst("^(\\./)+", "");
            String at = file.contains("/") ? file : folder + file;
            int line = Integer.parseInt(m.group(2));
            int col = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            List<Finding> here = open.stream()
                    .filter(f -> f.diagnostic().pos().file().equals(at)
                            && f.diagnostic().pos().line() == line
                            && (col < 0 || f.diagnostic().pos().column() == col)
                            && (sel.code() == null || f.code().equals(sel.code())))
                    .toList();
            if (here.isEmpty()) {
                boolean done = r.findings().stream()
                        .anyMatch(f -> f.acknowledged()
                                && f.diagnostic().pos().file().equals(at)
                                && f.diagnostic().pos().line() == line);
                problems.add(Diagnostic.error(
                        "ack.no-finding",
                        SourcePos.of(folder),
                        "“" + clip(p) + "”处没有" + (sel.code() == null ? "" : " " + clip(sel.code()) + " 的") + "待核对问题"
                                + (done ? "（已核对过）" : "") + "。",
                        "运行 gksite ack " + year + sel.bodyArg() + " 列出待核对的问题及其位置。"));
                continue;
            }
            if (here.stream().map(Finding::code).distinct().count() > 1) {
                problems.add(Diagnostic.error(
                        "ack.ambiguous",
                        SourcePos.of(folder),
                        "“" + clip(p) + "”处有 "
                                + String.join(
                                        "、",
                                        here.stream()
                                                .map(Finding::code)
                                                .distinct()
                                                .toList()) + " 多个问题。",
                        "加上 --code 指明核对哪一个。"));
                continue;
            }
            here.stream().filter(f -> !out.contains(f)).forEach(out::add);
        }
        return out;
    }

    private static void field(
            String value, String option, String what, boolean chinese, List<Diagnostic> problems, String rel) {
        String s = value == null ? "" : value.strip();
        String wrong = s.isEmpty()
                ? "缺少 " + option + "（" + what + "）。"
                : s.length() > MAX_FIELD
                        ? option + " 太长（" + s.length() + " 个字符，上限 " + MAX_FIELD + "）。"
                        : s.chars()
                                        .anyMatch(ch ->
                                                ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == 0x2028 || ch == 0x2029)
                                ? option + " 不能含换行或控制字符。"
                                : chinese && !s.matches(".*\\p{IsHan}.*") ? option + " 应以中文写明" + what + "。" : null;
        if (wrong != null) {
            problems.add(Diagnostic.error("ack.option", SourcePos.of(rel), wrong, "例如 --reason 原报告如此 --by 张三"));
        }
    }

    private static String clip(String s) {
        String one = AckWriter.comment(s);
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }

    /**
     * Writes {@code text} to {@code file} through a temporary file in the same folder, so a reader never sees
     * half of it. Only a file gksite wrote is replaced ({@code replace}), never a link or a folder, and never a
     * file outside content/.
     */
    private static void write(SourceLayout layout, Path file, String text, boolean replace) {
        String rel = layout.relative(file);
        try {
            Path dir = file.getParent();
            if (!dir.toRealPath().startsWith(layout.content().toRealPath())) {
                throw refuse(rel, "报告目录是指向 content/ 以外的链接，gksite 不会在那里写文件。");
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!replace || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedByGksite(file)) {
                    throw refuse(
                            rel, rel + " 不是 gksite 写的核对清单（第一行不是“" + AckWriter.MARKER + "…”，或它是链接、目录），gksite 不会改写它。");
                }
            }
            Path tmp = Files.createTempFile(dir, ".ack-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            "io.write", SourcePos.of(rel), "无法写入 " + rel + "：" + e.getMessage(), "检查目录权限和磁盘空间。"),
                    e);
        }
    }

    private static boolean ownedByGksite(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.replace("\uFEFF", "").startsWith(AckWriter.MARKER);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DiagnosticException refuse(String rel, String message) {
        return new DiagnosticException(
                Diagnostic.error("ack.refused", SourcePos.of(rel), message, "把这个文件改名或移走后重新运行，或按 README 手工编辑它。"));
    }
}
