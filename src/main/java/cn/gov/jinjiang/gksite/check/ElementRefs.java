package cn.gov.jinjiang.gksite.check;

import java.util.List;
import java.util.Locale;

/**
 * The references an element's start tag makes, in {@link PageScanner}'s order: a meta refresh's URL, the
 * attributes that hold one URL, the candidates of {@code srcset}, and the {@code url()}s of a {@code style}
 * attribute. An {@code <a>}'s href is the caller's. Positions are the start tag's.
 */
final class ElementRefs {
    private static final PackedName HTTP_EQUIV = PackedName.of("http-equiv");
    private static final PackedName CONTENT = PackedName.of("content");
    private static final PackedName SRCSET = PackedName.of("srcset");
    private static final PackedName STYLE = PackedName.of("style");
    /** Per tag id: the attributes that hold one URL, and the label of each ({@code img[src]}). */
    private static final PackedName[][] URL_ATTRS = new PackedName[HtmlTags.NAMES.length][];
    private static final String[][] URL_LABELS = new String[HtmlTags.NAMES.length][];

    static {
        String[][] table = {{"area", "href"}, {"link", "href"}, {"img", "src"}, {"script", "src"},
            {"iframe", "src"}, {"source", "src"}, {"video", "src", "poster"}, {"audio", "src"}, {"track", "src"},
            {"embed", "src"}, {"object", "data"}, {"form", "action"}, {"input", "src"}};
        for (String[] row : table) {
            int tag = HtmlTags.lookup(row[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, row[0].length());
            URL_ATTRS[tag] = new PackedName[row.length - 1];
            URL_LABELS[tag] = new String[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                URL_ATTRS[tag][i - 1] = PackedName.of(row[i]);
                URL_LABELS[tag][i - 1] = row[0] + "[" + row[i] + "]";
            }
        }
    }

    private ElementRefs() {
    }

    static void add(List<PageFacts.Ref> refs, int tag, HtmlTokenizer t, BytePositions at, boolean inMain) {
        int start = t.start();
        if (tag == HtmlTags.META && t.attrs().getOrEmpty(HTTP_EQUIV).equalsIgnoreCase("refresh")) {
            String content = t.attrs().getOrEmpty(CONTENT);
            int i = content.toLowerCase(Locale.ROOT).indexOf("url=");
            if (i >= 0) {
                refs.add(new PageFacts.Ref(content.substring(i + 4).strip().replaceAll("^['\"]|['\"]$", ""),
                        "meta[refresh]", at.line(start), at.column(), false));
            }
        }
        PackedName[] urlAttrs = URL_ATTRS[tag];
        if (urlAttrs != null) {
            for (int i = 0; i < urlAttrs.length; i++) {
                String url = t.attrs().get(urlAttrs[i]);
                if (url != null) {
                    refs.add(new PageFacts.Ref(url, URL_LABELS[tag][i], at.line(start), at.column(), inMain));
                }
            }
        }
        if (tag == HtmlTags.IMG || tag == HtmlTags.SOURCE) {
            String srcset = t.attrs().get(SRCSET);
            if (srcset != null) {
                for (String candidate : srcset.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        refs.add(new PageFacts.Ref(url, HtmlTags.NAMES[tag] + "[srcset]", at.line(start), at.column(),
                                inMain));
                    }
                }
            }
        }
        String css = t.attrs().get(STYLE);
        if (css != null && mayHaveUrl(css)) {
            refs.addAll(CssScanner.refs(css, t.tagName() + "[style]", at.line(start), at.column()));
        }
    }

    /** Whether CSS may hold a reference (the scanner's patterns need {@code url(} or {@code @import}). */
    private static boolean mayHaveUrl(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        return lower.contains("url(") || lower.contains("@import");
    }
}
