package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One body: the names its pages may give, the folders it holds, its confirmed prefix and its kind's label. */
class BodyTest {
    private static Body body(String kind, String folder, String prefix) {
        return new Body(
                "sjj", "晋江市审计局", kind, folder, prefix, "晋审", "", SourcePos.of("site.yaml"), List.of("晋江市审计局办公室"));
    }

    @Test
    void aBodyIsNamedByItsNameOrAnAliasAsWrittenStripped() {
        Body b = body(Body.DEPARTMENT, "xxgk/sjj", "");
        assertThat(b.isNamed(" 晋江市审计局 ")).isTrue();
        assertThat(b.isNamed("晋江市审计局办公室")).isTrue();
        assertThat(b.isNamed("晋江市统计局")).isFalse();
        assertThat(b.isNamed("审计局")).isFalse();
    }

    @Test
    void aBodyHoldsItsFolderAndTheFoldersBelowIt() {
        Body b = body(Body.DEPARTMENT, "xxgk/sjj", "");
        assertThat(b.holds("xxgk/sjj")).isTrue();
        assertThat(b.holds("xxgk/sjj/ndbg/2025")).isTrue();
        assertThat(b.holds("xxgk/sjjx")).isFalse();
        assertThat(b.holds("xxgk")).isFalse();
        assertThat(b.holds("")).isFalse();
        assertThat(body(Body.GOVERNMENT, "", "").holds("xxgk/any")).isTrue();
    }

    @Test
    void aPrefixIsConfirmedWhenSetAndNoPlaceholder() {
        assertThat(body(Body.TOWN, "a", "QZ1-02").hasConfirmedPrefix()).isTrue();
        assertThat(body(Body.TOWN, "a", "").hasConfirmedPrefix()).isFalse();
        assertThat(body(Body.TOWN, "a", Placeholders.pending("索引号前缀")).hasConfirmedPrefix())
                .isFalse();
    }

    @Test
    void eachKindHasItsChineseLabel() {
        assertThat(body(Body.GOVERNMENT, "a", "").kindLabel()).isEqualTo("市政府");
        assertThat(body(Body.TOWN, "a", "").kindLabel()).isEqualTo("镇街道");
        assertThat(body(Body.DEPARTMENT, "a", "").kindLabel()).isEqualTo("部门");
    }
}
