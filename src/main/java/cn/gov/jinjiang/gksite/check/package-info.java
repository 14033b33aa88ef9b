/**
 * Checks a written site: every internal link, resource and fragment resolves, and the accessibility basics
 * a parser can see. Each problem names the output page and line and, through the build's
 * {@link cn.gov.jinjiang.gksite.output.OutputManifest}, the source file it came from. Reads the output
 * folder; writes nothing.
 *
 * <p>Two scanners reduce a page to {@link cn.gov.jinjiang.gksite.check.PageFacts}. Pages a build renders are
 * scanned from their bytes by {@link cn.gov.jinjiang.gksite.check.FastPageScanner} (a tokenizer and the part of
 * tree construction the facts depend on, no DOM); any other page, as in {@code gksite check} on an arbitrary
 * folder or static HTML copied from content/, by {@link cn.gov.jinjiang.gksite.check.PageScanner} with jsoup,
 * which also copes with other encodings and with whatever broken markup a hand-written page has. The two give
 * equal facts on rendered pages (a differential test); where they may differ on broken markup is listed in
 * {@link cn.gov.jinjiang.gksite.check.PageTree}.
 */
package cn.gov.jinjiang.gksite.check;
