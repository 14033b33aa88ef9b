package cn.gov.jinjiang.gksite.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each problem: its code, what its message names, and where it is (the element's place, or the page's start). */
class ProblemsTest {
    private static String show(PageFacts.Problem p) {
        return p.code() + " " + p.line() + ":" + p.column() + " " + p.message() + " | " + p.hint() + " | "
                + p.heading();
    }

    @Test
    void problemsAtTheirElement() {
        assertThat(show(Problems.duplicateId("x", 2, 3)))
                .isEqualTo("check.duplicate-id 2:3 页面中 id=\"x\" 重复出现。 | 同一页面中的 id 必须唯一；给标题写不同的 {#id}。 | ");
        assertThat(show(Problems.imgAlt("a.png", 4, 5))).startsWith("check.img-alt 4:5 图片缺少替代文字 alt：a.png | ");
        assertThat(show(Problems.linkTextEmpty("b.html", 6, 7)))
                .startsWith("check.link-text-empty 6:7 链接没有文字，读屏软件无法说明它指向哪里：b.html | ");
        assertThat(show(Problems.headingSkip(2, 4, "工作", 8, 9)))
                .isEqualTo("check.heading-skip 8:9 标题层级跳级：h2 之后直接是 h4（“工作”）。 | 标题应逐级使用：## 之下用 ###，不要跳过层级。 | #### 工作");
        assertThat(show(Problems.tableTh(1, 2))).startsWith("check.table-th 1:2 数据表格没有表头单元格 th。 | ");
        assertThat(show(Problems.iframeTitle(3, 4)))
                .isEqualTo("check.iframe-title 3:4 内嵌框架 iframe 缺少 title。 | 写上 title 说明框架的内容。 | ");
        assertThat(show(Problems.manyH1(3, 5, 6))).startsWith("check.h1 5:6 页面有 3 个一级标题 h1，应只有一个。 | ");
    }

    @Test
    void problemsOfThePage() {
        assertThat(show(Problems.noH1())).isEqualTo("check.h1 1:1 页面没有一级标题 h1。 | 每个页面应有且只有一个 h1（页面标题）。 | ");
        assertThat(show(Problems.lang())).startsWith("check.lang 1:1 页面缺少 lang 属性，读屏软件无法确定朗读语言。 | ");
        assertThat(show(Problems.encoding())).isEqualTo("check.encoding 1:1 文件不是 UTF-8 编码，无法检查。 |  | ");
    }
}
