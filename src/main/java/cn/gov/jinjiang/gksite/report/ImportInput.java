package cn.gov.jinjiang.gksite.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An imported report file as lines, whatever it was: a Word document ({@link DocxLines}), a PDF
 * ({@link PdfLines}), a saved web page ({@link HtmlLines}), text copied from a page or Word (cells
 * separated by tabs, or by "|" as in a Markdown table), or text extracted from a PDF (cells separated by
 * runs of spaces; page numbers, running headers and form feeds are dropped). What a file is, is decided
 * from its bytes ({@link ImportFile}).
 *
 * @param file  the file as named to the user
 * @param kind  what it was detected to be
 * @param lines its lines, with their positions in the file
 */
public record ImportInput(String file, InputKind kind, List<ImportLine> lines) {
    private static final Pattern HTML =
            Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype|html|head|body|meta|div|p|table)\\b.*");
    private static final Pattern MD_RULE = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

    public ImportInput {
        lines = List.copyOf(lines);
    }

    /** The input of a file's bytes; refused (thrown) when the file is none that can be imported. */
    public static ImportInput of(String file, byte[] bytes) {
        return switch (ImportFile.type(file, bytes)) {
            case PDF -> new ImportInput(file, InputKind.PDF, PdfLines.read(file, bytes));
            case DOCX -> new ImportInput(file, InputKind.DOCX, DocxLines.read(file, bytes));
            case TEXT -> text(file, decode(bytes));
        };
    }

    /**
     * Decodes text: UTF-16 with its byte order mark (Windows Notepad's "Unicode"), UTF-8 (BOM allowed),
     * else GB18030, as Chinese Windows tools save.
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** The input of a text: a saved web page, or copied or extracted text. */
    public static ImportInput text(String file, String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (HTML.matcher(t).matches() || t.toLowerCase(Locale.ROOT).contains("<table")) {
            return new ImportInput(file, InputKind.HTML, HtmlLines.read(t));
        }
        // pdftotext ends each page with a form feed; the line numbers stay those of the file
        String[] raw = t.replace("\f", "").split("\n", -1);
        boolean pipes = Arrays.stream(raw).anyMatch(ImportInput::piped);
        boolean separated = t.contains("\t") || pipes;
        InputKind kind = separated ? InputKind.COPIED_TEXT : InputKind.PDF_TEXT;
        boolean markdown = Arrays.stream(raw)
                .anyMatch(l -> l.contains("|") && MD_RULE.matcher(l.strip()).matches());
        List<ImportLine> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i];
            // a running header is kept where it first stands: on the first page it is often the title
            boolean repeated = !seen.add(l.strip());
            if (LabelText.isPageNumber(l)
                    || (kind == InputKind.PDF_TEXT && repeated && runningHeader(l))
                    || MD_RULE.matcher(l.strip()).matches() && l.contains("|")) {
                continue;
            }
            int column = l.length() - l.stripLeading().length() + 1;
            out.add(new ImportLine(i + 1, column, l, cells(l, pipes, markdown), ""));
        }
        return new ImportInput(file, kind, out);
    }

    /** A line of a table typed with "|" (Markdown or plain): it starts with "|" or has two of them. */
    private static boolean piped(String line) {
        String s = line.strip().replace('｜', '|');
        return s.startsWith("|") || s.chars().filter(c -> c == '|').count() >= 2;
    }

    /**
     * The cells of a line separated by tabs or "|" (in a text whose tables are typed with "|": then a row
     * of two cells has one); null for a line of running text. In a Markdown table (the text has a |---|
     * line) a row opens and closes with "|"; elsewhere every "|" separates two cells, so a row may begin
     * or end with an empty one.
     */
    private static List<String> cells(String line, boolean pipes, boolean markdown) {
        if (line.contains("\t")) {
            return Arrays.asList(line.split("\t", -1));
        }
        if (!pipes || !line.replace('｜', '|').contains("|")) {
            return null;
        }
        String s = line.strip().replace('｜', '|');
        List<String> cells = new ArrayList<>(Arrays.asList(s.split("\\|", -1)));
        if (markdown && s.startsWith("|")) {
            cells.remove(0);
        }
        // never empty: a row that starts with "|" splits into two cells or more
        if (markdown && s.endsWith("|")) {
            cells.remove(cells.size() - 1);
        }
        cells.replaceAll(String::strip);
        return cells;
    }

    /** A repeated line printed on every page of a PDF: long enough, not a heading and without figures. */
    private static boolean runningHeader(String line) {
        String s = line.strip();
        return LabelText.norm(s).length() >= 6
                && LabelText.heading(s) < 0
                && LabelText.split(s).values().isEmpty();
    }
}
