package cn.gov.jinjiang.gksite.render;

import java.util.List;

/**
 * An annual report as templates see it: its year and format, the tables of sections 二, 三 and 四 already laid
 * out in national form, and under each table the notes on figures printed as in the original report though they
 * break a rule ({@code report.acknowledged}); {@code narrativeNotes} are those outside the tables.
 */
public record ReportView(
        int year,
        String formatSource,
        Views.Table disclosure,
        Views.Table applications,
        Views.Table reviews,
        List<Note> disclosureNotes,
        List<Note> applicationNotes,
        List<Note> reviewNotes,
        List<Note> narrativeNotes) {
    public ReportView {
        disclosureNotes = List.copyOf(disclosureNotes);
        applicationNotes = List.copyOf(applicationNotes);
        reviewNotes = List.copyOf(reviewNotes);
        narrativeNotes = List.copyOf(narrativeNotes);
    }

    /**
     * One note for readers: which figure (cell in words, or the place in the narrative) and as printed, the
     * rule it breaks (id and plain words), and why it is kept.
     *
     * @param shown how it was printed, in words (原报告空白, 原报告为 12, 原文“…”), or ""
     */
    public record Note(String where, String shown, String ruleId, String rule, String reason) {}
}
