/**
 * Checks a written site: every internal link, resource and fragment resolves, and the accessibility basics
 * a parser can see. Each problem names the output page and line and, through the build's
 * {@link OutputManifest}, the source file it came from. Reads the output
 * folder; writes nothing.
 *
 * <p>A page is reduced to {@link PageFacts} by the checks of
 * {@link CheckRules}, each written once over the events of
 * {@link PageVisitor} (its problems made in
 * {@link Problems}, the attributes that hold a URL listed in
 * {@link ElementRefs}). Two readers feed them
 * ({@link PageScanner}): pages a build renders, from their bytes, by the byte
 * scanner of {@link cn.gov.jinjiang.gksite.check.scan}; any other page, as in {@code gksite check} on an
 * arbitrary folder or static HTML copied from content/, by jsoup, whose DOM
 * {@link JsoupEvents} walks, and which also copes with other encodings and with
 * whatever broken markup a hand-written page has. The two give equal facts on rendered pages, and equal to
 * what queries of jsoup's DOM find (a differential test with an oracle); where the byte scanner may differ on
 * broken markup is listed in its {@code PageTree}. Pass two ({@link SiteChecker})
 * resolves every reference ({@link LinkResolver}) against the files and ids, and
 * reports each problem at the source line it came from when it can be found ({@code PageReporter}; a page scanned
 * without positions is scanned again with them, by {@code PositionScan}, the first time a problem needs one).
 */
package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.scan.PageVisitor;
import cn.gov.jinjiang.gksite.output.OutputManifest;
