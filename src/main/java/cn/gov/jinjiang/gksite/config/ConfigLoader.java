package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.Diagnostics;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads site.yaml. Problems in the file are reported into {@link Diagnostics} (so the editor sees all of
 * them); a missing or unreadable file is a {@link DiagnosticException}.
 *
 * <p>Values still to be filled in by the operator are written as {@code 待填写…} ({@link Placeholders}); each
 * one is reported as a {@code config.placeholder} warning (an error for publish) so it cannot be forgotten.
 */
public final class ConfigLoader {
    static final String FILE = "site.yaml";
    /** Prefix that marks a value the operator still has to confirm. */
    public static final String PLACEHOLDER = Placeholders.PENDING;

    /** Footer values written into pages as link addresses. */
    private static final Set<String> URL_KEYS = Set.of("police_url", "error_report_url", "conac_url");

    public SiteConfig load(SourceLayout layout, Diagnostics diags) {
        List<Diagnostic> refused = new ArrayList<>();
        Path file = new SourceTree(layout)
                .file(layout.root().resolve(FILE), "config.symlink", refused)
                .orElse(null);
        if (!refused.isEmpty()) {
            throw new DiagnosticException(refused, null);
        }
        if (file == null) {
            throw new DiagnosticException(Diagnostic.error(
                    "config.missing",
                    SourcePos.of(FILE),
                    "找不到站点配置文件 site.yaml（在 " + layout.root() + " 中）。",
                    "在站点根目录运行 gksite，或用 --source 指定含 site.yaml 的目录。"));
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > YamlLimits.MAX_BYTES) {
                diags.error(
                        "content.too-large",
                        new SourcePos(FILE, 1, 1),
                        "site.yaml 有 " + size + " 字节，超过了 " + YamlLimits.MAX_BYTES + " 字节的上限。",
                        "site.yaml 只写站点配置，通常不到 10 KB。");
                return SiteConfig.defaults();
            }
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            if (StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true)
                    .isError()) {
                diags.error(
                        "content.encoding",
                        firstBadByte(bytes, in.position()),
                        "site.yaml 不是 UTF-8 编码（多半是 GBK/“ANSI”），第一个无法识别的字节在此处。",
                        "用编辑器另存为“UTF-8”编码后再构建。");
                return SiteConfig.defaults();
            }
            text = out.flip().toString();
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error("io.read", SourcePos.of(FILE), "无法读取 site.yaml：" + e.getMessage(), "检查文件权限。"), e);
        }
        text = text.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Placeholders.report(
                Placeholders.find(text, 1, true),
                FILE,
                Placeholders.CONFIG_CODE,
                "请网站运维人员核实后填入真实值（可从现网页面底部读取）。",
                diags);
        YamlDoc doc;
        try {
            doc = YamlDoc.parse(FILE, 0, text);
        } catch (DiagnosticException e) {
            diags.addAll(e.diagnostics());
            return SiteConfig.defaults();
        }
        return bind(doc, diags);
    }

    /** Line and column (in characters) of the byte at {@code offset}, read from the valid text before it. */
    private static SourcePos firstBadByte(byte[] bytes, int offset) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        if (before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new SourcePos(FILE, line, before.codePointCount(lineStart, before.length()) + 1);
    }

    private SiteConfig bind(YamlDoc doc, Diagnostics diags) {
        YamlMap top = YamlMap.read(doc, doc.root().orElse(null), FILE, SiteKeys.FILE.known(), "config", diags);
        YamlMap site = YamlMap.read(
                doc, top.node("site").orElse(null), "site.yaml 的 site", SiteKeys.SITE.known(), "config", diags);
        Map<String, String> required = new HashMap<>();
        for (Key k : SiteKeys.SITE.requiredKeys()) {
            required.put(k.name(), required(site, k.name(), diags));
        }
        String name = required.get("name");
        String baseUrl = required.get("base_url");
        if (!baseUrl.isEmpty()) {
            if (!SiteKeys.BASE_URL.accepts(baseUrl)) {
                diags.error(
                        "config.base-url",
                        site.pos("base_url"),
                        "base_url 应为以 http:// 或 https:// 开头、以“/”结尾的完整网址，实为“" + baseUrl + "”。",
                        "例如：base_url: http://www.jinjiang.gov.cn/");
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        String bodyType = site.string("body_type", "department", "config");
        if (!SiteKeys.BODY_TYPES.values().contains(bodyType)) {
            diags.error(
                    "config.body-type",
                    site.pos("body_type"),
                    "body_type 只能是 department（政府部门，年报 1 月 31 日前公开）、town（乡镇人民政府、街道办事处，1 月 31 日前）"
                            + "或 government（人民政府，3 月 31 日前），实为“" + bodyType + "”。",
                    "");
        }
        YamlMap footerMap = YamlMap.read(
                doc, top.node("footer").orElse(null), "site.yaml 的 footer", SiteKeys.FOOTER.known(), "config", diags);
        Map<String, String> f = new LinkedHashMap<>();
        for (String key : SiteKeys.FOOTER.names()) {
            String v = footerMap.string(key, "", "config");
            f.put(key, URL_KEYS.contains(key) && !safeUrl(v, footerMap.pos(key), "footer." + key, diags) ? "" : v);
        }
        // Footer values every page must show (《政府网站发展指引》): a build without them fails.
        for (Key req : SiteKeys.FOOTER.requiredKeys()) {
            String key = req.name();
            if (f.get(key).isBlank()) {
                // the value, else the footer key, else (no footer either) the document's start
                SourcePos at = footerMap.has(key) ? footerMap.pos(key) : top.keyPos("footer");
                diags.error(
                        "config.footer-missing",
                        at,
                        "site.yaml 缺少页面底部必须列明的 footer." + key + "（" + req.title() + "）。",
                        "《政府网站发展指引》要求全站页面底部列明主办单位、网站标识码、ICP 备案号和公安机关备案号。" + "在 footer: 下写“  " + key + ": …”；尚未核实时可先写“"
                                + PLACEHOLDER + "：…”，构建会提醒。");
            }
        }
        Footer footer = new Footer(
                f.get("host"),
                f.get("organizer"),
                f.get("site_code"),
                f.get("icp"),
                f.get("police"),
                f.get("police_url"),
                f.get("address"),
                f.get("postcode"),
                f.get("phone"),
                f.get("email"),
                f.get("error_report_url"),
                f.get("conac_url"));
        return new SiteConfig(
                name,
                site.string("title", name, "config"),
                site.string("organisation", name, "config"),
                baseUrl,
                site.string("language", "zh-CN", "config"),
                theme(top, diags),
                bodyType,
                nav(doc, top, diags),
                footer,
                ConfigSections.checks(doc, top, diags),
                ConfigSections.publish(doc, top, diags),
                ConfigSections.catalogue(doc, top, diags),
                BodyList.read(doc, top, diags),
                top.has("theme") ? top.pos("theme") : SourcePos.of(FILE));
    }

    /** The theme's folder name: one plain name under themes/, never a path that could lead elsewhere. */
    private static String theme(YamlMap top, Diagnostics diags) {
        String theme = top.string("theme", "portal", "config").strip();
        if (!SiteKeys.THEME.accepts(theme)) {
            diags.error(
                    "config.type",
                    top.pos("theme"),
                    "theme 应为 themes/ 下一个目录的名称，实为“" + theme + "”。",
                    "例如：theme: portal");
            return "portal";
        }
        return theme;
    }

    private static String required(YamlMap map, String key, Diagnostics diags) {
        String v = map.string(key, "", "config");
        if (v.isBlank()) {
            diags.error(
                    "config.required",
                    map.pos(key), // the document's start when the key is absent
                    "site.yaml 缺少必填项 site." + key + "。",
                    "在 site: 下加一行“  " + key + ": …”。");
        }
        return v.strip();
    }

    /**
     * Whether an address from site.yaml may be written into every page ({@link UrlSchemes}); a refused one is a
     * {@code config.url-scheme} error at its line and is left out of the pages whatever level the error is given.
     */
    private static boolean safeUrl(String url, SourcePos at, String what, Diagnostics diags) {
        if (UrlSchemes.allowed(url)) {
            return true;
        }
        diags.error(
                "config.url-scheme",
                at,
                "site.yaml 的 " + what + "“" + UrlSchemes.shown(url) + "”使用了不允许的协议“" + UrlSchemes.scheme(url)
                        + ":”，页面上不会生成这个链接。",
                UrlSchemes.HINT);
        return false;
    }

    private static List<NavItem> nav(YamlDoc doc, YamlMap top, Diagnostics diags) {
        List<NavItem> out = new ArrayList<>();
        Node n = top.node("nav").orElse(null);
        if (n == null || YamlDoc.isNull(n)) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            diags.error("config.type", doc.pos(n), "site.yaml 的 nav 应为列表（每项以“- ”开头）。", "例如：\n  - {label: 首页, url: /}");
            return out;
        }
        for (Node item : seq.getValue()) {
            YamlMap m = YamlMap.read(doc, item, "nav 的一项", SiteKeys.NAV_ITEM.known(), "config", diags);
            String label = m.string("label", "", "config");
            String url = m.string("url", "", "config");
            // a blank label would be a link with no name
            if (label.isBlank() || url.isBlank()) {
                diags.error(
                        "config.required",
                        doc.pos(item),
                        "nav 的每一项都要有 label 和 url。",
                        "例如：- {label: 信息公开, url: /xxgk/}");
                continue;
            }
            if (safeUrl(url, m.pos("url"), "nav 的 url", diags)) {
                out.add(new NavItem(label, url));
            }
        }
        return out;
    }
}
