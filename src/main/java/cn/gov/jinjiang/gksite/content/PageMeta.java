package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page's typed front matter. Structural keys are English ({@code title}, {@code layout}, …); the
 * 公开目录 metadata keys are the Chinese field names editors see on the portal (索引号, 发布机构, …).
 * Absent optional values are null (dates, year) or "" (text).
 *
 * @param pageSize  for a list page: items per page (null: the theme's default)
 * @param interprets 解读: for a 政策解读 page, the address or 索引号 of the document it explains, or ""
 * @param replaces  替代: the address or 索引号 of the earlier version this document replaces, or ""
 * @param positions where each key's value is, for diagnostics about it
 */
public record PageMeta(
        String title,
        String layout,
        String url,
        LocalDate date,
        String description,
        int weight,
        boolean draft,
        boolean sample,
        Integer year,
        String indexNo,
        String publisher,
        String topic,
        LocalDate written,
        LocalDate published,
        String docNo,
        String validity,
        Integer pageSize,
        String interprets,
        String replaces,
        Map<String, SourcePos> positions) {

    public PageMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(interprets, "interprets");
        Objects.requireNonNull(replaces, "replaces");
        positions = Map.copyOf(positions);
    }

    /** The keys a page may set, in the order the docs list them ({@link FrontMatterKeys}). */
    public static final List<String> KEYS = FrontMatterKeys.PAGE.names();

    /** The same front matter with {@code draft: true}: a page in a draft folder. */
    public PageMeta asDraft() {
        return draft
                ? this
                : new PageMeta(
                        title,
                        layout,
                        url,
                        date,
                        description,
                        weight,
                        true,
                        sample,
                        year,
                        indexNo,
                        publisher,
                        topic,
                        written,
                        published,
                        docNo,
                        validity,
                        pageSize,
                        interprets,
                        replaces,
                        positions);
    }

    /** The page's display date: 发布日期, else date, else null. */
    public LocalDate displayDate() {
        return published != null ? published : date;
    }

    /** Position of a key's value, or of the file start when the key is absent. */
    public SourcePos pos(String key, String file) {
        return positions.getOrDefault(key, new SourcePos(file, 1, 1));
    }
}
