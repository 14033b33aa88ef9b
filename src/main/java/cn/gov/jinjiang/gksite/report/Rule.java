package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.diag.Diagnostics;

/**
 * One consistency rule of report-format.md §3. A rule reports one diagnostic per broken cell, at that
 * cell's position in data.yaml (or the Markdown line for narrative rules), with its stable code
 * {@code report.R<n>}. Rules skip cells that are blank or not numbers: R7/R8 already reported them.
 */
public interface Rule {
    void check(ReportContext ctx, Diagnostics diags);
}
