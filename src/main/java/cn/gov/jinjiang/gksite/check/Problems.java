package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.PageFacts.Problem;

/**
 * Every problem that scanning a page can find, made in one place: its stable code, its message and its hint
 * (Chinese, for the editor). Positions are those of the element it is about (0: not tracked).
 */
final class Problems {
    private Problems() {}

    static Problem duplicateId(String id, int line, int column) {
        return new Problem(
                "check.duplicate-id", "页面中 id=\"" + id + "\" 重复出现。", "同一页面中的 id 必须唯一；给标题写不同的 {#id}。", line, column);
    }

    static Problem imgAlt(String src, int line, int column) {
        return new Problem(
                "check.img-alt", "图片缺少替代文字 alt：" + src, "Markdown 中写成 ![图片内容的说明](图片地址)；纯装饰图片写 alt=\"\"。", line, column);
    }

    static Problem linkTextEmpty(String href, int line, int column) {
        return new Problem(
                "check.link-text-empty", "链接没有文字，读屏软件无法说明它指向哪里：" + href, "给链接写上文字，或给其中的图片写 alt。", line, column);
    }

    /** A heading {@code level} right after one of level {@code previous}, its text quoted. */
    static Problem headingSkip(int previous, int level, String quote, int line, int column) {
        return new Problem(
                        "check.heading-skip",
                        "标题层级跳级：h" + previous + " 之后直接是 h" + level + "（“" + quote + "”）。",
                        "标题应逐级使用：## 之下用 ###，不要跳过层级。",
                        line,
                        column)
                .about(level, quote);
    }

    static Problem tableTh(int line, int column) {
        return new Problem(
                "check.table-th", "数据表格没有表头单元格 th。", "Markdown 表格的第一行是表头；HTML 表格用 <th> 标出行或列的标题。", line, column);
    }

    static Problem iframeTitle(int line, int column) {
        return new Problem("check.iframe-title", "内嵌框架 iframe 缺少 title。", "写上 title 说明框架的内容。", line, column);
    }

    /** No h1 on the page (reported at its start). */
    static Problem noH1() {
        return new Problem("check.h1", "页面没有一级标题 h1。", "每个页面应有且只有一个 h1（页面标题）。", 1, 1);
    }

    /** {@code count} h1 on the page, reported at the second. */
    static Problem manyH1(int count, int line, int column) {
        return new Problem(
                "check.h1", "页面有 " + count + " 个一级标题 h1，应只有一个。", "正文中的标题从“##”（h2）开始，“#”留给页面标题。", line, column);
    }

    static Problem lang() {
        return new Problem(
                "check.lang", "页面缺少 lang 属性，读屏软件无法确定朗读语言。", "在 <html> 上写 lang=\"zh-CN\"（主题的 base 模板）。", 1, 1);
    }

    static Problem encoding() {
        return new Problem("check.encoding", "文件不是 UTF-8 编码，无法检查。", "", 1, 1);
    }
}
