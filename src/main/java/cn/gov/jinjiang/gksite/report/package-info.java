/**
 * The 《政府信息公开工作年度报告》: the national format as data ({@link cn.gov.jinjiang.gksite.report.ReportFormat},
 * both the 2019 trial and the 2021 format), the report model ({@link cn.gov.jinjiang.gksite.report.AnnualReport}),
 * the data.yaml schema ({@link cn.gov.jinjiang.gksite.report.ReportSchema}) and the consistency rules.
 * Consumes content records; produces reports and diagnostics. Never depends on render or later stages.
 */
package cn.gov.jinjiang.gksite.report;
