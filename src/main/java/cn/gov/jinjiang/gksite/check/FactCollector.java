package cn.gov.jinjiang.gksite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the element events of {@link PageTree} into the same {@link PageFacts} as {@link PageScanner}: each
 * element's facts are taken when it opens, in document order, as jsoup's traversal takes them; what depends
 * on an element's content (link text, a table's th, a skipped heading's text) keeps its place in the list of
 * problems and is decided when the element closes. Positions are those of the start tag, as jsoup reports
 * them. One instance per page.
 */
final class FactCollector {
    private static final PackedName ID = PackedName.of("id");
    private static final PackedName LANG = PackedName.of("lang");
    private static final PackedName NAME = PackedName.of("name");
    private static final PackedName HREF = PackedName.of("href");
    private static final PackedName ALT = PackedName.of("alt");
    private static final PackedName SRC = PackedName.of("src");
    private static final PackedName ROLE = PackedName.of("role");
    private static final PackedName TITLE = PackedName.of("title");
    private static final PackedName ARIA_LABEL = PackedName.of("aria-label");
    private static final PackedName ARIA_LABELLEDBY = PackedName.of("aria-labelledby");

    private final String path;
    private final byte[] b;
    private final BytePositions at;
    private final Set<String> ids = new HashSet<>();
    private final List<PageFacts.Ref> refs = new ArrayList<>();
    /** Problems in order; an empty slot is filled (or left empty) when its element closes. */
    private final List<PageFacts.Problem[]> problems = new ArrayList<>();
    private final LinkNames names = new LinkNames();
    private final List<Table> tables = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private int mainDepth;
    private int svgDepth;
    private int h1s;
    private int[] secondH1;
    private int lastHeading;
    private String lang;
    private boolean htmlSeen;
    private Style style;

    FactCollector(String path, byte[] bytes, boolean track) {
        this.path = path;
        this.b = bytes;
        this.at = new BytePositions(bytes, track);
    }

    /** A link being read: named by its attributes, or by what {@link LinkNames} finds from {@code from} on. */
    private record Link(String href, PageFacts.Problem[] slot, int line, int column, boolean named, int from) {
    }

    private record Table(PageFacts.Problem[] slot, int line, int column, boolean[] th) {
    }

    private record Heading(int level, int previous, PageFacts.Problem[] slot, int line, int column, HeadingText text) {
    }

    private record Style(int refIndex, int line, int column, StringBuilder data, boolean foreign) {
    }

    /** The attributes of the page's {@code <html>} tags (the first that has lang gives it). */
    void html(HtmlTokenizer t) {
        htmlSeen = true;
        if (lang == null) {
            lang = t.attrs().get(LANG);
        }
    }

    /**
     * An element opens. {@code t} stands on its start tag (or on the tag it is a copy of), or is null for an
     * element the tree implies. Returns what {@link #close} needs back, or null.
     */
    Object open(int tag, boolean foreign, HtmlTokenizer t) {
        return open(tag, foreign, t, t == null ? 0 : t.start());
    }

