package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue's rules: the default 索引号 form and 有效性 values, no prefix and no topics. */
class CatalogueTest {
    @Test
    void theDefaultsTakeTheStandardIndexNumberAndValidityValues() {
        Catalogue c = Catalogue.defaults();
        assertThat(c.indexNoPattern().matcher("QZ06101-0240-2025-00001").matches())
                .isTrue();
        assertThat(c.indexNoPattern().matcher("QZ06101-0240-2025-1").matches()).isFalse();
        assertThat(c.validity()).containsExactly("现行有效", "已修改", "已废止", "失效");
        assertThat(c.validity()).contains(Catalogue.CURRENT);
        assertThat(c.indexPrefix()).isEmpty();
        assertThat(c.topics()).isEmpty();
    }

    @Test
    void aCatalogueWithoutTopicsHasNone() {
        Catalogue c = new Catalogue(Pattern.compile("x"), List.of("有效"), "QZ1-02");
        assertThat(c.topics()).isEmpty();
        assertThat(c.indexPrefix()).isEqualTo("QZ1-02");
    }
}
