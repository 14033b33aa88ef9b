/**
 * Writes the site: rendered files, theme static files and content assets, into a fresh folder beside
 * the output folder, then swaps it in, so a failed build leaves the previous site exactly as it was.
 * Records what came from where in an {@link cn.gov.jinjiang.gksite.output.OutputManifest}. Bytes are
 * deterministic: no timestamps are written into files.
 */
package cn.gov.jinjiang.gksite.output;
