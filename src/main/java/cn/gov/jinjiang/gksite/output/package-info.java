/**
 * Writes the site: rendered files, theme static files and content assets, into a fresh folder beside
 * the output folder ({@link cn.gov.jinjiang.gksite.output.OutputWriter}, claimed first by
 * {@link cn.gov.jinjiang.gksite.output.OutputClaim}), then swaps it in ({@link cn.gov.jinjiang.gksite.output.SiteSwap}),
 * so a failed build leaves the previous site exactly as it was. Records what came from where in an
 * {@link cn.gov.jinjiang.gksite.output.OutputManifest}; two files for one address are an {@code output.conflict}
 * ({@link cn.gov.jinjiang.gksite.output.Conflicts}, for a staged site and for the preview's folder alike, which
 * {@link cn.gov.jinjiang.gksite.output.InPlaceWriter} updates file by file). Also makes the files a build writes
 * besides the pages: the search index, Atom feeds, sitemap and robots.txt, and the annual reports' data downloads.
 * Bytes are deterministic: no timestamps are written into files.
 */
package cn.gov.jinjiang.gksite.output;
