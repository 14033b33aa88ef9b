package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where site.yaml writes a value: the matching {@code key: value} line nearest to a known line, else that line. */
class SiteYamlPlacesTest {
    private static final SourcePos NEAR = new SourcePos("site.yaml", 5, 9);

    @Test
    void theMatchingLineNearestTheKnownOneWinsTheEarlierOnATie(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), """
                bodies:
                  - id: a
                    index_prefix: 待填写：甲
                  - id: b
                    index_prefix2: 待填写：甲
                    index_prefix:   "待填写：甲"
                  - id: c
                    index_prefix: '待填写：甲'
                """);
        assertThat(place(dir, NEAR)).isEqualTo(new SourcePos("site.yaml", 6, 22));
        assertThat(place(dir, new SourcePos("site.yaml", 1, 1))).isEqualTo(new SourcePos("site.yaml", 3, 19));
        assertThat(place(dir, new SourcePos("site.yaml", 7, 1))).isEqualTo(new SourcePos("site.yaml", 6, 22));
        assertThat(place(dir, new SourcePos("site.yaml", 20, 1))).isEqualTo(new SourcePos("site.yaml", 8, 20));
    }

    @Test
    void aValueBeforeItsKeyOrUnderAnotherKeyIsNoMatch(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("site.yaml"),
                "# 待填写：甲 index_prefix: 乙\nindex_prefix: 乙 待填写：甲\nother: 待填写：甲\nother_key11: 待填写：甲\n");
        assertThat(place(dir, NEAR)).isSameAs(NEAR);
    }

    @Test
    void withoutARegularReadableSiteYamlTheKnownLineStands(@TempDir Path dir) throws IOException {
        assertThat(place(dir, NEAR)).as("no file").isSameAs(NEAR);
        Path other = Files.writeString(dir.resolve("other.yaml"), "index_prefix: 待填写：甲\n");
        Files.createSymbolicLink(dir.resolve("site.yaml"), other);
        assertThat(place(dir, NEAR)).as("a link").isSameAs(NEAR);
        Files.delete(dir.resolve("site.yaml"));
        Files.write(dir.resolve("site.yaml"), new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
        assertThat(place(dir, NEAR)).as("not UTF-8").isSameAs(NEAR);
    }

    @Test
    void aSiteYamlOverTheSizeLimitIsNotReadButOneAtTheLimitIs(@TempDir Path dir) throws IOException {
        String head = "index_prefix: 待填写：甲\n";
        int headBytes = head.getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(dir.resolve("site.yaml"), head + "#".repeat(YamlLimits.MAX_BYTES - headBytes));
        assertThat(place(dir, NEAR)).isEqualTo(new SourcePos("site.yaml", 1, 15));
        Files.writeString(dir.resolve("site.yaml"), head + "#".repeat(YamlLimits.MAX_BYTES - headBytes + 1));
        assertThat(place(dir, NEAR)).isSameAs(NEAR);
    }

    private static SourcePos place(Path dir, SourcePos near) {
        return SiteYamlPlaces.valuePos(SourceLayout.of(dir, null), "index_prefix", "待填写：甲", near);
    }
}
