/**
 * Sets up a site's repository: the files of a new site ({@code gksite new site}: site.yaml with placeholders, the
 * 政府信息公开 column skeleton, .gitignore, editor settings, CI templates) and the git pre-commit hook
 * ({@code gksite hook install}). Uses config (the placeholders every scaffold writes) and publish's
 * {@link ProcessRunner} (git); only cli uses it. Never overwrites a file it did not
 * write: a new site goes only into a missing or empty folder, a hook only replaces gksite's own hook.
 */
package cn.gov.jinjiang.gksite.setup;

import cn.gov.jinjiang.gksite.publish.ProcessRunner;
