package cn.gov.jinjiang.gksite.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to publish, and how.
 *
 * @param source    the source folder (site.yaml, content/, themes/)
 * @param target    the target given on the command line, or null for site.yaml's {@code publish.target}
 * @param dryRun    list what would change and send nothing
 * @param init      allow a target without the {@value Publisher#MARKER} marker (first publish), and mark it
 * @param force     allow more deletions than {@code publish.max_delete}
 * @param extraRsyncOptions options appended to every rsync run; not offered on the command line (tests use
 *                  {@code --bwlimit})
 */
public record PublishRequest(
        Path source, String target, boolean dryRun, boolean init, boolean force, List<String> extraRsyncOptions) {
    public PublishRequest {
        Objects.requireNonNull(source, "source");
        extraRsyncOptions = List.copyOf(extraRsyncOptions);
    }

    public PublishRequest(Path source, String target, boolean dryRun, boolean init, boolean force) {
        this(source, target, dryRun, init, force, List.of());
    }
}
