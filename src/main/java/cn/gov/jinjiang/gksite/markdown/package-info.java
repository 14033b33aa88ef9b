/**
 * Markdown to HTML with flexmark: tables, heading ids (explicit {@code {#id}} or derived from Chinese
 * text), and the raw-HTML policy: raw HTML read as a browser's tokenizer reads it ({@code HtmlScanner}) and
 * checked against an allowlist of tags and attributes ({@code RawHtmlPolicy}), {@code {…}} attributes and link
 * addresses ({@code diag.UrlSchemes}); {@code PageSanitizer} reports what the policy refuses at its line and
 * column and takes it out of the tree before either renderer writes the page. The converter is built once per
 * build and is safe to share between threads. Depends on {@code diag}, on {@code content} for the pages it
 * converts ({@code MarkdownStage} takes the content tree) and on {@code parallel}; knows nothing of reports,
 * themes or output.
 *
 * <p>flexmark parses every page. Pages made of the usual node types are then written by {@code DirectRenderer}
 * with flexmark's exact bytes, others by flexmark's renderer; a differential test over the repository's
 * Markdown and random documents keeps the two equal. flexmark is used through its public API, but for one
 * class: {@code LinearParsing} extends flexmark's inline parser, which only its {@code internal} package has
 * (its Javadoc says why).
 */
package cn.gov.jinjiang.gksite.markdown;
