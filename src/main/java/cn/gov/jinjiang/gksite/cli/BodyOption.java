package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.config.Body;
import cn.gov.jinjiang.gksite.config.SiteConfig;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The {@code --body ID} option of {@code new page}, {@code new report}, {@code import report} and {@code ack}: one
 * of the bodies site.yaml lists under {@code bodies:}, by its id exactly as written there. An id that names none
 * ({@code cli.body-unknown}, with the known ids and, for an id differing only in case or a body's name or folder,
 * the id meant) and {@code --body} on a site that lists no bodies ({@code cli.body-none}) are usage errors (exit 2).
 */
final class BodyOption {
    static final String UNKNOWN = "cli.body-unknown";
    static final String NONE = "cli.body-none";
    private static final int QUOTED = 40;

    @Option(
            names = "--body",
            paramLabel = "ID",
            description = "单位代号：site.yaml 中 bodies 的 id，如 sjj（审计局）、dongshi（东石镇）；不写时按路径所在目录确定单位")
    private String id;

    /** The body {@code --body} names, or empty when it is not given. */
    Optional<Body> body(SiteConfig config) {
        return id == null ? Optional.empty() : Optional.of(resolve(config, id));
    }

    /** The listed body whose id is {@code given} (surrounding blanks ignored); throws the usage error otherwise. */
    static Body resolve(SiteConfig config, String given) {
        List<Body> listed = config.bodies().listed();
        String want = given.strip();
        if (listed.isEmpty()) {
            throw new DiagnosticException(Diagnostic.error(
                    NONE,
                    SourcePos.of("site.yaml"),
                    "本站的 site.yaml 没有列出各单位（bodies），不能用 --body。",
                    "去掉 --body：页面、年度报告都属于本站（site.organisation）。要在本站发布各单位的信息，先在 site.yaml 中"
                            + "写 bodies（见 README“site.yaml”一节）。"));
        }
        for (Body b : listed) {
            if (b.id().equals(want)) {
                return b;
            }
        }
        String known = listed.stream().map(b -> b.id() + "（" + b.name() + "）").collect(Collectors.joining("、"));
        String meant = listed.stream()
                .filter(b -> !want.isEmpty()
                        && (b.id().toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))
                                || b.name().equals(want)
                                || b.folder().equals(want.replaceAll("^/+|/+$", ""))
                                || b.folder().endsWith("/" + want)))
                .map(Body::id)
                .findFirst()
                .map(m -> "是否想写 --body " + m + "？")
                .orElse("");
        throw new DiagnosticException(Diagnostic.error(
                UNKNOWN,
                SourcePos.of("site.yaml"),
                (want.isEmpty() ? "--body 的值是空的。" : "site.yaml 的 bodies 中没有代号为“" + quote(want) + "”的单位。") + meant,
                "可用的单位代号（区分大小写）：" + known + "。"));
    }

    /** {@code s} as one short line: control characters shown as ?, long values cut. */
    private static String quote(String s) {
        String one = s.codePoints()
                .map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return one.length() > QUOTED ? one.substring(0, QUOTED) + "…" : one;
    }
}
