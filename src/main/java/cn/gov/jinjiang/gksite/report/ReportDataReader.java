package cn.gov.jinjiang.gksite.report;

import cn.gov.jinjiang.gksite.config.YamlDoc;
import cn.gov.jinjiang.gksite.content.DataFile;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.PageMeta;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a data.yaml text outside a build (for scaffolding and round trips): cell key → number. */
public final class ReportDataReader {
    private ReportDataReader() {}

    /**
     * The numbers of a data.yaml text, read with {@link ReportSchema}; cells without a number are left
     * out. Problems go to {@code diags}; a YAML syntax error throws as {@link YamlDoc#parse} does.
     */
    public static Map<String, BigDecimal> values(String file, int year, String text, Diagnostics diags) {
        AnnualReport r = read(file, year, text, diags);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        r.cells().forEach((k, c) -> {
            if (c.value() != null) {
                out.put(k, c.value());
            }
        });
        return out;
    }

    /** The report of a data.yaml text, read with {@link ReportSchema} under a stand-in page. */
    public static AnnualReport read(String file, int year, String text, Diagnostics diags) {
        YamlDoc doc = YamlDoc.parse(file, 0, text);
        PageMeta meta = new PageMeta(
                year + " 年度报告",
                ReportLoader.LAYOUT,
                "",
                null,
                "",
                0,
                false,
                false,
                year,
                "",
                "",
                "",
                null,
                null,
                "",
                "",
                null,
                "",
                "",
                Map.of());
        Page page = new Page(file.replaceFirst("data\\.yaml$", "index.md"), "", "index.html", true, meta, "", 1);
        return new ReportSchema().read(year, page, new DataFile(file, "data", doc, text), diags);
    }
}
