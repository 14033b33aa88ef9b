package cn.gov.jinjiang.gksite.check;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to check a site folder.
 *
 * @param sourceRoot  the source folder, to find the Markdown line a link came from (null: unknown)
 * @param outputLabel how to name the checked folder in diagnostics (e.g. "site")
 * @param external    probe external links with {@code probe}
 * @param probe       the external link prober (required when external)
 * @param listed      the manifest lists exactly the files in the folder (a build's freshly staged site), so the
 *                    folder need not be walked; false for a folder on disk that anyone may have changed
 * @param drafts      the drafts a build without drafts left out: output path → its source; a link to one of them
 *                    is {@code check.link-draft}, which says so, rather than a plain broken link
 */
public record CheckOptions(
        Path sourceRoot,
        String outputLabel,
        boolean external,
        ExternalLinkProbe probe,
        boolean listed,
        Map<String, String> drafts) {
    public CheckOptions {
        drafts = Map.copyOf(drafts);
    }

    public CheckOptions(Path sourceRoot, String outputLabel, boolean external, ExternalLinkProbe probe) {
        this(sourceRoot, outputLabel, external, probe, false, Map.of());
    }

    public static CheckOptions internal(Path sourceRoot, String outputLabel) {
        return new CheckOptions(sourceRoot, outputLabel, false, null);
    }

    /** Internal links of a site a build has just staged, whose manifest lists every file in it. */
    public static CheckOptions staged(Path sourceRoot, String outputLabel) {
        return new CheckOptions(sourceRoot, outputLabel, false, null, true, Map.of());
    }

    /** The same options, knowing the drafts the build left out. */
    public CheckOptions withDrafts(Map<String, String> leftOut) {
        return new CheckOptions(sourceRoot, outputLabel, external, probe, listed, leftOut);
    }
}
