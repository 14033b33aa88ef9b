package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocTest {
    private static List<Diagnostic> duplicates(int lineOffset, String yaml) {
        try {
            YamlDoc.parse("f.yaml", lineOffset, yaml);
            return List.of();
        } catch (DiagnosticException e) {
            return e.diagnostics();
        }
    }

    @Test
    void aRepeatedKeyIsAnErrorAtTheRepeatNamingTheFirst() {
        List<Diagnostic> d = duplicates(1, "title: 一\ndate: 2025-01-02\ntitle: 二\n");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).code()).isEqualTo("yaml.duplicate-key");
        assertThat(d.get(0).pos()).hasToString("f.yaml:4:1");
        assertThat(d.get(0).message()).contains("title").contains("第 2 行第 1 列");
    }

    @Test
    void repeatsAreFoundInNestedAndFlowMappingsAndListsEachOnce() {
        String yaml = """
                a:
                  b: 1
                  b: 2
                items:
                  - {label: x, url: /, label: y}
                base: &m {k: 1, k: 2}
                uses: [*m, *m, *m]
                """;
        List<Diagnostic> d = duplicates(0, yaml);
        assertThat(d)
                .extracting(x -> x.pos().toString())
                .containsExactlyInAnyOrder("f.yaml:3:3", "f.yaml:5:24", "f.yaml:6:17");
    }

    @Test
    void differentKeysAndMergeKeysAreFine() {
        assertThat(duplicates(0, "a: 1\nb: 2\nx: &d {k: 1}\ny:\n  <<: *d\n  k: 2\nz:\n  - {a: 1}\n  - {a: 2}\n"))
                .isEmpty();
    }

    @Test
    void quotedAndPlainSpellingsOfOneKeyAreTheSameKey() {
        assertThatThrownBy(() -> YamlDoc.parse("f.yaml", 0, "title: a\n\"title\": b\n"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("yaml.duplicate-key");
    }
}
