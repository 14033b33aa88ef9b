package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.content.FileDigests;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.output.OutputManifest;
import cn.gov.jinjiang.gksite.render.Listed;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build that wrote its site recorded of it, so that the next build keeps the pages an edit left as they were
 * instead of rendering them again ({@link RenderPlan}): a fingerprint of everything but content/ that pages are
 * made from, the digest of every data file, the attachment sizes pages showed, the report pages, and per page the
 * digest of its file, what {@link Affected} needs of it, the files it made (with their CRC-32C) and the problems its
 * conversion and its render found. In a plain binary form ({@link #encode}, {@link #decode}); {@link
 * RenderStateFile} keeps it signed beside the sources.
 *
 * @param inputs     the fingerprint of site.yaml, the theme and the build's options ({@link RenderPlan#inputs})
 * @param data       the fingerprint of each data file read ({@link FileDigests}), by source
 * @param assetSizes the size of each file of content/ a page showed the size of (-1: there was none)
 * @param reports    the report pages
 * @param pages      every page of the site, by source
 * @param search     the files of the search index, with their CRC-32C (for {@link RenderPlan#search})
 * @param facts      what the checks found in the pages' files ({@code Scanned#save}), for the files a build keeps
 * @param written    when the build had put its site in place (ns since 1970; 0 before that): a file of it touched
 *                   later is never kept nor read back ({@code Unchanged#untouchedSince})
 */
record RenderState(
        byte[] inputs,
        Map<String, byte[]> data,
        Map<String, Long> assetSizes,
        List<Affected.Before> reports,
        Map<String, PageRecord> pages,
        Map<String, String> search,
        byte[] facts,
        long written) {
    /** Bytes of a file's fingerprint. */
    static final int DIGEST = FileDigests.BYTES;
    /** Bytes of {@link #inputs} (a SHA-256). */
    static final int INPUTS = 32;

    /**
     * One page as the build left it.
     *
     * @param digest   the fingerprint of the page's file ({@link FileDigests})
     * @param outputs  the files its render made, in order
     * @param rendered the problems its render found, unfiltered
     * @param markdown the problems the conversion of its body found (none when the build did not convert it)
     */
    record PageRecord(
            byte[] digest,
            Affected.Before before,
            List<OutputManifest.Entry> outputs,
            List<Diagnostic> rendered,
            List<Diagnostic> markdown) {
        PageRecord {
            outputs = List.copyOf(outputs);
            rendered = List.copyOf(rendered);
            markdown = List.copyOf(markdown);
        }
    }

    RenderState {
        if (inputs.length != INPUTS) {
            throw new IllegalArgumentException("inputs of " + inputs.length + " bytes");
        }
        data = Map.copyOf(data);
        assetSizes = Map.copyOf(assetSizes);
        reports = List.copyOf(reports);
        pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
        search = Map.copyOf(search);
        facts = facts.clone();
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(inputs);
            out.writeInt(data.size());
            for (var e : new TreeMap<>(data).entrySet()) {
                CachedConversion.text(out, e.getKey());
                out.write(e.getValue());
            }
            out.writeInt(assetSizes.size());
            for (var e : new TreeMap<>(assetSizes).entrySet()) {
                CachedConversion.text(out, e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(reports.size());
            for (Affected.Before b : reports) {
                before(out, b);
            }
            out.writeInt(pages.size());
            for (PageRecord p : pages.values()) {
                out.write(p.digest());
                before(out, p.before());
                out.writeInt(p.outputs().size());
                for (OutputManifest.Entry e : p.outputs()) {
                    CachedConversion.text(out, e.path());
                    CachedConversion.text(out, e.template());
                    CachedConversion.text(out, e.crc());
                }
                diagnostics(out, p.rendered());
                diagnostics(out, p.markdown());
            }
            out.writeInt(search.size());
            for (var e : new TreeMap<>(search).entrySet()) {
                CachedConversion.text(out, e.getKey());
                CachedConversion.text(out, e.getValue());
            }
            out.writeInt(facts.length);
            out.write(facts);
            out.writeLong(written);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** The state {@link #encode} wrote into {@code in}, all of it; anything else is {@code Malformed}. */
    static RenderState decode(ByteBuffer in) throws CachedConversion.Malformed {
        try {
            byte[] inputs = bytes(in, INPUTS);
            int n = CachedConversion.count(in);
            Map<String, byte[]> data = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                data.put(CachedConversion.text(in), digest(in));
            }
            n = CachedConversion.count(in);
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                sizes.put(CachedConversion.text(in), in.getLong());
            }
            n = CachedConversion.count(in);
            List<Affected.Before> reports = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                reports.add(before(in));
            }
            n = CachedConversion.count(in);
            Map<String, PageRecord> pages = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byte[] digest = digest(in);
                Affected.Before b = before(in);
                int outs = CachedConversion.count(in);
                List<OutputManifest.Entry> outputs = new ArrayList<>(outs);
                for (int j = 0; j < outs; j++) {
                    outputs.add(new OutputManifest.Entry(
                            CachedConversion.text(in),
                            b.source(),
                            CachedConversion.text(in),
                            CachedConversion.text(in)));
                }
                pages.put(b.source(), new PageRecord(digest, b, outputs, diagnostics(in), diagnostics(in)));
            }
            n = CachedConversion.count(in);
            Map<String, String> search = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                search.put(CachedConversion.text(in), CachedConversion.text(in));
            }
            byte[] facts = bytes(in, CachedConversion.count(in));
            long written = in.getLong();
            if (in.hasRemaining()) {
                throw new CachedConversion.Malformed(in.remaining() + " bytes after the state");
            }
            return new RenderState(inputs, data, sizes, reports, pages, search, facts, written);
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new CachedConversion.Malformed(String.valueOf(e.getMessage()));
        }
    }

    private static byte[] digest(ByteBuffer in) {
        return bytes(in, DIGEST);
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] d = new byte[n];
        in.get(d);
        return d;
    }

    private static void before(DataOutputStream out, Affected.Before b) throws IOException {
        CachedConversion.text(out, b.source());
        CachedConversion.text(out, b.dir());
        out.writeBoolean(b.isIndex());
        out.writeBoolean(b.report());
        Listed l = b.listed();
        nullable(out, l.title());
        nullable(out, l.url());
        nullable(out, l.date() == null ? null : l.date().toString());
        out.writeInt(l.weight());
        out.writeBoolean(l.sample());
        out.writeBoolean(l.draft());
        for (String s : new String[] {l.docNo(), l.validity(), l.indexNo(), l.topic(), l.publisher()}) {
            nullable(out, s);
        }
        out.writeInt(b.neighbours().size());
        for (String s : b.neighbours()) {
            CachedConversion.text(out, s);
        }
    }

    private static Affected.Before before(ByteBuffer in) throws CachedConversion.Malformed {
        String source = CachedConversion.text(in);
        String dir = CachedConversion.text(in);
        boolean isIndex = bool(in);
        boolean report = bool(in);
        String title = nullable(in);
        String url = nullable(in);
        String date = nullable(in);
        Listed listed = new Listed(
                title,
                url,
                date == null ? null : LocalDate.parse(date),
                in.getInt(),
                bool(in),
                bool(in),
                nullable(in),
                nullable(in),
                nullable(in),
                nullable(in),
                nullable(in));
        int n = CachedConversion.count(in);
        List<String> neighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            neighbours.add(CachedConversion.text(in));
        }
        return new Affected.Before(source, dir, isIndex, report, listed, neighbours);
    }

    private static boolean bool(ByteBuffer in) throws CachedConversion.Malformed {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new CachedConversion.Malformed("boolean " + b);
        }
        return b == 1;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            CachedConversion.text(out, s);
        }
    }

    private static String nullable(ByteBuffer in) throws CachedConversion.Malformed {
        return bool(in) ? CachedConversion.text(in) : null;
    }

    private static void diagnostics(DataOutputStream out, List<Diagnostic> list) throws IOException {
        out.writeInt(list.size());
        for (Diagnostic d : list) {
            CachedConversion.diagnostic(out, d);
        }
    }

    private static List<Diagnostic> diagnostics(ByteBuffer in) throws CachedConversion.Malformed {
        int n = CachedConversion.count(in);
        List<Diagnostic> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(CachedConversion.diagnostic(in));
        }
        return out;
    }
}
