package cn.gov.jinjiang.gksite.check;

import java.nio.file.Path;

/**
 * How to check a site folder.
 *
 * @param sourceRoot  the source folder, to find the Markdown line a link came from (null: unknown)
 * @param outputLabel how to name the checked folder in diagnostics (e.g. "site")
 * @param external    probe external links with {@code probe}
 * @param probe       the external link prober (required when external)
 */
public record CheckOptions(Path sourceRoot, String outputLabel, boolean external, ExternalLinkProbe probe) {
    public static CheckOptions internal(Path sourceRoot, String outputLabel) {
        return new CheckOptions(sourceRoot, outputLabel, false, null);
    }
}