    /** Opens an element whose content (for a link's name) starts at {@code from}. */
    Object open(int tag, boolean foreign, HtmlTokenizer t, int from) {
        if (!headings.isEmpty()) {
            boolean block = !foreign && HtmlTags.is(tag, HtmlTags.BLOCK);
            for (Heading h : headings) {
                h.text.open(block, tag == HtmlTags.BR);
            }
        }
        if (tag == HtmlTags.MAIN) {
            mainDepth++;
        } else if (tag == HtmlTags.SVG) {
            svgDepth++;
        }
        if (tag == HtmlTags.TH) {
            for (Table tb : tables) {
                tb.th[0] = true;
            }
        }
        if (t == null || !t.attrs().any() && tag != HtmlTags.A && tag != HtmlTags.IMG && tag != HtmlTags.IFRAME
                && tag != HtmlTags.TABLE && tag != HtmlTags.STYLE && !HtmlTags.isHeading(tag)) {
            return null;
        }
        int start = t.start();
        String id = t.attrs().get(ID);
        if (id != null && !id.isEmpty() && !ids.add(id)) {
            add(new PageFacts.Problem("check.duplicate-id", "页面中 id=\"" + id + "\" 重复出现。",
                    "同一页面中的 id 必须唯一；给标题写不同的 {#id}。", at.line(start), at.column()));
        }
        boolean inMain = mainDepth > 0;
        Object state = null;
        if (tag == HtmlTags.A) {
            state = link(t, inMain, from);
        } else if (HtmlTags.isHeading(tag)) {
            state = heading(tag - HtmlTags.H1 + 1, start);
        } else if (tag == HtmlTags.IMG) {
            if (!t.attrs().has(ALT)) {
                add(new PageFacts.Problem("check.img-alt", "图片缺少替代文字 alt：" + t.attrs().getOrEmpty(SRC),
                        "Markdown 中写成 ![图片内容的说明](图片地址)；纯装饰图片写 alt=\"\"。", at.line(start),
                        at.column()));
            }
            if (names.anyOpen() && !t.attrs().blank(ALT)) {
                names.event(t.start());
            }
        } else if (tag == HtmlTags.TABLE) {
            String role = t.attrs().getOrEmpty(ROLE);
            if (!role.equals("presentation") && !role.equals("none")) {
                state = new Table(slot(), at.line(start), at.column(), new boolean[1]);
                tables.add((Table) state);
            }
        } else if (tag == HtmlTags.IFRAME && !t.attrs().has(TITLE)) {
            add(new PageFacts.Problem("check.iframe-title", "内嵌框架 iframe 缺少 title。", "写上 title 说明框架的内容。",
                    at.line(start), at.column()));
        } else if (tag == HtmlTags.STYLE) {
            int l = at.line(t.end());
            style = new Style(refs.size(), l, at.column(), new StringBuilder(), foreign);
            state = style;
        } else if (names.anyOpen() && (tag == HtmlTags.SVG || tag == HtmlTags.TITLE && svgDepth > 0)
                && !t.attrs().blank(ARIA_LABEL)) {
            names.event(t.start());
        }
        ElementRefs.add(refs, tag, t, at, inMain);
        return state;
    }

    private Link link(HtmlTokenizer t, boolean inMain, int from) {
        String name = t.attrs().get(NAME);
        if (name != null) {
            ids.add(name);
        }
        String href = t.attrs().get(HREF);
        if (href == null) {
            return null;
        }
        int line = at.line(t.start());
        int column = at.column();
        refs.add(new PageFacts.Ref(href, "a[href]", line, column, inMain));
        boolean named = !(t.attrs().blank(ARIA_LABEL) && t.attrs().blank(ARIA_LABELLEDBY) && t.attrs().blank(TITLE));
        names.opened();
        return new Link(href, slot(), line, column, named, from);
    }

    private Heading heading(int level, int start) {
        if (level == 1 && ++h1s == 2) {
            secondH1 = new int[] {at.line(start), at.column()};
        }
        Heading h = null;
        if (lastHeading > 0 && level > lastHeading + 1) {
            h = new Heading(level, lastHeading, slot(), at.line(start), at.column(), new HeadingText());
            headings.add(h);
        }
        lastHeading = level;
        return h;
    }

    private static PageFacts.Problem skip(Heading h) {
        return new PageFacts.Problem("check.heading-skip", "标题层级跳级：h" + h.previous + " 之后直接是 h" + h.level
                + "（“" + h.text.quote() + "”）。",
                "标题应逐级使用：## 之下用 ###，不要跳过层级。", h.line, h.column).about(h.level, h.text.quote());
    }

    private void add(PageFacts.Problem p) {
        problems.add(new PageFacts.Problem[] {p});
    }

    private PageFacts.Problem[] slot() {
        PageFacts.Problem[] slot = new PageFacts.Problem[1];
        problems.add(slot);
        return slot;
    }

    /** The element that {@link #open} returned {@code state} for closes; its content ended at {@code to}. */
    void close(int tag, boolean foreign, Object state, int to) {
        boolean block = !foreign && HtmlTags.is(tag, HtmlTags.BLOCK);
        if (tag == HtmlTags.MAIN) {
            mainDepth--;
        } else if (tag == HtmlTags.SVG) {
            svgDepth--;
        }
        if (state instanceof Link l) {
            names.closed();
            if (!l.named && !names.any(l.from, to)) {
                l.slot[0] = (new PageFacts.Problem("check.link-text-empty", "链接没有文字，读屏软件无法说明它指向哪里："
                        + l.href, "给链接写上文字，或给其中的图片写 alt。", l.line, l.column));
            }
        } else if (state instanceof Table tb) {
            tables.remove(tb);
            if (!tb.th[0]) {
                tb.slot[0] = (new PageFacts.Problem("check.table-th", "数据表格没有表头单元格 th。",
                        "Markdown 表格的第一行是表头；HTML 表格用 <th> 标出行或列的标题。", tb.line, tb.column));
            }
        } else if (state instanceof Heading h) {
            headings.remove(h);
            h.slot[0] = skip(h);
        } else if (state instanceof Style s) {
            refs.addAll(s.refIndex, CssScanner.refs(s.data.toString(), "style", s.line, s.column));
            style = null;
        }
        if (!headings.isEmpty()) {
            for (Heading h : headings) {
                h.text.close(block);
            }
        }
    }

