package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.content.ContentLoader;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.render.Listed;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's choice of pages to render again after an edit ({@link Affected}), on its own: trees before and
 * after an edit in, page sources out. A list page is rendered again exactly when what it shows of the edited page
 * ({@link Listed}) changed; every component of {@link Listed} has an edit here, so a field that lists come to show
 * cannot leave the preview's lists stale without this test failing.
 */
class AffectedTest {
    private static final String PAGE = "content/zl/wj/a.md";
    private static final String LIST = "content/zl/wj/index.md";
    private static final String FRONT = "content/zl/index.md";
    private static final String HOME = "content/index.md";
    private static final String OTHER_LIST = "content/zl/qt/index.md";

    private static final String A = """
            ---
            title: 甲通知
            date: 2025-01-02
            索引号: QZ06101-0240-2025-00001
            主题分类: 综合政务
            发布机构: 晋江市人民政府办公室
            成文日期: 2025-01-01
            文号: 晋政办〔2025〕1号
            有效性: 现行有效
            description: 说明
            ---

            正文。
            """;

    /** One edit of a.md per component of {@link Listed}: what lists show of it. */
    private static final Map<String, String[]> LISTED_EDITS = new LinkedHashMap<>();

    static {
        LISTED_EDITS.put("title", new String[] {"title: 甲通知", "title: 乙通知"});
        LISTED_EDITS.put("url", new String[] {"title: 甲通知", "title: 甲通知\nurl: /zl/wj/t1.html"});
        LISTED_EDITS.put("date", new String[] {"date: 2025-01-02", "date: 2025-01-03"});
        LISTED_EDITS.put("weight", new String[] {"title: 甲通知", "title: 甲通知\nweight: 5"});
        LISTED_EDITS.put("sample", new String[] {"title: 甲通知", "title: 甲通知\nsample: true"});
        LISTED_EDITS.put("draft", new String[] {"title: 甲通知", "title: 甲通知\ndraft: true"});
        LISTED_EDITS.put("docNo", new String[] {"文号: 晋政办〔2025〕1号", "文号: 晋政办〔2025〕2号"});
        LISTED_EDITS.put("validity", new String[] {"有效性: 现行有效", "有效性: 已废止"});
        LISTED_EDITS.put("indexNo", new String[] {"QZ06101-0240-2025-00001", "QZ06101-0240-2025-00002"});
        LISTED_EDITS.put("topic", new String[] {"主题分类: 综合政务", "主题分类: 财政"});
        LISTED_EDITS.put("publisher", new String[] {"发布机构: 晋江市人民政府办公室", "发布机构: 晋江市财政局"});
    }

    @TempDir
    Path dir;

    @Test
    void everyComponentOfListedHasAnEditHere() {
        List<String> components = Arrays.stream(Listed.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertThat(LISTED_EDITS.keySet()).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void aChangeOfWhatListsShowRendersTheListAndTheFrontPagesAbove() {
        for (var e : LISTED_EDITS.entrySet()) {
            String edited = A.replace(e.getValue()[0], e.getValue()[1]);
            assertThat(edited).as(e.getKey()).isNotEqualTo(A);
            Set<String> stale = affectedByEditOfA(edited);
            assertThat(stale)
                    .as("after an edit of %s", e.getKey())
                    .contains(PAGE, LIST, FRONT, HOME)
                    .doesNotContain(OTHER_LIST, "content/zl/wj/b.md");
        }
    }

    @Test
    void aChangeListsDoNotShowRendersThePageAlone() {
        assertThat(affectedByEditOfA(A.replace("正文。", "新的正文。"))).containsExactly(PAGE);
        assertThat(affectedByEditOfA(A.replace("description: 说明", "description: 新说明")))
                .containsExactly(PAGE);
        assertThat(affectedByEditOfA(A.replace("成文日期: 2025-01-01", "成文日期: 2024-12-31")))
                .containsExactly(PAGE);
    }

    @Test
    void anIndexPageRetitledRendersThePagesBelowItForTheirBreadcrumbs() {
        assertThat(afterWriting(LIST, "---\ntitle: 文件库\n---\n\n文件。\n"))
                .contains(LIST, PAGE, "content/zl/wj/b.md", FRONT, HOME)
                .doesNotContain(OTHER_LIST);
    }

    @Test
    void aNewPageRendersItsListAndTheFrontPagesAbove() {
        assertThat(afterWriting("content/zl/wj/c.md", "---\ntitle: 丙通知\ndate: 2025-02-01\n---\n\n正文。\n"))
                .containsExactlyInAnyOrder("content/zl/wj/c.md", LIST, FRONT, HOME);
    }

    @Test
    void aDataFileRendersThePagesOfItsFolderAndBelow() {
        Path site = site();
        ContentTree tree = load(site);
        Set<String> stale =
                Affected.pages(Affected.Edit.of(tree, tree, List.of(), Set.of("zl/wj"), List.of(), List.of()));
        assertThat(stale).containsExactlyInAnyOrder(LIST, PAGE, "content/zl/wj/b.md");
    }

    private Set<String> affectedByEditOfA(String edited) {
        return afterWriting(PAGE, edited);
    }

    /** The pages to render again after writing {@code text} to {@code source} in a fresh copy of the site. */
    private Set<String> afterWriting(String source, String text) {
        Path site = site();
        ContentTree before = load(site);
        TestSites.write(site.resolve(source), text);
        return affected(before, load(site), source);
    }

    /** The pages to render again after {@code source} changed between the two trees (either side may lack it). */
    private static Set<String> affected(ContentTree before, ContentTree after, String source) {
        return Affected.pages(Affected.Edit.of(
                before,
                after,
                List.of(new SourceFiles.PageChange(page(before, source), page(after, source))),
                Set.of(),
                List.of(),
                List.of()));
    }

    private int sites;

    private Path site() {
        return TestSites.inline(
                dir.resolve("site" + sites++),
                "content/index.md",
                "---\ntitle: 首页\n---\n\n首页。\n",
                "content/zl/index.md",
                "---\ntitle: 专栏\n---\n",
                "content/zl/wj/index.md",
                "---\ntitle: 文件\n---\n",
                PAGE,
                A,
                "content/zl/wj/b.md",
                "---\ntitle: 乙\ndate: 2025-01-01\n---\n\n正文。\n",
                "content/zl/qt/index.md",
                "---\ntitle: 其他\n---\n",
                "content/zl/qt/c.md",
                "---\ntitle: 丙\ndate: 2025-01-01\n---\n\n正文。\n");
    }

    private static ContentTree load(Path site) {
        return new ContentLoader().load(SourceLayout.of(site, site.resolve("site")), new Diagnostics(), true);
    }

    private static Page page(ContentTree tree, String source) {
        return tree.pages().stream()
                .filter(p -> p.source().equals(source))
                .findFirst()
                .orElse(null);
    }
}
