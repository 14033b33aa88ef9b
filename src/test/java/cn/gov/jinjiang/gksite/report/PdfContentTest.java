package cn.gov.jinjiang.gksite.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The drawing instructions of a PDF measured unpacked: page contents and the forms their resources offer
 * (each once, however often offered), up to {@link PdfContent#MAX_CONTENT} in all; a "PDF bomb" past it is
 * refused with import.too-large.
 */
class PdfContentTest {
    private static final long MAX = PdfContent.MAX_CONTENT;
    private static final Map<String, byte[]> DEFLATED = new HashMap<>();
    private final PDDocument doc = new PDDocument();

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    /** {@code n} bytes of {@code fill}, deflated (kept: a bomb takes a moment to make). */
    private static byte[] deflated(long n, char fill) {
        return DEFLATED.computeIfAbsent(n + "" + fill, k -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
                byte[] chunk = new byte[1 << 20];
                Arrays.fill(chunk, (byte) fill);
                for (long left = n; left > 0; left -= chunk.length) {
                    d.write(chunk, 0, (int) Math.min(left, chunk.length));
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return out.toByteArray();
        });
    }

    private COSStream stream(byte[] raw, COSBase filter) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createRawOutputStream()) {
            out.write(raw);
        }
        if (filter != null) {
            s.setItem(COSName.FILTER, filter);
        }
        return s;
    }

    /** Page content unpacking to {@code n} bytes. */
    private COSStream bomb(long n) throws IOException {
        return stream(deflated(n, ' '), COSName.FLATE_DECODE);
    }

    private COSStream plain(String text) throws IOException {
        return stream(text.getBytes(StandardCharsets.US_ASCII), null);
    }

    private COSStream form(COSStream s, COSDictionary resources) {
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.FORM);
        if (resources != null) {
            s.setItem(COSName.RESOURCES, resources);
        }
        return s;
    }

    private static COSDictionary offering(COSStream... xobjects) {
        COSDictionary x = new COSDictionary();
        for (int i = 0; i < xobjects.length; i++) {
            x.setItem(COSName.getPDFName("X" + i), xobjects[i]);
        }
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.XOBJECT, x);
        return resources;
    }

    private PDPage page(COSBase contents, COSDictionary resources) {
        PDPage page = new PDPage();
        if (contents != null) {
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
        }
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        doc.addPage(page);
        return page;
    }

    private void check() throws IOException {
        PdfContent.check("bomb.pdf", doc);
    }

    private void refused() {
        assertThatThrownBy(this::check).isInstanceOf(DiagnosticException.class).satisfies(e -> {
            var d = ((DiagnosticException) e).diagnostics().get(0);
            assertThat(d.code()).isEqualTo("import.too-large");
            assertThat(d.message()).contains("超过 64.0 MB").contains("压缩炸弹");
            assertThat(d.pos().file()).isEqualTo("bomb.pdf");
        });
    }

    @Test
    void pageContentUpToTheLimitIsReadOneByteMoreIsRefused() throws IOException {
        page(bomb(MAX), null);
        assertThatCode(this::check).doesNotThrowAnyException();
        page(plain("q"), null);
        refused();
    }

    @Test
    void pageContentThatUnpacksPastTheLimitIsRefused() throws IOException {
        page(bomb(MAX + 1), null);
        refused();
    }

    @Test
    void theLimitIsForAllPagesTogether() throws IOException {
        page(bomb(33 << 20), null);
        page(bomb(33 << 20), null);
        refused();
    }

    @Test
    void aFormOfferedOnEveryPageCountsOnce() throws IOException {
        COSStream big = form(bomb(33 << 20), null);
        page(plain("q Q"), offering(big));
        page(plain("q Q"), offering(big));
        assertThatCode(this::check).doesNotThrowAnyException();
        page(plain("q Q"), offering(form(bomb(33 << 20), null)));
        refused();
    }

    @Test
    void aFormBombIsRefusedAPictureIsNoDrawing() throws IOException {
        COSStream picture = bomb(MAX + 1);
        picture.setItem(COSName.SUBTYPE, COSName.IMAGE);
        page(plain("q Q"), offering(picture, form(plain("q Q"), null)));
        assertThatCode(this::check).doesNotThrowAnyException();
        page(null, offering(form(bomb(MAX + 1), null)));
        refused();
    }

    /** A page offering a form offering a form ... {@code depth} deep, the innermost a bomb. */
    private void nested(int depth) throws IOException {
        COSStream inner = form(bomb(MAX + 1), null);
        for (int i = 1; i < depth; i++) {
            inner = form(plain("q Q"), offering(inner));
        }
        page(plain("q Q"), offering(inner));
    }

    @Test
    void formsAreFollowedTwentyOneDeep() throws IOException {
        nested(21);
        refused();
    }

    @Test
    void formsDeeperThanTwentyOneAreNotFollowed() throws IOException {
        nested(22);
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void aFormOfferingItselfIsMeasuredOnce() throws IOException {
        COSStream self = form(bomb(33 << 20), null);
        self.setItem(COSName.RESOURCES, offering(self, self, self));
        page(plain("q Q"), offering(self));
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void aChainOfFiltersIsUnpackedStepByStepEachStepWithinTheLimit() throws IOException {
        COSArray filters = new COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSInteger.get(5));
        filters.add(COSName.ASCII_HEX_DECODE);
        // 64 MB of blanks that hex-decode to nothing: the first step is over the limit left
        page(plain("q Q"), null);
        page(stream(deflated(MAX, ' '), filters), null);
        refused();
    }

    @Test
    void aContentStreamListedTwiceCountsOnce() throws IOException {
        COSArray twice = new COSArray();
        COSStream content = bomb(33 << 20);
        twice.add(content);
        twice.add(content);
        page(twice, null);
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void resourcesWithoutFormsAreNothingToMeasure() throws IOException {
        page(plain("q Q"), new COSDictionary());
        COSDictionary odd = offering(plain("q Q"));
        odd.getCOSDictionary(COSName.XOBJECT).setItem(COSName.getPDFName("N"), COSInteger.get(7));
        page(plain("q Q"), odd);
        assertThatCode(this::check).doesNotThrowAnyException();
    }

    @Test
    void bytesUnpackedOneByOneCountToo() throws IOException {
        page(bomb(MAX), null);
        page(stream("43>".getBytes(StandardCharsets.US_ASCII), COSName.ASCII_HEX_DECODE), null);
        refused();
    }

    @Test
    void bytesUnpackedOneByOneLeaveTheLessRoom() throws IOException {
        page(stream("41>".getBytes(StandardCharsets.US_ASCII), COSName.ASCII_HEX_DECODE), null);
        page(bomb(MAX), null);
        refused();
    }

    @Test
    void aStepWritingByteByByteIsHeldToTheLimitToo() throws IOException {
        // run-length pairs each repeating a blank 128 times: 64 MB of blanks that hex-decode to nothing
        byte[] runs = new byte[(int) (MAX / 128 * 2)];
        for (int i = 0; i < runs.length; i += 2) {
            runs[i] = (byte) 129;
            runs[i + 1] = ' ';
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(raw)) {
            d.write(runs);
        }
        COSArray filters = new COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.RUN_LENGTH_DECODE);
        filters.add(COSName.ASCII_HEX_DECODE);
        page(plain("q Q"), null);
        page(stream(raw.toByteArray(), filters), null);
        refused();
    }

    @Test
    void aDamagedStreamIsAnErrorNotABomb() throws IOException {
        page(stream("not a picture".getBytes(StandardCharsets.US_ASCII), COSName.DCT_DECODE), null);
        assertThatThrownBy(this::check).isInstanceOf(IOException.class);
    }
}
