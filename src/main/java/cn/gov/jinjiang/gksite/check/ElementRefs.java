package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.check.PageFacts.Ref;
import cn.gov.jinjiang.gksite.check.scan.HtmlTags;
import cn.gov.jinjiang.gksite.check.scan.PackedName;
import cn.gov.jinjiang.gksite.check.scan.StartTag;
import java.util.Locale;

/**
 * The references an element's start tag makes, in this order: a meta refresh's URL, the attributes that hold
 * one URL, the candidates of {@code srcset}, and the {@code url()}s of a {@code style} attribute. An
 * {@code <a>}'s href is the link rule's ({@link CheckRules}). Positions are the start tag's.
 */
final class ElementRefs {
    private static final PackedName HTTP_EQUIV = PackedName.of("http-equiv");
    private static final PackedName CONTENT = PackedName.of("content");
    private static final PackedName SRCSET = PackedName.of("srcset");
    private static final PackedName STYLE = PackedName.of("style");
    /** Per tag id: the attributes that hold one URL, and the label of each ({@code img[src]}). */
    private static final PackedName[][] URL_ATTRS = new PackedName[HtmlTags.COUNT][];

    private static final String[][] URL_LABELS = new String[HtmlTags.COUNT][];

    static {
        String[][] table = {
            {"area", "href"},
            {"link", "href"},
            {"img", "src"},
            {"script", "src"},
            {"iframe", "src"},
            {"source", "src"},
            {"video", "src", "poster"},
            {"audio", "src"},
            {"track", "src"},
            {"embed", "src"},
            {"object", "data"},
            {"form", "action"},
            {"input", "src"}
        };
        for (String[] row : table) {
            int tag = HtmlTags.of(row[0]);
            URL_ATTRS[tag] = new PackedName[row.length - 1];
            URL_LABELS[tag] = new String[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                URL_ATTRS[tag][i - 1] = PackedName.of(row[i]);
                URL_LABELS[tag][i - 1] = row[0] + "[" + row[i] + "]";
            }
        }
    }

    private ElementRefs() {}

    static void add(FactList facts, int tag, StartTag t, boolean inMain) {
        if (tag == HtmlTags.META && orEmpty(t.attr(HTTP_EQUIV)).equalsIgnoreCase("refresh")) {
            String content = orEmpty(t.attr(CONTENT));
            int i = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (i >= 0) {
                facts.add(new Ref(
                        content.substring(i + 4).strip().replaceAll("^['\"]|['\"]$", ""),
                        "meta[refresh]",
                        t.line(),
                        t.column(),
                        false));
            }
        }
        PackedName[] urlAttrs = URL_ATTRS[tag];
        if (urlAttrs != null) {
            for (int i = 0; i < urlAttrs.length; i++) {
                String url = t.attr(urlAttrs[i]);
                if (url != null) {
                    facts.add(new Ref(url, URL_LABELS[tag][i], t.line(), t.column(), inMain));
                }
            }
        }
        if (tag == HtmlTags.IMG || tag == HtmlTags.SOURCE) {
            String srcset = t.attr(SRCSET);
            if (srcset != null) {
                for (String candidate : srcset.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        facts.add(new Ref(url, HtmlTags.name(tag) + "[srcset]", t.line(), t.column(), inMain));
                    }
                }
            }
        }
        String css = t.attr(STYLE);
        if (css != null && mayHaveUrl(css)) {
            CssScanner.refs(css, t.name() + "[style]", t.line(), t.column()).forEach(facts::add);
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Whether CSS may hold a reference (the scanner's patterns need {@code url(} or {@code @import}). */
    private static boolean mayHaveUrl(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        return lower.contains("url(") || lower.contains("@import");
    }
}
