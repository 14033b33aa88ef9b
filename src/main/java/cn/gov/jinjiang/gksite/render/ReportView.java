package cn.gov.jinjiang.gksite.render;


/**
 * An annual report as templates see it: its year and format, and the tables of sections 二, 三 and 四
 * already laid out in national form.
 */
public record ReportView(int year, String formatSource, Views.Table disclosure, Views.Table applications,
                         Views.Table reviews) {
}
