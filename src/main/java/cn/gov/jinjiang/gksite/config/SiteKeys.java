package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import cn.gov.jinjiang.gksite.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What site.yaml may hold: every key {@link ConfigLoader} reads, with its type and whether it is required. The loader
 * checks the file against these definitions and {@code gksite schemas} writes them as {@code site.schema.json}.
 */
public final class SiteKeys {
    /** The theme's folder: one plain name under themes/, never {@code .}, {@code ..} or a path. */
    public static final ValueType.Text THEME = new ValueType.Text("(?!\\.\\.?$)[^/\\\\:\\x00-\\x1f\\x7f]+", false);
    /** The site's address: http:// or https://, a host, and a path (at least the final "/"). */
    public static final ValueType.Text BASE_URL = new ValueType.Text("https?://[^/\\s]+/.*", false);
    /** 机构代码-类别 of {@code new page}'s 索引号. */
    public static final ValueType.Text INDEX_PREFIX = new ValueType.Text("[^-\\s]+-[^-\\s]+", true);
    /** The kinds of body: they set the annual report's deadline. */
    public static final ValueType.Choice BODY_TYPES =
            new ValueType.Choice(List.of("department", "government", "town"), false);

    /**
     * A body's id: a lower-case letter, then lower-case letters, digits, "-" and "_" (sjj, dongshi): never a bare
     * number, which YAML would read as one.
     */
    public static final ValueType.Text BODY_ID = new ValueType.Text("[a-z][a-z0-9_-]*", false);
    /**
     * A body's folder under content/: a relative path of plain names, never absolute, never {@code .} or {@code ..},
     * never a backslash or a drive (it cannot lead out of content/).
     */
    public static final ValueType.Text FOLDER =
            new ValueType.Text("(?![/])(?!.*//)(?!(?:.*/)?\\.\\.?(?:/|$))[^\\\\:*?\"<>|\\x00-\\x1f\\x7f]+", false);

    public static final Shape SITE = Shape.closed(
            "site",
            "站点",
            "网站名称、地址和信息公开主体。The site's names and address.",
            Key.required("name", "网站名称", "网站的名称，如“中国晋江”。", ValueType.Text.ANY),
            Key.optional("title", "政府名称", "页头显示的政府名称，如“晋江市人民政府”；不写时取网站名称。", ValueType.Text.ANY),
            Key.optional("organisation", "信息公开主体", "本站政府信息公开的主体，如“晋江市人民政府办公室”；不写时取网站名称。", ValueType.Text.ANY),
            Key.required(
                    "base_url",
                    "网站地址",
                    "以 http:// 或 https:// 开头、以“/”结尾的完整网址，如 http://www.jinjiang.gov.cn/。" + "链接以它开头时按站内链接检查。",
                    BASE_URL),
            Key.optional("language", "页面语言", "页面的语言代码，默认 zh-CN。", ValueType.Text.ANY),
            Key.optional(
                    "body_type",
                    "主体类型",
                    "government：人民政府（年度报告 3 月 31 日前公开）；department：政府部门"
                            + "（1 月 31 日前公开，默认）；town：乡镇人民政府、街道办事处（1 月 31 日前公开）。",
                    BODY_TYPES));

    public static final Shape BODY = Shape.closed(
            "body",
            "信息公开主体",
            "在本平台发布信息的一个单位：市政府办公室、一个部门或一个镇（街道）。",
            Key.required("id", "代号", "单位的代号：以小写字母开头，由小写字母、数字、“-”或“_”组成，如 sjj（审计局）、dongshi（东石镇）。", BODY_ID),
            Key.required("name", "单位名称", "单位的全称（即发布机构），如“晋江市审计局”。", ValueType.Text.ANY),
            Key.required(
                    "kind",
                    "单位类型",
                    "government：人民政府（年度报告 3 月 31 日前公开）；department：政府部门（1 月 31 日前）；" + "town：镇人民政府、街道办事处（1 月 31 日前）。",
                    BODY_TYPES),
            Key.required(
                    "folder",
                    "目录",
                    "单位的栏目在 content/ 下的目录，如 xxgk/zfxxgkzl/bmzfxxgk/sjj；其年度报告放在该目录的 ndbg/年份/ 中。",
                    FOLDER),
            Key.optional("index_prefix", "索引号前缀", "单位索引号的“机构代码-类别”，如 QZ06121-2510。", INDEX_PREFIX),
            Key.optional("doc_prefix", "文号代字", "单位发文的机关代字，如“晋审”。", ValueType.Text.ANY),
            Key.optional("contact", "联系方式", "单位政府信息公开工作的联系方式（地址、电话）。", ValueType.Text.ANY),
            Key.optional(
                    "aliases",
                    "别名",
                    "本单位页面的“发布机构”还可以写的名称（如机构改革前的旧名），如 [晋江市审计局办公室]；"
                            + "目录页面的发布机构既不是 name 也不在此列时给出警告 content.publisher-body。",
                    new ValueType.Texts(false, true)));

    public static final Shape NAV_ITEM = Shape.closed(
            "navItem",
            "导航项",
            "主导航的一项：显示文字和站内地址。",
            Key.required("label", "显示文字", "导航中显示的文字，如“信息公开”。", ValueType.Text.ANY),
            Key.required("url", "地址", "站内地址（以“/”开头，如 /xxgk/）或 http(s):// 网址。", ValueType.Text.ANY));

