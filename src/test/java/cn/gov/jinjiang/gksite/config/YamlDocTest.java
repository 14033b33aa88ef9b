package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

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

    private static final String SYNTAX_HINT = "检查这一行及上一行的缩进、冒号后的空格和引号是否成对；值中含有冒号或 # 时请用引号括起来。";

    private static Diagnostic refused(int lineOffset, String yaml) {
        List<Diagnostic> d = duplicates(lineOffset, yaml);
        assertThat(d).hasSize(1);
        return d.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "a: b: c             | 1:5  | 此处不能出现“键: 值”（多半是缩进不对，或值中有未加引号的冒号）（mapping values are not allowed here）",
                "a: 1\\nb\\nc: 2     | 3:1  | 缺少冒号“:”；问题始于第 2 行第 1 列（could not find expected ':'）",
                "a:\\n\\tb: 1        | 2:1  | YAML 中不能用制表符缩进，请改用空格（found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)）",
                "a:\\n  b: 1\\n c: 2 | 3:2  | 缩进不一致；问题始于第 1 行第 1 列（expected <block end>, but found '<block mapping start>'）",
                "a: {b: 1 c: 2}      | 1:11 | 花括号 {…} 或方括号 […] 没有闭合，或其中少了逗号（expected ',' or '}', but got :）",
                "a: [1, 2            | 1:9  | 花括号 {…} 或方括号 […] 没有闭合，或其中少了逗号（expected ',' or ']', but got <stream end>）",
                "\"a\"： 1           | 1:4  | 无法解析（expected '<document start>', but found '<scalar>'）",
                "a: &a 1\\nb: *c     | 2:4  | 无法解析（found undefined alias c）",
            })
    void aSyntaxErrorIsTranslatedAtSnakeYamlsPlace(String yaml, String at, String message) {
        Diagnostic d = refused(0, yaml.replace("\\n", "\n").replace("\\t", "\t"));
        assertThat(d.code()).isEqualTo("yaml.syntax");
        assertThat(d.pos()).hasToString("f.yaml:" + at);
        assertThat(d.message()).isEqualTo("YAML 语法错误：" + message);
        assertThat(d.hint()).isEqualTo(SYNTAX_HINT);
    }

    @Test
    void frontMatterErrorsAndWhereTheyBeganAreShiftedByTheOffset() {
        Diagnostic d = refused(1, "a: 1\nb\nc: 2\n");
        assertThat(d.pos()).hasToString("f.yaml:4:1");
        assertThat(d.message()).contains("；问题始于第 3 行第 1 列（");
        Diagnostic col = refused(2, "x:\n  - b\n  c: 1\n");
        assertThat(col.pos()).hasToString("f.yaml:5:3");
        assertThat(col.message()).contains("；问题始于第 4 行第 3 列（");
    }

    @Test
    void anUnclosedQuoteIsNamedWhereItOpened() {
        Diagnostic d = refused(1, "title: t\ndate: \"2025-01-02\nx: y\nz: w\n");
        assertThat(d.code()).isEqualTo("yaml.syntax");
        assertThat(d.pos()).hasToString("f.yaml:3:7");
        assertThat(d.message()).isEqualTo("YAML 语法错误：这个引号没有结束，它后面的内容（直到文件末尾）都被当成了引号中的文字。");
        assertThat(d.hint()).isEqualTo("在这个值的末尾补上同样的结束引号，或去掉开头的引号；值中要用引号时，外面改用另一种引号（如 '…\"…\"…'）。");
        // after a filled-in cell on its line, the quote is still at its column as written
        assertThat(refused(0, "a: [1,, \"x]\n").pos()).hasToString("f.yaml:1:9");
        assertThat(refused(0, "a: [1,, 2]\nb: [\"x]\n").pos()).hasToString("f.yaml:2:5");
    }

    @Test
    void aFullWidthSignIsDiagnosedWhenItsCorrectionGetsFurther() {
        // corrected, the text parses; or it fails only later (the "[" left open on line 2)
        assertThat(refused(0, "title: 标题\n文号：晋政办\n").code()).isEqualTo("yaml.full-width");
        Diagnostic later = refused(0, "文号：晋政办\nx: [\n");
        assertThat(later.code()).isEqualTo("yaml.full-width");
        assertThat(later.pos()).hasToString("f.yaml:1:3");
        // corrected, it fails at the same line: the parser's own message
        assertThat(refused(0, "a: ［1, 2］\n  b: 2\n").code()).isEqualTo("yaml.syntax");
    }

    @Test
    void tooManyAliasesOfCollectionsAreRefused() {
        StringBuilder ok = new StringBuilder("a: &a [1]\nb: [");
        ok.append("*a, ".repeat(19)).append("*a]\n");
        assertThat(YamlDoc.parse("f.yaml", 0, ok.toString()).root()).isPresent();
        StringBuilder many = new StringBuilder("a: &a [1]\nb: [");
        many.append("*a, ".repeat(20)).append("*a]\n");
        Diagnostic d = refused(2, many.toString());
        assertThat(d.code()).isEqualTo("yaml.syntax");
        assertThat(d.pos()).hasToString("f.yaml:3:1");
        assertThat(d.message()).startsWith("YAML 无法读取：").contains("20");
        assertThat(d.hint()).isEqualTo("检查文件内容是否为合法的 YAML。");
    }

    /** Each scalar of the flow lists of a mapping as "line:column=text". */
    private static List<String> cells(YamlDoc doc) {
        List<String> where = new ArrayList<>();
        for (NodeTuple t : ((MappingNode) doc.root().orElseThrow()).getValue()) {
            for (Node item : YamlDoc.items((SequenceNode) t.getValueNode())) {
                where.add(doc.pos(item).line() + ":" + doc.pos(item).column() + "=" + YamlDoc.text(item));
            }
        }
        return where;
    }

    @Test
    void emptyCellsAreFilledAtTheirPlaceAndLaterColumnsKeptAsWritten() {
        YamlDoc doc = YamlDoc.parse("f.yaml", 1, "a: [1,,2,,3]\nb: [1,\n ,2]\nc: [ ,4]\nd: [5,  ,6]\ne: [7, ,8]\n");
        assertThat(cells(doc))
                .containsExactly(
                        "2:5=1", "2:7=", "2:8=2", "2:10=", "2:11=3", "3:5=1", "4:2=", "4:3=2", "5:5=", "5:7=4", "6:5=5",
                        "6:8=", "6:10=6", "7:5=7", "7:7=", "7:9=8");
        assertThat(cells(YamlDoc.parse("f.yaml", 0, "a: [,1]\n"))).containsExactly("1:5=", "1:6=1");
    }

    @Test
    void aRootListWithAnEmptyFirstCell() {
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "[ ,1]\n");
        List<Node> items = YamlDoc.items((SequenceNode) doc.root().orElseThrow());
        assertThat(items).extracting(n -> doc.pos(n).toString()).containsExactly("f.yaml:1:2", "f.yaml:1:4");
        YamlDoc inserted = YamlDoc.parse("f.yaml", 0, "[,1]\n");
        assertThat(YamlDoc.items((SequenceNode) inserted.root().orElseThrow()))
                .extracting(n -> inserted.pos(n).toString())
                .containsExactly("f.yaml:1:2", "f.yaml:1:3");
    }

    @Test
    void aCommaWithNothingBeforeItOrAfterALineBreakOfSnakeYamlsOwnIsReadNotACrash() {
        // the whole text "," (nothing before the comma to write over), and U+2028 and U+0085, which SnakeYAML
        // counts as line ends and the text's lines do not
        for (String yaml : List.of(",", ",｝", " ,", "\u2028 ,x", ",,")) {
            assertThatCode(() -> readOrNamed(yaml)).as(yaml).doesNotThrowAnyException();
        }
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "x: 1\u0085y: [3, ,4]\n");
        assertThat(YamlDoc.items((SequenceNode) ((MappingNode) doc.root().orElseThrow())
                        .getValue()
                        .get(1)
                        .getValueNode()))
                .extracting(n -> ((ScalarNode) n).getValue())
                .containsExactly("3", "~", "4");
    }

    @Test
    void noShortTextOfYamlsAndChineseSignsCrashesTheReader() {
        String signs = ", []{}:-\n：，\"'“”#a1\t?&*!|>【】｛｝\u2028\u0085、；～‘’《》（）…";
        Random random = new Random(20261203);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(14); n > 0; n--) {
                text.append(signs.charAt(random.nextInt(signs.length())));
            }
            assertThatCode(() -> readOrNamed(text.toString())).as("%s", text).doesNotThrowAnyException();
        }
    }

    /** Reads a text, or has a diagnostic for it: what no input may do is throw anything else. */
    private static void readOrNamed(String yaml) {
        try {
            YamlDoc.parse("f.yaml", 0, yaml);
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics()).isNotEmpty();
        }
    }

    @Test
    void atMost32EmptyCellsAreFilledInAFile() {
        assertThat(YamlDoc.parse("f.yaml", 0, "a: [" + ",".repeat(32) + "]\n").root())
                .isPresent();
        assertThat(refused(0, "a: [" + ",".repeat(33) + "]\n").message()).contains("expected the node content");
        // cells written over the space before their comma count alike (each is one more parse of the whole text)
        assertThat(YamlDoc.parse("f.yaml", 0, "a: [1," + " ,".repeat(32) + " 2]\n")
                        .root())
                .isPresent();
        assertThat(refused(0, "a: [1," + " ,".repeat(33) + " 2]\n").message()).contains("expected the node content");
        assertThat(refused(0, "a: [1," + " ,".repeat(16) + ",".repeat(17) + " 2]\n")
                        .code())
                .isEqualTo("yaml.syntax");
    }

    @Test
    void theDocumentKeepsItsFileRootAndStart() {
        YamlDoc empty = YamlDoc.parse("content/a.md", 1, "");
        assertThat(empty.file()).isEqualTo("content/a.md");
        assertThat(empty.root()).isEmpty();
        assertThat(empty.start()).hasToString("content/a.md:2:1");
        YamlDoc doc = YamlDoc.parse("content/b.md", 1, "\n\n  title: x\n");
        assertThat(doc.file()).isEqualTo("content/b.md");
        assertThat(doc.start()).hasToString("content/b.md:4:3");
    }

    @Test
    void entriesAreTheScalarKeysInOrder() {
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "b: 1\n? [x]\n: 2\na: ~\nc:\n");
        var entries = YamlDoc.entries((MappingNode) doc.root().orElseThrow());
        assertThat(entries.keySet()).containsExactly("b", "a", "c");
        assertThat(YamlDoc.text(entries.get("b").getValueNode())).isEqualTo("1");
        assertThat(YamlDoc.text(entries.get("a").getValueNode())).isEmpty();
        assertThat(YamlDoc.isNull(entries.get("a").getValueNode())).isTrue();
        assertThat(YamlDoc.isNull(entries.get("c").getValueNode())).isTrue();
        assertThat(YamlDoc.isNull(entries.get("b").getValueNode())).isFalse();
    }

    @Test
    void eachKindOfNodeIsNamedForMessages() {
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "m: {k: v}\nl: [1]\ns: text\nn: null\nq: \"null\"\n");
        var e = YamlDoc.entries((MappingNode) doc.root().orElseThrow());
        Node m = e.get("m").getValueNode();
        Node l = e.get("l").getValueNode();
        Node s = e.get("s").getValueNode();
        assertThat(YamlDoc.kind(m)).isEqualTo("映射（键: 值）");
        assertThat(YamlDoc.kind(l)).isEqualTo("列表");
        assertThat(YamlDoc.kind(s)).isEqualTo("文本或数字");
        assertThat(YamlDoc.isScalar(s)).isTrue();
        assertThat(YamlDoc.isScalar(m)).isFalse();
        assertThat(YamlDoc.isScalar(l)).isFalse();
        assertThat(YamlDoc.text(s)).isEqualTo("text");
        assertThat(YamlDoc.text(m)).isNull();
        assertThat(YamlDoc.text(l)).isNull();
        assertThat(YamlDoc.isNull(m)).isFalse();
        assertThat(YamlDoc.text(e.get("n").getValueNode())).isEmpty();
        assertThat(YamlDoc.text(e.get("q").getValueNode())).isEqualTo("null");
        assertThat(YamlDoc.isNull(e.get("q").getValueNode())).isFalse();
        assertThat(YamlDoc.items((SequenceNode) l)).extracting(YamlDoc::text).containsExactly("1");
    }

    @Test
    void theLimitsRecursionAndFullWidthSignsAreCheckedOnEveryText() {
        assertThat(refused(0, "a: " + "x".repeat(YamlLimits.MAX_LINE + 1) + "\n")
                        .code())
                .isEqualTo("yaml.line-too-long");
        assertThat(refused(0, "a: &s [*s]\n").code()).isEqualTo("yaml.alias");
        assertThat(refused(0, "title：关于\n").code()).isEqualTo("yaml.full-width");
    }
}
