package cn.gov.jinjiang.gksite.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Full-width punctuation in YAML (issue 17): each sign where YAML needs its ASCII one is a {@code yaml.full-width}
 * error at the sign, naming it, with the corrected line; the same signs in ordinary Chinese values are fine.
 */
class FullWidthPunctuationTest {

    private static List<Diagnostic> problems(String yaml) {
        try {
            YamlDoc.parse("f.yaml", 0, yaml);
            return List.of();
        } catch (DiagnosticException e) {
            return e.diagnostics();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // what was written                                  | at   | sign | corrected line in the hint
                "依申请公开:\\n  本年新收：[20, 0, 20]\\n  上年结转: [2, 0, 2]\\n | 2:7  | ： | 本年新收: [20, 0, 20]",
                "title: 标题\\n文号：晋政办〔2025〕26号\\n发布机构: 办公室\\n     | 2:3  | ： | 文号: 晋政办〔2025〕26号",
                "依申请公开:\\n  本年新收: [20，0, 20]\\n                      | 2:12 | ， | 本年新收: [20, 0, 20]",
                "依申请公开:\\n  本年新收: [20, 0，，20]\\n                    | 2:15 | ， | 本年新收: [20, 0, , 20]",
                "依申请公开:\\n  本年新收: ［20, 0, 20］\\n                     | 2:9  | ［ | 本年新收: [20, 0, 20]",
                "规章: ｛本年制发件数: 0, 本年废止件数: 0｝\\n                | 1:5  | ｛ | 规章: {本年制发件数: 0, 本年废止件数: 0}",
                "规章: {本年制发件数：0, 本年废止件数: 0}\\n                 | 1:12 | ： | 规章: {本年制发件数: 0, 本年废止件数: 0}",
                "title: “关于: 某某”\\n                                    | 1:8  | “ | title: \"关于: 某某\"",
                "title：关于\\n                                             | 1:6  | ： | title: 关于",
                "items:\\n  - label：首页\\n    url: /\\n                        | 2:10 | ： | - label: 首页",
            })
    void aFullWidthSignIsNamedAtItsPlaceWithTheCorrectedLine(String yaml, String at, String sign, String fixed) {
        List<Diagnostic> d = problems(yaml.replace("\\n", "\n"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("yaml.full-width");
        assertThat(d.get(0).pos()).hasToString("f.yaml:" + at);
        assertThat(d.get(0).message()).contains("“" + sign + "”").contains("全角");
        assertThat(d.get(0).hint()).contains("改为：" + fixed);
    }

    @Test
    void frontMatterLinesAreShiftedByTheOffset() {
        try {
            YamlDoc.parse("a.md", 1, "title: 标题\n文号：晋政办〔2025〕26号\n");
        } catch (DiagnosticException e) {
            assertThat(e.diagnostics().get(0).pos()).hasToString("a.md:3:3");
            return;
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "title: 关于：加强管理的通知",
                "description: 本年新收：20 件，办结 21 件",
                "items:\\n  - {label: 关于加强管理，提高效率, url: /}",
                "tags: [城乡建设，住房保障, 教育]",
                "\"本年新收：x\": 1",
                "title: “十四五”规划",
                "title: ‘一网通办’改革",
                "# 本年新收：[20, 0]\\ntitle: 标题",
                "list:\\n  - 说明：这是一段文字",
            })
    void theSameSignsInOrdinaryChineseValuesAreFine(String yaml) {
        assertThat(problems(yaml.replace("\\n", "\n"))).isEmpty();
    }

    @Test
    void anIndentationErrorNearAFullWidthColonKeepsItsOwnMessage() {
        // The full-width colon is inside a value; the error is the indentation of the next key.
        List<Diagnostic> d = problems("title: 关于：通知\n  date: 2025-01-01\n");
        assertThat(d).extracting(Diagnostic::code).containsExactly("yaml.syntax");
    }

    @Test
    void emptyListCellsAreReadAsEmptyValuesAtTheGap() {
        YamlDoc doc = YamlDoc.parse("f.yaml", 0, "a: [20, , 0]\nb: [20,, 0, 1]\nc: [, 5]\n");
        var map = (MappingNode) doc.root().orElseThrow();
        List<String> where = new ArrayList<>();
        for (var t : map.getValue()) {
            for (var item : ((SequenceNode) t.getValueNode()).getValue()) {
                where.add(doc.pos(item).line() + ":" + doc.pos(item).column() + "=" + YamlDoc.text(item));
            }
        }
        // The cell after an inserted one keeps its column as written ("0" of line 2 at column 10, "1" at 13).
        assertThat(where)
                .containsExactly("1:5=20", "1:8=", "1:11=0", "2:5=20", "2:8=", "2:10=0", "2:13=1", "3:5=", "3:7=5");
    }

    @Test
    void aLineIsReportedOnceHoweverManyOfItsCellsAreJoined() {
        List<Diagnostic> d = problems("a: [1，2, 3，4, 5，6]\nb: [7，8]\n");
        assertThat(d).extracting(x -> x.pos().toString()).containsExactly("f.yaml:1:6", "f.yaml:2:6");
        assertThat(d.get(0).hint()).contains("a: [1, 2, 3, 4, 5, 6]");
        // A hostile line of many joined cells is one finding, and costs about what SnakeYAML's own reading of such a
        // line costs (scanning the line once per cell would cost 20,000 times more).
        String plain = "a: [" + "1, 2, ".repeat(20_000) + "3]\n";
        String joined = "a: [" + "1，2, ".repeat(20_000) + "3]\n";
        problems(plain);
        problems(joined);
        long t0 = System.nanoTime();
        problems(plain);
        long t1 = System.nanoTime();
        assertThat(problems(joined)).hasSize(1);
        long t2 = System.nanoTime();
        assertThat(t2 - t1).isLessThan(3 * (t1 - t0) + 1_000_000_000L);
    }

    @Test
    void manyEmptyCellsStopAtALimitWithASyntaxError() {
        String yaml = "a: [" + ",".repeat(200) + "]\n";
        List<Diagnostic> d = problems(yaml);
        assertThat(d).extracting(Diagnostic::code).containsExactly("yaml.syntax");
    }

    /** "line:col sign fix": where the only finding is, the sign it names, and the corrected line of its hint. */
    private static String finding(String yaml) {
        List<Diagnostic> d = problems(yaml);
        assertThat(d).extracting(Diagnostic::code).containsOnly("yaml.full-width");
        return d.stream()
                .map(x -> x.pos().line() + ":" + x.pos().column() + " "
                        + x.message().charAt(8) + " "
                        + (x.hint().startsWith("改为：")
                                ? x.hint().substring(3, x.hint().lastIndexOf('　'))
                                : "-"))
                .reduce((a, b) -> a + " / " + b)
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "x:\\n  - ［1, 2］                      | 2:5 ［ - [1, 2]",
                "- - ［1］                              | 1:5 ［ - - [1]",
                "-   ［1］                              | 1:5 ［ -   [1]",
                "'   title： 关于'                      | 1:9 ： title: 关于",
                "title：                                | 1:6 ： title:",
                "a:b：c                                 | 1:4 ： a:b: c",
                "- ? x：y                               | 1:6 ： - ? x: y",
                "x:\\n  文号：晋政办\\n  c: 2           | 2:5 ： 文号: 晋政办",
                "文号：[1, 2]\\nb: x\\n  c: 2           | 1:3 ： 文号: [1, 2]",
                "a: 1\\nb: [1, 2,\\n  3]\\nc：x         | 4:2 ： c: x",
                "a：\\n  b: 1\\n  c: 2                  | 1:2 ： a:",
                "a: {b：  1}                            | 1:6 ： a: {b: 1}",
                "a: [1 ，  2]                           | 1:7 ， a: [1 , 2]",
                "a: [1，]                               | 1:6 ， a: [1, ]",
                "a: [，1]                               | 1:5 ， a: [, 1]",
                "a: [-1.5，+2]                          | 1:9 ， a: [-1.5, +2]",
                "a: [１，２]                            | 1:6 ， a: [１, ２]",
                "a: [1.2.3，　4 ]                       | 1:10 ， a: [1.2.3, 　4 ]",
                "[1，2]                                 | 1:3 ， [1, 2]",
                "a: [\\n  1，2]                         | 2:3 ， -",
                "a: [1，2,\\n  3，4]                    | 1:6 ， a: [1, 2, / 2:3 ， -",
                "- [1，2]\\n- {k: [3，4]}               | 1:5 ， - [1, 2] / 2:9 ， - {k: [3, 4]}",
                "a:  ｛x: 1｝                           | 1:5 ｛ a:  {x: 1}",
                "a: [1, 2］                             | 1:9 ］ a: [1, 2]",
                "a: {b: 1｝                             | 1:9 ｝ a: {b: 1}",
                "a: ［x，\\n  y］                       | 1:4 ［ a: [x,",
                "［1, 2］                               | 1:1 ［ [1, 2]",
                "a: &x ［1］                            | 1:4 ［ -",
                "\"a\": ［1］                           | 1:6 ［ -",
                "title: ‘关于: 某某’                    | 1:8 ‘ title: \"关于: 某某\"",
                "title:   “关于: 某某”                  | 1:10 “ title:   \"关于: 某某\"",
                "title: “关于: \"x\" 某某”              | 1:8 “ title: \"关于: \\\"x\\\" 某某\"",
                "k：“a” b                               | 1:2 ： k: “a” b",
                "k：“a”                                 | 1:2 ： k: \"a\"",
                "k：“a                                  | 1:2 ： k: “a",
                "k：［1］                               | 1:2 ： k: [1]",
                "k：　　v                               | 1:2 ： k: v",
                "：a: 1                                 | 1:1 ： -",
                "a: ［b：c］                            | 1:4 ［ a: [b: c]",
                "［a：b］                               | 1:1 ［ [a: b]",
                "'''a'': ［1］'                         | 1:6 ［ -",
                "文号：晋政办\\na:                      | 1:3 ： 文号: 晋政办",
                "? k\\n: ［1］                          | 2:3 ［ : [1]",
                "a: ｛x｝                               | 1:4 ｛ a: {x}",
                "：a，b: 1                              | 1:1 ： -",
                "k：v: 1                                | 1:2 ： k: v: 1",
                "-   \"a\": ［1］                     | 1:10 ［ -",
            })
    void eachFindingIsAtItsSignWithTheWholeLineCorrected(String yaml, String expected) {
        assertThat(finding(yaml.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a: [1，x]",
                "- a：b",
                "a:\\n- 1，2",
                "a: “x” ”",
                "title: “关于 \"x\" 某某”",
                "? ［1］",
                "a: 1\\u2028b: ［1］",
                "just text",
                "：关于",
                "\"title：关于\"",
                "? [a, b]\\n: 1",
                "a: \"［1］\"",
                "- \"［1］\"",
                "'a: [''1，2'']'",
                "a: [x, y]",
            })
    void signsWhereYamlReadsThemAsTextAreNotFindings(String yaml) {
        assertThat(problems(yaml.replace("\\n", "\n").replace("\\u2028", String.valueOf((char) 0x2028))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // correcting the sign does not get the parser past the error: the error keeps its own message
                "a: ［1, 2］\\n  b: 2                   | 2:4",
                "title: “关于: 某某” 后文               | 1:11",
                "文号：x\\n  续\\n  b: 1                | 3:4",
                "  # 注释：[1]\\nb: ［1］\\n  c: 2      | 3:4",
                "a: “x”\\n  b: 1                        | 2:4",
                "a: b: c’                               | 1:5",
                "a: ‘b: c”                              | 1:6",
                "a: “b: c’                              | 1:6",
            })
    void aSignWhoseCorrectionDoesNotHelpLeavesTheSyntaxError(String yaml, String at) {
        List<Diagnostic> d = problems(yaml.replace("\\n", "\n"));
        assertThat(d).extracting(Diagnostic::code).containsExactly("yaml.syntax");
        assertThat(d.get(0).pos()).hasToString("f.yaml:" + at);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "title：关于        | ： | 冒号   | :  | 这一行没有被读成“键: 值”，而是被当作一段文字。",
                "a: [1，2]          | ， | 逗号   | ,  | 逗号两边被读成了一个单元格，这一行少了单元格。",
                "a: ［1］           | ［ | 方括号 | [  | 这个值没有被读成列表或映射，而是被当作一段文字。",
                "a: [1］            | ］ | 方括号 | ]  | 这个值没有被读成列表或映射，而是被当作一段文字。",
                "a: ｛b: 1｝        | ｛ | 花括号 | {  | 这个值没有被读成列表或映射，而是被当作一段文字。",
                "a: {b: 1｝         | ｝ | 花括号 | }  | 这个值没有被读成列表或映射，而是被当作一段文字。",
                "a: “b: c”          | “  | 引号   | \" | 这个值没有被当作引起来的文字，其中的“: ”或“#”会被读成 YAML 的符号。",
                "a: ‘b: c’          | ‘  | 引号   | '  | 这个值没有被当作引起来的文字，其中的“: ”或“#”会被读成 YAML 的符号。",
            })
    void theMessageNamesTheSignItsAsciiFormAndWhatYamlMadeOfIt(
            String yaml, String sign, String name, String ascii, String effect) {
        List<Diagnostic> d = problems(yaml);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).message())
                .isEqualTo("YAML 中的“" + sign + "”是全角（中文）" + name + "，YAML 只认半角的“" + ascii + "”：" + effect);
        assertThat(d.get(0).hint()).endsWith("　YAML 的冒号、逗号、括号和引号都要用半角（英文）符号：输入时切换到英文标点，或把全角符号改成半角。");
    }

