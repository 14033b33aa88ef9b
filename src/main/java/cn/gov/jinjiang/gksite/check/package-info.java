/**
 * Checks a written site with jsoup: every internal link, resource and fragment resolves, and the
 * accessibility basics a parser can see. Each problem names the output page and line and, through the
 * build's {@link cn.gov.jinjiang.gksite.output.OutputManifest}, the source file it came from. Reads the
 * output folder; writes nothing.
 */
package cn.gov.jinjiang.gksite.check;
