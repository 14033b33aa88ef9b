package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The Markdown body of a {@link Page}: a text, either read with the page or, for a page a {@link ContentMemo}
 * remembered unchanged since the last build, read from its file when first asked for. Such a body is pinned to the
 * bytes the file had then (their {@link FileDigests fingerprint}): a file changed since the build began gives no
 * other text but a {@code content.changed} error ({@link DiagnosticException}). Equal bodies have equal texts.
 */
public final class Body {
    /** The code of a file that changed while the build ran. */
    public static final String CHANGED = "content.changed";

    private final Stored stored;
    private final boolean blank;
    private volatile String text;

    /** Where a body not read yet is, and what its file's bytes were. */
    private record Stored(String source, Path file, byte[] digest, int line) {}

    private Body(String text, Stored stored, boolean blank) {
        this.text = text;
        this.stored = stored;
        this.blank = blank;
    }

    /** A body of {@code text}. */
    public static Body of(String text) {
        return new Body(Objects.requireNonNull(text, "text"), null, text.isBlank());
    }

    /**
     * The body of the page in {@code file} (shown as {@code source}) whose bytes have fingerprint {@code digest},
     * starting on line {@code line}; {@code blank}: whether it has only white space.
     */
    static Body stored(String source, Path file, byte[] digest, int line, boolean blank) {
        return new Body(null, new Stored(source, file, digest.clone(), line), blank);
    }

    /**
     * The text; for a remembered body, read now from its file.
     *
     * @throws DiagnosticException ({@link #CHANGED}) when the file no longer has the bytes it had
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = load();
            text = t;
        }
        return t;
    }

    /** Whether the body has only white space (known without reading a remembered body). */
    public boolean isBlank() {
        return blank;
    }

    /** Whether the text is in memory (a remembered body not asked for yet is not). */
    public boolean loaded() {
        return text != null;
    }

    private String load() {
        byte[] bytes;
        try {
            bytes = read(stored.file(), ContentLoader.MAX_PAGE_BYTES);
        } catch (IOException e) {
            bytes = null;
        }
        if (bytes != null && Arrays.equals(FileDigests.of(bytes), stored.digest())) {
            TextDecoder.Result r = new TextDecoder().decode(stored.source(), bytes);
            if (r.file() != null) {
                FrontMatter fm = new FrontMatterSplitter()
                        .split(stored.source(), r.file().text());
                if (fm.bodyLine() == stored.line() && fm.body().isBlank() == blank) {
                    return fm.body();
                }
            }
        }
        throw new DiagnosticException(Diagnostic.error(
                CHANGED,
                SourcePos.of(stored.source()),
                "构建过程中这个文件被改动、移走或删除了，生成的页面可能新旧混杂，所以这次构建没有写出站点。",
                "等文件保存完毕后重新运行 gksite build（或 publish）。"));
    }

    /**
     * The bytes of the regular file {@code file} (not through a link), or null when it has more than {@code most}
     * bytes: never more than {@code most + 1} bytes are read, whatever the file grows to meanwhile.
     *
     * @throws IOException when it cannot be read or is not a regular file (a link, a folder, a pipe)
     */
    static byte[] read(Path file, long most) throws IOException {
        return read(file, most, LinkOption.NOFOLLOW_LINKS);
    }

    /** As {@link #read(Path, long)}; {@code options}: none to read a link's target (one the caller vouches for). */
    static byte[] read(Path file, long most, LinkOption... options) throws IOException {
        if (!Files.isRegularFile(file, options)) {
            throw new IOException("不是普通文件");
        }
        try (InputStream in = Files.newInputStream(file, options)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
            return b.length > most ? null : b;
        }
    }

    /** Equal texts; a body not read yet is read to compare it (and may throw as {@link #text} does). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && text().equals(b.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    /** The text, or where it will be read from. */
    @Override
    public String toString() {
        String t = text;
        return t != null ? t : "<" + stored.source() + ">";
    }
}
