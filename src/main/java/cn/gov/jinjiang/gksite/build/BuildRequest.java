package cn.gov.jinjiang.gksite.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build.
 *
 * @param source  the source folder (site.yaml, content/, themes/)
 * @param output  where to write; null for source/site
 * @param check   whether to run the checker over the written site
 * @param drafts  build, check and show the drafts too, marked as drafts ({@code build --drafts}); without, drafts
 *                are left out with every problem in them, and a link to one is {@code check.link-draft}
 * @param publish the build {@code publish} sends: a placeholder ({@code content.placeholder},
 *                {@code config.placeholder}) is an error whatever site.yaml's {@code checks:} say; never with drafts
 */
public record BuildRequest(Path source, Path output, boolean check, boolean drafts, boolean publish) {
    public BuildRequest {
        Objects.requireNonNull(source, "source");
        if (drafts && publish) {
            throw new IllegalArgumentException("a published site never holds drafts");
        }
    }

    /** A build without drafts, not for publish. */
    public BuildRequest(Path source, Path output, boolean check) {
        this(source, output, check, false, false);
    }
}
