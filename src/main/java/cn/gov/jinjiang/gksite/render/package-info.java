/**
 * Renders pages through the theme's Pebble templates. Templates see view records built here
 * ({@link cn.gov.jinjiang.gksite.render.SiteView}, {@link cn.gov.jinjiang.gksite.render.PageView},
 * {@link cn.gov.jinjiang.gksite.render.ReportView}), never the model. Autoescaping is on; only rendered
 * Markdown is marked safe. Template errors become diagnostics naming the template file and line and
 * the page being rendered. The templates are looked up along the {@link cn.gov.jinjiang.gksite.render.Theme} chain:
 * the site's themes/ first, then the portal theme inside gksite ({@link cn.gov.jinjiang.gksite.render.BuiltinTheme}).
 * Produces {@link cn.gov.jinjiang.gksite.render.RenderedFile}s; writes nothing.
 */
package cn.gov.jinjiang.gksite.render;
