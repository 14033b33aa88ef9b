package cn.gov.jinjiang.gksite.report;

import java.nio.file.Path;

/**
 * A report folder to be written: content/xxgk/zfxxgkzl/ndbg/YEAR/ with its index.md and data.yaml.
 *
 * @param dir      the folder (absolute)
 * @param indexMd  index.md text
 * @param dataYaml data.yaml text
 */
public record ReportFiles(Path dir, String indexMd, String dataYaml) {}
