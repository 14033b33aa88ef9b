package cn.gov.jinjiang.gksite.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Measures the drawing instructions of a PDF before they are interpreted: every page's content streams
 * and the forms they draw, unpacked filter by filter into a buffer that refuses to grow past
 * {@link #MAX_CONTENT} in all. A small file that unpacks to gigabytes (a "PDF bomb") is refused after
 * the limit, not read to the end.
 */
final class PdfContent {
    static final long MAX_CONTENT = 64L << 20;

    /** The buffer that throws once the document's total passes the limit. */
    private static final class Limited extends ByteArrayOutputStream {
        private final long room;
        private boolean over;

        Limited(long room) {
            this.room = room;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        private void check(int len) {
            if (count + (long) len > room) {
                over = true;
                throw new PdfBudget.Exceeded();
            }
        }
    }

    private final String name;
    private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long total;

    private PdfContent(String name) {
        this.name = name;
    }

    /** Refuses (throws) a document whose drawing instructions unpack to more than the limit. */
    static void check(String name, PDDocument doc) throws IOException {
        PdfContent c = new PdfContent(name);
        for (PDPage page : doc.getPages()) {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                c.measure(streams.next().getCOSObject());
            }
            c.forms(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), 0);
        }
    }

    /** The forms (Form XObjects) a resource dictionary offers, and theirs, each measured once. */
    private void forms(COSDictionary resources, int depth) throws IOException {
        if (resources == null || depth > 20) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName key : xobjects.keySet()) {
            COSBase b = xobjects.getDictionaryObject(key);
            if (b instanceof COSStream s && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE)) && !seen.contains(s)) {
                measure(s);
                forms(s.getCOSDictionary(COSName.RESOURCES), depth + 1);
            }
        }
    }

    private void measure(COSStream s) throws IOException {
        if (!seen.add(s)) {
            return;
        }
        byte[] data;
        try (InputStream raw = s.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        List<COSName> filters = filters(s.getFilters());
        for (int i = 0; i < filters.size(); i++) {
            Filter f = FilterFactory.INSTANCE.getFilter(filters.get(i));
            Limited out = new Limited(MAX_CONTENT - total);
            try {
                f.decode(new ByteArrayInputStream(data), out, s, i);
            } catch (IOException | PdfBudget.Exceeded e) {
                // the limit's exception, as thrown or wrapped by the filter; anything else is damage
                if (!out.over) {
                    throw e;
                }
            }
            if (out.over) {
                throw tooLarge();
            }
            data = out.toByteArray();
        }
        total += data.length;
        if (total > MAX_CONTENT) {
            throw tooLarge();
        }
    }

    private RuntimeException tooLarge() {
        return ImportFile.refuse(
                "import.too-large",
                name,
                "这份 PDF 的页面内容解压后超过 " + ImportFile.mb(MAX_CONTENT) + "（可能是“压缩炸弹”），不予读取。",
                "请用报告的 Word 原件或已发布的网页导入。");
    }

    private static List<COSName> filters(COSBase f) {
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
