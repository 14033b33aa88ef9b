package cn.gov.jinjiang.gksite.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter as a page's typed metadata: each key by its type, and the problems at their lines. */
class MetaBinderTest {
    /** The front matter of content/a.md, whose YAML starts on the file's line 2. */
    private static PageMeta bind(String yaml, Diagnostics d) {
        return new MetaBinder().bind(YamlDoc.parse("content/a.md", 1, yaml), d);
    }

    private static List<String> problems(String yaml) {
        Diagnostics d = new Diagnostics();
        bind(yaml, d);
        return d.sorted().stream().map(x -> x.code() + " " + x.pos()).toList();
    }

    @Test
    void everyKeyIsBoundByItsType() {
        Diagnostics d = new Diagnostics();
        PageMeta m = bind("""
                title: "  标题  "
                layout: " report "
                url: " /x/y.htm "
                date: 2025-03-04
                description: 摘要
                weight: -3
                draft: 是
                sample: yes
                year: 2024
                page_size: 500
                索引号: " QZ06101-0240-2025-00031 "
                发布机构: 晋江市人民政府办公室
                主题分类: 规范性文件
                成文日期: 2025-03-01
                发布日期: 2025-03-02T08:00:00
                文号: " 晋政办〔2025〕26号 "
                有效性: " 现行有效 "
                解读: " /a.html "
                替代: " QZ06101-0240-2024-00001 "
                """, d);
        assertThat(d.sorted()).isEmpty();
        assertThat(m.title()).isEqualTo("标题");
        assertThat(m.layout()).isEqualTo("report");
        assertThat(m.url()).isEqualTo("/x/y.htm");
        assertThat(m.date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(m.description()).isEqualTo("摘要");
        assertThat(m.weight()).isEqualTo(-3);
        assertThat(m.draft()).isTrue();
        assertThat(m.sample()).isTrue();
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.pageSize()).isEqualTo(500);
        assertThat(m.indexNo()).isEqualTo("QZ06101-0240-2025-00031");
        assertThat(m.publisher()).isEqualTo("晋江市人民政府办公室");
        assertThat(m.topic()).isEqualTo("规范性文件");
        assertThat(m.written()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(m.docNo()).isEqualTo("晋政办〔2025〕26号");
        assertThat(m.validity()).isEqualTo("现行有效");
        assertThat(m.interprets()).isEqualTo("/a.html");
        assertThat(m.replaces()).isEqualTo("QZ06101-0240-2024-00001");
        assertThat(m.pos("url", "content/a.md")).isEqualTo(new SourcePos("content/a.md", 4, 6));
        assertThat(m.pos("索引号", "content/a.md").line()).isEqualTo(12);
        assertThat(m.pos("没有", "content/a.md")).isEqualTo(new SourcePos("content/a.md", 1, 1));
    }

    @Test
    void absentKeysHaveTheirDefaults() {
        Diagnostics d = new Diagnostics();
        PageMeta m = bind("title: t\nlayout: \" \"\nurl: \"\"\n", d);
        assertThat(d.sorted()).isEmpty();
        assertThat(m.layout()).isNull();
        assertThat(m.url()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.description()).isEmpty();
        assertThat(m.weight()).isZero();
        assertThat(m.draft()).isFalse();
        assertThat(m.sample()).isFalse();
        assertThat(m.year()).isNull();
        assertThat(m.pageSize()).isNull();
        assertThat(m.indexNo()).isEmpty();
        assertThat(m.publisher()).isEmpty();
        assertThat(m.topic()).isEmpty();
        assertThat(m.written()).isNull();
        assertThat(m.published()).isNull();
        assertThat(m.docNo()).isEmpty();
        assertThat(m.validity()).isEmpty();
        assertThat(m.interprets()).isEmpty();
        assertThat(m.replaces()).isEmpty();
        // Empty values are as if not given; an empty year is 0, not absent.
        PageMeta empty = bind("title: t\nweight:\ndraft:\ndate: \"\"\nyear:\npage_size:\n", d);
        assertThat(d.sorted()).isEmpty();
        assertThat(empty.weight()).isZero();
        assertThat(empty.draft()).isFalse();
        assertThat(empty.date()).isNull();
        assertThat(empty.year()).isZero();
        assertThat(empty.pageSize()).isZero();
    }

    @Test
    void aMissingOrBlankTitleIsAnErrorAtItsLineOrAtTheStart() {
        Diagnostics d = new Diagnostics();
        PageMeta m = bind("layout: page\n", d);
        assertThat(m.title()).isEmpty();
        Diagnostic x = d.sorted().get(0);
        assertThat(x.code()).isEqualTo("content.title-missing");
        assertThat(x.pos()).isEqualTo(new SourcePos("content/a.md", 1, 1));
        assertThat(x.message()).isEqualTo("页面缺少标题（title）。");
        assertThat(x.hint()).isEqualTo("在文件开头的“---”之间加一行：title: 页面标题");
        assertThat(problems("layout: page\ntitle: \"  \"\n")).containsExactly("content.title-missing content/a.md:3:8");
        assertThat(problems("")).containsExactly("content.title-missing content/a.md:1:1");
    }

    @Test
    void datesAreDaysAndATimeAfterThemIsDropped() {
        Diagnostics d = new Diagnostics();
        assertThat(bind("title: t\ndate: 2025-01-02 10:30\n", d).date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(bind("title: t\ndate: \"2025-01-02T10:30\"\n", d).date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(d.sorted()).isEmpty();
        for (String bad : List.of("2025-01-02x10", "2025-1-2", "2025-02-30", "明天", "2025-01-0")) {
            Diagnostics e = new Diagnostics();
            PageMeta m = bind("title: t\n成文日期: " + bad + "\n", e);
            assertThat(m.written()).as(bad).isNull();
            assertThat(e.sorted()).as(bad).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo("content.type");
                assertThat(x.pos()).isEqualTo(new SourcePos("content/a.md", 3, 7));
                assertThat(x.message()).isEqualTo("“成文日期”应为日期，格式 YYYY-MM-DD，实为“" + bad + "”。");
                assertThat(x.hint()).isEqualTo("例如：成文日期: 2026-01-20");
            });
        }
    }

    @Test
    void wholeNumbersAndTheirRange() {
        assertThat(problems("title: t\nweight: 2.5\n")).containsExactly("content.type content/a.md:3:9");
        Diagnostics d = new Diagnostics();
        PageMeta m = bind("title: t\nweight: 十\nyear: 99999999999\n", d);
        assertThat(m.weight()).isZero();
        assertThat(m.year()).isZero();
        assertThat(d.sorted())
                .extracting(Diagnostic::message)
                .containsExactly("“weight”应为整数，实为“十”。", "“year”应为整数，实为“99999999999”。");
        assertThat(d.sorted()).extracting(Diagnostic::hint).containsExactly("", "");

        for (String ok : List.of("1", "500", "20")) {
            Diagnostics e = new Diagnostics();
            assertThat(bind("title: t\npage_size: " + ok + "\n", e).pageSize()).isEqualTo(Integer.parseInt(ok));
            assertThat(e.sorted()).as(ok).isEmpty();
        }
        for (String bad : List.of("0", "501", "-1")) {
            Diagnostics e = new Diagnostics();
            assertThat(bind("title: t\npage_size: " + bad + "\n", e).pageSize())
                    .as(bad)
                    .isNull();
            assertThat(e.sorted()).as(bad).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo("content.type");
                assertThat(x.pos()).isEqualTo(new SourcePos("content/a.md", 3, 12));
                assertThat(x.message()).isEqualTo("“page_size”（列表每页条数）应为 1 到 500 的整数，实为“" + bad + "”。");
                assertThat(x.hint()).isEqualTo("例如：page_size: 20");
            });
        }
        assertThat(problems("title: t\npage_size: 二十\n")).containsExactly("content.type content/a.md:3:12");
    }

    @Test
    void flagsAreTrueOrFalse() {
        for (String yes : List.of("true", "True", "TRUE", "yes", "是")) {
            Diagnostics d = new Diagnostics();
            assertThat(bind("title: t\ndraft: " + yes + "\n", d).draft())
                    .as(yes)
                    .isTrue();
            assertThat(d.sorted()).isEmpty();
        }
        for (String no : List.of("false", "False", "no", "否")) {
            Diagnostics d = new Diagnostics();
            assertThat(bind("title: t\nsample: " + no + "\n", d).sample())
                    .as(no)
                    .isFalse();
            assertThat(d.sorted()).isEmpty();
        }
        Diagnostics d = new Diagnostics();
        assertThat(bind("title: t\ndraft: 草稿\n", d).draft()).isFalse();
        assertThat(d.sorted()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("content.type");
            assertThat(x.pos()).isEqualTo(new SourcePos("content/a.md", 3, 8));
            assertThat(x.message()).isEqualTo("“draft”应为 true 或 false，实为“草稿”。");
        });
    }

    @Test
    void unknownKeysAndTextOfTheWrongShapeAreReported() {
        assertThat(problems("title: t\ntitel: x\n")).containsExactly("content.unknown-key content/a.md:3:1");
        Diagnostics d = new Diagnostics();
        PageMeta m = bind("title: t\ndescription:\n  - a\n", d);
        assertThat(m.description()).isEmpty();
        assertThat(d.sorted()).extracting(Diagnostic::code).containsExactly("content.type");
    }
}
