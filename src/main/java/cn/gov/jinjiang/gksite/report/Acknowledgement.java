package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.Objects;

/**
 * One entry of a report's 核对清单 (ack.yaml, list {@code 已核对}): the editor has read a finding of the
 * report rules and keeps the figure or text as the original report printed it. It names exactly one finding:
 * its code, its place (a table cell, or a line of the narrative or front matter) and what is written there; it
 * applies to nothing else, so a changed value, another cell or another code is not covered.
 *
 * @param code   the rule's code, e.g. {@code report.R8}
 * @param cell   the cell key ({@link AnnualReport#key}) or "" when the finding is not at a cell
 * @param place  for a finding outside the tables: where it is ({@link Finding#place()}), else ""
 * @param text   the cell's value as written, or the words of the narrative at the finding
 * @param reason why it is kept (Chinese), e.g. 原报告如此
 * @param by     who checked it
 * @param date   when (yyyy-MM-dd)
 * @param pos    the entry in ack.yaml (where a stale entry is reported)
 */
public record Acknowledgement(
        String code, String cell, String place, String text, String reason, String by, String date, SourcePos pos) {
    public Acknowledgement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    /** The identity an acknowledgement and a finding share when one covers the other. */
    String subject() {
        return Finding.subject(code, cell, place, text);
    }
}
