package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.PageFacts.Problem;
import cn.gov.jinjiang.gksite.check.PageFacts.Ref;
import cn.gov.jinjiang.gksite.check.scan.HtmlTags;
import cn.gov.jinjiang.gksite.check.scan.Namespace;
import cn.gov.jinjiang.gksite.check.scan.PackedName;
import cn.gov.jinjiang.gksite.check.scan.PageVisitor;
import cn.gov.jinjiang.gksite.check.scan.StartTag;
import cn.gov.jinjiang.gksite.check.scan.TextRun;
import cn.gov.jinjiang.gksite.check.scan.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a page, each written once, over the events of a {@link PageVisitor}: whichever reader reports
 * the page (the byte scanner or jsoup's DOM, see {@link PageScanner}), the same code turns it into
 * {@link PageFacts}. Each element's facts are taken when it opens, in document order; what depends on its
 * content (a link's text, a table's th, a skipped heading's text) keeps its place in the list of problems and
 * is decided when it closes. Positions are those of the start tag. One instance per page.
 *
 * <p>The rules: ids and {@code a[name]}s (fragment targets) with {@code check.duplicate-id}; the references
 * of links, resources, meta refresh, srcset and CSS ({@link ElementRefs}); {@code check.link-text-empty},
 * {@code check.img-alt}, {@code check.heading-skip}, {@code check.table-th}, {@code check.iframe-title},
 * {@code check.h1} and {@code check.lang} (messages in {@link Problems}).
 */
final class CheckRules implements PageVisitor {
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
    /** How many style elements nested in one another get their own CSS read (a limit no real page reaches). */
    static final int MAX_NESTED_STYLES = 4;

    private final String path;
    private final Set<String> ids = new HashSet<>();
    private final FactList facts = new FactList();
    private final LinkNames names = new LinkNames();
    /** The data tables open, innermost last. */
    private final List<Table> tables = new ArrayList<>();

    private final HeadingText headingText = new HeadingText();
    /** The style elements open (in SVG one may hold another; each one's CSS is all the data inside it). */
    private final List<Style> styles = new ArrayList<>();

    private int mainDepth;
    private int svgDepth;
    private int h1s;
    private int secondH1Line;
    private int secondH1Column;
    private int lastHeading;
    private String lang;

    CheckRules(String path) {
        this.path = path;
    }

    /** A link being read: named by its attributes, or by what {@link LinkNames} finds from {@code from} on. */
    private record Link(String href, Problem[] slot, int line, int column, boolean named, int from) {}

    private record Table(Problem[] slot, int line, int column, boolean[] th) {}

    /** A skipped heading: its level, the level before it, and its node in {@link HeadingText}. */
    private record Heading(int level, int previous, Problem[] slot, int line, int column, Object node) {}

    private record Style(int position, int line, int column, StringBuilder data) {}

    /** An element opened inside a skipped heading: its node in {@link HeadingText}, and its rule's state. */
    private record InHeading(Object node, Object state) {}

    /** The first {@code html} tag with a lang gives the page's language (jsoup merges later tags' attributes). */
    @Override
    public void html(StartTag t) {
        if (lang == null) {
            lang = t.attr(LANG);
        }
    }

    @Override
    public Object open(int tag, Namespace ns, StartTag t, int at) {
        if (headingText.recording()) {
            Object node = headingText.open(
                    HtmlTags.isTextBlock(tag, ns), tag == HtmlTags.BR, HtmlTags.isTextBoundary(tag, ns));
            return new InHeading(node, rules(tag, t, at));
        }
        return rules(tag, t, at);
    }

    /** The rules of an element as it opens; returns what {@link #close} needs back, or null. */
    private Object rules(int tag, StartTag t, int at) {
        if (tag == HtmlTags.MAIN) {
            mainDepth++;
        } else if (tag == HtmlTags.SVG) {
            svgDepth++;
        }
        if (tag == HtmlTags.TH && !tables.isEmpty()) {
            // The innermost table's th; an outer table gets it when the inner one closes.
            tables.get(tables.size() - 1).th[0] = true;
        }
        // Most elements have no attributes and none of the rules below: nothing to look at (an a without attributes
        // is neither a link nor a target).
        if (t == null
                || !t.hasAttributes()
                        && tag != HtmlTags.IMG
                        && tag != HtmlTags.IFRAME
                        && tag != HtmlTags.TABLE
                        && tag != HtmlTags.STYLE
                        && !HtmlTags.isHeading(tag)) {
            return null;
        }
        String id = t.attr(ID);
        if (id != null && !id.isEmpty() && !ids.add(id)) {
            facts.add(Problems.duplicateId(id, t.line(), t.column()));
        }
        boolean inMain = mainDepth > 0;
        Object state = null;
        if (tag == HtmlTags.A) {
            state = link(t, inMain, at);
        } else if (HtmlTags.isHeading(tag)) {
            state = heading(tag - HtmlTags.H1 + 1, t);
        } else if (tag == HtmlTags.IMG) {
            if (!t.hasAttr(ALT)) {
                facts.add(Problems.imgAlt(ElementRefs.orEmpty(t.attr(SRC)), t.line(), t.column()));
            }
            if (names.anyOpen() && !t.blankAttr(ALT)) {
                names.event(at);
            }
        } else if (tag == HtmlTags.TABLE) {
            String role = ElementRefs.orEmpty(t.attr(ROLE));
            if (!role.equals("presentation") && !role.equals("none")) {
                Table table = new Table(facts.slot(), t.line(), t.column(), new boolean[1]);
                tables.add(table);
                state = table;
            }
        } else if (tag == HtmlTags.IFRAME && !t.hasAttr(TITLE)) {
            facts.add(Problems.iframeTitle(t.line(), t.column()));
        } else if (tag == HtmlTags.STYLE) {
            // Styles nested deeper (in SVG, on a page made to hurt) count only as data of the styles around them:
            // each would hold all the CSS inside it again, and memory would grow with the square of the page.
            if (styles.size() < MAX_NESTED_STYLES) {
                Style style = new Style(facts.size(), t.endLine(), t.endColumn(), new StringBuilder());
                styles.add(style);
                state = style;
            }
        } else if (names.anyOpen()
                && (tag == HtmlTags.SVG || tag == HtmlTags.TITLE && svgDepth > 0)
                && !t.blankAttr(ARIA_LABEL)) {
            names.event(at);
        }
        ElementRefs.add(facts, tag, t, inMain);
        return state;
    }

    private Link link(StartTag t, boolean inMain, int from) {
        String name = t.attr(NAME);
        if (name != null) {
            ids.add(name);
        }
        String href = t.attr(HREF);
        if (href == null) {
            return null;
        }
        int line = t.line();
        int column = t.column();
        facts.add(new Ref(href, "a[href]", line, column, inMain));
        boolean named = !(t.blankAttr(ARIA_LABEL) && t.blankAttr(ARIA_LABELLEDBY) && t.blankAttr(TITLE));
        names.opened();
        return new Link(href, facts.slot(), line, column, named, from);
    }

    private Heading heading(int level, StartTag t) {
        if (level == 1 && ++h1s == 2) {
            secondH1Line = t.line();
            secondH1Column = t.column();
        }
        Heading h = null;
        if (lastHeading > 0 && level > lastHeading + 1) {
            h = new Heading(level, lastHeading, facts.slot(), t.line(), t.column(), headingText.heading());
        }
        lastHeading = level;
        return h;
    }

    @Override
    public void close(int tag, Namespace ns, Object opened, int at) {
        Object state = opened instanceof InHeading in ? in.state : opened;
        if (tag == HtmlTags.MAIN) {
            mainDepth--;
        } else if (tag == HtmlTags.SVG) {
            svgDepth--;
        }
        if (state instanceof Link l) {
            names.closed();
            if (!l.named && !names.any(l.from, at)) {
                l.slot[0] = Problems.linkTextEmpty(l.href, l.line, l.column);
            }
        } else if (state instanceof Table tb) {
            tables.remove(tables.lastIndexOf(tb));
            if (!tb.th[0]) {
                tb.slot[0] = Problems.tableTh(tb.line, tb.column);
            } else if (!tables.isEmpty()) {
                tables.get(tables.size() - 1).th[0] = true;
            }
        } else if (state instanceof Heading h) {
            h.slot[0] = Problems.headingSkip(h.previous, h.level, headingText.quote(h.node), h.line, h.column);
        } else if (state instanceof Style s) {
            styles.remove(styles.lastIndexOf(s));
            facts.insert(s.position, CssScanner.refs(s.data.toString(), "style", s.line, s.column));
        }
        if (state instanceof Heading h && headingText.isRoot(h.node)) {
            headingText.end();
        } else if (opened instanceof InHeading in) {
            headingText.close(in.node);
        }
    }

    /**
     * Text, or data: what is not {@link TokenKind#TEXT} is a style's CSS (as jsoup's {@code data()} takes it:
     * data, CDATA and comments), and only what is not {@link TokenKind#DATA} is text.
     */
    @Override
    public void text(TokenKind kind, TextRun text, boolean preserve, int at) {
        if (kind != TokenKind.TEXT) {
            if (!styles.isEmpty()) {
                String data = text.string();
                for (Style s : styles) {
                    s.data.append(data);
                }
            }
            if (kind == TokenKind.DATA) {
                return;
            }
        }
        boolean keep = preserve || kind == TokenKind.LITERAL;
        if (names.anyOpen() && text.visible(keep)) {
            names.event(at);
        }
        if (headingText.recording()) {
            headingText.text(text.string(), keep);
        }
    }

    @Override
    public void comment(TextRun data) {
        if (headingText.recording()) {
            headingText.other();
        }
        if (!styles.isEmpty()) {
            String s = data.string();
            for (Style style : styles) {
                style.data.append(s);
            }
        }
    }

    /** The position in the list of refs and problems. */
    @Override
    public int position() {
        return facts.size();
    }

    /** How many main elements are open (whether a link is in the page's main content). */
    @Override
    public int context() {
        return mainDepth;
    }

    @Override
    public int copy(StartTag a, int position, int context, int from, int to) {
        int since = facts.size();
        int main = mainDepth;
        mainDepth = context;
        close(HtmlTags.A, Namespace.HTML, open(HtmlTags.A, Namespace.HTML, a, from), to);
        mainDepth = main;
        return facts.moveTo(position, since);
    }

    /** The facts, once every element has closed. */
    PageFacts finish() {
        if (h1s != 1) {
            facts.add(h1s == 0 ? Problems.noH1() : Problems.manyH1(h1s, secondH1Line, secondH1Column));
        }
        Problem lang = this.lang == null || this.lang.isBlank() ? Problems.lang() : null;
        return new PageFacts(path, ids, facts.refs(), facts.problems(lang));
    }
}
