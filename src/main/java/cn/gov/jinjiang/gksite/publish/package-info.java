/**
 * Publishing: puts exactly the checked site on the web server with rsync, or nothing. {@link
 * Publisher} builds the site afresh through {@code build.Pipeline}, refuses
 * when any error remains, checks the target (never {@code /} or a home folder; marked by {@code
 * .gksite-target}), runs rsync once as a dry run to see what would be added, changed and deleted, refuses
 * too many deletions, and then runs it for real with {@code --delay-updates} so that files switch over
 * together at the end. Every publish is recorded (file hashes, git commit, time) locally and on the target. Its
 * subpackage {@code doctor} checks the machine and the site before a publish (rsync, ssh, a dry run to the target).
 *
 * <p>Consumes {@code build}, {@code config}, {@code output} and {@code diag}; used only by {@code cli}; must
 * not depend on {@code serve}. Processes are started through {@link ProcessRunner}
 * from argument lists, never through a shell.
 */
package cn.gov.jinjiang.gksite.publish;
