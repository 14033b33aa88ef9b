/**
 * {@code gksite doctor}: checks the machine and the site before an editor or operator meets a problem half way —
 * Java, rsync and ssh, the publish target (a real rsync dry run), the file-watch limit {@code serve} needs, the
 * placeholders left in site.yaml and, when asked, a whole build. Each check is a {@link
 * DoctorCheck} with what was found and, when it fails, the fix in Chinese;
 * nothing here prints ({@code cli} does).
 *
 * <p>Part of the {@code publish} stage: it uses the publish target's parsing and rsync's command line from there.
 */
package cn.gov.jinjiang.gksite.publish.doctor;
