package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.build.MarkdownCache.Slot;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Opening, checking and rewriting the file of a {@link MarkdownCache}. */
final class CacheFile {
    private CacheFile() {}

    /** See {@link MarkdownCache#open}. */
    static MarkdownCache open(Path root, String keyHex) {
        byte[] key = HexFormat.of().parseHex(keyHex);
        Path file = root.resolve(MarkdownCache.FILE);
        String unsafe = unsafePlace(root);
        if (unsafe != null) {
            return new MarkdownCache(unusable(unsafe, "是符号链接或其他特殊文件，gksite 不会经过它读写"));
        }
        FileChannel ch = null;
        try {
            Files.createDirectories(file.getParent());
            ch = FileChannel.open(
                    file,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            long size = ch.size();
            if (size > 0 && !startsWithMagic(ch, size)) {
                ch.close();
                return new MarkdownCache(unusable(MarkdownCache.FILE, "不是 gksite 写的文件，gksite 不会改动它"));
            }
            FileLock lock = tryLock(ch);
            Map<String, Slot> index = size == 0 ? null : readIndex(ch, size, key);
            if (lock == null) {
                // another build holds the cache: this one only reads it
                return new MarkdownCache(file, ch, null, key, index == null ? Map.of() : index, size);
            }
            if (index == null) {
                // new, of another gksite, left unfinished or damaged: started again (it is gksite's own file)
                ch.truncate(0);
                write(ch, ByteBuffer.wrap(MarkdownCache.MAGIC), 0);
                return new MarkdownCache(file, ch, lock, key, Map.of(), MarkdownCache.MAGIC.length);
            }
            return new MarkdownCache(file, ch, lock, key, index, size);
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            return new MarkdownCache(unusable(MarkdownCache.FILE, "无法读写（" + e.getMessage() + "）"));
        }
    }

    /**
     * The first of {@code .gksite}, {@code .gksite/cache} and the cache file that is there but is not a plain
     * folder or file (a symbolic link, a device), relative to {@code root}; null when there is none.
     */
    static String unsafePlace(Path root) {
        return unsafePlace(root, MarkdownCache.FILE);
    }

    /** As {@link #unsafePlace(Path)}, for the file {@code file} (relative to {@code root}) of the cache. */
    static String unsafePlace(Path root, String file) {
        String[] parts = file.split("/");
        Path p = root;
        String rel = "";
        for (int i = 0; i < parts.length; i++) {
            p = p.resolve(parts[i]);
            rel = rel.isEmpty() ? parts[i] : rel + "/" + parts[i];
            boolean last = i == parts.length - 1;
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && (last
                            ? !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            : !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
                return rel;
            }
        }
        return null;
    }

    static Diagnostic unusable(String place, String why) {
        return Diagnostic.warning(
                "cache.unusable",
                SourcePos.of(place),
                "构建缓存用不了：" + place + " " + why + "。这次构建不用缓存（结果相同，只是慢一些）。",
                "把 " + place + " 移走或删除（.gksite/ 中是 gksite 自己的文件，不发布），下次构建会重新建立缓存；" + "也可以用 --no-cache 构建。");
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static boolean startsWithMagic(FileChannel ch, long size) throws IOException {
        return startsWithMagic(ch, size, MarkdownCache.MAGIC);
    }

    /** Whether the file of {@code ch}, {@code size} bytes long, starts with {@code magic}. */
    static boolean startsWithMagic(FileChannel ch, long size, byte[] magic) throws IOException {
        int n = magic.length;
        return size >= n && Arrays.equals(read(ch, 0, n).array(), magic);
    }

    /** The index of a whole file signed with {@code key}, or null. */
    static Map<String, Slot> readIndex(FileChannel ch, long size, byte[] key) throws IOException {
        int header = MarkdownCache.MAGIC.length;
        if (size < header + MarkdownCache.FOOTER) {
            return null;
        }
        ByteBuffer footer = read(ch, size - MarkdownCache.FOOTER, MarkdownCache.FOOTER);
        long at = footer.getLong();
        int length = footer.getInt();
        int count = footer.getInt();
        byte[] signed = new byte[32];
        footer.get(signed);
        byte[] end = new byte[MarkdownCache.END.length];
        footer.get(end);
        if (!Arrays.equals(end, MarkdownCache.END)
                || length < 0
                || at < header
                || at + length + MarkdownCache.FOOTER != size) {
            return null;
        }
        ByteBuffer idx = read(ch, at, length);
        if (!MessageDigest.isEqual(signed, signature(key, idx.array(), at, count))) {
            return null;
        }
        // Signed with this key: written whole by this code (finish), so every field is as it was written.
        Map<String, Slot> index = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            byte[] name = new byte[idx.getInt()];
            idx.get(name);
            index.put(new String(name, StandardCharsets.UTF_8), new Slot(idx.getLong(), idx.getInt(), idx.getInt()));
        }
        return index;
    }

    /** {@code length} bytes at {@code at}, read whole, ready to be read from the start. */
    static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                throw new IOException("the file ends before byte " + (at + length));
            }
        }
        return buf.flip();
    }

    static void write(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
    }

    /** Writes the entries the build used into a new file that takes the old one's place (one rename). */
    static void rewrite(MarkdownCache cache) throws IOException {
        Path tmp = Files.createTempFile(cache.file.getParent(), "markdown.bin.", ".new");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer magic = ByteBuffer.wrap(MarkdownCache.MAGIC);
                while (magic.hasRemaining()) {
                    out.write(magic);
                }
                Map<String, Slot> moved = new HashMap<>();
                long at = MarkdownCache.MAGIC.length;
                for (Map.Entry<String, Slot> e : cache.used.entrySet()) {
                    Slot s = e.getValue();
                    long copied = 0;
                    while (copied < s.length()) {
                        copied += cache.channel.transferTo(s.offset() + copied, s.length() - copied, out);
                    }
                    moved.put(e.getKey(), new Slot(at, s.length(), s.crc()));
                    at += s.length();
                }
                MarkdownCache.finish(out, cache.key, moved, at);
            }
            Files.move(tmp, cache.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The HMAC-SHA256 with {@code key} of an index and where it is, as the footer keeps it. */
    static byte[] signature(byte[] key, byte[] index, long at, int count) {
        Mac mac = mac(key);
        mac.update(ByteBuffer.allocate(16)
                .putLong(at)
                .putInt(index.length)
                .putInt(count)
                .array());
        return mac.doFinal(index);
    }

    /** An HMAC-SHA256 with {@code key}, ready to be given the bytes to sign. */
    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }
}
