package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.build.BuildRequest;
import cn.gov.jinjiang.gksite.build.BuildResult;
import cn.gov.jinjiang.gksite.build.Pipeline;
import cn.gov.jinjiang.gksite.config.ConfigLoader;
import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code gksite publish}: exactly the checked site on the server, or nothing.
 *
 * <ol>
 *   <li>Check the target ({@link RsyncTarget#parse}) and that rsync is installed.</li>
 *   <li>Build afresh into {@code .gksite/publish/site} with every check, without drafts and with placeholders as
 *       errors; any error refuses the publish ({@link PublishResult.Status#REFUSED}) and nothing is sent.</li>
 *   <li>Refuse an empty site; add the target marker {@value #MARKER} and the record {@value #RECORD}.</li>
 *   <li>Dry run. Refuse a target without the marker unless {@code --init}, and more deletions than
 *       {@code publish.max_delete} of the target's files unless {@code --force}.</li>
 *   <li>Unless a dry run: the real run, limited to the deletions the dry run showed, then the local log.</li>
 * </ol>
 * Refusals and environment failures are thrown as {@link DiagnosticException}.
 */
public final class Publisher {
    /** Marks a folder as a gksite publish target; written by the first publish ({@code --init}). */
    public static final String MARKER = ".gksite-target";
    /** The record of the last publish, at the target root. */
    public static final String RECORD = ".gksite-publish.json";
    /** Where diagnostics of a publish point to. */
    public static final String WHERE = "gksite publish";

    private static final Set<String> BOOKKEEPING = Set.of(MARKER, RECORD);
    /** Files of the build folder that are not part of the site: the publish bookkeeping and the output marker. */
    private static final Set<String> NOT_SITE = Set.of(MARKER, RECORD, OutputGuard.MARKER);

    private static final String MARKER_TEXT =
            "gksite publish target\n" + "此目录由 gksite publish 管理：每次发布都会删除不属于站点的文件（site.yaml 中 publish.exclude 列出的除外）。\n";

    private final Clock clock;
    private final ProcessRunner runner;
    private final Rsync rsync;
    private final Path home;

    /**
     * @param runner starts rsync and git
     * @param rsync  the rsync program
     * @param home   the home folder of the user running gksite (refused as a target)
     */
    public Publisher(Clock clock, ProcessRunner runner, Rsync rsync, Path home) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.rsync = Objects.requireNonNull(rsync, "rsync");
        this.home = Objects.requireNonNull(home, "home");
    }

    /** A publisher using rsync from PATH and the system's processes. */
    public Publisher(Clock clock) {
        this(clock, ProcessRunner.system(), new Rsync("rsync"), Path.of(System.getProperty("user.home")));
    }

    /** The folder a publish builds into, inside the source folder (never site/). */
    public static Path buildFolder(Path source) {
        return source.toAbsolutePath().normalize().resolve(OutputGuard.PUBLISH_FOLDER);
    }

    public PublishResult publish(PublishRequest request) {
        Path source = request.source().toAbsolutePath().normalize();
        PublishTarget settings = settings(source, request.target());
        RsyncTarget target = RsyncTarget.parse(settings.target(), source, home);
        requireRsync(source);

        BuildResult build =
                new Pipeline(clock).withCache().run(new BuildRequest(source, buildFolder(source), true, false, true));
        if (!build.ok()) {
            return new PublishResult(
                    PublishResult.Status.REFUSED,
                    settings.target(),
                    build.diagnostics(),
                    new Changes(List.of(), List.of(), List.of(), List.of(), 0),
                    null,
                    null);
        }
        Path folder = buildFolder(source);
        List<PublishRecord.FileHash> files = siteFiles(folder);
        GitState git = git(source);
        PublishRecord record = new PublishRecord(
                clock.instant(),
                settings.target(),
                git.commit(),
                git.dirty(),
                List.of(),
                List.of(),
                List.of(),
                files,
                git.untracked());
        write(folder.resolve(MARKER), MARKER_TEXT);
        write(folder.resolve(RECORD), record.toJson());

        Changes plan = run(folder, target, settings, true, -1, request.extraRsyncOptions());
        guard(request, settings, plan);
        Changes shown = plan.without(BOOKKEEPING);
        if (request.dryRun()) {
            return new PublishResult(
                    PublishResult.Status.DRY_RUN, settings.target(), build.diagnostics(), shown, null, null);
        }
        record = record.withChanges(shown);
        write(folder.resolve(RECORD), record.toJson());
        // judged again right before the real run: a link on the way may have changed during the build
        target = RsyncTarget.parse(settings.target(), source, home);
        if (target.kind() == RsyncTarget.Kind.LOCAL && request.init()) {
            createFolder(target.localFolder());
        }
        // Deletions are capped at what the dry run showed: if the target changed since, rsync stops deleting.
        int maxDelete = request.force() ? -1 : plan.deleted().size() + plan.deletedFolders();
        Changes done = run(folder, target, settings, false, maxDelete, request.extraRsyncOptions())
                .without(BOOKKEEPING);
        record = record.withChanges(done);
        Path log = new PublishLog(source).append(record);
        return new PublishResult(
                PublishResult.Status.PUBLISHED, settings.target(), build.diagnostics(), done, record, log);
    }

    /** Every recorded publish of {@code source}, oldest first. */
    public List<PublishRecord> history(Path source) {
        return new PublishLog(source).read();
    }

    private static PublishTarget settings(Path source, String override) {
        // Problems in site.yaml are reported by the build itself; here only the publish settings are needed.
        PublishTarget configured = new ConfigLoader()
                .load(SourceLayout.of(source, null), new Diagnostics())
                .publish();
        return override == null || override.isBlank() ? configured : configured.withTarget(override);
    }

    private void guard(PublishRequest request, PublishTarget settings, Changes plan) {
        if (!plan.onTarget(MARKER) && !request.init()) {
            throw refuse(
                    "publish.target-unmarked",
                    "目标“" + settings.target() + "”不是 gksite 的发布目录（缺少标记文件 " + MARKER + "），拒绝发布。",
                    "确认这是本站专用的网站目录后，首次发布加 --init（会在目标中写入 " + MARKER
                            + "）：./gksite publish --init。可先用 --dry-run --init 预演。");
        }
        Changes site = plan.without(BOOKKEEPING);
        int deleted = site.deleted().size();
        int existing = site.targetFiles();
        // max_delete is a share of 0 to 1: nothing deleted is never too many
        if (!request.force() && deleted > settings.maxDelete() * existing) {
            throw refuse(
                    "publish.too-many-deletions",
                    String.format(
                            Locale.ROOT,
                            "这次发布将删除目标中的 %d 个文件（目标现有 %d 个，占 %.0f%%），超过 publish.max_delete 允许的 %.0f%%，拒绝发布。",
                            deleted,
                            existing,
                            100.0 * deleted / existing,
                            100 * settings.maxDelete()),
                    "先用 ./gksite publish --dry-run 查看将删除哪些文件；确认无误后加 --force 发布，"
                            + "服务器上要保留的文件请写进 site.yaml 的 publish.exclude。");
        }
    }

    private Changes run(
            Path folder,
            RsyncTarget target,
            PublishTarget settings,
            boolean dryRun,
            int maxDelete,
            List<String> extra) {
        List<String> command = rsync.command(folder, target, settings, dryRun, maxDelete, extra);
        ProcessRunner.Result r;
        try {
            r = runner.run(command, folder);
        } catch (IOException e) {
            throw RsyncFailure.missing(rsync.program());
        }
        if (r.exitCode() != 0) {
            throw RsyncFailure.of(r.exitCode(), r.stderr(), settings.target(), dryRun);
        }
        return Changes.parse(r.stdout());
    }

    private void requireRsync(Path source) {
        try {
            ProcessRunner.Result r = runner.run(rsync.versionCommand(), source);
            if (r.exitCode() != 0) {
                throw RsyncFailure.missing(rsync.program());
            }
        } catch (IOException e) {
            throw RsyncFailure.missing(rsync.program());
        }
    }

    private record GitState(String commit, boolean dirty, int untracked) {
        static final GitState UNKNOWN = new GitState("unknown", false, 0);
    }

    /**
     * {@code git rev-parse HEAD} of the source, whether it differs from that commit, and how many of its files git
     * does not track: a page added but never committed is published too, and the commit does not describe the
     * site then. Files git ignores (site/, .gksite/) are not counted.
     */
    private GitState git(Path source) {
        try {
            ProcessRunner.Result head =
                    runner.run(List.of("git", "-C", source.toString(), "rev-parse", "HEAD"), source);
            String commit = head.stdout().strip();
            if (head.exitCode() != 0 || !commit.matches("[0-9a-f]{40,64}")) {
                return GitState.UNKNOWN;
            }
            ProcessRunner.Result status = runner.run(
                    List.of(
                            "git",
                            "-C",
                            source.toString(),
                            "status",
                            "--porcelain",
                            "--untracked-files=all",
                            "--",
                            "."),
                    source);
            if (status.exitCode() != 0) {
                return new GitState(commit, false, 0);
            }
            int untracked = (int)
                    status.stdout().lines().filter(l -> l.startsWith("??")).count();
            return new GitState(commit, !status.stdout().isBlank(), untracked);
        } catch (IOException e) {
            return GitState.UNKNOWN;
        }
    }

    /**
     * The files to publish, refused when there are none. A build always writes 404.html, search.html and
     * sitemap.xml, so this guards against a future build that does not: publishing nothing with --delete would
     * empty the server.
     */
    static List<PublishRecord.FileHash> siteFiles(Path folder) {
        List<PublishRecord.FileHash> files = hashes(folder);
        if (files.isEmpty()) {
            throw refuse("publish.empty", "构建结果是空的，拒绝发布（发布空站点会删除服务器上的全部页面）。", "检查 content/ 是否有页面。");
        }
        return files;
    }

    private static List<PublishRecord.FileHash> hashes(Path folder) {
        List<PublishRecord.FileHash> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (!NOT_SITE.contains(rel)) {
                    out.add(new PublishRecord.FileHash(rel, sha256(p)));
                }
            }
        } catch (IOException e) {
            throw ioError("无法读取构建结果：" + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(PublishRecord.FileHash::path));
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ioError("无法写入 " + file + "：" + e.getMessage(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw ioError("无法建立目标目录 " + folder + "：" + e.getMessage(), e);
        }
    }

    private static DiagnosticException ioError(String message, IOException e) {
        return new DiagnosticException(Diagnostic.error("io.write", SourcePos.of(WHERE), message, "检查磁盘空间和目录权限。"), e);
    }

    private static DiagnosticException refuse(String code, String message, String hint) {
        return new DiagnosticException(Diagnostic.error(code, SourcePos.of(WHERE), message, hint));
    }
}
