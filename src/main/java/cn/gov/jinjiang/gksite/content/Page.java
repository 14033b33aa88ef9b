package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Objects;

/**
 * One Markdown page.
 *
 * @param source   path relative to the source root, e.g. content/xxgk/index.md
 * @param dir      its folder relative to content/, "" for the root (e.g. xxgk/zfxxgkzl)
 * @param output   output path relative to site/, e.g. xxgk/index.html
 * @param isIndex  whether it is its folder's index.md
 * @param meta     typed front matter
 * @param body     the Markdown body (after the front matter), perhaps still in its file ({@link Body})
 * @param bodyLine 1-based line in the file where the body starts
 */
public record Page(String source, String dir, String output, boolean isIndex, PageMeta meta, Body body, int bodyLine) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
    }

    /** A page whose body is {@code body}. */
    public Page(String source, String dir, String output, boolean isIndex, PageMeta meta, String body, int bodyLine) {
        this(source, dir, output, isIndex, meta, Body.of(body), bodyLine);
    }

    /** The same page marked as a draft (it lies in a draft folder: {@link Drafts}). */
    public Page asDraft() {
        return meta.draft() ? this : new Page(source, dir, output, isIndex, meta.asDraft(), body, bodyLine);
    }

    /**
     * Where the page got its address: its {@code url:} value when it sets one, else the file itself (line 0:
     * the file's path is the address).
     */
    public SourcePos addressPos() {
        return meta.url() != null ? meta.pos("url", source) : SourcePos.of(source);
    }

    /** Root-relative URL: "/xxgk/" for an index page, "/a/b.html" otherwise. */
    public String url() {
        if (output.equals("index.html")) {
            return "/";
        }
        return output.endsWith("/index.html")
                ? "/" + output.substring(0, output.length() - "index.html".length())
                : "/" + output;
    }
}
