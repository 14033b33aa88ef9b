/**
 * Renders pages through the theme's Pebble templates. Templates see view records built here
 * ({@link SiteView}, {@link PageView},
 * {@link ReportView} and the small ones of {@link Views}),
 * never the model. Autoescaping is on; only rendered Markdown is marked safe. Template errors become diagnostics
 * naming the template file and line and the page being rendered. The templates are looked up along the
 * {@link Theme} chain: the site's themes/ first, then the portal theme inside gksite
 * ({@link BuiltinTheme}). Produces
 * {@link RenderedFile}s; writes nothing.
 *
 * <p>{@link SiteRenderer} runs a render in three parts: the pages of content/
 * ({@code ContentPages}, their views made by {@code PageViews}, the lists they show by {@code Lists}), the
 * catalogue's facet lists of every column with a menu.yaml ({@code FacetPages}) and the theme's own pages
 * ({@code ThemePages}). What a list shows of a page is one record, {@link Listed}, which the preview compares to
 * decide which lists an edit makes stale; the layout names gksite gives a meaning to are in
 * {@link Layouts}; which render problems a build reports, in
 * {@link RenderDiagnostics}.
 */
package cn.gov.jinjiang.gksite.render;
