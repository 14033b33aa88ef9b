package cn.gov.jinjiang.gksite.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build.
 *
 * @param source the source folder (site.yaml, content/, themes/)
 * @param output where to write; null for source/site
 * @param check  whether to run the checker over the written site
 */
public record BuildRequest(Path source, Path output, boolean check) {
    public BuildRequest {
        Objects.requireNonNull(source, "source");
    }
}
