/**
 * The 《政府信息公开工作年度报告》: the national format as data ({@link ReportFormat},
 * both the 2019 trial and the 2021 format), the report model ({@link AnnualReport}),
 * the data.yaml schema ({@link ReportSchema}) and the consistency rules; the
 * exports (CSV, JSON and the Word document in the national table layout,
 * {@link ReportExporter}); and the import of published reports
 * ({@link ReportImporter}): Word documents read with POI, PDFs with PDFBox, saved
 * web pages with jsoup, and copied or extracted text, every file refused by its bytes before it is parsed
 * when it cannot be a report ({@link ImportFile}).
 * Consumes content records and the Markdown stage; produces reports, files to write and diagnostics. Never
 * depends on render or later stages.
 */
package cn.gov.jinjiang.gksite.report;
