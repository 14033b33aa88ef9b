package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.ContentMemo;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file of a {@link ContentMemo}: {@code .gksite/cache/content.bin} beside the sources, never published, signed
 * with the build cache's key ({@link SignedFile}). A file that cannot be trusted or is not decoded to its last byte
 * is not used: every page is read. An entry with a text that UTF-8 cannot carry (a lone surrogate, which a YAML
 * escape can make) is not written: its page is read again.
 */
final class ContentMemoFile {
    static final String FILE = RenderStateFile.DIR + "/content.bin";
    static final byte[] MAGIC = "gksite content memo v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final SignedFile SIGNED = new SignedFile(MAGIC, 256L << 20);

    private ContentMemoFile() {}

    /** What the last build in {@code root} remembered, when it can be trusted; else nothing. */
    static Map<String, ContentMemo.Entry> read(Path root, byte[] key) {
        byte[] bytes = key == null ? null : SIGNED.read(root, FILE, key);
        if (bytes == null) {
            return Map.of();
        }
        try {
            return decode(ByteBuffer.wrap(bytes));
        } catch (CachedConversion.Malformed | RuntimeException e) {
            return Map.of();
        }
    }

    /** Records {@code entries} in place of the last; false when it could not be (nothing is remembered then). */
    static boolean write(Path root, byte[] key, Map<String, ContentMemo.Entry> entries) {
        return SIGNED.write(root, FILE, key, encode(entries));
    }

    /** Why the file cannot be used, when the editor should know ({@link SignedFile#problem}); else null. */
    static Diagnostic problem(Path root) {
        return SIGNED.problem(root, FILE);
    }

