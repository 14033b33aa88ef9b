package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.testing.JsonSchemas;
import cn.gov.jinjiang.gksite.testing.KeyCases;
import com.networknt.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The front matter's binder and front-matter.schema.json agree key by key ({@link KeyCases}): what {@link MetaBinder}
 * reports, the schema refuses, and what it binds without a word, the schema accepts.
 */
class FrontMatterKeysTest {
    private static final Schema SCHEMA = JsonSchemas.load(JsonSchemaWriter.document(FrontMatterKeys.PAGE));

    @Test
    void theBinderAndTheSchemaAgreeOnEveryKey() {
        Map<String, Object> base = new LinkedHashMap<>(Map.of("title", "标题"));
        List<KeyCases.Case> cases = new KeyCases(Map.of()).cases(FrontMatterKeys.PAGE, base);
        assertThat(cases).hasSizeGreaterThan(150);
        assertThat(KeyCases.disagreements(
                        cases,
                        FrontMatterKeysTest::binderObjects,
                        yaml -> !JsonSchemas.errors(SCHEMA, yaml).isEmpty()))
                .isEmpty();
    }

    @Test
    void theKeysArePageMetasKeys() {
        assertThat(PageMeta.KEYS).isEqualTo(FrontMatterKeys.PAGE.names()).startsWith("title");
    }

    private static boolean binderObjects(String yaml) {
        Diagnostics diags = new Diagnostics();
        try {
            new MetaBinder().bind(YamlDoc.parse("content/a.md", 1, yaml), diags);
        } catch (DiagnosticException e) {
            return true;
        }
        return !diags.sorted().isEmpty();
    }
}
