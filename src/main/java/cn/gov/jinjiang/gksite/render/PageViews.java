package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.DocumentLinks;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.markdown.Heading;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The view of a page of content/: its body (with attachments' sizes, a report's narrative split around the
 * tables), table of contents, 公开目录 metadata, breadcrumbs and linked documents. Made once per render, for
 * every page it renders.
 */
final class PageViews {
    private final Map<String, Section> sections;
    private final DocumentLinks links;
    private final Map<String, Page> bySource;
    private final ToLongFunction<String> sizes;

    /** @param sizes size in bytes of a file in content/ (path relative to content/), or -1 */
    PageViews(
            Map<String, Section> sections,
            DocumentLinks links,
            Map<String, Page> bySource,
            ToLongFunction<String> sizes) {
        this.sections = sections;
        this.links = links;
        this.bySource = bySource;
        this.sizes = sizes;
    }

    /**
     * @param body     the page's rendered Markdown, or null
     * @param isReport the page shows an annual report: its narrative is split at section 五
     * @param children the entries listed on this page of its pagination
     * @param library  for layout {@code library}: the library's documents, else null
     */
    PageView of(
            Page p,
            String layout,
            RenderedMarkdown body,
            boolean isReport,
            List<Views.Link> children,
            Views.Menu menu,
            Views.Pager pager,
            Views.Library library) {
        String html = body == null ? "" : Attachments.annotate(body.html(), p.url(), sizes);
        String after = "";
        List<Heading> headings = body == null ? List.of() : body.headings();
        if (isReport) {
            // The theme draws sections 二–四 between the editor's 一 and 五: split the narrative at 五.
            for (Heading h : headings) {
                if (h.text().startsWith("五")) {
                    int at = html.indexOf("<h" + h.level() + " id=\"" + h.id() + "\"");
                    if (at >= 0) {
                        after = html.substring(at);
                        html = html.substring(0, at);
                    }
                    break;
                }
            }
        }
        List<Views.Toc> toc = headings.stream()
                .map(h -> new Views.Toc(h.level(), h.text(), h.id()))
                .toList();
        LocalDate d = p.meta().displayDate();
        return new PageView(
                p.meta().title(),
                p.url(),
                layout,
                new SafeString(html),
                new SafeString(after),
                toc,
                metaItems(p.meta()),
                d == null ? "" : d.toString(),
                d == null ? "" : chinese(d),
                crumbs(p),
                children,
                p.meta().sample(),
                p.meta().description(),
                menu,
                pager,
                relations(p),
                library,
                p.meta().draft());
    }

    private Views.Relations relations(Page p) {
        String s = p.source();
        String interprets = links.interprets().get(s);
        String replaces = links.replaces().get(s);
        List<String> by = links.interpretedBy().getOrDefault(s, List.of());
        List<String> newer = links.replacedBy().getOrDefault(s, List.of());
        if (interprets == null && replaces == null && by.isEmpty() && newer.isEmpty()) {
            return Views.Relations.NONE;
        }
        return new Views.Relations(
                interprets == null ? null : link(interprets),
                by.stream().map(this::link).toList(),
                replaces == null ? null : link(replaces),
                newer.stream().map(this::link).toList());
    }

    private Views.Link link(String source) {
        return Views.Link.of(bySource.get(source));
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The 公开目录 metadata present on the page, in the portal's order. */
    static List<Views.MetaItem> metaItems(PageMeta m) {
        List<Views.MetaItem> out = new ArrayList<>();
        add(out, "索引号", m.indexNo());
        add(out, "主题分类", m.topic());
        add(out, "发布机构", m.publisher());
        add(out, "成文日期", m.written() == null ? "" : m.written().toString());
        add(out, "发布日期", m.published() == null ? "" : m.published().toString());
        add(out, "文号", m.docNo());
        add(out, "有效性", m.validity());
        return out;
    }

    private static void add(List<Views.MetaItem> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Views.MetaItem(label, value));
        }
    }

    private List<Views.Crumb> crumbs(Page p) {
        if (p.output().equals("index.html")) {
            return List.of(new Views.Crumb("首页", ""));
        }
        String dir = p.dir();
        int slash = dir.lastIndexOf('/');
        List<Views.Crumb> out = trail(sections, p.isIndex() ? (slash < 0 ? "" : dir.substring(0, slash)) : dir);
        out.add(new Views.Crumb(p.meta().title(), ""));
        return out;
    }

    /**
     * The breadcrumb down to the folder {@code dir} of content/: 首页, then the index page of every folder on the
     * way, {@code dir}'s own included (a folder without one is passed over).
     */
    static List<Views.Crumb> trail(Map<String, Section> sections, String dir) {
        List<Views.Crumb> out = new ArrayList<>();
        out.add(new Views.Crumb("首页", "/"));
        if (!dir.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String part : dir.split("/")) {
                if (!sb.isEmpty()) {
                    sb.append('/');
                }
                sb.append(part);
                Section s = sections.get(sb.toString());
                Optional<Page> idx = s == null ? Optional.empty() : s.index();
                idx.ifPresent(i -> out.add(new Views.Crumb(i.meta().title(), i.url())));
            }
        }
        return out;
    }
}
