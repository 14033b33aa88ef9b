package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The one rule for symbolic links in a site's sources (content/, themes/, data files), used by the build,
 * the theme's template loader and static files, and the preview's watcher alike:
 * <ul>
 *   <li>a link is followed when its target (every link on the way resolved) lies inside the source folder
 *   (the one holding site.yaml), outside the output folder and outside hidden folders such as .git and
 *   .gksite; a linked file is read from its target, a linked folder is walked like an ordinary one;</li>
 *   <li>any other link is refused: it is never read, copied or watched, and the refusal is a diagnostic at
 *   the link's own path naming the target (out of the tree, broken, into the output, hidden, a loop);</li>
 *   <li>each real folder is walked at most once: a linked folder whose target is the link's own folder or one
 *   above it (a loop), or a folder the walk has already reached by another path, is refused. So a walk
 *   costs one visit per real folder, whatever links an attacker plants.</li>
 * </ul>
 * A link has no lines: its diagnostics name the file only (line 0).
 */
public final class SourceTree {
    private final SourceLayout layout;
    private final Path root;
    private final List<Path> outputs;

    /** A file or folder found by a walk: the path the site sees it at, and where its bytes really are. */
    public record Entry(Path path, Path real) {}

    /**
     * What a walk found, in the order of their paths: the files, the folders (the walked folder first), and the
     * diagnostics of the links it refused.
     */
    public record Listing(List<Entry> files, List<Entry> folders, List<Diagnostic> refused) {
        public Listing {
            files = List.copyOf(files);
            folders = List.copyOf(folders);
            refused = List.copyOf(refused);
        }

        /** Whether the walk found nothing, not even the walked folder. */
        public boolean missing() {
            return folders.isEmpty();
        }
    }

    public SourceTree(SourceLayout layout) {
        this.layout = layout;
        this.root = real(layout.root()).orElse(layout.root());
        List<Path> out = new ArrayList<>();
        out.add(layout.output());
        // and where it really is, when it is reached through a link (else the same path again, which is harmless)
        real(layout.output()).ifPresent(out::add);
        this.outputs = List.copyOf(out);
    }