    /**
     * A copy of a link that the tree puts inside an element already read (its content from {@code from} to
     * {@code to}): its facts go where that element's children begin ({@code refAt}, {@code problemAt}, inside
     * {@code mainDepth} main elements). Returns how many refs and problems were put there.
     */
    int[] copy(HtmlTokenizer a, int refAt, int problemAt, int mainDepth, int from, int to) {
        int r = refs.size();
        int p = problems.size();
        int main = this.mainDepth;
        this.mainDepth = mainDepth;
        close(HtmlTags.A, false, open(HtmlTags.A, false, a, from), to);
        this.mainDepth = main;
        java.util.Collections.rotate(refs.subList(refAt, refs.size()), refs.size() - r);
        java.util.Collections.rotate(problems.subList(problemAt, problems.size()), problems.size() - p);
        return new int[] {refs.size() - r, problems.size() - p};
    }

    int refCount() {
        return refs.size();
    }

    int problemCount() {
        return problems.size();
    }

    int mainDepth() {
        return mainDepth;
    }

    /**
     * Text of the page: {@link HtmlTokenizer#TEXT} (references decoded), {@link HtmlTokenizer#LITERAL} (CDATA
     * or plaintext) or {@link HtmlTokenizer#DATA} (content of script, style and the like, which is not text).
     */
    void text(int kind, int from, int to, boolean preserve) {
        if (kind == HtmlTokenizer.DATA) {
            if (style != null && !style.foreign) {
                style.data.append(PageText.decode(b, from, to, false, false));
            }
            return;
        }
        boolean keep = preserve || kind == HtmlTokenizer.LITERAL;
        if (style != null && style.foreign && kind == HtmlTokenizer.LITERAL) {
            style.data.append(PageText.decode(b, from, to, false, false));
        }
        if (names.anyOpen() && PageText.visible(b, from, to, kind == HtmlTokenizer.TEXT, keep)) {
            names.event(from);
        }
        if (!headings.isEmpty()) {
            String text = PageText.decode(b, from, to, kind == HtmlTokenizer.TEXT, false);
            for (Heading h : headings) {
                h.text.text(text, keep);
            }
        }
    }

    /** A comment (its data counts for an SVG style's CSS, as in jsoup's {@code data()}). */
    void comment(int from, int to) {
        for (Heading h : headings) {
            h.text.comment();
        }
        if (style != null && style.foreign) {
            style.data.append(PageText.decode(b, from, to, false, false));
        }
    }

    /** The facts, once every element has closed. */
    PageFacts finish() {
        if (h1s != 1) {
            add(h1s == 0
                    ? new PageFacts.Problem("check.h1", "页面没有一级标题 h1。", "每个页面应有且只有一个 h1（页面标题）。", 1, 1)
                    : new PageFacts.Problem("check.h1", "页面有 " + h1s + " 个一级标题 h1，应只有一个。",
                    "正文中的标题从“##”（h2）开始，“#”留给页面标题。", secondH1[0], secondH1[1]));
        }
        List<PageFacts.Problem> found = new ArrayList<>(problems.size() + 1);
        if (!htmlSeen || lang == null || lang.isBlank()) {
            found.add(new PageFacts.Problem("check.lang", "页面缺少 lang 属性，读屏软件无法确定朗读语言。",
                    "在 <html> 上写 lang=\"zh-CN\"（主题的 base 模板）。", 1, 1));
        }
        for (PageFacts.Problem[] slot : problems) {
            if (slot[0] != null) {
                found.add(slot[0]);
            }
        }
        return new PageFacts(path, ids, refs, found);
    }
}
