/**
 * Writes the site: rendered files, theme static files and content assets, into a fresh folder beside
 * the output folder ({@link OutputWriter}, claimed first by
 * {@link OutputClaim}), then swaps it in ({@link SiteSwap}),
 * so a failed build leaves the previous site exactly as it was. Records what came from where in an
 * {@link OutputManifest}; two files for one address are an {@code output.conflict}
 * ({@link Conflicts}, for a staged site and for the preview's folder alike, which
 * {@link InPlaceWriter} updates file by file). Also makes the files a build writes
 * besides the pages: the search index, Atom feeds, sitemap and robots.txt, and the annual reports' data downloads.
 * Bytes are deterministic: no timestamps are written into files.
 */
package cn.gov.jinjiang.gksite.output;
