/**
 * The preview server ({@code gksite serve}): builds into a private folder with
 * {@link IncrementalBuild}, serves it with Jetty 12 core handlers, watches
 * content/, themes/ and site.yaml, rebuilds what an edit affects and tells the browser to reload over
 * Server-Sent Events. While the build has errors, pages are replaced by an error page that lists every
 * diagnostic with the source lines around it.
 *
 * <p>Consumes {@code build} and the stages below it; used only by {@code cli}. Never prints: what the
 * terminal shows goes through {@link ServeSession.Listener}. The live-reload
 * script is added to HTML responses only and never written to a folder.
 */
package cn.gov.jinjiang.gksite.serve;

import cn.gov.jinjiang.gksite.build.IncrementalBuild;
