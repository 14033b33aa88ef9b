/**
 * The one entry point to a whole build ({@link cn.gov.jinjiang.gksite.build.Pipeline}): config → content →
 * markdown → report → render → output → check. Used by the command line, the preview server and
 * publish alike. Stops before writing anything when an earlier stage found errors. Also gathers every stage's key
 * definitions into the JSON Schemas editors' tools use ({@link cn.gov.jinjiang.gksite.build.Schemas}).
 */
package cn.gov.jinjiang.gksite.build;
