package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.output.SearchIndexWriter;
import cn.gov.jinjiang.gksite.render.Theme;
import cn.gov.jinjiang.gksite.report.AnnualReport;
import cn.gov.jinjiang.gksite.report.ReportLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which pages a build renders and which it may keep as its last build made them ({@link RenderState}). Every page is
 * rendered when there is no trusted state, or when anything but content/ that pages are made from changed since
 * ({@link #inputs}: site.yaml, the theme's files, the build's options, where it writes), or when an attachment a page
 * showed the size of changed; otherwise the pages {@link Affected} finds stale after the edit from the last build's
 * content/ to this one's. A kept page is still kept only when its files in the output are as the last build made
 * them ({@code OutputWriter.Staging#keep}); else it is rendered too.
 */
final class RenderPlan {
    /** Sources of the pages to render; null: all of them. */
    private final Set<String> stale;

    /** Sources of the pages whose file is new or changed since the last build (null: all of them). */
    private final Set<String> edited;

    private final RenderState last;

    private RenderPlan(Set<String> stale, Set<String> edited, RenderState last) {
        this.stale = stale;
        this.edited = edited;
        this.last = last;
    }

    /** A plan that renders every page. */
    static RenderPlan everything() {
        return new RenderPlan(null, null, null);
    }

    /** Whether every page is rendered. */
    boolean rendersAll() {
        return stale == null;
    }

    /** What the last build recorded of {@code p}, when it may be kept (not stale); else null. */
    RenderState.PageRecord keepable(Page p) {
        return stale == null || stale.contains(p.source()) ? null : last.pages().get(p.source());
    }

    /**
     * What this build may update the last build's search index from, or null when it makes the index afresh: when
     * it renders every page, or its pages are not the last build's pages in the same order (the index numbers pages
     * in that order). A page counts as changed when its file's fingerprint did or lists would show it otherwise
     * ({@link Affected#sameListing}: every field of the index's page data but the text, which is the file's).
     *
     * @param read the bytes of a file of the current output when their CRC-32C is the one given, else null
     */
    SearchIndexWriter.Previous search(ContentTree tree, PreviousFile read) {
        List<Page> pages = tree.pages();
        if (stale == null
                || last.search().isEmpty()
                || pages.size() != last.pages().size()) {
            return null;
        }
        int[] changed = new int[pages.size()];
        int n = 0;
        int id = 0;
        for (Map.Entry<String, RenderState.PageRecord> e : last.pages().entrySet()) {
            String source = pages.get(id).source();
            if (!e.getKey().equals(source)) {
                return null;
            }
            // A page whose file is as it was can still show otherwise: a draft by its folder's index page.
            if (edited.contains(source) || !Affected.sameListing(e.getValue().before(), pages.get(id))) {
                changed[n++] = id;
            }
            id++;
        }
        Map<String, String> crcs = last.search();
        return new SearchIndexWriter.Previous(Arrays.copyOf(changed, n), path -> {
            String crc = crcs.get(path);
            return crc == null ? null : read.bytes(path, crc, last.written());
        });
    }

    /** Reads a file of the last build back ({@code OutputWriter.Staging#previous}). */
    interface PreviousFile {
        byte[] bytes(String path, String crc, long notAfter);
    }

    /**
     * The plan for {@code tree} after the build that recorded {@code last} (null: none).
     *
     * @param inputs    this build's {@link #inputs} (null: they could not all be read)
     * @param digests   the digests of the files of content/ this build read
     * @param assetSize the size of a file of content/ now (-1: none)
     */
    static RenderPlan of(
            RenderState last,
            byte[] inputs,
            SourceLayout layout,
            ContentTree tree,
            FileDigests digests,
            List<AnnualReport> reports,
            ToLongFunction<String> assetSize) {
        if (last == null || inputs == null || !Arrays.equals(inputs, last.inputs())) {
            return everything();
        }
        for (Map.Entry<String, Long> e : last.assetSizes().entrySet()) {
            if (assetSize.applyAsLong(e.getKey()) != e.getValue()) {
                return everything();
            }
        }
        Map<String, byte[]> data = dataDigests(digests);
        Set<String> dataDirs = new HashSet<>();
        String prefix = contentPrefix(layout);
        Set<String> sources = new HashSet<>(data.keySet());
        sources.addAll(last.data().keySet());
        for (String s : sources) {
            if (!Arrays.equals(data.get(s), last.data().get(s))) {
                dataDirs.add(dirOf(s, prefix));
            }
        }
        List<Affected.Change> changes = new ArrayList<>();
        Set<String> present = new HashSet<>();
        boolean reportPage = false;
        for (Page p : tree.pages()) {
            present.add(p.source());
            RenderState.PageRecord r = last.pages().get(p.source());
            if (r == null || !Arrays.equals(r.digest(), digests.of(p.source()))) {
                changes.add(new Affected.Change(r == null ? null : r.before(), p));
                reportPage |= (r != null && r.before().report())
                        || ReportLoader.LAYOUT.equals(p.meta().layout());
            }
        }
        for (RenderState.PageRecord r : last.pages().values()) {
            if (!present.contains(r.before().source())) {
                changes.add(new Affected.Change(r.before(), null));
                reportPage |= r.before().report();
            }
        }
        Set<String> stale = Affected.pages(new Affected.Edit(
                s -> {
                    RenderState.PageRecord r = last.pages().get(s);
                    return r == null ? null : r.before();
                },
                tree,
                changes,
                dataDirs,
                reportPage || reportsMoved(last.reports(), reports),
                last.reports(),
                reports.stream().map(AnnualReport::page).toList()));
        return new RenderPlan(
                stale,
                changes.stream()
                        .filter(c -> c.after() != null)
                        .map(c -> c.after().source())
                        .collect(Collectors.toSet()),
                last);
    }

    /** Whether the report pages are other pages than before (reports are made from their pages and data only). */
    private static boolean reportsMoved(List<Affected.Before> before, List<AnnualReport> after) {
        return !before.stream()
                .map(Affected.Before::source)
                .toList()
                .equals(after.stream().map(r -> r.page().source()).toList());
    }

    /** The digests of the data files read (drafts' among them: a change there makes no page stale). */
    static Map<String, byte[]> dataDigests(FileDigests digests) {
        Map<String, byte[]> out = new HashMap<>();
        digests.all().forEach((source, d) -> {
            if (source.endsWith(".yaml") || source.endsWith(".yml")) {
                out.put(source, d);
            }
        });
        return out;
    }

    /** "content/" as sources start with it. */
    static String contentPrefix(SourceLayout layout) {
        return layout.relative(layout.content()) + "/";
    }

    /** The folder (relative to content/) of the file at {@code source}. */
    private static String dirOf(String source, String prefix) {
        String rel = source.startsWith(prefix) ? source.substring(prefix.length()) : source;
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }

    /**
     * The fingerprint of what, besides content/, every page is made from: site.yaml, the files of the site's theme
     * folders (the built-in theme is part of the code, which the cache's key covers), the options that change the
     * pages, and the output folder. Null when a theme folder holds a symbolic link or cannot be read (whose target
     * may change unseen): the build then renders every page.
     */
    static byte[] inputs(SourceLayout layout, Theme theme, Path output, boolean drafts, boolean publish) {
        MessageDigest d = CodeFingerprint.sha256();
        d.update(("render inputs v1\n" + drafts + "\n" + publish + "\n" + output + "\n" + theme.name() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Path yaml = layout.root().resolve("site.yaml");
            if (!Files.isRegularFile(yaml, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            file(d, yaml);
            for (Path folder : theme.folders()) {
                if (folder.equals(theme.builtin())) {
                    continue;
                }
                field(d, folder.toString().getBytes(StandardCharsets.UTF_8));
                List<Path> files;
                try (Stream<Path> walk = Files.walk(folder)) {
                    files = walk.sorted().toList();
                }
                for (Path f : files) {
                    if (Files.isSymbolicLink(f)) {
                        return null;
                    }
                    field(d, folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        file(d, f);
                    } else {
                        field(d, new byte[0]);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return d.digest();
    }

    /** A file's size and bytes, read a block at a time: a theme's font or video of any size is not held whole. */
    private static void file(MessageDigest d, Path f) throws IOException {
        d.update(ByteBuffer.allocate(8).putLong(Files.size(f)).array());
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            byte[] block = new byte[1 << 16];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                d.update(block, 0, n);
            }
        }
    }

    private static void field(MessageDigest d, byte[] bytes) {
        d.update(ByteBuffer.allocate(8).putLong(bytes.length).array());
        d.update(bytes);
    }
}
