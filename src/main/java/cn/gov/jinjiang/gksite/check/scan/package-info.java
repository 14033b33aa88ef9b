/**
 * The byte scanner: reads a page the build rendered straight from its UTF-8 bytes and reports it to a
 * {@link PageVisitor} as a walk of jsoup's DOM would report it, elements
 * opening and closing with their start tags, text, data and comments, without building a DOM
 * ({@link FastPageScanner}). It is the build's hot path (every page of every
 * build), so its speed tricks live here and nowhere else: bytes classified by one table look-up
 * ({@code HtmlBytes}, whose searches return -1 on a miss in every overload), tag and attribute names packed into
 * longs and compared whole ({@link PackedName},
 * {@link HtmlTags}), attribute values and text decoded only when asked for
 * ({@code TagAttributes}, {@link TextRun}), lines and columns counted only
 * when tracked ({@code BytePositions}).
 *
 * <p>The pieces: {@code HtmlTokenizer} splits the page into tokens of a
 * {@link TokenKind}; {@code PageTree} with {@code BodyRules},
 * {@code TableRules}, {@code OpenElements} and {@code ActiveLink} is the part of the standard's tree
 * construction that decides what contains what, and lists where it differs from jsoup on broken markup.
 *
 * <p>The checks themselves are not here: they are written once in {@code check} over
 * {@link PageVisitor}, which jsoup's DOM feeds as well. This package uses
 * nothing of gksite (ArchitectureTest), only jsoup's table of character references.
 */
package cn.gov.jinjiang.gksite.check.scan;