    @Test
    void aFindingWithoutACorrectionHasOnlyTheGeneralHint() {
        assertThat(problems("a: &x ［1］").get(0).hint())
                .isEqualTo("YAML 的冒号、逗号、括号和引号都要用半角（英文）符号：输入时切换到英文标点，或把全角符号改成半角。");
    }

    @Test
    void theSignIsLookedForOnTheErrorLineAndTwoLinesAbove() {
        String text = "文号：x\nb\nc\nd\n";
        // the corrected text parses (-1) or fails later than the error: the sign is the diagnosis
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, text, 2, t -> -1))
                .hasValueSatisfying(d -> assertThat(d.pos()).hasToString("f.yaml:1:3"));
        assertThat(FullWidthPunctuation.explain("f.yaml", 4, text, 1, t -> 2))
                .hasValueSatisfying(d -> assertThat(d.pos()).hasToString("f.yaml:5:3"));
        // three lines above is too far; a correction that fails at the same line (or before) is no diagnosis
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, text, 3, t -> -1)).isEmpty();
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, text, 1, t -> 1)).isEmpty();
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, text, 1, t -> 0)).isEmpty();
        // an error placed past the text's last line looks at the last lines
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, "a: 1\n文号：x", 3, t -> -1))
                .hasValueSatisfying(d -> assertThat(d.pos()).hasToString("f.yaml:2:3"));
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, "文号：x\na: 1", 5, t -> -1))
                .isEmpty();
    }

    @Test
    void blankCommentAndQuotedLinesAreNotLookedInto() {
        // each line after the first would be a finding if it were looked into: the finding is the first line's
        for (String line : List.of("", "   ", "-   ", "# a：b", "\"a\"：b", "'a'：b", "- \"a\"：b", "-  # a：b")) {
            assertThat(FullWidthPunctuation.explain("f.yaml", 0, "文号：x\n" + line, 1, t -> -1))
                    .hasValueSatisfying(d -> assertThat(d.pos()).hasToString("f.yaml:1:3"));
        }
        // an ASCII colon that ends a key before the full-width one: the value after it is ordinary text
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, ": x：y", 0, t -> -1))
                .isEmpty();
        assertThat(FullWidthPunctuation.explain("f.yaml", 0, "k: x：y", 0, t -> -1))
                .isEmpty();
    }

    @Test
    void anEmptyDocumentHasNoFindings() {
        assertThat(FullWidthPunctuation.find("f.yaml", 0, "", null)).isEmpty();
        assertThat(problems("")).isEmpty();
    }

    @Test
    void theCorrectedTextIsWhatIsReparsed() {
        List<String> reparsed = new ArrayList<>();
        FullWidthPunctuation.explain("f.yaml", 0, "a: 1\nb：  ［1，  2］\n", 1, t -> {
            reparsed.add(t);
            return -1;
        });
        assertThat(reparsed).containsExactly("a: 1\nb: [1, 2]\n");
    }
}