    static byte[] encode(Map<String, ContentMemo.Entry> entries) {
        ByteArrayOutputStream all = new ByteArrayOutputStream(entries.size() * 512 + 4);
        ByteArrayOutputStream one = new ByteArrayOutputStream(1024);
        int count = 0;
        try (DataOutputStream out = new DataOutputStream(all)) {
            for (Map.Entry<String, ContentMemo.Entry> e : new TreeMap<>(entries).entrySet()) {
                one.reset();
                try (DataOutputStream o = new DataOutputStream(one)) {
                    entry(o, e.getKey(), e.getValue());
                } catch (IllFormed x) {
                    continue;
                }
                one.writeTo(out);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return ByteBuffer.allocate(4 + all.size())
                .putInt(count)
                .put(all.toByteArray())
                .array();
    }

    static Map<String, ContentMemo.Entry> decode(ByteBuffer in) throws CachedConversion.Malformed {
        try {
            int n = CachedConversion.count(in);
            Map<String, ContentMemo.Entry> out = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String source = CachedConversion.text(in);
                ContentMemo.Stat stat =
                        new ContentMemo.Stat(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong());
                byte[] digest = new byte[in.get() & 0xFF];
                in.get(digest);
                String output = CachedConversion.text(in);
                PageMeta meta = meta(in);
                int bodyLine = in.getInt();
                boolean blank = bool(in);
                int problems = CachedConversion.count(in);
                List<Diagnostic> ds = new ArrayList<>(problems);
                for (int k = 0; k < problems; k++) {
                    ds.add(CachedConversion.diagnostic(in));
                }
                if (out.put(source, new ContentMemo.Entry(stat, digest, output, meta, bodyLine, blank, ds)) != null) {
                    throw new CachedConversion.Malformed("two entries of " + source);
                }
            }
            if (in.hasRemaining()) {
                throw new CachedConversion.Malformed(in.remaining() + " bytes after the entries");
            }
            return out;
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new CachedConversion.Malformed(String.valueOf(e.getMessage()));
        }
    }

    private static void entry(DataOutputStream o, String source, ContentMemo.Entry e) throws IOException {
        text(o, source);
        ContentMemo.Stat s = e.stat();
        for (long v : new long[] {s.size(), s.modified(), s.changed(), s.inode(), s.device()}) {
            o.writeLong(v);
        }
        byte[] digest = e.digest();
        o.writeByte(digest.length);
        o.write(digest);
        text(o, e.output());
        meta(o, e.meta());
        o.writeInt(e.bodyLine());
        o.writeBoolean(e.blank());
        o.writeInt(e.problems().size());
        for (Diagnostic d : e.problems()) {
            for (String t :
                    new String[] {d.code(), d.message(), d.hint(), d.pos().file()}) {
                wellFormed(t);
            }
            CachedConversion.diagnostic(o, d);
        }
    }

    private static void meta(DataOutputStream o, PageMeta m) throws IOException {
        text(o, m.title());
        maybe(o, m.layout());
        maybe(o, m.url());
        date(o, m.date());
        maybe(o, m.description());
        o.writeInt(m.weight());
        o.writeBoolean(m.draft());
        o.writeBoolean(m.sample());
        number(o, m.year());
        for (String t : new String[] {m.indexNo(), m.publisher(), m.topic()}) {
            maybe(o, t);
        }
        date(o, m.written());
        date(o, m.published());
        maybe(o, m.docNo());
        maybe(o, m.validity());
        number(o, m.pageSize());
        text(o, m.interprets());
        text(o, m.replaces());
        Map<String, SourcePos> positions = new TreeMap<>(m.positions());
        o.writeInt(positions.size());
        for (Map.Entry<String, SourcePos> p : positions.entrySet()) {
            text(o, p.getKey());
            text(o, p.getValue().file());
            o.writeInt(p.getValue().line());
            o.writeInt(p.getValue().column());
        }
    }

    private static PageMeta meta(ByteBuffer in) throws CachedConversion.Malformed {
        String title = CachedConversion.text(in);
        String layout = maybe(in);
        String url = maybe(in);
        LocalDate date = date(in);
        String description = maybe(in);
        int weight = in.getInt();
        boolean draft = bool(in);
        boolean sample = bool(in);
        Integer year = number(in);
        String indexNo = maybe(in);
        String publisher = maybe(in);
        String topic = maybe(in);
        LocalDate written = date(in);
        LocalDate published = date(in);
        String docNo = maybe(in);
        String validity = maybe(in);
        Integer pageSize = number(in);
        String interprets = CachedConversion.text(in);
        String replaces = CachedConversion.text(in);
        int n = CachedConversion.count(in);
        Map<String, SourcePos> positions = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = CachedConversion.text(in);
            if (positions.put(key, new SourcePos(CachedConversion.text(in), in.getInt(), in.getInt())) != null) {
                throw new CachedConversion.Malformed("two positions of " + key);
            }
        }
        return new PageMeta(
                title,
                layout,
                url,
                date,
                description,
                weight,
                draft,
                sample,
                year,
                indexNo,
                publisher,
                topic,
                written,
                published,
                docNo,
                validity,
                pageSize,
                interprets,
                replaces,
                positions);
    }

    private static void text(DataOutputStream o, String s) throws IOException {
        wellFormed(s);
        CachedConversion.text(o, s);
    }

    private static void maybe(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            text(o, s);
        }
    }

    private static String maybe(ByteBuffer in) throws CachedConversion.Malformed {
        return bool(in) ? CachedConversion.text(in) : null;
    }

    private static void date(DataOutputStream o, LocalDate d) throws IOException {
        o.writeBoolean(d != null);
        if (d != null) {
            o.writeLong(d.toEpochDay());
        }
    }

    private static LocalDate date(ByteBuffer in) throws CachedConversion.Malformed {
        return bool(in) ? LocalDate.ofEpochDay(in.getLong()) : null;
    }

    private static void number(DataOutputStream o, Integer n) throws IOException {
        o.writeBoolean(n != null);
        if (n != null) {
            o.writeInt(n);
        }
    }

    private static Integer number(ByteBuffer in) throws CachedConversion.Malformed {
        return bool(in) ? in.getInt() : null;
    }

    private static boolean bool(ByteBuffer in) throws CachedConversion.Malformed {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new CachedConversion.Malformed("flag " + b);
        }
        return b == 1;
    }

    /** Refuses a text UTF-8 cannot carry as it is ({@link TextEscapes#wellFormed}). */
    private static void wellFormed(String s) throws IllFormed {
        if (!TextEscapes.wellFormed(s)) {
            throw new IllFormed();
        }
    }

    /** An entry that is not written. */
    private static final class IllFormed extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
