package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;

/**
 * Writes a complete site into a fresh staging folder next to the output folder ({@link #stage}); the
 * caller checks it and then swaps it in ({@link Staged#commit()}, journalled by {@link SiteSwap}) or throws
 * it away. Until the swap, the old site is untouched; if anything fails, the staging folder is removed and
 * the old site stays as it was. The output folder must have been accepted by {@link OutputClaim#take}
 * first; the swap checks again that it replaces only a folder gksite made ({@link OutputGuard}).
 */
public final class OutputWriter {

    /**
     * Writes {@code files} and {@code copies} (output path → source file on disk) into a staging folder
     * for {@code output}. Two files claiming one output path is an {@code output.conflict} error, and then
     * nothing is written and null is returned.
     *
     * @param copies static files: theme static/ and content assets, in order of precedence (first wins)
     */
    public Staged stage(Path output, List<RenderedFile> files, List<Copy> copies, Diagnostics diags) {
        return stage(output, files, copies, SourcePos::of, diags);
    }

    /** As the other, blaming conflicts where {@code where} says (see {@link Staging#finish}). */
    public Staged stage(
            Path output,
            List<RenderedFile> files,
            List<Copy> copies,
            Function<String, SourcePos> where,
            Diagnostics diags) {
        Staging staging = open(output);
        try {
            files.parallelStream().forEach(staging::write);
            return staging.finish(copies, where, diags);
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    /**
     * Opens a fresh staging folder beside {@code output}. Pages are written into it as they are rendered
     * ({@link Staging#write}, thread-safe), so a build never holds every page in memory; then
     * {@link Staging#finish} adds the static files and gives the {@link Staged} site to check and commit.
     */
    public Staging open(Path output) {
        Path parent = output.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            throw new DiagnosticException(Diagnostic.error(
                    "output.refused", SourcePos.of(output.toString()), "拒绝把站点写到根目录。", "用 --out 指定一个专用的新目录。"));
        }
        try {
            Files.createDirectories(parent);
            Path folder = Files.createTempDirectory(parent, "." + output.getFileName() + ".new-");
            // marked first of all, so that whatever a kill leaves of it is known to be gksite's
            OutputGuard.mark(folder);
            OutputGuard.ordinaryFolderMode(folder);
            return new Staging(folder, output, Unchanged.in(folder));
        } catch (IOException e) {
            throw ioError(output, "无法创建输出目录", e);
        }
    }

    /** A staging folder being filled. */
    public static final class Staging {
        private final Path folder;
        private final Path output;
        private final Map<String, OutputManifest.Entry> entries = new ConcurrentHashMap<>();
        private final Map<Path, Boolean> createdDirs = new ConcurrentHashMap<>();
        /** Output paths claimed by more than one file, with every file that claimed them (in a fixed order). */
        private final Map<String, Set<OutputManifest.Entry>> conflicts = new ConcurrentHashMap<>();

        private final Claims claims = new Claims();
        private final Unchanged unchanged;

        Staging(Path folder, Path output, Unchanged unchanged) {
            this.folder = folder;
            this.output = output;
            this.unchanged = unchanged;
        }

        public Path folder() {
            return folder;
        }

        /**
         * Writes one rendered file. Thread-safe. A file whose bytes equal those of the same path in the
         * current output is linked instead of written, so unchanged files keep their identity and time.
         */
        public void write(RenderedFile f) {
            OutputManifest.Entry entry =
                    new OutputManifest.Entry(f.path(), f.source(), f.template(), OutputManifest.Entry.crcOf(f.bytes()));
            if (!claim(entry)) {
                return;
            }
            try {
                Path target = folder.resolve(f.path());
                createParent(target);
                if (!unchanged.link(output.resolve(f.path()), f.bytes(), target)) {
                    Files.write(target, f.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw ioError(output, "写入输出失败", e);
            } catch (UncheckedIOException e) {
                throw ioError(output, "写入输出失败", e.getCause());
            }
        }

        /**
         * Keeps the files one page made in the last build, as they are in the current output, instead of rendering
         * the page again: each is linked ({@link Unchanged#keep}) when it still has the CRC-32C its entry says and
         * nothing touched it since {@code notAfter} (ns since 1970: when the last build's site was in place), then
         * claimed as {@link #write} claims. All or nothing: when one cannot be kept (gone, changed by hand, of
         * another owner), none is, nothing of them stays in the staging folder, and the caller renders the page.
         * Call it before any page is written. Thread-safe.
         */
        public boolean keep(List<OutputManifest.Entry> files, long notAfter) {
            List<Path> linked = new ArrayList<>();
            for (OutputManifest.Entry e : files) {
                Path target = folder.resolve(e.path());
                boolean kept;
                try {
                    createParent(target);
                    kept = unchanged.keep(output.resolve(e.path()), e.crc(), notAfter, target);
                } catch (IOException | RuntimeException x) {
                    kept = false;
                }
                if (!kept) {
                    for (Path l : linked) {
                        try {
                            Files.deleteIfExists(l);
                        } catch (IOException x) {
                            throw ioError(output, "写入输出失败", x);
                        }
                    }
                    return false;
                }
                linked.add(target);
            }
            files.forEach(this::claim);
            return true;
        }

        /**
         * The bytes the current output has at {@code path} when their CRC-32C is {@code crc} and nothing touched it
         * since {@code notAfter} (a file the last build wrote, as it wrote it: {@link Unchanged#read}), else null.
         */
        public byte[] previous(String path, String crc, long notAfter) {
            return unchanged.read(output.resolve(path), crc, notAfter);
        }

        /**
         * Records {@code entry} for the manifest; false when its path is taken (by another file: a conflict, or as a
         * folder), and then the file must not be written: {@link #finish} reports it.
         */
        private boolean claim(OutputManifest.Entry entry) {
            OutputManifest.Entry first = entries.putIfAbsent(entry.path(), entry);
            if (first != null) {
                // Two files for one address: neither order of writing is right, and the first may be a link to
                // the current site's file, which must never be written through. Reported by finish().
                Set<OutputManifest.Entry> claims = conflicts.computeIfAbsent(
                        entry.path(),
                        k -> new ConcurrentSkipListSet<>(Comparator.comparing(OutputManifest.Entry::source)
                                .thenComparing(OutputManifest.Entry::template)));
                claims.add(first);
                claims.add(entry);
                return false;
            }
            // A file where another file needs a folder, or the reverse: reported by finish(), never written.
            return this.claims.claim(entry.path());
        }

        /**
         * Copies the static files that no page has claimed and returns the staged site, or null (after removing the
         * staging folder) when two files claim one address or one address is a file and a folder at once.
         */
        public Staged finish(List<Copy> copies, Diagnostics diags) {
            return finish(copies, SourcePos::of, diags);
        }

        /**
         * As {@link #finish(List, Diagnostics)}. {@code where} gives the position that made a source file claim its
         * address (a page's {@code url:} line), so a conflict is reported there; a page claiming an address the
         * theme or gksite uses (a theme static file, the search index, feeds, sitemap, 404/search/wza, data
         * downloads) is such a conflict.
         */
        public Staged finish(List<Copy> copies, Function<String, SourcePos> where, Diagnostics diags) {
            Conflicts report = new Conflicts(where, diags);
            new TreeMap<>(conflicts).forEach((path, claimed) -> report.sameAddress(path, List.copyOf(claimed)));
            Map<String, Copy> copyByPath = new TreeMap<>();
            for (Copy c : copies) {
                OutputManifest.Entry e = entries.get(c.path());
                if (e != null) {
                    report.copyAndPage(c, e);
                } else if (!copyByPath.containsKey(c.path())) {
                    // The first in precedence wins (a site theme's file over the default theme's); a clash with a
                    // folder is reported below with the others.
                    claims.claim(c.path());
                    copyByPath.put(c.path(), c);
                }
            }
            Set<String> both = claims.fileAndFolder();
            if (!both.isEmpty()) {
                var all = Conflicts.everything(entries, copyByPath);
                both.forEach(path -> report.fileAndFolder(path, all));
            }
            if (diags.hasErrors()) {
                discard();
                return null;
            }
            try {
                copyByPath.values().parallelStream().forEach(c -> copy(c.from(), c.path()));
            } catch (UncheckedIOException e) {
                discard();
                throw ioError(output, "复制静态文件失败", e.getCause());
            }
            Map<String, OutputManifest.Entry> all = new TreeMap<>(entries);
            copyByPath.values().forEach(c -> all.put(c.path(), new OutputManifest.Entry(c.path(), c.label(), "")));
            return new Staged(folder, output, new OutputManifest(new ArrayList<>(all.values())));
        }

        /** Removes the staging folder; the output folder stays as it was. */
        public void discard() {
            deleteTree(folder);
        }

        private void copy(Path from, String path) {
            Path target = folder.resolve(path);
            try {
                createParent(target);
                if (!unchanged.linkIfSame(output.resolve(path), from, target)) {
                    Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Creates the folder of {@code target} once per build (most pages share a folder with many others). */
        private void createParent(Path target) throws IOException {
            Path dir = target.getParent();
            if (!createdDirs.containsKey(dir)) {
                Files.createDirectories(dir);
                createdDirs.put(dir, Boolean.TRUE);
            }
        }
    }

    /** A static file to copy: output path, file on disk, label for diagnostics, whether an editor put it in content. */
    public record Copy(String path, Path from, String label, boolean fromContent) {}

    /**
     * Removes a folder tree without following symbolic links (a link inside is removed, never what it points
     * to); best effort, for gksite's own staging and temporary folders. The marker goes last, so a folder
     * half removed by a killed process is still known to be gksite's and is removed at the next start.
     */
    public static void deleteTree(Path root) {
        FolderRemoval.delete(root);
    }

    static DiagnosticException ioError(Path output, String what, IOException e) {
        return new DiagnosticException(
                Diagnostic.error(
                        "io.write",
                        SourcePos.of(output.getFileName().toString()),
                        what + "：" + e.getMessage(),
                        "检查磁盘空间和目录权限。"),
                e);
    }
}
