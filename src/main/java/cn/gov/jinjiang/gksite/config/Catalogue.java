package cn.gov.jinjiang.gksite.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rules of the 政府信息公开目录 from site.yaml's {@code catalogue:} section.
 *
 * @param indexNoPattern the form every 索引号 must have (Jinjiang: 机构代码-类别-年度-流水号)
 * @param validity       the allowed values of 有效性
 * @param indexPrefix    机构代码-类别 used by {@code gksite new page} for the next 索引号, or ""
 * @param topics         the allowed values of 主题分类 (the portal's categories); empty: any value
 */
public record Catalogue(Pattern indexNoPattern, List<String> validity, String indexPrefix, List<String> topics) {
    public static final String DEFAULT_PATTERN = "^[A-Z]{2}\\d{5}-\\d{4}-\\d{4}-\\d{5}$";
    public static final List<String> DEFAULT_VALIDITY = List.of("现行有效", "已修改", "已废止", "失效");
    /** The value of 有效性 that marks a document in force. */
    public static final String CURRENT = "现行有效";

    public Catalogue {
        Objects.requireNonNull(indexNoPattern, "indexNoPattern");
        validity = List.copyOf(validity);
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        topics = List.copyOf(topics);
    }

    /** A catalogue that accepts any 主题分类. */
    public Catalogue(Pattern indexNoPattern, List<String> validity, String indexPrefix) {
        this(indexNoPattern, validity, indexPrefix, List.of());
    }

    public static Catalogue defaults() {
        return new Catalogue(Pattern.compile(DEFAULT_PATTERN), DEFAULT_VALIDITY, "");
    }
}
