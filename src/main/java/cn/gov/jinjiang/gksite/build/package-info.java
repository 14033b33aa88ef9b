/**
 * The builds: {@link Pipeline}, a whole build (config → content → markdown → report →
 * render → output → check), staged and swapped in only when no stage found an error, used by the command line
 * and publish; and {@link IncrementalBuild}, the preview's build kept alive between
 * edits. Both take the same steps ({@code Stages}) and write the same files ({@code GeneratedFiles}); the
 * preview works out which pages an edit makes stale ({@code Affected}, a pure function) and then updates its
 * private folder in place ({@code PreviewFolder}). Also gathers every stage's key definitions into the JSON
 * Schemas editors' tools use ({@link Schemas}).
 */
package cn.gov.jinjiang.gksite.build;
