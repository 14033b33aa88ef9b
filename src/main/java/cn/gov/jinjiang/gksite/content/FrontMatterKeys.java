package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;

/**
 * What a page's front matter may hold: every key {@link MetaBinder} reads, with its type, in the order the README
 * lists them. The binder reads each key by the type given here, and {@code gksite schemas} writes the same definitions
 * as {@code front-matter.schema.json}.
 */
public final class FrontMatterKeys {
    private static final ValueType TEXT = ValueType.Text.ANY;
    private static final ValueType DAY = new ValueType.Day();
    private static final ValueType FLAG = new ValueType.Flag();

    public static final Shape PAGE = Shape.closed(
            "frontMatter",
            "页面头部（front matter）",
            "Markdown 页面开头两行“---”之间的 YAML：标题、版式、日期和政府信息公开目录的元数据。" + "The front matter of a gksite page.",
            Key.required("title", "标题", "页面标题。", TEXT),
            Key.optional("layout", "版式", "home、section、page、report、reports、library 或主题中的其他版式；一般不用写。", TEXT),
            Key.optional("url", "地址", "保留门户网站原有地址，以“/”开头，如 /xxgk/zfxxgkzl/ml/02/202008/t20200817_2406219.htm。", TEXT),
            Key.optional("date", "日期", "日期（YYYY-MM-DD），用于排序。", DAY),
            Key.optional("description", "摘要", "页面摘要。", TEXT),
            Key.optional("weight", "排序权重", "排序权重，小的在前。", ValueType.Whole.ANY),
            Key.optional("draft", "草稿", "true：草稿，只在预览和 build --drafts 中出现，不发布。", FLAG),
            Key.optional("sample", "样例", "true：演示用样例内容，页面上会注明。", FLAG),
            Key.optional("year", "年度", "年度报告的年度（不写时取目录名）。", ValueType.Whole.ANY),
            Key.optional("page_size", "列表每页条数", "栏目列表每页条数（默认 20），超过时分页。", new ValueType.Whole(1, 500)),
            Key.optional("索引号", "索引号", "政府信息的唯一识别代码：机构代码-类别-年度-流水号，如 QZ06101-0240-2025-00031。", TEXT),
            Key.optional("发布机构", "发布机构", "发布这件信息的机构。", TEXT),
            Key.optional("主题分类", "主题分类", "site.yaml 中 catalogue.topics 列出的分类之一。", TEXT),
            Key.optional("成文日期", "成文日期", "文件的成文日期（YYYY-MM-DD）。", DAY),
            Key.optional("发布日期", "发布日期", "发布日期（YYYY-MM-DD）。", DAY),
            Key.optional("文号", "文号", "发文字号，年份用六角括号〔〕、以“号”结尾，如 晋政办〔2025〕26号。", TEXT),
            Key.optional("有效性", "有效性", "site.yaml 中 catalogue.validity 的值之一，默认：现行有效、已修改、已废止、失效。", TEXT),
            Key.optional("解读", "解读", "政策解读页面所解读的文件：网址或索引号。", TEXT),
            Key.optional("替代", "替代", "新版本文件所替代的原文件：网址或索引号。", TEXT));

    private FrontMatterKeys() {}
}
