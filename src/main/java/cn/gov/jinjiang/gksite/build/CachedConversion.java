package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.Severity;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.Heading;
import cn.gov.jinjiang.gksite.markdown.RenderedMarkdown;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One page's converted Markdown as the build cache stores it: the HTML, the headings and the problems the
 * conversion found, in a plain binary form (lengths before UTF-8 texts). {@link #decode} refuses anything it did
 * not write whole (a wrong length, an unknown severity, bytes left over) rather than return part of it.
 */
record CachedConversion(RenderedMarkdown html, List<Diagnostic> diags) {
    /** Thrown by {@link #decode} for bytes that are not a whole conversion. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String what) {
            super(what);
        }
    }

    CachedConversion {
        diags = List.copyOf(diags);
    }

    /** The conversion's bytes after {@code before} (what the cache compares before decoding). */
    byte[] encode(byte[] before) {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(before.length + html.html().length() * 3 / 2 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(before);
            text(out, html.html());
            out.writeInt(html.headings().size());
            for (Heading h : html.headings()) {
                out.writeInt(h.level());
                text(out, h.text());
                text(out, h.id());
                out.writeInt(h.line());
            }
            out.writeInt(diags.size());
            for (Diagnostic d : diags) {
                diagnostic(out, d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    static CachedConversion decode(ByteBuffer in) throws Malformed {
        try {
            String html = text(in);
            int headings = count(in);
            List<Heading> hs = new ArrayList<>(headings);
            for (int i = 0; i < headings; i++) {
                hs.add(new Heading(in.getInt(), text(in), text(in), in.getInt()));
            }
            int diags = count(in);
            List<Diagnostic> ds = new ArrayList<>(diags);
            for (int i = 0; i < diags; i++) {
                ds.add(diagnostic(in));
            }
            if (in.hasRemaining()) {
                throw new Malformed(in.remaining() + " bytes after the conversion");
            }
            return new CachedConversion(new RenderedMarkdown(html, hs), ds);
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
            throw new Malformed(String.valueOf(e.getMessage()));
        }
    }

    static void diagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        out.writeByte(d.severity().ordinal());
        text(out, d.code());
        text(out, d.message());
        text(out, d.hint());
        text(out, d.pos().file());
        out.writeInt(d.pos().line());
        out.writeInt(d.pos().column());
    }

    /** A diagnostic as {@link #diagnostic(DataOutputStream, Diagnostic)} wrote it. */
    static Diagnostic diagnostic(ByteBuffer in) throws Malformed {
        int s = in.get();
        Severity[] severities = Severity.values();
        if (s < 0 || s >= severities.length) {
            throw new Malformed("severity " + s);
        }
        return new Diagnostic(
                severities[s], text(in), text(in), text(in), new SourcePos(text(in), in.getInt(), in.getInt()));
    }

    static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String text(ByteBuffer in) throws Malformed {
        int n = count(in);
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A length or count, which cannot be more than the bytes left (each item takes at least one). */
    static int count(ByteBuffer in) throws Malformed {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new Malformed("length " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }
}
