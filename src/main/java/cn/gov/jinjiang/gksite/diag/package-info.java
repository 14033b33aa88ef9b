/**
 * Diagnostics shared by every stage: where a problem is ({@link cn.gov.jinjiang.gksite.diag.SourcePos}),
 * what it is ({@link cn.gov.jinjiang.gksite.diag.Diagnostic}), and the per-build collector
 * ({@link cn.gov.jinjiang.gksite.diag.Diagnostics}). A leaf package: it depends on no other gksite package
 * and never prints.
 */
package cn.gov.jinjiang.gksite.diag;
