/**
 * Markdown to HTML with flexmark: tables, heading ids (explicit {@code {#id}} or derived from Chinese
 * text), and the raw-HTML policy (a jsoup Safelist; anything outside it is an error at its line). The
 * converter is built once per build and is safe to share between threads. Depends on {@code diag} only
 * (and the content records it is handed).
 */
package cn.gov.jinjiang.gksite.markdown;
