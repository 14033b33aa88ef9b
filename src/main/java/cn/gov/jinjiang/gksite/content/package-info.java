/**
 * Reads content/: strict text decoding (UTF-8, BOM stripped, CRLF normalised, GBK detected and reported),
 * front matter split with line marks and bound to {@link PageMeta}, and
 * the section tree ({@link ContentTree}). Depends on {@code diag} and
 * {@code config} (and {@code parallel}); knows nothing of Markdown, reports or output.
 */
package cn.gov.jinjiang.gksite.content;
