package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.config.PublishTarget;
import cn.gov.jinjiang.gksite.output.OutputGuard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rsync command line of a publish, as an argument list for {@link ProcessRunner} (never a shell
 * string, so no path or pattern is ever interpreted by a shell).
 *
 * <p>Why each option:
 * <ul>
 *   <li>{@code --checksum}: the build is deterministic, so comparing content sends exactly the changed
 *       files; times are not preserved, so unchanged files keep their time on the server (and their HTTP
 *       validators).</li>
 *   <li>{@code --delete --delete-delay}: files no longer in the site are removed, after the transfer, and
 *       only inside the target folder; {@code --exclude} patterns (site.yaml) are neither sent nor deleted.
 *       The build folder's {@value OutputGuard#MARKER} is never sent: a target is not a folder a build may
 *       replace.</li>
 *   <li>{@code --delay-updates --partial-dir}: every new or changed file is first written into a
 *       {@value #PARTIAL_DIR} folder and all are renamed into place together at the end, so an interrupted
 *       publish leaves every published file either old or new, never half written.</li>
 *   <li>{@code --itemize-changes} (twice in a dry run, to list unchanged files too): what was added, changed
 *       and deleted, parsed by {@link Changes#parse}.</li>
 * </ul>
 */
public final class Rsync {
    /** Where rsync keeps new files until they all switch over (per folder, hidden, protected from --delete). */
    public static final String PARTIAL_DIR = ".gksite-partial";
    /** The remote shell when site.yaml sets none: never prompt for a password, fail fast when unreachable. */
    public static final String DEFAULT_SSH = "ssh -o BatchMode=yes -o ConnectTimeout=20";

    private final String program;

    /** @param program the rsync executable, normally {@code rsync} (found on PATH) */
    public Rsync(String program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    public String program() {
        return program;
    }

    /** {@code rsync --version}: to tell early whether rsync is installed. */
    public List<String> versionCommand() {
        return List.of(program, "--version");
    }

    /**
     * A dry run that sends nothing and deletes nothing ({@code gksite doctor}): the empty folder {@code empty} into
     * {@code target}, over the same remote shell as a publish, to see that the target answers.
     */
    public List<String> probeCommand(Path empty, RsyncTarget target, PublishTarget settings, int timeoutSeconds) {
        List<String> a = new ArrayList<>(List.of(program, "--dry-run", "--recursive", "--timeout=" + timeoutSeconds));
        if (target.kind() == RsyncTarget.Kind.DAEMON) {
            a.add("--contimeout=" + timeoutSeconds);
        }
        if (target.kind() == RsyncTarget.Kind.SSH) {
            a.add("--rsh=" + (settings.ssh().isEmpty() ? DEFAULT_SSH : settings.ssh()));
        }
        a.add("--");
        a.add(empty.toAbsolutePath().normalize() + "/");
        a.add(target.destination());
        return List.copyOf(a);
    }

    /**
     * The command that sends {@code from}'s contents to {@code target}.
     *
     * @param maxDelete the most files and folders this run may delete (rsync stops deleting beyond it), or
     *                  -1 for no limit
     * @param extra     additional options (tests use {@code --bwlimit}); appended before the paths
     */
    public List<String> command(
            Path from, RsyncTarget target, PublishTarget settings, boolean dryRun, int maxDelete, List<String> extra) {
        List<String> a = new ArrayList<>();
        a.add(program);
        a.add("--recursive");
        a.add("--checksum");
        a.add("--perms");
        a.add("--chmod=D0755,F0644");
        a.add("--delete");
        a.add("--delete-delay");
        a.add("--delay-updates");
        a.add("--partial-dir=" + PARTIAL_DIR);
        a.add("--8-bit-output");
        a.add("--timeout=120");
        if (target.kind() == RsyncTarget.Kind.DAEMON) {
            a.add("--contimeout=20");
        }
        if (target.kind() == RsyncTarget.Kind.SSH) {
            a.add("--rsh=" + (settings.ssh().isEmpty() ? DEFAULT_SSH : settings.ssh()));
        }
        // the build folder's marker says "gksite may replace this folder": never true of a publish target
        a.add("--exclude=/" + OutputGuard.MARKER);
        for (String pattern : settings.exclude()) {
            a.add("--exclude=" + pattern);
        }
        a.add("--itemize-changes");
        if (dryRun) {
            a.add("--itemize-changes");
            a.add("--dry-run");
        }
        if (maxDelete >= 0) {
            a.add("--max-delete=" + maxDelete);
        }
        a.addAll(extra);
        a.add("--");
        a.add(from.toAbsolutePath().normalize() + "/");
        a.add(target.destination());
        return List.copyOf(a);
    }
}
