package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's {@code bodies:}: which body a folder belongs to, and the list's own errors at their lines. */
class BodiesTest {
    private static final String HEAD = """
            site:
              name: 中国晋江
              organisation: 晋江市人民政府办公室
              base_url: http://www.example.gov.cn/
              body_type: government
            footer: {host: 测试单位, site_code: "1234567890", icp: 测ICP备00000000号, police: 测公网安备00000000000000号}
            catalogue: {index_prefix: QZ06101-0240}
            """;

    @Test
    void aSiteWithoutBodiesIsItsOwnBodyWithItsOldSettings(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, HEAD, d);
        assertThat(d.sorted()).isEmpty();
        Bodies bodies = c.bodies();
        assertThat(bodies.all()).hasSize(1);
        Body site = bodies.of("xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025");
        assertThat(site.id()).isEqualTo(SiteConfig.SITE_BODY);
        assertThat(site.kind()).isEqualTo("government");
        assertThat(site.name()).isEqualTo("晋江市人民政府办公室");
        assertThat(site.indexPrefix()).isEqualTo("QZ06101-0240");
    }

    @Test
    void theDeepestFolderWinsAndNestedFoldersAreAllowed(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, HEAD + """
                bodies:
                  - {id: zfb, name: 晋江市人民政府办公室, kind: government, folder: xxgk/zfxxgkzl}
                  - {id: sjj, name: 晋江市审计局, kind: department, folder: xxgk/zfxxgkzl/bmzfxxgk/sjj/, index_prefix: QZ06121-2510}
                  - {id: dongshi, name: 晋江市东石镇人民政府, kind: town, folder: xxgk/zfxxgkzl/zjdgk/12}
                """, d);
        assertThat(d.sorted()).isEmpty();
        Bodies b = c.bodies();
        assertThat(b.all()).extracting(Body::id).containsExactly("zfb", "sjj", "dongshi");
        assertThat(b.of("xxgk/zfxxgkzl/bmzfxxgk/sjj/ndbg/2025").id()).isEqualTo("sjj");
        assertThat(b.of("xxgk/zfxxgkzl/bmzfxxgk/sjj").id()).isEqualTo("sjj");
        assertThat(b.of("xxgk/zfxxgkzl/bmzfxxgk/sjjx").id()).isEqualTo("zfb");
        assertThat(b.of("xxgk/zfxxgkzl/ndbg/2025").id()).isEqualTo("zfb");
        assertThat(b.of("xxgk").id()).isEqualTo(SiteConfig.SITE_BODY);
        assertThat(b.byId("sjj").orElseThrow().indexPrefix()).isEqualTo("QZ06121-2510");
        assertThat(b.byId("sjj").orElseThrow().folder()).isEqualTo("xxgk/zfxxgkzl/bmzfxxgk/sjj");
        assertThat(b.byId("dongshi").orElseThrow().kindLabel()).isEqualTo("镇街道");
    }

    @Test
    void aSecondBodyWithTheSameFolderIsAnErrorAtItsFolderAndIsLeftOut(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, HEAD + """
                bodies:
                  - {id: sjj, name: 晋江市审计局, kind: department, folder: xxgk/sjj}
                  - id: tjj
                    name: 晋江市统计局
                    kind: department
                    folder: xxgk/sjj/
                """, d);
        List<Diagnostic> found = d.sorted();
        assertThat(found).extracting(Diagnostic::code).containsExactly("config.body-folder");
        assertThat(found.get(0).pos().line()).isEqualTo(13);
        assertThat(found.get(0).pos().column()).isEqualTo(13);
        assertThat(found.get(0).message()).contains("晋江市统计局", "晋江市审计局", "第 9 行");
        assertThat(c.bodies().all()).extracting(Body::id).containsExactly("sjj");
    }

    @Test
    void aBodyInsideAnotherBodysReportFolderIsRefusedEitherWay(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        load(dir, HEAD + """
                bodies:
                  - {id: sjj, name: 晋江市审计局, kind: department, folder: xxgk/sjj/ndbg/x}
                  - {id: zfb, name: 晋江市人民政府办公室, kind: government, folder: xxgk/sjj}
                """, d);
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("config.body-folder");
    }

    @Test
    void aListThatIsNoListIsATypeError(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig c = load(dir, HEAD + "bodies: {id: sjj}\n", d);
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("config.type");
        assertThat(c.bodies().listed()).isEmpty();
    }

    @Test
    void theListedBodiesAndTheSitesOwnAreKeptApart() {
        Body site = body(SiteConfig.SITE_BODY, "");
        Body sjj = body("sjj", "xxgk/sjj");
        Bodies bodies = new Bodies(List.of(sjj), site);
        assertThat(bodies.listed()).containsExactly(sjj);
        assertThat(bodies.site()).isSameAs(site);
        assertThat(bodies.all()).containsExactly(sjj);
        assertThat(bodies.byId("site")).containsSame(site);
        assertThat(bodies.byId("tjj")).isEmpty();
        assertThat(bodies.of("/xxgk/sjj")).isSameAs(site);
        assertThat(bodies.of("")).isSameAs(site);
        assertThat(new Bodies(List.of(), site).all()).containsExactly(site);
    }

    private static Body body(String id, String folder) {
        return new Body(id, id, Body.DEPARTMENT, folder, "", "", "", SourcePos.of("site.yaml"), List.of());
    }

    private static SiteConfig load(Path dir, String yaml, Diagnostics d) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), yaml);
        return new ConfigLoader().load(SourceLayout.of(dir, null), d);
    }
}
