package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule for symbolic links in a site's sources, on real folders and links: what a walk lists (at the path the site
 * sees, read from the real path), and each refusal at the link's own path with its reason.
 */
class SourceTreeTest {
    private static final String LINK_HINT = "gksite 只跟随指向站点目录（含 site.yaml 的目录）之内的符号链接。需要这个文件时，把文件本身复制到站点目录中；否则删除这个链接。";

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void site() throws IOException {
        root = Files.createDirectories(tmp.toRealPath().resolve("site-src"));
        Files.createDirectories(root.resolve("content"));
    }

    private Path file(String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, rel);
    }

    private Path link(String rel, Path target) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.createSymbolicLink(p, target);
    }

    private SourceTree tree() {
        return new SourceTree(SourceLayout.of(root, null));
    }

    private SourceTree.Listing walk(SourceTree tree) {
        return tree.walk(
                root.resolve("content"),
                "content.link",
                p -> p.getFileName().toString().startsWith("."));
    }

    /** Each entry as "path" or "path → real", both relative to the site's root. */
    private List<String> shown(List<SourceTree.Entry> entries) {
        List<String> out = new ArrayList<>();
        for (SourceTree.Entry e : entries) {
            String path = root.relativize(e.path()).toString();
            String real = root.relativize(e.real()).toString();
            out.add(path.equals(real) ? path : path + " → " + real);
        }
        return out;
    }

    private static List<String> refusals(List<Diagnostic> refused) {
        return refused.stream()
                .map(d -> d.code() + " " + d.pos() + " " + d.message())
                .toList();
    }

    private static String linkRefusal(String rel, String why) {
        return "content.link " + rel + " 符号链接 " + rel + " " + why + "，gksite 不会读取、复制或发布它。";
    }

    @Test
    void aTreeWithoutLinksIsListedSortedWithTheWalkedFolderFirst() throws IOException {
        file("content/b/c.md");
        file("content/a.md");
        file("content/b/a.md");
        file("content/.git/config");
        file("content/b/.hidden.md");
        SourceTree.Listing l = walk(tree());
        assertThat(shown(l.files())).containsExactly("content/a.md", "content/b/a.md", "content/b/c.md");
        assertThat(shown(l.folders())).containsExactly("content", "content/b");
        assertThat(l.refused()).isEmpty();
        assertThat(l.missing()).isFalse();
    }

    @Test
    void theSkipTestIsAskedAboutPathsRelativeToTheWalkedFolder() throws IOException {
        file("content/drafts/a.md");
        file("content/b.md");
        List<Path> asked = new ArrayList<>();
        Predicate<Path> skip = p -> {
            asked.add(p);
            return p.toString().equals("drafts");
        };
        SourceTree.Listing l = tree().walk(root.resolve("content"), "content.link", skip);
        assertThat(shown(l.files())).containsExactly("content/b.md");
        assertThat(asked).containsExactly(Path.of("b.md"), Path.of("drafts"));
    }

    @Test
    void theSkipTestIsAskedInNameOrder() throws IOException {
        List<String> names = List.of("k.md", "c.md", "x.md", "a.md", "q.md", "f.md", "m.md", "b.md");
        for (String n : names) {
            file("content/" + n);
        }
        List<String> asked = new ArrayList<>();
        tree().walk(root.resolve("content"), "content.link", p -> {
            asked.add(p.toString());
            return false;
        });
        assertThat(asked).isSorted().hasSameSizeAs(names);
    }

    @Test
    void aMissingFolderIsAnEmptyListing() {
        SourceTree.Listing l = tree().walk(root.resolve("themes"), "theme.link", p -> false);
        assertThat(l.missing()).isTrue();
        assertThat(l.files()).isEmpty();
        assertThat(l.refused()).isEmpty();
    }

    @Test
    void linksInsideTheSiteAreFollowedAndReadFromTheirTargets() throws IOException {
        file("shared/logo.txt");
        file("shared/docs/x.md");
        link("content/logo.txt", root.resolve("shared/logo.txt"));
        link("content/docs", Path.of("../shared/docs"));
        file("content/z/y.md");
        SourceTree.Listing l = walk(tree());
        // linked folders are walked last, and the listing is still in path order
        assertThat(shown(l.files()))
                .containsExactly(
                        "content/docs/x.md → shared/docs/x.md", "content/logo.txt → shared/logo.txt", "content/z/y.md");
        assertThat(shown(l.folders())).containsExactly("content", "content/docs → shared/docs", "content/z");
        assertThat(l.refused()).isEmpty();
    }

    @Test
    void eachRefusedLinkIsNamedAtItsOwnPathWithWhy() throws IOException {
        Path outside = Files.createDirectories(tmp.toRealPath().resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.txt"), "s");
        file(".git/config");
        file("site/index.html");
        link("content/a-out", outside.resolve("secret.txt"));
        link("content/b-broken", Path.of("nothing-here"));
        link("content/c-self", Path.of("c-self"));
        link("content/d-up", Path.of(".."));
        link("content/e-output", root.resolve("site/index.html"));
        link("content/f-hidden", root.resolve(".git/config"));
        link("content/g-here", Path.of("."));
        SourceTree.Listing l = walk(tree());
        assertThat(refusals(l.refused()))
                .containsExactly(
                        linkRefusal("content/a-out", "指向站点目录之外（" + outside.resolve("secret.txt") + "）"),
                        linkRefusal("content/b-broken", "指向不存在的文件或目录（→ nothing-here）"),
                        linkRefusal("content/c-self", "构成循环：链接最终又指回它自己"),
                        linkRefusal("content/d-up", "构成循环：它指向自己所在的目录或更上级的目录"),
                        linkRefusal("content/e-output", "指向输出目录（构建生成的网站）（" + root.resolve("site/index.html") + "）"),
                        linkRefusal(
                                "content/f-hidden", "指向隐藏的目录或文件（如 .git、.gksite）（" + root.resolve(".git/config") + "）"),
                        linkRefusal("content/g-here", "构成循环：它指向自己所在的目录或更上级的目录"));
        assertThat(l.refused()).allSatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.hint()).isEqualTo(LINK_HINT);
        });
        assertThat(l.files()).isEmpty();
        assertThat(shown(l.folders())).containsExactly("content");
    }

    @Test
    void aFolderReachedDirectlyAndThroughALinkIsKeptAtItsOwnPath() throws IOException {
        file("content/b/x.md");
        link("content/a-link", root.resolve("content/b"));
        link("content/c-broken", Path.of("nothing"));
        file("content/n.txt");
        link("content/n-link", root.resolve("content/n.txt/sub"));
        SourceTree.Listing l = walk(tree());
        assertThat(shown(l.files())).containsExactly("content/b/x.md", "content/n.txt");
        // in path order, though the linked folder was refused after the walk of the others
        assertThat(refusals(l.refused()))
                .containsExactly(
                        linkRefusal("content/a-link", "指向的目录已经作为 content/b 进入站点，同一个目录不能出现在两个地址"),
                        linkRefusal("content/c-broken", "指向不存在的文件或目录（→ nothing）"),
                        linkRefusal("content/n-link", "无法解析（Not a directory）"));
    }

    @Test
    void twoLinksToOneFolderKeepTheFirstInPathOrder() throws IOException {
        file("shared/x.md");
        link("content/z", root.resolve("shared"));
        link("content/m", root.resolve("shared"));
        SourceTree.Listing l = walk(tree());
        assertThat(shown(l.files())).containsExactly("content/m/x.md → shared/x.md");
        assertThat(refusals(l.refused()))
                .containsExactly(linkRefusal("content/z", "指向的目录已经作为 content/m 进入站点，同一个目录不能出现在两个地址"));
    }

    @Test
    void theOutputFolderInsideTheSourcesIsNeverReadBack() throws IOException {
        file("content/out/index.html");
        file("content/a.md");
        SourceTree tree = new SourceTree(SourceLayout.of(root, root.resolve("content/out")));
        SourceTree.Listing l = walk(tree);
        assertThat(shown(l.files())).containsExactly("content/a.md");
        assertThat(l.refused()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("content.link");
            assertThat(d.pos()).hasToString("content/out");
            assertThat(d.message()).isEqualTo("content/out 是输出目录（构建生成的网站），不会作为源文件读取。");
            assertThat(d.hint()).isEqualTo("不要把输出目录放在 content/ 或主题中，也不要链接到它。");
        });
    }

    @Test
    void anOutputFolderGivenThroughALinkIsKnownByItsRealPathToo() throws IOException {
        file("build/index.html");
        Path out = link("out-link", root.resolve("build"));
        link("content/o", root.resolve("build"));
        SourceTree.Listing l = walk(new SourceTree(SourceLayout.of(root, out)));
        assertThat(refusals(l.refused()))
                .containsExactly(linkRefusal("content/o", "指向输出目录（构建生成的网站）（" + root.resolve("build") + "）"));
    }

    @Test
    void aSiteReachedThroughALinkedFolderIsStillInside() throws IOException {
        file("content/a.md");
        Path viaLink = Files.createSymbolicLink(tmp.toRealPath().resolve("via"), root);
        SourceTree tree = new SourceTree(SourceLayout.of(viaLink, null));
        SourceTree.Listing l = tree.walk(viaLink.resolve("content"), "content.link", p -> false);
        assertThat(l.refused()).isEmpty();
        assertThat(l.files()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(viaLink.resolve("content/a.md"));
            assertThat(e.real()).isEqualTo(root.resolve("content/a.md"));
        });
    }

    @Test
    void socketsAndOtherSpecialFilesAreRefused() throws IOException {
        file("content/a.md");
        Path socket = root.resolve("content/s.sock");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(socket));
            link("content/t-link", socket);
            SourceTree.Listing l = walk(tree());
            assertThat(shown(l.files())).containsExactly("content/a.md");
            assertThat(refusals(l.refused()))
                    .containsExactly(
                            "content.link content/s.sock content/s.sock 不是普通文件或目录（设备、管道或套接字），不会被读取。",
                            linkRefusal("content/t-link", "指向的不是普通文件或目录（设备、管道或套接字）"));
            assertThat(l.refused().get(0).hint()).isEqualTo("删除它。");
        }
    }

    @Test
    void aLayoutFolderIsItselfOrTheTargetOfAFollowedLink() throws IOException {
        Files.createDirectories(root.resolve("real-themes/t"));
        file("a-file.txt");
        link("themes", Path.of("real-themes"));
        link("outside", tmp.toRealPath());
        List<Diagnostic> refused = new ArrayList<>();
        SourceTree tree = tree();
        assertThat(tree.folder(root.resolve("content"), "x", refused)).contains(root.resolve("content"));
        assertThat(tree.folder(root.resolve("themes"), "x", refused)).contains(root.resolve("real-themes"));
        assertThat(tree.folder(root.resolve("themes/t"), "x", refused)).contains(root.resolve("real-themes/t"));
        assertThat(tree.folder(root.resolve("nothing"), "x", refused)).isEmpty();
        assertThat(tree.folder(root.resolve("a-file.txt"), "x", refused)).isEmpty();
        assertThat(refused).isEmpty();
        assertThat(tree.folder(root.resolve("outside"), "theme.link", refused)).isEmpty();
        assertThat(refusals(refused))
                .containsExactly("theme.link outside 符号链接 outside 构成循环：它指向自己所在的目录或更上级的目录，gksite 不会读取、复制或发布它。");
    }

    @Test
    void aLinkedLayoutFolderThatIsAFileIsNoFolder() throws IOException {
        file("a-file.txt");
        link("content2", root.resolve("a-file.txt"));
        List<Diagnostic> refused = new ArrayList<>();
        assertThat(tree().folder(root.resolve("content2"), "x", refused)).isEmpty();
        assertThat(refused).isEmpty();
    }

    @Test
    void aFolderOutsideTheSiteIsRefusedThoughNamedFromInside() throws IOException {
        Path other = Files.createDirectories(tmp.toRealPath().resolve("other"));
        List<Diagnostic> refused = new ArrayList<>();
        assertThat(tree().folder(root.resolve("../other"), "content.outside", refused))
                .isEmpty();
        assertThat(refused).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("content.outside");
            assertThat(d.pos()).hasToString(other.toString());
            assertThat(d.message()).isEqualTo(other + " 不在站点目录之内，gksite 不会读取它。");
            assertThat(d.hint()).isEqualTo("只使用站点目录（含 site.yaml 的目录）中的文件和目录。");
        });
    }

    @Test
    void aLayoutFileIsItselfOrTheTargetOfAFollowedLink() throws IOException {
        Path yaml = file("site.yaml");
        file("conf/real.yaml");
        Path outside = Files.writeString(tmp.toRealPath().resolve("x.yaml"), "x");
        List<Diagnostic> refused = new ArrayList<>();
        SourceTree tree = tree();
        assertThat(tree.file(yaml, "site.link", refused)).contains(yaml);
        link("linked.yaml", root.resolve("conf/real.yaml"));
        assertThat(tree.file(root.resolve("linked.yaml"), "site.link", refused))
                .contains(root.resolve("conf/real.yaml"));
        assertThat(tree.file(root.resolve("missing.yaml"), "site.link", refused))
                .isEmpty();
        assertThat(tree.file(root.resolve("content"), "site.link", refused)).isEmpty();
        link("dir.yaml", root.resolve("content"));
        assertThat(tree.file(root.resolve("dir.yaml"), "site.link", refused)).isEmpty();
        assertThat(refused).isEmpty();
        link("out.yaml", outside);
        assertThat(tree.file(root.resolve("out.yaml"), "site.link", refused)).isEmpty();
        assertThat(refusals(refused))
                .containsExactly("site.link out.yaml 符号链接 out.yaml 指向站点目录之外（" + outside + "），gksite 不会读取、复制或发布它。");
        refused.clear();
        assertThat(tree.file(tmp.toRealPath().resolve("x.yaml"), "site.link", refused))
                .isEmpty();
        assertThat(refused)
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("不在站点目录之内"));
    }
}
