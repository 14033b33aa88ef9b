/**
 * Markdown to HTML with flexmark: tables, heading ids (explicit {@code {#id}} or derived from Chinese
 * text), and the raw-HTML policy (a jsoup Safelist; anything outside it is an error at its line). The
 * converter is built once per build and is safe to share between threads. Depends on {@code diag} only
 * (and the content records it is handed).
 *
 * <p>flexmark parses every page. Pages made of the usual node types are then written by {@code DirectRenderer}
 * with flexmark's exact bytes, others by flexmark's renderer; a differential test over the repository's
 * Markdown and random documents keeps the two equal.
 */
package cn.gov.jinjiang.gksite.markdown;
