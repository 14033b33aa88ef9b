package cn.gov.jinjiang.gksite.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An imported report file as lines, whatever it was: a saved web page (tables laid out by
 * {@link HtmlLines}), text copied from a page or Word (cells separated by tabs), or text extracted from
 * a PDF (cells separated by runs of spaces, with page numbers and running headers, which are dropped).
 *
 * @param file  the file as named to the user
 * @param kind  what it was detected to be
 * @param lines its lines, with their line numbers in the file
 */
public record ImportInput(String file, InputKind kind, List<ImportLine> lines) {
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype|html|head|body|meta|div|p|table)\\b.*");

    public ImportInput {
        lines = List.copyOf(lines);
    }

    /** Decodes bytes as UTF-8 (BOM allowed), else GB18030, as Chinese Windows tools save. */
    public static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    public static ImportInput of(String file, String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (HTML.matcher(t).matches() || t.toLowerCase(Locale.ROOT).contains("<table")) {
            return new ImportInput(file, InputKind.HTML, HtmlLines.read(t));
        }
        String[] raw = t.split("\n", -1);
        boolean tabs = t.contains("\t");
        InputKind kind = tabs ? InputKind.COPIED_TEXT : InputKind.PDF_TEXT;
        Map<String, Integer> counts = new HashMap<>();
        if (kind == InputKind.PDF_TEXT) {
            for (String l : raw) {
                counts.merge(l.strip(), 1, Integer::sum);
            }
        }
        List<ImportLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            if (LabelText.isPageNumber(l) || (kind == InputKind.PDF_TEXT && runningHeader(l, counts))) {
                continue;
            }
            out.add(new ImportLine(i + 1, l, false));
        }
        return new ImportInput(file, kind, out);
    }

    /** A line printed on every page of a PDF: repeated, long enough, not a heading and without figures. */
    private static boolean runningHeader(String line, Map<String, Integer> counts) {
        String s = line.strip();
        return counts.getOrDefault(s, 0) >= 2 && LabelText.norm(s).length() >= 6 && LabelText.heading(s) < 0
                && LabelText.split(s).numbers().isEmpty();
    }
}
