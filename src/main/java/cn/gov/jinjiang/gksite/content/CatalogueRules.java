package cn.gov.jinjiang.gksite.content;

import cn.gov.jinjiang.gksite.config.Bodies;
import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.Catalogue;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.Suggest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the 政府信息公开目录 metadata of every page: 索引号 unique and of the configured form, its year
 * equal to the 成文日期's; 文号 written with 〔〕 and ending in 号; no date in the future; 有效性 one of the
 * configured values; 主题分类 one of the portal's categories when site.yaml lists them; 解读 and 替代 name an existing
 * document ({@link DocumentLinks}). "Today" is the clock's date in China. On a site that lists its bodies, a page's
 * 索引号 starts with the 机构代码 of the body whose folder holds it (when that body's prefix is confirmed), and its
 * 发布机构 is that body's name or one of its aliases (a warning otherwise).
 */
public final class CatalogueRules {
    /** Dates are those of the offices that write them. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The year of an 索引号: the four digits before its serial number (…-2025-00031, …/2017-00110). */
    private static final Pattern INDEX_YEAR = Pattern.compile("(\\d{4})-\\d+$");

    private static final Pattern DOC_NO_OK = Pattern.compile("^\\S+〔\\d{4}〕\\d+号$");
    /** A 文号 with another kind of bracket or without 号: agency, year, number. */
    private static final Pattern DOC_NO_LOOSE =
            Pattern.compile("^(\\S+?)\\s*[\\[(（【［〔{｛<《〈]\\s*(\\d{4})\\s*[\\])）】］〕}｝>》〉]\\s*(?:第\\s*)?(\\d+)\\s*号?$");

    private final Catalogue catalogue;
    private final Bodies bodies;
    private final Clock clock;

    /** The rules of a site that lists no bodies. */
    public CatalogueRules(Catalogue catalogue, Clock clock) {
        this(catalogue, null, clock);
    }

    /** @param bodies the site's bodies, or null: with listed bodies, each page's 索引号 must be its own body's */
    public CatalogueRules(Catalogue catalogue, Bodies bodies, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.bodies = bodies;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void check(ContentTree tree, Diagnostics diags) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        DocumentLinks.of(tree, diags);
        Map<String, Page> indexNos = new HashMap<>();
        for (Page p : tree.pages()) {
            PageMeta m = p.meta();
            String file = p.source();
            String no = m.indexNo();
            if (!no.isEmpty()) {
                Page first = indexNos.putIfAbsent(no, p);
                if (first != null) {
                    diags.error(
                            "content.index-no-duplicate",
                            m.pos("索引号", file),
                            "索引号“" + no + "”已被 " + first.source() + " 使用。",
                            "索引号是政府信息的唯一识别代码，每件信息一个：改用本年度下一个未用的流水号。");
                }
                if (!catalogue.indexNoPattern().matcher(no).find()) {
                    diags.error(
                            "content.index-no",
                            m.pos("索引号", file),
                            "索引号“" + no + "”的格式不对。",
                            "索引号由信息生成机构代码、信息类别、信息生成年度、年度信息流水号组成，例如 QZ06101-0240-2025-00031"
                                    + "（应符合 site.yaml 中 catalogue.index_no_pattern："
                                    + catalogue.indexNoPattern().pattern()
                                    + "）。");
                } else if (!ownBody(p, no, diags) && m.written() != null) {
                    Matcher y = INDEX_YEAR.matcher(no);
                    if (y.find() && Integer.parseInt(y.group(1)) != m.written().getYear()) {
                        diags.error(
                                "content.index-no-year",
                                m.pos("索引号", file),
                                "索引号“" + no + "”的年度 " + y.group(1) + " 与成文日期 " + m.written() + " 的年度不同。",
                                "索引号中的年度是信息生成年度，应为 " + m.written().getYear() + "；核对索引号或成文日期。");
                    }
                }
            }
            publisher(p, diags);
            docNo(p, diags);
            future(p, "成文日期", m.written(), today, diags);
            future(p, "发布日期", m.published(), today, diags);
            future(p, "date", m.date(), today, diags);
            topic(p, diags);
            String v = m.validity();
            if (!v.isEmpty() && !catalogue.validity().contains(v)) {
                String hint = Suggest.hint(v, catalogue.validity());
                diags.error(
                        "content.validity",
                        m.pos("有效性", file),
                        "有效性“" + v + "”不是规定的值。",
                        (hint.isEmpty() ? "" : hint + " ") + "可用的值：" + String.join("、", catalogue.validity())
                                + "（在 site.yaml 的 catalogue.validity 中设置）。");
            }
        }
    }

    /**
     * Whether the 索引号 {@code no} of {@code p} names another body than the one whose folder holds the page (a
     * {@code content.index-no-body} error at the 索引号): its 机构代码, before the first "-", is not that body's.
     */
    private boolean ownBody(Page p, String no, Diagnostics diags) {
        if (bodies == null || bodies.listed().isEmpty()) {
            return false;
        }
        Body own = bodies.of(p.dir());
        if (!own.hasConfirmedPrefix()) {
            return false;
        }
        String code = code(own.indexPrefix());
        if (code(no).equals(code)) {
            return false;
        }
        String other = bodies.listed().stream()
                .filter(b -> b.hasConfirmedPrefix() && code(b.indexPrefix()).equals(code(no)))
                .map(b -> "，这是“" + b.name() + "”的机构代码")
                .findFirst()
                .orElse("");
        diags.error(
                "content.index-no-body",
                p.meta().pos("索引号", p.source()),
                "索引号“" + no + "”的机构代码是 " + code(no) + other + "；本页在“" + own.name() + "”的栏目中，其机构代码是 " + code + "。",
                "索引号的第一段是信息生成机构的代码：用本单位的 " + code + "-类别-年度-流水号；文件确属其他单位的，放到该单位的目录中。");
        return true;
    }

    /**
     * A catalogue page (one with a 索引号) in a listed body's folder gives that body as its 发布机构: its name or one
     * of its aliases. Otherwise a {@code content.publisher-body} warning at the 发布机构: the page is filed in the
     * body's column and its 按发布机构 list, under a name that is not the body's (a typo, another body's page put in
     * the wrong folder). A warning, not an error: a page may rightly keep the name its body had when it was
     * written (a body renamed in a reform), and the body's {@code aliases:} take such names in.
     */
    private void publisher(Page p, Diagnostics diags) {
        PageMeta m = p.meta();
        String given = m.publisher().strip();
        if (bodies == null || m.indexNo().isEmpty() || given.isEmpty()) {
            return;
        }
        // Without listed bodies every folder is the site's.
        Body own = bodies.of(p.dir());
        if (own == bodies.site() || own.isNamed(given)) {
            return;
        }
        String other = bodies.listed().stream()
                .filter(b -> b.isNamed(given)) // not own: it is not named so
                .map(b -> "，这是“" + b.name() + "”（" + b.folder() + "）的名称")
                .findFirst()
                .orElse("");
        String aliases = own.aliases().isEmpty() ? "" : "或其别名 " + String.join("、", own.aliases());
        diags.warning(
                "content.publisher-body",
                m.pos("发布机构", p.source()),
                "发布机构“" + given + "”不是本页所在栏目的单位" + other + "；本页在“" + own.name() + "”的目录 " + own.folder() + " 中。",
                "发布机构应写作“" + own.name() + "”" + aliases + "；文件确属其他单位的，放到该单位的目录中；"
                        + "单位曾用的名称可写进 site.yaml 中该单位的 aliases。");
    }

    private static String code(String indexNo) {
        int dash = indexNo.indexOf('-');
        return dash < 0 ? indexNo : indexNo.substring(0, dash);
    }

    /**
     * 主题分类 is one of the portal's categories (site.yaml catalogue.topics): every value opens a public list
     * (zt/…), so a typo (城乡建没) would open a new category with one document in it.
     */
    private void topic(Page p, Diagnostics diags) {
        String t = p.meta().topic();
        if (t.isEmpty() || catalogue.topics().isEmpty() || catalogue.topics().contains(t)) {
            return;
        }
        String close = Suggest.closest(t, catalogue.topics());
        for (String c : catalogue.topics()) {
            // The portal's names are long: 城乡建没 is a typo of 城乡建设管理 as much as of 城乡建设.
            if (close == null
                    && c.length() > t.length()
                    && Suggest.closest(t, List.of(c.substring(0, t.length()))) != null) {
                close = c;
            }
        }
        String hint = close == null ? "" : "是否想写“" + close + "”？";
        diags.error(
                "content.topic",
                p.meta().pos("主题分类", p.source()),
                "主题分类“" + t + "”不是本站的分类：每个分类都会" + "生成一个公开的列表，写错的分类会多出一个只有这一件文件的栏目。",
                (hint.isEmpty() ? "" : hint + " ") + "可用的分类：" + String.join("、", catalogue.topics())
                        + "（在 site.yaml 的 catalogue.topics 中设置）。");
    }

    private static void docNo(Page p, Diagnostics diags) {
        String no = p.meta().docNo();
        if (no.isEmpty() || DOC_NO_OK.matcher(no).matches()) {
            return;
        }
        String fixed = corrected(no);
        diags.error(
                "content.doc-no",
                p.meta().pos("文号", p.source()),
                "文号“" + no + "”的写法不规范：年份用六角括号〔〕，以“号”结尾。",
                fixed == null ? "文号 = 发文机关代字 + 〔年份〕 + 顺序号 + 号，例如 晋政办〔2025〕26号。" : "应写作：" + fixed);
    }

    /** The 文号 in its standard form, or null when it cannot be read. */
    public static String corrected(String docNo) {
        Matcher m = DOC_NO_LOOSE.matcher(docNo.strip());
        return m.matches() ? m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号" : null;
    }

    private static void future(Page p, String key, LocalDate d, LocalDate today, Diagnostics diags) {
        if (d != null && d.isAfter(today)) {
            diags.error(
                    "content.date-future",
                    p.meta().pos(key, p.source()),
                    key + " " + d + " 晚于今天（" + today + "）。",
                    "核对年份和月份；尚未发布的文件可先写 draft: true。");
        }
    }
}
