package cn.gov.jinjiang.gksite.render;

import java.util.Objects;

/**
 * A file produced by rendering.
 *
 * @param path     output path relative to site/, '/' separated
 * @param bytes    its content
 * @param source   the source file it came from (relative to the source root), or "" for generated files
 * @param template the template used, or ""
 */
public record RenderedFile(String path, byte[] bytes, String source, String template) {
    public RenderedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }
}
