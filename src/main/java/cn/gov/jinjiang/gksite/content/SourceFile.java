package cn.gov.jinjiang.gksite.content;

import java.util.Objects;

/**
 * A text file of the site as read from disk.
 *
 * @param path    path relative to the source root, with '/' (e.g. content/xxgk/index.md)
 * @param text    the decoded text: BOM removed, line ends normalised to '\n'
 * @param hadBom  the file began with a UTF-8 byte-order mark
 * @param hadCrlf the file used Windows line ends
 */
public record SourceFile(String path, String text, boolean hadBom, boolean hadCrlf) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
