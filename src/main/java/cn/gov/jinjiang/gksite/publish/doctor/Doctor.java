package cn.gov.jinjiang.gksite.publish.doctor;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.publish.ProcessRunner;
import cn.gov.jinjiang.gksite.publish.Rsync;
import cn.gov.jinjiang.gksite.publish.RsyncFailure;
import cn.gov.jinjiang.gksite.publish.RsyncTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code gksite doctor}: the checks, in the order a problem would be met — Java, rsync, ssh, the publish target, the
 * file-watch limit of {@code serve}, the placeholders of site.yaml and, when asked, a whole build.
 */
public final class Doctor {
    /** The Java that runs gksite, its folder, and the watch limit's file: what the checks read of this machine. */
    public record Machine(String javaVersion, String javaHome, Path watchLimit) {
        public static Machine current() {
            return new Machine(
                    System.getProperty("java.version", ""),
                    System.getProperty("java.home", ""),
                    Path.of("/proc/sys/fs/inotify/max_user_watches"));
        }
    }

    private final Clock clock;
    private final ProcessRunner runner;
    private final Rsync rsync;
    private final Path home;
    private final Machine machine;
    private final Duration limit;

    /**
     * @param limit how long the dry run to the target and each program's version may take
     */
    public Doctor(Clock clock, ProcessRunner runner, Rsync rsync, Path home, Machine machine, Duration limit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.rsync = Objects.requireNonNull(rsync, "rsync");
        this.home = Objects.requireNonNull(home, "home");
        this.machine = Objects.requireNonNull(machine, "machine");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** A doctor of this machine: rsync and ssh from PATH, 30 seconds for the target to answer. */
    public static Doctor system(Clock clock) {
        return new Doctor(
                clock,
                ProcessRunner.system(),
                new Rsync("rsync"),
                Path.of(System.getProperty("user.home")),
                Machine.current(),
                Duration.ofSeconds(30));
    }

    /** Every check of the site in {@code source}; {@code build}: also build it (into a temporary folder). */
    public DoctorReport run(Path source, boolean build) {
        Path root = source.toAbsolutePath().normalize();
        SourceLayout layout = SourceLayout.of(root, null);
        List<DoctorCheck> out = new ArrayList<>();
        out.add(JavaVersion.check(machine.javaVersion(), machine.javaHome()));
        Optional<String> rsyncVersion = version(List.of(rsync.program(), "--version"), true);
        out.add(rsyncVersion.map(v -> DoctorCheck.ok("rsync", "rsync", v)).orElseGet(() -> {
            Diagnostic d = RsyncFailure.missing(rsync.program()).diagnostics().get(0);
            return DoctorCheck.fail("rsync", "rsync", d.message(), d.hint());
        }));
        SiteConfig config;
        try {
            config = new ConfigLoader().load(layout, new Diagnostics());
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            out.add(DoctorCheck.fail("site", "站点", d.message(), d.hint()));
            return new DoctorReport(out);
        }
        PublishTarget settings = config.publish();
        DoctorCheck[] refused = new DoctorCheck[1];
        Optional<RsyncTarget> target = TargetProbe.parse(settings, root, home, refused);
        out.add(ssh(settings, target));
        if (target.isEmpty()) {
            out.add(refused[0]);
        } else if (rsyncVersion.isEmpty()) {
            out.add(DoctorCheck.fail(
                    TargetProbe.ID,
                    TargetProbe.NAME,
                    "没有 rsync，无法预演发布到“" + settings.target() + "”。",
                    "先安装 rsync（见上）。"));
        } else {
            out.add(TargetProbe.probe(target.get(), settings, runner, rsync, limit));
        }
        out.add(WatchLimit.check(machine.watchLimit(), layout));
        out.add(placeholders(root));
        if (build) {
            out.add(build(root));
        }
        return new DoctorReport(out);
    }

    /** ssh (or the program of site.yaml's publish.ssh): needed only for a user@host:path target. */
    private DoctorCheck ssh(PublishTarget settings, Optional<RsyncTarget> target) {
        String program = settings.ssh().isEmpty() ? "ssh" : settings.ssh().split("\\s+")[0];
        Optional<String> v = version(List.of(program, "-V"), false);
        if (v.isPresent()) {
            return DoctorCheck.ok("ssh", "ssh", v.get());
        }
        boolean needed = target.isPresent() && target.get().kind() == RsyncTarget.Kind.SSH;
        String detail =
                "找不到 " + program + (needed ? "，无法发布到“" + settings.target() + "”。" : "（只有发布到 user@host:路径 时需要）。");
        String fix = "安装 OpenSSH 客户端：apt-get install openssh-client（Windows 10 起自带，或在“可选功能”中添加）"
                + (settings.ssh().isEmpty() ? "。" : "，或检查 site.yaml 的 publish.ssh。");
        return needed ? DoctorCheck.fail("ssh", "ssh", detail, fix) : DoctorCheck.warn("ssh", "ssh", detail, fix);
    }

    /** The first line a program prints about its version, or empty when it cannot be run. */
    private Optional<String> version(List<String> command, boolean stdout) {
        try {
            Optional<ProcessRunner.Result> r =
                    TimedRun.run(runner, command, Path.of(".").toAbsolutePath(), limit);
            if (r.isEmpty() || r.get().exitCode() != 0) {
                return Optional.empty();
            }
            String text = stdout ? r.get().stdout() : r.get().stderr() + r.get().stdout();
            return Optional.of(
                    text.strip().lines().findFirst().orElse(command.get(0)).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static DoctorCheck placeholders(Path root) {
        String text;
        try {
            text = Files.readString(root.resolve("site.yaml"), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
        } catch (IOException e) {
            return DoctorCheck.warn("placeholders", "占位值", "无法读取 site.yaml：" + e.getMessage(), "检查文件是否为 UTF-8 编码。");
        }
        List<Placeholders.Found> found = Placeholders.find(text, 1, true);
        if (found.isEmpty()) {
            return DoctorCheck.ok("placeholders", "占位值", "site.yaml 中没有“" + Placeholders.PENDING + "”之类的占位值。");
        }
        StringBuilder where = new StringBuilder();
        for (Placeholders.Found f : found.subList(0, Math.min(3, found.size()))) {
            where.append(where.isEmpty() ? "" : "、")
                    .append("第 ")
                    .append(f.line())
                    .append(" 行“")
                    .append(f.text())
                    .append("”");
        }
        return DoctorCheck.fail(
                "placeholders",
                "占位值",
                "site.yaml 中还有 " + found.size() + " 处占位值：" + where + (found.size() > 3 ? " 等" : "") + "。",
                "从现网页面底部读取真实值后替换；还有占位值时 gksite publish 拒绝发布。");
    }

    /** A whole build with every check, into a temporary folder (site/ is not touched), which is removed after. */
    private DoctorCheck build(Path root) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("gksite-doctor-");
            BuildResult r = new Pipeline(clock).run(new BuildRequest(root, tmp.resolve("site"), true));
            if (r.ok()) {
                return DoctorCheck.ok("build", "构建", "构建和检查通过：" + r.pages() + " 个页面，" + r.warnings() + " 个警告。");
            }
            String first = r.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .findFirst()
                    .map(Diagnostic::toLine)
                    .orElse("");
            return DoctorCheck.fail(
                    "build", "构建", "构建有 " + r.errors() + " 个错误，第一个：" + first, "运行 ./gksite build 查看全部错误，按提示逐个修正。");
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            return DoctorCheck.fail("build", "构建", d.message(), d.hint());
        } catch (IOException e) {
            return DoctorCheck.fail("build", "构建", "无法建立临时目录：" + e.getMessage(), "检查系统临时目录的空间和权限。");
        } finally {
            delete(tmp);
        }
    }

    /** Removes the temporary folder this doctor made, and everything in it. */
    private static void delete(Path tmp) {
        if (tmp == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // left in the system's temporary folder, which the system empties
        }
    }
}
