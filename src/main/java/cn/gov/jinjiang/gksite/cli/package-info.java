/**
 * The command line (picocli): one class per verb, each parsing flags and calling one library method. The
 * only package that prints or exits; exit codes are 0 (success, warnings allowed), 1 (content or check
 * errors) and 2 (usage or environment errors).
 */
package cn.gov.jinjiang.gksite.cli;
