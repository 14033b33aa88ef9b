/**
 * Site configuration: reads {@code site.yaml} into an immutable {@link SiteConfig},
 * validating as it reads, and resolves the folders of a build ({@link SourceLayout}).
 * Also home of {@link YamlDoc}, the marked YAML reader every later stage uses
 * for its files, and of the key definitions ({@link cn.gov.jinjiang.gksite.config.schema}) that every loader checks
 * its file against and {@code gksite schemas} writes as JSON Schemas ({@link SiteKeys}
 * for site.yaml). Depends only on {@code diag}.
 */
package cn.gov.jinjiang.gksite.config;
