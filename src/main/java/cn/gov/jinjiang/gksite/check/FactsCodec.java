package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * {@link PageFacts} of many files in a compact binary form, for a later build that keeps the files as they are: every
 * text once in a table (the links and ids a theme puts on every page are most of them), numbers as variable-length
 * integers. A 10,000-page site's facts take about two megabytes. {@link #decode} refuses anything {@link #encode}
 * did not write (an {@link IllegalArgumentException}).
 */
final class FactsCodec {
    /** Texts in a table before the input is refused: more than any site's facts need. */
    private static final int MOST_TEXTS = 1 << 24;

    private FactsCodec() {}

    static byte[] encode(Collection<PageFacts> facts) {
        return encode(facts, f -> false);
    }

    /**
     * As {@link #encode(Collection)}; the facts {@code wellFormed} accepts are known to have no lone surrogate (they
     * were decoded from UTF-8) and are not looked through again.
     */
    static byte[] encode(Collection<PageFacts> facts, Predicate<PageFacts> wellFormed) {
        Map<String, Integer> table = new HashMap<>();
        // Texts are written in UTF-8, which has no lone surrogates: a file with one (none read from UTF-8 bytes
        // has) is left out, to be scanned again.
        List<PageFacts> whole =
                facts.stream().filter(f -> wellFormed.test(f) || wellFormed(f)).toList();
        Out body = new Out();
        body.number(whole.size());
        for (PageFacts f : whole) {
            body.text(f.path(), table);
            body.number(f.ids().size());
            String[] ids = f.ids().toArray(new String[0]);
            Arrays.sort(ids);
            for (String id : ids) {
                body.text(id, table);
            }
            body.number(f.refs().size());
            for (PageFacts.Ref r : f.refs()) {
                body.text(r.url(), table);
                body.text(r.element(), table);
                body.signed(r.line());
                body.signed(r.column());
                body.number(r.inMain() ? 1 : 0);
            }
            body.number(f.problems().size());
            for (PageFacts.Problem p : f.problems()) {
                for (String s : new String[] {p.code(), p.message(), p.hint(), p.heading()}) {
                    body.text(s, table);
                }
                body.signed(p.line());
                body.signed(p.column());
            }
        }
        Out out = new Out();
        out.number(table.size());
        String[] texts = new String[table.size()];
        table.forEach((s, i) -> texts[i] = s);
        for (String s : texts) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.number(b.length);
            out.write(b, 0, b.length);
        }
        out.write(body.bytes, 0, body.size);
        return out.toBytes();
    }

    private static boolean wellFormed(PageFacts f) {
        if (!TextEscapes.wellFormed(f.path())) {
            return false;
        }
        for (String id : f.ids()) {
            if (!TextEscapes.wellFormed(id)) {
                return false;
            }
        }
        for (PageFacts.Ref r : f.refs()) {
            if (!TextEscapes.wellFormed(r.url()) || !TextEscapes.wellFormed(r.element())) {
                return false;
            }
        }
        for (PageFacts.Problem p : f.problems()) {
            if (!TextEscapes.wellFormed(p.code())
                    || !TextEscapes.wellFormed(p.message())
                    || !TextEscapes.wellFormed(p.hint())
                    || !TextEscapes.wellFormed(p.heading())) {
                return false;
            }
        }
        return true;
    }

    /** The facts {@link #encode} wrote, by path. */
    static Map<String, PageFacts> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int n = count(in, MOST_TEXTS);
            String[] table = new String[n];
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[count(in, in.remaining())];
                in.get(b);
                table[i] = new String(b, StandardCharsets.UTF_8);
            }
            int files = count(in, in.remaining());
            Map<String, PageFacts> out = new HashMap<>();
            for (int i = 0; i < files; i++) {
                String path = text(in, table);
                int k = count(in, in.remaining());
                Set<String> ids = new TreeSet<>();
                for (int j = 0; j < k; j++) {
                    ids.add(text(in, table));
                }
                k = count(in, in.remaining());
                List<PageFacts.Ref> refs = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    refs.add(new PageFacts.Ref(
                            text(in, table), text(in, table), signed(in), signed(in), count(in, 1) == 1));
                }
                k = count(in, in.remaining());
                List<PageFacts.Problem> problems = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    String code = text(in, table);
                    String message = text(in, table);
                    String hint = text(in, table);
                    String heading = text(in, table);
                    problems.add(new PageFacts.Problem(code, message, hint, signed(in), signed(in), heading));
                }
                out.put(path, new PageFacts(path, ids, refs, problems));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the facts");
            }
            return out;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("facts cut short", e);
        }
    }

    private static String text(ByteBuffer in, String[] table) {
        return table[count(in, table.length - 1)];
    }

    /** A number written by {@link Out#number}, at most {@code most}. */
    private static int count(ByteBuffer in, int most) {
        long v = unsigned(in);
        if (v > most) {
            throw new IllegalArgumentException("number " + v + " above " + most);
        }
        return (int) v;
    }

    /** The 32 bits {@link Out#number} wrote (of any int, as unsigned). */
    private static long unsigned(ByteBuffer in) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 28) {
                throw new IllegalArgumentException("number too long");
            }
            byte b = in.get();
            v |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                break;
            }
        }
        if (v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("number above 32 bits");
        }
        return v;
    }

    private static int signed(ByteBuffer in) {
        int z = (int) unsigned(in);
        return (z >>> 1) ^ -(z & 1);
    }

    /** Bytes being written. */
    private static final class Out {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
            }
        }

        /** The 32 bits of n as unsigned, 7 bits a byte, the last byte's high bit clear. */
        void number(int n) {
            room(5);
            int v = n;
            while ((v & ~0x7f) != 0) {
                bytes[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void signed(int n) {
            number((n << 1) ^ (n >> 31));
        }

        void write(byte[] b, int from, int n) {
            room(n);
            System.arraycopy(b, from, bytes, size, n);
            size += n;
        }

        void text(String s, Map<String, Integer> table) {
            Integer i = table.get(s);
            if (i == null) {
                i = table.size();
                table.put(s, i);
            }
            number(i);
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
