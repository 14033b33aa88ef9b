package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a staged site in place of the output folder so that, whenever the process dies, the output is
 * whole: the old site or the new one, never a mix, and never missing once the next start has run
 * {@link #recover}.
 *
 * <p>Java has no {@code renameat2(RENAME_EXCHANGE)}, so the swap is two renames (old site aside, new site
 * in), made a transaction by a journal: before the first rename, {@code .gksite/swap-<name>} beside the
 * output records the staged folder. A start that finds the journal completes the swap (the staged site had
 * passed its checks, or it would never have been journalled), installs the manifest written with it and
 * removes the journal; every step is safe to repeat if that start is killed too. A symbolic link swapped by
 * one rename would be atomic without a journal, but it would turn site/ into a link, which web servers,
 * rsync ({@code site} without a slash), backups and Windows treat differently from a folder.
 *
 * <p>The journal guards against a killed process, not a power cut: the files of the new site are not
 * forced to disk either. Leftover staging and old folders ({@code .<name>.new-*}, {@code .<name>.old-*})
 * are removed by {@link #clean} only when they hold gksite's marker (or are empty): gksite never deletes a
 * folder it did not make.
 */
final class SiteSwap {
    private static final String JOURNAL_HEAD = "gksite-swap 1";
    private static final Pattern TEMP_SUFFIX = Pattern.compile("[0-9A-Za-z]+");

    private SiteSwap() {}

    /**
     * Replaces {@code output} (a real path the guard accepted) with the marked folder {@code staged} and records
     * {@code manifest} beside it, leaving the old site (set aside under a name {@link #clean} removes) for the caller
     * to remove; its place, or null when there was none.
     */
    static Path swapLeavingOld(Path staged, Path output, OutputManifest manifest) throws IOException {
        OutputGuard.requireReplaceable(output, output);
        Path old = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            if (!OutputGuard.isMarked(output)) {
                // an empty folder or an old gksite's site/: marked, so that a leftover of it is known to be gksite's
                OutputGuard.mark(output);
            }
            old = unused(output, "old");
        }
        manifest.write(pendingManifest(output));
        Path journal = journal(output);
        Files.writeString(
                journalTemp(output), JOURNAL_HEAD + "\n" + staged.getFileName() + "\n", StandardCharsets.UTF_8);
        replace(journalTemp(output), journal);
        try {
            complete(output, staged.getFileName().toString(), old);
        } catch (IOException e) {
            rollBack(output, old);
            throw e;
        }
        return old != null && Files.exists(old, LinkOption.NOFOLLOW_LINKS) ? old : null;
    }

    /**
     * Completes a swap that a killed process left half done (found by its journal). Idempotent: a start
     * killed while recovering leaves the journal for the next one.
     */
    static void recover(Path output) throws IOException {
        Path journal = journal(output);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(pendingManifest(output));
            Files.deleteIfExists(journalTemp(output));
            return;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        String fresh = lines.size() == 2 && lines.get(0).equals(JOURNAL_HEAD) ? lines.get(1) : "";
        if (isTempName(output, fresh, "new")) {
            complete(output, fresh, null);
        } else {
            // not a journal this gksite wrote: nothing in it is trusted, nothing is moved
            finish(output);
        }
    }

    /**
     * The renames, the manifest and the end of the journal; every step looks at what is done already.
     *
     * @param old where to put the current site, or null for a fresh name
     */
    private static void complete(Path output, String freshName, Path old) throws IOException {
        Path fresh = output.resolveSibling(freshName);
        if (OutputGuard.isMarked(fresh)) {
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                if (!OutputGuard.isMarked(output)) {
                    // not a site gksite set aside: the swap is abandoned, the staged folder left to clean()
                    finish(output);
                    return;
                }
                move(output, old != null ? old : unused(output, "old"));
            }
            move(fresh, output);
        }
        Path pending = pendingManifest(output);
        if (Files.exists(pending, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isMarked(output)) {
            replace(pending, OutputManifest.fileFor(output));
        }
        finish(output);
    }

    /** After a failed rename: the old site back in place if it is not, and no journal. Best effort. */
    private static void rollBack(Path output, Path old) {
        try {
            if (old != null && !Files.exists(output, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isMarked(old)) {
                move(old, output);
            }
            finish(output);
        } catch (IOException ignored) {
            // the journal stays: the next start completes the swap
        }
    }

    /** Ends a swap: the journal, its temporary file and a manifest not installed are removed. */
    private static void finish(Path output) throws IOException {
        Files.deleteIfExists(pendingManifest(output));
        Files.deleteIfExists(journalTemp(output));
        Files.deleteIfExists(journal(output));
    }

    /**
     * Removes what killed builds left beside {@code output}: staging and old folders that gksite made (they
     * hold the marker) or that are empty. Any other folder of that name is left alone.
     */
    static void clean(Path output) throws IOException {
        Path parent = output.getParent();
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> isTempName(output, p.getFileName().toString(), "new")
                            || isTempName(output, p.getFileName().toString(), "old"))
                    .sorted()
                    .toList();
        }
        for (Path p : leftovers) {
            if (OutputGuard.isMarked(p) || isEmptyFolder(p)) {
                OutputWriter.deleteTree(p);
            }
        }
    }

    /** Whether {@code name} is one of the temporary folder names gksite gives beside {@code output}. */
    static boolean isTempName(Path output, String name, String kind) {
        String prefix = "." + output.getFileName() + "." + kind + "-";
        return name.length() > prefix.length()
                && name.startsWith(prefix)
                && TEMP_SUFFIX.matcher(name.substring(prefix.length())).matches();
    }

    /** A name for a new temporary folder beside {@code output} (the folder itself is not made). */
    static Path unused(Path output, String kind) throws IOException {
        Path p = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "." + kind + "-");
        Files.delete(p);
        return p;
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    static Path journal(Path output) {
        return OutputManifest.fileFor(output).resolveSibling("swap-" + output.getFileName());
    }

    private static Path pendingManifest(Path output) {
        Path manifest = OutputManifest.fileFor(output);
        return manifest.resolveSibling(manifest.getFileName() + ".new");
    }

    private static Path journalTemp(Path output) {
        Path journal = journal(output);
        return journal.resolveSibling(journal.getFileName() + ".tmp");
    }

    /** Moves a file over another in one rename. */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
