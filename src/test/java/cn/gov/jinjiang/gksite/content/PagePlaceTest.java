package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@code new page} puts a page of a body, and the paths it refuses. */
class PagePlaceTest {
    private static final Body ZFB = body("zfb", "晋江市人民政府办公室", "xxgk/zfxxgkzl");
    private static final Body SJJ = body("sjj", "晋江市审计局", "xxgk/zfxxgkzl/bmzfxxgk/sjj");
    private static final Body SITE = body("site", "晋江市人民政府办公室", "");
    private static final Bodies BODIES = new Bodies(List.of(ZFB, SJJ), SITE);

    private static Body body(String id, String name, String folder) {
        return new Body(id, name, "department", folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    @Test
    void aPathIsTakenBelowTheNamedBodysFolder() {
        PagePlace p = PagePlace.of("zfxxgkml/wj-1", BODIES, SJJ);
        assertThat(p.path()).isEqualTo("xxgk/zfxxgkzl/bmzfxxgk/sjj/zfxxgkml/wj-1");
        assertThat(p.dir()).isEqualTo("xxgk/zfxxgkzl/bmzfxxgk/sjj/zfxxgkml");
        assertThat(p.body()).isEqualTo(SJJ);
        // A page straight in the body's folder.
        assertThat(PagePlace.of("wj-2.md", BODIES, SJJ).path()).isEqualTo("xxgk/zfxxgkzl/bmzfxxgk/sjj/wj-2");
    }

    @Test
    void aPathBelowContentInTheBodysFolderIsTakenAsIs() {
        for (String given : new String[] {
            "xxgk/zfxxgkzl/bmzfxxgk/sjj/zfxxgkml/wj-1", "content/xxgk/zfxxgkzl/bmzfxxgk/sjj/zfxxgkml/wj-1.md"
        }) {
            assertThat(PagePlace.of(given, BODIES, SJJ).path())
                    .as(given)
                    .isEqualTo("xxgk/zfxxgkzl/bmzfxxgk/sjj/zfxxgkml/wj-1");
        }
    }

    @Test
    void withoutABodyTheDeepestFolderDecides() {
        assertThat(PagePlace.of("xxgk/zfxxgkzl/bmzfxxgk/sjj/a", BODIES, null).body())
                .isEqualTo(SJJ);
        assertThat(PagePlace.of("xxgk/zfxxgkzl/ml/02/a", BODIES, null).body()).isEqualTo(ZFB);
        assertThat(PagePlace.of("xxgk/a", BODIES, null).body()).isEqualTo(SITE);
        assertThat(PagePlace.of("a", BODIES, null).dir()).isEmpty();
    }

    @Test
    void aPathOutsideTheBodysPartIsRefused() {
        // In another body's folder (content-relative), and in a deeper body's folder below the named one.
        assertThat(code("xxgk/zfxxgkzl/ml/02/a", SJJ)).isEqualTo("content.body-path");
        assertThat(code("content/xxgk/zfxxgkzl/ml/02/a.md", SJJ)).isEqualTo("content.body-path");
        assertThat(code("bmzfxxgk/sjj/a", ZFB)).isEqualTo("content.body-path");
        assertThat(message("bmzfxxgk/sjj/a", ZFB)).contains("晋江市审计局", "sjj");
        // ".." never leads out of it, whichever way it is written.
        for (String p : new String[] {"../tjj/a", "zfxxgkml/../../tjj/a", "..\\tjj\\a", "./a", "a//b", "/a", "a/"}) {
            assertThat(code(p, SJJ)).as(p).isEqualTo("content.path");
        }
        assertThat(message("../tjj/a", SJJ)).contains("..", "晋江市审计局");
    }

    private static String code(String path, Body named) {
        return thrown(path, named).diagnostics().get(0).code();
    }

    private static String message(String path, Body named) {
        return thrown(path, named).diagnostics().get(0).message();
    }

    private static DiagnosticException thrown(String path, Body named) {
        try {
            PagePlace p = PagePlace.of(path, BODIES, named);
            return fail("accepted " + path + " as " + p.path());
        } catch (DiagnosticException e) {
            return e;
        }
    }

    private static final Body TJJ = body("tjj", "某统计局", "tjj");
    private static final Bodies WITH_TJJ = new Bodies(List.of(ZFB, SJJ, TJJ), SITE);

    @Test
    void aBodyWithAOneFolderPathOrTheSitesOwnTakesPathsBelowIt() {
        assertThat(PagePlace.of("a/b", WITH_TJJ, TJJ).path()).isEqualTo("tjj/a/b");
        assertThat(PagePlace.of("tjj/a", WITH_TJJ, TJJ).path()).isEqualTo("tjj/a");
        PagePlace site = PagePlace.of("misc/a", WITH_TJJ, SITE);
        assertThat(site.path()).isEqualTo("misc/a");
        assertThat(site.dir()).isEqualTo("misc");
        assertThat(site.body()).isEqualTo(SITE);
        assertThat(PagePlace.of("a", WITH_TJJ, SITE).path()).isEqualTo("a");
    }

    @Test
    void aPathAlreadyBelowContentIsNotMovedIntoTheBodysFolder() {
        // The body's first folder alone, and a path given below content/ outside the body's folder, are refused.
        assertThat(code("xxgk", SJJ)).isEqualTo("content.body-path");
        assertThat(code("content/zfxxgkml/a.md", SJJ)).isEqualTo("content.body-path");
        assertThat(message("content/zfxxgkml/a.md", SJJ))
                .isEqualTo("--body sjj 指定的单位是“晋江市审计局”，而页面 content/zfxxgkml/a.md 不在它的目录 xxgk/zfxxgkzl/bmzfxxgk/sjj/ 中。");
        assertThat(message("bmzfxxgk/sjj/a", ZFB))
                .isEqualTo("--body zfb 指定的单位是“晋江市人民政府办公室”，而页面 content/xxgk/zfxxgkzl/bmzfxxgk/sjj/a.md"
                        + " 在单位“晋江市审计局”（sjj）的目录 xxgk/zfxxgkzl/bmzfxxgk/sjj/ 中。");
        assertThat(thrown("bmzfxxgk/sjj/a", ZFB).diagnostics().get(0).pos())
                .isEqualTo(SourcePos.of("content/xxgk/zfxxgkzl/bmzfxxgk/sjj/a.md"));
    }

    @Test
    void aBadPathIsExplainedForTheBodyOrForContent() {
        for (String p : new String[] {"", " ", ".md", "content/", "content/.md"}) {
            assertThat(thrown(p, null).diagnostics().get(0).code()).as(p).isEqualTo("content.path");
        }
        DiagnosticException none = thrown("../a", null);
        assertThat(none.diagnostics().get(0).message()).isEqualTo("页面路径“../a”不对。");
        assertThat(none.diagnostics().get(0).hint()).isEqualTo("写 content/ 下的相对路径，如 xxgk/zfxxgkzl/ml/02/jzb-2026-01。");
        assertThat(none.diagnostics().get(0).pos()).isEqualTo(SourcePos.of("content/"));
        DiagnosticException dot = thrown("./a", SJJ);
        assertThat(dot.diagnostics().get(0).message()).isEqualTo("页面路径“./a”不对。");
        assertThat(dot.diagnostics().get(0).hint())
                .isEqualTo("写单位目录 xxgk/zfxxgkzl/bmzfxxgk/sjj/ 下的相对路径，如 zfxxgkml/wj-2026-01。");
        assertThat(message("a/../../b", SJJ)).isEqualTo("页面路径“a/../../b”不对：“..”会离开单位“晋江市审计局”的目录。");
    }
}
