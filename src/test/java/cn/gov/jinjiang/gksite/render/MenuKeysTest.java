package cn.gov.jinjiang.gksite.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.JsonSchemas;
import cn.gov.jinjiang.gksite.testing.KeyCases;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A column's menu reader and menu.schema.json agree key by key ({@link KeyCases}), down to the children of an entry.
 */
class MenuKeysTest {
    private static final Schema SCHEMA = JsonSchemas.load(JsonSchemaWriter.document(MenuKeys.FILE));

    @Test
    void theReaderAndTheSchemaAgreeOnEveryKey() {
        Map<String, Object> child = new LinkedHashMap<>(Map.of("label", "法规", "url", "/ml/02/"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", "目录");
        item.put("url", "/ml/");
        item.put("children", new ArrayList<>(List.of(child)));
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("title", "政府信息公开");
        base.put("items", new ArrayList<>(List.of(item)));
        List<KeyCases.Case> cases = new KeyCases(Map.of()).cases(MenuKeys.FILE, base);
        assertThat(cases).hasSizeGreaterThan(40);
        assertThat(KeyCases.disagreements(
                        cases,
                        MenuKeysTest::readerObjects,
                        yaml -> !JsonSchemas.errors(SCHEMA, yaml).isEmpty()))
                .isEmpty();
    }

    private static boolean readerObjects(String yaml) {
        Diagnostics diags = new Diagnostics();
        ColumnMenu.read(
                new DataFile("content/menu.yaml", ColumnMenu.FILE, YamlDoc.parse("content/menu.yaml", 0, yaml), yaml),
                diags);
        return !diags.sorted().isEmpty();
    }
}
