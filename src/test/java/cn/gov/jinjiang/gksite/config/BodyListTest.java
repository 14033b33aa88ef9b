package cn.gov.jinjiang.gksite.config;

import static cn.gov.jinjiang.gksite.config.SiteYaml.MINIMAL;
import static cn.gov.jinjiang.gksite.config.SiteYaml.found;
import static cn.gov.jinjiang.gksite.config.SiteYaml.load;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's bodies: each item's values and errors, and the list's duplicate and overlapping folders. */
class BodyListTest {
    @Test
    void everyValueOfABodyIsRead(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - id: sjj
                    name: " 晋江市审计局 "
                    kind: department
                    folder: xxgk/sjj/
                    index_prefix: QZ06121-2510
                    doc_prefix: 晋审
                    contact: 电话 0595-1
                    aliases: [晋江市审计局办公室, " "]
                """);
        assertThat(d.sorted()).isEmpty();
        assertThat(bodies)
                .containsExactly(new Body(
                        "sjj",
                        "晋江市审计局",
                        Body.DEPARTMENT,
                        "xxgk/sjj",
                        "QZ06121-2510",
                        "晋审",
                        "电话 0595-1",
                        new SourcePos("site.yaml", 10, 9),
                        List.of("晋江市审计局办公室")));
    }

    /** The bodies read from site.yaml's {@code bodies:} with {@code items} below it (lines 10 on). */
    private static List<Body> bodies(Path dir, Diagnostics d, String items) throws IOException {
        return load(dir, MINIMAL + "bodies:\n" + items, d).listedBodies();
    }

    @Test
    void noBodiesOrAnEmptyListIsTheSiteAlone(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        assertThat(load(dir, MINIMAL, d).listedBodies()).isEmpty();
        assertThat(load(dir, MINIMAL + "bodies:\n", d).listedBodies()).isEmpty();
        assertThat(d.sorted()).isEmpty();
    }

    @Test
    void anItemWithoutARequiredValueIsAnErrorAtTheValueOrTheItem(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - {id: sjj, name: "", kind: department}
                  - {id: tjj, name: 统计局, kind: department, folder: xxgk/tjj}
                """);
        assertThat(found(d)).containsExactly("config.required 10:5", "config.required 10:21");
        assertThat(d.sorted().get(0).message()).contains("folder（");
        assertThat(bodies).extracting(Body::id).containsExactly("tjj");
    }

    @Test
    void aBadIdKindFolderOrPrefixIsAnErrorAtItAndTheBodyIsLeftOut(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - {id: SJJ, name: 甲, kind: department, folder: a}
                  - {id: b, name: 乙, kind: bureau, folder: b}
                  - {id: c, name: 丙, kind: town, folder: ../c}
                  - {id: d, name: 丁, kind: town, folder: d, index_prefix: QZ1}
                  - {id: e, name: 戊, kind: government, folder: e, index_prefix: ""}
                """);
        assertThat(found(d))
                .containsExactly(
                        "config.type 10:10", "config.body-type 11:28", "config.body-folder 12:42", "config.type 13:59");
        assertThat(d.sorted().get(1).message()).contains("“乙”", "“bureau”");
        assertThat(d.sorted().get(2).message()).contains("“丙”", "“../c”");
        assertThat(d.sorted().get(3).message()).contains("“丁”", "“QZ1”");
        assertThat(bodies).extracting(Body::id).containsExactly("e");
    }

    @Test
    void aSecondBodyWithTheSameIdIsAnErrorAtItsId(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - {id: sjj, name: 甲, kind: department, folder: a}
                  - {id: sjj, name: 乙, kind: department, folder: b}
                """);
        assertThat(found(d)).containsExactly("config.body-duplicate 11:10");
        assertThat(d.sorted().get(0).message()).contains("“sjj”", "第 10 行");
        assertThat(bodies).extracting(Body::name).containsExactly("甲");
    }

    @Test
    void aBodyInAnotherBodysReportFolderIsRefusedWhicheverIsListedFirst(@TempDir Path dir) throws IOException {
        Diagnostics first = new Diagnostics();
        List<Body> outer = bodies(dir, first, """
                  - {id: zfb, name: 政府办, kind: government, folder: xxgk}
                  - {id: sjj, name: 审计局, kind: department, folder: xxgk/ndbg/sjj}
                  - {id: tjj, name: 统计局, kind: department, folder: xxgk/ndbgx/tjj}
                  - {id: ndbg, name: 年报, kind: department, folder: ndbg/x}
                """);
        assertThat(found(first)).containsExactly("config.body-folder 11:52");
        assertThat(first.sorted().get(0).message()).contains("审计局", "政府办", "第 10 行", "ndbg/");
        assertThat(outer).extracting(Body::id).containsExactly("zfb", "tjj", "ndbg");

        Diagnostics later = new Diagnostics();
        List<Body> inner = bodies(dir, later, """
                  - {id: sjj, name: 审计局, kind: department, folder: xxgk/ndbg/sjj}
                  - {id: zfb, name: 政府办, kind: government, folder: xxgk}
                  - {id: qt, name: 其他, kind: department, folder: xxgk/ndbg/qt/ndbg/x}
                """);
        assertThat(found(later)).containsExactly("config.body-folder 11:52", "config.body-folder 12:50");
        assertThat(later.sorted().get(0).message()).contains("“政府办”的目录 xxgk", "“审计局”（第 10 行）");
        assertThat(inner).extracting(Body::id).containsExactly("sjj");
    }

    @Test
    void aSecondBodyWithTheSameFolderIsAnErrorAtItsFolder(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - {id: sjj, name: 审计局, kind: department, folder: xxgk/sjj}
                  - {id: tjj, name: 统计局, kind: department, folder: xxgk/sjj/}
                """);
        assertThat(found(d)).containsExactly("config.body-folder 11:52");
        assertThat(d.sorted().get(0).message()).contains("“统计局”", "“审计局”（第 10 行）的目录相同");
        assertThat(bodies).extracting(Body::id).containsExactly("sjj");
    }

    @Test
    void aBodyInTwoReportFoldersIsRefusedOnceAndDeepHoldersAreFound(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        List<Body> bodies = bodies(dir, d, """
                  - {id: a, name: 甲, kind: department, folder: x/y}
                  - {id: b, name: 乙, kind: department, folder: x/y/ndbg/b}
                  - {id: c, name: 丙, kind: department, folder: x/y/ndbg/b/ndbg/c}
                  - {id: e, name: 戊, kind: department, folder: q/ndbg/e}
                """);
        assertThat(found(d)).containsExactly("config.body-folder 11:48", "config.body-folder 12:48");
        assertThat(bodies).extracting(Body::id).containsExactly("a", "e");
    }

    @Test
    void bodiesThatAreNoListAreATypeError(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        assertThat(load(dir, MINIMAL + "bodies: {id: sjj}\n", d).listedBodies()).isEmpty();
        assertThat(found(d)).containsExactly("config.type 9:9");
    }
}
