/**
 * Checks a written site: every internal link, resource and fragment resolves, and the accessibility basics
 * a parser can see. Each problem names the output page and line and, through the build's
 * {@link cn.gov.jinjiang.gksite.output.OutputManifest}, the source file it came from. Reads the output
 * folder; writes nothing.
 *
 * <p>A page is reduced to {@link cn.gov.jinjiang.gksite.check.PageFacts} by the checks of
 * {@link cn.gov.jinjiang.gksite.check.CheckRules}, each written once over the events of
 * {@link cn.gov.jinjiang.gksite.check.scan.PageVisitor} (its problems made in
 * {@link cn.gov.jinjiang.gksite.check.Problems}, the attributes that hold a URL listed in
 * {@link cn.gov.jinjiang.gksite.check.ElementRefs}). Two readers feed them
 * ({@link cn.gov.jinjiang.gksite.check.PageScanner}): pages a build renders, from their bytes, by the byte
 * scanner of {@link cn.gov.jinjiang.gksite.check.scan}; any other page, as in {@code gksite check} on an
 * arbitrary folder or static HTML copied from content/, by jsoup, whose DOM
 * {@link cn.gov.jinjiang.gksite.check.JsoupEvents} walks, and which also copes with other encodings and with
 * whatever broken markup a hand-written page has. The two give equal facts on rendered pages, and equal to
 * what queries of jsoup's DOM find (a differential test with an oracle); where the byte scanner may differ on
 * broken markup is listed in its {@code PageTree}. Pass two ({@link cn.gov.jinjiang.gksite.check.SiteChecker})
 * resolves every reference ({@link cn.gov.jinjiang.gksite.check.LinkResolver}) against the files and ids, and
 * reports each problem at the source line it came from when it can be found ({@code PageReporter}; a page scanned
 * without positions is scanned again with them, by {@code PositionScan}, the first time a problem needs one).
 */
package cn.gov.jinjiang.gksite.check;
