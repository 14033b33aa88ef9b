package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostic;
import java.util.Objects;

/**
 * One finding of the report rules that an editor may acknowledge (a breach of R1–R15 or
 * report.section-empty in the report's own data.yaml or index.md), with what identifies it apart from line
 * numbers: the cell and its value as written, or for the narrative and front matter the section and the words
 * at the finding. Line numbers are left out on purpose, so that editing another part of the file keeps an
 * acknowledgement valid, while changing the acknowledged figure or words does not.
 *
 * @param diagnostic the finding as the rule reported it (its severity before any {@code checks:} level)
 * @param cell       the cell key, or "" when it is not at a table cell
 * @param place      "" for a cell; else 正文 and the heading of the section (or 头部, or the file name)
 * @param text       the cell's value as written, or the words of the line at the finding
 * @param ack        the acknowledgement that covers it, or null while it is open
 */
public record Finding(Diagnostic diagnostic, String cell, String place, String text, Acknowledgement ack) {
    public Finding {
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
    }

    public String code() {
        return diagnostic.code();
    }

    public boolean acknowledged() {
        return ack != null;
    }

    Finding with(Acknowledgement a) {
        return new Finding(diagnostic, cell, place, text, a);
    }

    String subject() {
        return subject(code(), cell, place, text);
    }

    static String subject(String code, String cell, String place, String text) {
        return code + '\u0000' + cell + '\u0000' + place + '\u0000' + text;
    }

    /** Whether a finding of {@code code} may be acknowledged: the report rules, never schema or syntax errors. */
    public static boolean acknowledgeable(String code) {
        return code.matches("report\\.R\\d{1,2}") || code.equals("report.section-empty");
    }
}
