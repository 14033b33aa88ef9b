package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.JsonSchemas;
import cn.gov.jinjiang.gksite.testing.KeyCases;
import cn.gov.jinjiang.gksite.testing.KeyCases.Sample;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml's loader and site.schema.json agree key by key ({@link KeyCases}): what {@link ConfigLoader} reports, the
 * schema refuses, and what it reads without a word, the schema accepts.
 */
class SiteKeysTest {
    private static final Schema SCHEMA = JsonSchemas.load(JsonSchemaWriter.document(SiteKeys.FILE));

    /** The patterned texts: their samples are their own. */
    private static final Map<ValueType, List<Sample>> PATTERNED = Map.of(
            SiteKeys.THEME,
                    List.of(
                            Sample.ok("portal"),
                            Sample.ok("my-theme"),
                            Sample.ok("主题2"),
                            Sample.bad("''"),
                            Sample.bad("'..'"),
                            Sample.bad("'.'"),
                            Sample.bad("a/b"),
                            Sample.bad("'a\\\\b'"),
                            Sample.bad("c:x"),
                            Sample.bad(""),
                            Sample.bad("[a, b]"),
                            Sample.bad("{a: b}")),
            SiteKeys.BASE_URL,
                    List.of(
                            Sample.ok("http://www.example.gov.cn/"),
                            Sample.ok("https://a.gov.cn/xxgk/"),
                            Sample.bad("http://www.example.gov.cn"),
                            Sample.bad("www.example.gov.cn/"),
                            Sample.bad("ftp://a.cn/"),
                            Sample.bad("''"),
                            Sample.bad(""),
                            Sample.bad("[a, b]"),
                            Sample.bad("{a: b}")),
            SiteKeys.BODY_ID,
                    List.of(
                            Sample.ok("sjj"),
                            Sample.ok("dongshi"),
                            Sample.ok("a_b-c2"),
                            Sample.bad("12"),
                            Sample.bad("'12'"),
                            Sample.bad("SJJ"),
                            Sample.bad("审计局"),
                            Sample.bad("-a"),
                            Sample.bad("'a b'"),
                            Sample.bad(""),
                            Sample.bad("[a, b]"),
                            Sample.bad("{a: b}")),
            SiteKeys.FOLDER,
                    List.of(
                            Sample.ok("xxgk/zfxxgkzl/bmzfxxgk/sjj"),
                            Sample.ok("xxgk/zfxxgkzl/zjdgk/12/"),
                            Sample.ok("审计局"),
                            Sample.bad("/xxgk/sjj"),
                            Sample.bad("../sjj"),
                            Sample.bad("xxgk/../../etc"),
                            Sample.bad("./sjj"),
                            Sample.bad("xxgk//sjj"),
                            Sample.bad("'xxgk\\sjj'"),
                            Sample.bad("'c:'"),
                            Sample.bad(""),
                            Sample.bad("[a, b]"),
                            Sample.bad("{a: b}")),
            SiteKeys.INDEX_PREFIX,
                    List.of(
                            Sample.ok("QZ06101-0240"),
                            Sample.ok("''"),
                            Sample.ok(""),
                            Sample.bad("QZ06101"),
                            Sample.bad("a-b-c"),
                            Sample.bad("'a -b'"),
                            Sample.bad("[a, b]"),
                            Sample.bad("{a: b}")));

    @Test
    void theLoaderAndTheSchemaAgreeOnEveryKey(@TempDir Path dir) {
        List<KeyCases.Case> cases = new KeyCases(PATTERNED).cases(SiteKeys.FILE, base());
        assertThat(cases).hasSizeGreaterThan(200);
        assertThat(KeyCases.disagreements(
                        cases,
                        yaml -> loaderObjects(dir, yaml),
                        yaml -> !JsonSchemas.errors(SCHEMA, yaml).isEmpty()))
                .isEmpty();
    }

    @Test
    void theBaseFileIsValidAndAnEmptyFileIsNot(@TempDir Path dir) {
        String base = KeyCases.Yaml.render(base());
        assertThat(loaderObjects(dir, base)).isFalse();
        assertThat(JsonSchemas.errors(SCHEMA, base)).isEmpty();
        assertThat(loaderObjects(dir, "")).isTrue();
        assertThat(JsonSchemas.errors(SCHEMA, "")).isNotEmpty();
    }

    /** A valid site.yaml with every required key, and one nav item for the item's keys to be tried on. */
    private static Map<String, Object> base() {
        Map<String, Object> site =
                new LinkedHashMap<>(Map.of("name", "测试站点", "base_url", "http://www.example.gov.cn/"));
        Map<String, Object> footer = new LinkedHashMap<>();
        footer.put("host", "测试单位");
        footer.put("site_code", "\"1234567890\"");
        footer.put("icp", "测ICP备00000000号");
        footer.put("police", "测公网安备00000000000000号");
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("site", site);
        tree.put("footer", footer);
        tree.put("nav", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("label", "首页", "url", "/")))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "sjj");
        body.put("name", "晋江市审计局");
        body.put("kind", "department");
        body.put("folder", "xxgk/zfxxgkzl/bmzfxxgk/sjj");
        tree.put("bodies", new ArrayList<>(List.of(body)));
        return tree;
    }

    private static boolean loaderObjects(Path dir, String yaml) {
        try {
            Files.writeString(dir.resolve("site.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diags = new Diagnostics();
        new ConfigLoader().load(SourceLayout.of(dir, null), diags);
        return !diags.sorted().isEmpty();
    }
}
