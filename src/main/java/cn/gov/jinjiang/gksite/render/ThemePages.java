package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The pages the theme provides for every site: the 404 page, the target of the header's search form and the
 * 无障碍 page the top bar links to, each rendered when the theme has its layout. Their addresses are reserved: a
 * content page there is an {@code output.conflict} (a site changes them through its theme's templates).
 */
final class ThemePages {
    /** A page of the theme: where it is written, the layout it renders with, and its title. */
    record ThemePage(String output, String layout, String title) {}

    static final List<ThemePage> ALL = List.of(
            new ThemePage("404.html", "notfound", "页面未找到"),
            new ThemePage("search.html", "search", "站内搜索"),
            new ThemePage("wza.html", "accessibility", "无障碍说明"));

    private final TemplateEngine engine;
    private final SiteConfig config;

    ThemePages(TemplateEngine engine, SiteConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** Adds the theme's pages to {@code out}; a template error is reported to {@code problems} with no page. */
    void render(BiConsumer<Page, Diagnostic> problems, List<RenderedFile> out) {
        for (ThemePage tp : ALL) {
            if (!engine.hasLayout(tp.layout())) {
                continue;
            }
            String url = "/" + tp.output();
            PageView view = PageView.generated(
                    tp.title(),
                    url,
                    tp.layout(),
                    List.of(new Views.Crumb("首页", "/"), new Views.Crumb(tp.title(), "")),
                    List.of(),
                    null,
                    null);
            try {
                out.add(TemplateContext.generated(SiteView.of(config, url), view)
                        .render(engine, tp.layout(), tp.output(), "", "themes/" + tp.layout() + ".peb"));
            } catch (TemplateEngine.TemplateFailure e) {
                problems.accept(null, e.diagnostic());
            }
        }
    }
}
