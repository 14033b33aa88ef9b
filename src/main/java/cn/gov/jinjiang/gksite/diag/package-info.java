/**
 * Diagnostics shared by every stage: where a problem is ({@link SourcePos}),
 * what it is ({@link Diagnostic}), and the per-build collector
 * ({@link Diagnostics}). A leaf package: it depends on no other gksite package
 * and never prints.
 */
package cn.gov.jinjiang.gksite.diag;
