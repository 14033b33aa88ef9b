package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import java.util.Objects;

/**
 * One body that publishes on the platform (site.yaml {@code bodies:}): the 市政府办公室, a department or a town, with
 * the folder of content/ that holds its pages and reports.
 *
 * @param id          a short stable name, e.g. {@code sjj}
 * @param name        the body's full name, e.g. 晋江市审计局 (its 发布机构)
 * @param kind        {@code government}, {@code department} or {@code town}: decides its report's deadline
 * @param folder      its folder under content/ without slashes at either end, e.g.
 *                    {@code xxgk/zfxxgkzl/bmzfxxgk/sjj}; "" for the site's own body when site.yaml lists none
 * @param indexPrefix 机构代码-类别 of its 索引号, e.g. QZ06121-2510, or ""
 * @param docPrefix   its 文号 代字, e.g. 晋审, or ""
 * @param contact     its contact line for readers, or ""
 * @param pos         where site.yaml names it (its id), or site.yaml itself for the site's own body
 * @param aliases     other names its pages may give as 发布机构 (a former name, a name in use before a reform), in
 *                    the order written
 */
public record Body(
        String id,
        String name,
        String kind,
        String folder,
        String indexPrefix,
        String docPrefix,
        String contact,
        SourcePos pos,
        List<String> aliases) {
    public static final String GOVERNMENT = "government";
    public static final String DEPARTMENT = "department";
    public static final String TOWN = "town";

    public Body {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        Objects.requireNonNull(docPrefix, "docPrefix");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(pos, "pos");
        aliases = List.copyOf(aliases);
    }

    /** Whether {@code publisher} (a page's 发布机构) names this body: its name or one of its aliases. */
    public boolean isNamed(String publisher) {
        String p = publisher.strip();
        return p.equals(name) || aliases.contains(p);
    }

    /** Whether the folder {@code dir} of content/ (no slashes at either end) lies in this body's folder. */
    public boolean holds(String dir) {
        return folder.isEmpty() || dir.equals(folder) || dir.startsWith(folder + "/");
    }

    /** Its 索引号 prefix when it is known: set, and not a placeholder still to be confirmed. */
    public boolean hasConfirmedPrefix() {
        return !indexPrefix.isEmpty() && !indexPrefix.startsWith(Placeholders.PENDING);
    }

    /** The kind in Chinese, as the 年度报告 column groups the bodies. */
    public String kindLabel() {
        return switch (kind) {
            case GOVERNMENT -> "市政府";
            case TOWN -> "镇街道";
            default -> "部门";
        };
    }
}