    public static final Shape FOOTER = Shape.closed(
            "footer",
            "页面底部",
            "《政府网站发展指引》要求全站页面底部列明的信息；" + "host、site_code、icp、police 必填。尚未核实的值可先写“待填写：…”，构建时会提醒，发布时是错误。",
            Key.required("host", "主办单位", "网站的主办单位。", ValueType.Text.ANY),
            Key.optional("organizer", "承办单位", "网站的承办单位。", ValueType.Text.ANY),
            Key.required("site_code", "网站标识码", "网站标识码（10 位数字）。", ValueType.Text.ANY),
            Key.required("icp", "ICP 备案号", "ICP 备案号，如“闽ICP备……号”。", ValueType.Text.ANY),
            Key.required("police", "公安机关备案号", "公安机关备案号，如“闽公网安备……号”。", ValueType.Text.ANY),
            Key.optional("police_url", "公安机关备案链接", "公安机关备案号所链接的地址。", ValueType.Text.ANY),
            Key.optional("address", "地址", "主办单位的地址。", ValueType.Text.ANY),
            Key.optional("postcode", "邮政编码", "主办单位的邮政编码。", ValueType.Text.ANY),
            Key.optional("phone", "电话", "联系电话。", ValueType.Text.ANY),
            Key.optional("email", "电子邮箱", "联系邮箱。", ValueType.Text.ANY),
            Key.optional("error_report_url", "我为政府网站找错", "全国政府网站统一纠错平台给出的本站地址。", ValueType.Text.ANY),
            Key.optional("conac_url", "党政机关网站标识链接", "党政机关网站标识管理机构给出的本站查询地址。", ValueType.Text.ANY));

    public static final Shape CHECKS = new Shape(
            "checks",
            "诊断级别",
            "按错误代码或代码前缀调整级别：error、warning、info 或 off，"
                    + "如 report.R5: error、check.: warning。Severity per diagnostic code or code prefix.",
            List.of(Key.optional(
                    "ignore", "不检查的网址", "链接检查跳过的网址：一段网址文字，或以“^”开头的正则表达式。", new ValueType.Texts(true, false))),
            new ValueType.Choice(levels(), false));

    public static final Shape PUBLISH = Shape.closed(
            "publish",
            "发布",
            "gksite publish 的目标和规则。Where gksite publish sends the site.",
            Key.optional(
                    "target", "发布目标", "本机目录、user@host:/路径 或 rsync://主机:端口/模块/路径；首次发布加 --init。", ValueType.Text.ANY),
            Key.optional(
                    "exclude",
                    "保留的文件",
                    "服务器上保留、发布不传送也不删除的文件（rsync 的模式），如 [uploads/]。",
                    new ValueType.Texts(false, true)),
            Key.optional(
                    "max_delete", "一次最多删除的比例", "一次发布最多删除目标中多大比例的文件，如 10% 或 0.1；超过须加 --force。", new ValueType.Share()),
            Key.optional(
                    "ssh",
                    "SSH 命令",
                    "user@host:路径 目标所用的远程 shell，如 ssh -p 22 -i /root/.ssh/gk_publish。",
                    ValueType.Text.ANY));

    public static final Shape CATALOGUE = Shape.closed(
            "catalogue",
            "政府信息公开目录",
            "索引号、有效性和主题分类的规则。",
            Key.optional(
                    "index_no_pattern",
                    "索引号格式",
                    "索引号应符合的正则表达式，如 '^[A-Z]{2}\\d{5}-\\d{4}-\\d{4}-\\d{5}$'。",
                    ValueType.Text.ANY),
            Key.optional(
                    "validity", "有效性的可选值", "页面头部“有效性”可用的值，如 [现行有效, 已修改, 已废止, 失效]。", new ValueType.Texts(false, true)),
            Key.optional("index_prefix", "索引号前缀", "gksite new page 默认的“机构代码-类别”，如 QZ06101-0240。", INDEX_PREFIX),
            Key.optional("topics", "主题分类的可选值", "页面头部“主题分类”可用的值；不写时不核对。", new ValueType.Texts(false, true)));

    public static final Shape FILE = Shape.closed(
            "site.yaml",
            "gksite 站点配置 site.yaml",
            "站点的名称、地址、主题、导航、页面底部信息、诊断级别、发布目标和公开目录规则。" + "The site configuration of gksite.",
            Key.optional("site", "站点", "网站名称、地址和信息公开主体。", new ValueType.Mapping(SITE)),
            Key.optional("theme", "主题", "主题名，对应 themes/<名称>/；只能是一个目录名。默认 portal。", THEME),
            Key.optional(
                    "bodies",
                    "信息公开主体",
                    "在本平台发布信息的各单位：每项 {id, name, kind, folder, index_prefix, doc_prefix, contact, aliases}。"
                            + "不写时全站只有 site: 中的一个主体。",
                    new ValueType.Items(BODY)),
            Key.optional("nav", "主导航", "主导航的各项，每项 {label: 文字, url: /地址/}。", new ValueType.Items(NAV_ITEM)),
            Key.optional("footer", "页面底部", "页面底部必须列明的信息。", new ValueType.Mapping(FOOTER)),
            Key.optional("checks", "诊断级别", "按代码调整诊断的级别，ignore 列出不检查的网址。", new ValueType.Mapping(CHECKS)),
            Key.optional("publish", "发布", "gksite publish 的目标和规则。", new ValueType.Mapping(PUBLISH)),
            Key.optional("catalogue", "政府信息公开目录", "索引号、有效性和主题分类的规则。", new ValueType.Mapping(CATALOGUE)));

    private SiteKeys() {}

    /** The words a level may be written with in {@code checks:}: {@link Severity}'s, and {@code off}. */
    private static List<String> levels() {
        List<String> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            out.add(s.english());
        }
        for (Severity s : Severity.values()) {
            out.add(s.chinese());
        }
        out.add(CheckLevels.OFF);
        return out;
    }
}