    /**
     * Where a folder of the layout (content/, themes/, one theme) really is. Empty when it does not exist or
     * is a link that is refused; a refusal is added to {@code refused}, reported with {@code code}.
     */
    public Optional<Path> folder(Path dir, String code, List<Diagnostic> refused) {
        Path logical = dir.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(logical)) {
            return Files.isDirectory(logical, LinkOption.NOFOLLOW_LINKS)
                    ? inside(logical, code, refused)
                    : Optional.empty();
        }
        // A link always has a parent folder (the file system's root is no link).
        Path parent = real(logical.getParent()).orElse(null);
        return target(logical, parent, code, refused).filter(Files::isDirectory);
    }

    /**
     * Where a single file of the layout (site.yaml) really is: itself, or the target of a link the rule follows.
     * Empty when it does not exist or the link is refused (the refusal is added to {@code refused}).
     */
    public Optional<Path> file(Path file, String code, List<Diagnostic> refused) {
        Path logical = file.toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(logical)) {
            return Files.isRegularFile(logical, LinkOption.NOFOLLOW_LINKS)
                    ? inside(logical, code, refused)
                    : Optional.empty();
        }
        return target(logical, null, code, refused).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Walks {@code dir} (sorted, so the result is the same on every run), following links by the rule above.
     * {@code skip} is asked about each path relative to {@code dir} (hidden and temporary files); a skipped
     * folder is not entered. A missing folder gives an empty listing.
     */
    public Listing walk(Path dir, String code, Predicate<Path> skip) {
        Path start = dir.toAbsolutePath().normalize();
        List<Diagnostic> refused = new ArrayList<>();
        Optional<Path> real = folder(start, code, refused);
        Walk w = new Walk(start, code, skip, refused);
        real.ifPresent(r -> w.folder(start, r));
        while (!w.linkedFolders.isEmpty()) {
            Entry link = w.linkedFolders.pollFirstEntry().getValue();
            w.folder(link.path(), link.real());
        }
        w.files.sort((a, b) -> a.path().compareTo(b.path()));
        w.folders.sort((a, b) -> a.path().compareTo(b.path()));
        w.refused.sort(Diagnostic.BY_POSITION);
        return new Listing(w.files, w.folders, w.refused);
    }

    /** One walk's state: what it found, the real folders it entered, and the linked folders still to enter. */
    private final class Walk {
        private final Path start;
        private final String code;
        private final Predicate<Path> skip;
        private final List<Entry> files = new ArrayList<>();
        private final List<Entry> folders = new ArrayList<>();
        private final List<Diagnostic> refused;
        /** Real folder → the path it was first walked at. */
        private final Map<Path, Path> entered = new HashMap<>();
        /**
         * Linked folders are entered after every ordinary folder (in path order), so that a folder reached both
         * directly and through a link is kept at its own path and the link is the one refused.
         */
        private final TreeMap<String, Entry> linkedFolders = new TreeMap<>();

        Walk(Path start, String code, Predicate<Path> skip, List<Diagnostic> refused) {
            this.start = start;
            this.code = code;
            this.skip = skip;
            this.refused = refused;
        }

        void folder(Path path, Path real) {
            Path first = entered.putIfAbsent(real, path);
            if (first != null) {
                refused.add(refuse(path, code, "指向的目录已经作为 " + layout.relative(first) + " 进入站点，同一个目录不能出现在两个地址"));
                return;
            }
            if (outputs.stream().anyMatch(real::startsWith)) {
                // The output folder inside a walked folder (a link to a folder holding it): never read back in.
                refused.add(Diagnostic.error(
                        code,
                        SourcePos.of(layout.relative(path)),
                        layout.relative(path) + " 是输出目录（构建生成的网站），不会作为源文件读取。",
                        "不要把输出目录放在 content/ 或主题中，也不要链接到它。"));
                return;
            }
            folders.add(new Entry(path, real));
            List<String> names = new ArrayList<>();
            // Listed and examined at the real path: the links above it were checked once, not followed again.
            try (DirectoryStream<Path> s = Files.newDirectoryStream(real)) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException e) {
                refused.add(Diagnostic.error(
                        "io.read",
                        SourcePos.of(layout.relative(path)),
                        "无法读取目录 " + layout.relative(path) + "：" + e.getMessage(),
                        "检查目录权限。"));
                return;
            }
            names.sort(null);
            for (String name : names) {
                Path child = path.resolve(name);
                if (!skip.test(start.relativize(child))) {
                    child(child, real.resolve(name), real);
                }
            }
        }

        private void child(Path child, Path real, Path parent) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return;
            }
            if (a.isSymbolicLink()) {
                Optional<Path> target = target(child, parent, code, refused);
                if (target.isEmpty()) {
                    return;
                }
                if (Files.isDirectory(target.get(), LinkOption.NOFOLLOW_LINKS)) {
                    linkedFolders.put(child.toString(), new Entry(child, target.get()));
                } else if (Files.isRegularFile(target.get(), LinkOption.NOFOLLOW_LINKS)) {
                    files.add(new Entry(child, target.get()));
                } else {
                    refused.add(refuse(child, code, "指向的不是普通文件或目录（设备、管道或套接字）"));
                }
            } else if (a.isDirectory()) {
                folder(child, real);
            } else if (a.isRegularFile()) {
                files.add(new Entry(child, real));
            } else {
                refused.add(Diagnostic.error(
                        code,
                        SourcePos.of(layout.relative(child)),
                        layout.relative(child) + " 不是普通文件或目录（设备、管道或套接字），不会被读取。",
                        "删除它。"));
            }
        }
    }

    /**
     * The real target of the link {@code link} (in the real folder {@code parent}) when the rule follows it;
     * otherwise the refusal is added to {@code refused}.
     */
    private Optional<Path> target(Path link, Path parent, String code, List<Diagnostic> refused) {
        Path target;
        try {
            target = (parent == null ? link : parent.resolve(link.getFileName().toString())).toRealPath();
        } catch (NoSuchFileException e) {
            refused.add(refuse(link, code, "指向不存在的文件或目录（" + linkText(link) + "）"));
            return Optional.empty();
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            refused.add(
                    refuse(link, code, reason.contains("symbolic links") ? "构成循环：链接最终又指回它自己" : "无法解析（" + reason + "）"));
            return Optional.empty();
        } catch (IOException e) {
            refused.add(refuse(link, code, "无法解析（" + e.getMessage() + "）"));
            return Optional.empty();
        }
        if (parent != null && parent.startsWith(target)) {
            refused.add(refuse(link, code, "构成循环：它指向自己所在的目录或更上级的目录"));
            return Optional.empty();
        }
        String why = allowed(target);
        if (why != null) {
            refused.add(refuse(link, code, why + "（" + target + "）"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** The real path of {@code p} when it lies inside the source folder (a name with "..", say, may not). */
    private Optional<Path> inside(Path p, String code, List<Diagnostic> refused) {
        Optional<Path> r = real(p);
        if (r.isPresent() && !r.get().startsWith(root)) {
            refused.add(Diagnostic.error(
                    code,
                    SourcePos.of(layout.relative(p)),
                    layout.relative(p) + " 不在站点目录之内，gksite 不会读取它。",
                    "只使用站点目录（含 site.yaml 的目录）中的文件和目录。"));
            return Optional.empty();
        }
        return r;
    }

    /** Null when a real path may be read as part of the site; otherwise why not. */
    private String allowed(Path real) {
        if (!real.startsWith(root)) {
            return "指向站点目录之外";
        }
        for (Path out : outputs) {
            if (real.startsWith(out)) {
                return "指向输出目录（构建生成的网站）";
            }
        }
        for (Path part : root.relativize(real)) {
            if (part.toString().startsWith(".")) {
                return "指向隐藏的目录或文件（如 .git、.gksite）";
            }
        }
        return null;
    }

    private Diagnostic refuse(Path link, String code, String why) {
        String rel = layout.relative(link);
        return Diagnostic.error(
                code,
                SourcePos.of(rel),
                "符号链接 " + rel + " " + why + "，gksite 不会读取、复制或发布它。",
                "gksite 只跟随指向站点目录（含 site.yaml 的目录）之内的符号链接。需要这个文件时，把文件本身复制到站点目录中；否则删除这个链接。");
    }

    private static String linkText(Path link) {
        try {
            return "→ " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "目标不存在";
        }
    }

    private static Optional<Path> real(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
