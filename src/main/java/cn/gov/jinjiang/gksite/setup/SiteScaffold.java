package cn.gov.jinjiang.gksite.setup;

import cn.gov.jinjiang.gksite.config.Placeholders;
import cn.gov.jinjiang.gksite.diag.Diagnostic;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.diag.UrlSchemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a new site ({@code gksite new site}): site.yaml with every value the operator must still fill in
 * written as a placeholder ({@link Placeholders}: a warning while editing, an error for publish), the 政府信息公开
 * column (指南, 目录, 规定, 依申请公开, 年度报告) with its menu.yaml, a .gitignore, VS Code's settings, and optionally a
 * CI template. The texts are resources under {@code setup/site/} (a leading {@code dot-} in a name stands for the
 * dot of a hidden file, which Maven would leave out of the jar); their {@code {{…}}} marks are filled in here.
 * What a new site is written into, and how, is {@link NewFiles}'s.
 */
public final class SiteScaffold {
    /** The body that publishes: sets body_type (and so the annual report's deadline). */
    public enum BodyType {
        /** 人民政府 (its report by 3月31日, 条例第四十九条). */
        GOVERNMENT("government", "3月31日"),
        /** 政府部门 (by 1月31日). */
        DEPARTMENT("department", "1月31日"),
        /** 乡镇人民政府、街道办事处 (by 1月31日, to the county's 主管部门, like a department). */
        TOWN("town", "1月31日");

        private final String yaml;
        private final String deadline;

        BodyType(String yaml, String deadline) {
            this.yaml = yaml;
            this.deadline = deadline;
        }

        /** The value of site.yaml's body_type. */
        public String yaml() {
            return yaml;
        }
    }

    /** Where the site's CI runs: the template added to the new site. */
    public enum Ci {
        GITLAB("dot-gitlab-ci.yml"),
        GITHUB("dot-github/workflows/gksite.yml");

        private final String template;

        Ci(String template) {
            this.template = template;
        }
    }

    /**
     * What {@code gksite new site} was asked for.
     *
     * @param organisation the publishing body's full name (validated by {@link #organisation}), or empty for a
     *                     placeholder
     */
    public record Options(Optional<String> organisation, BodyType bodyType, Optional<Ci> ci) {
        public Options {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(bodyType, "bodyType");
            Objects.requireNonNull(ci, "ci");
        }
    }

    /** The templates every new site gets, by the name of their resource (and so of the file they make). */
    static final List<String> TEMPLATES = List.of(
            "site.yaml",
            "dot-gitignore",
            "dot-vscode/settings.json",
            "dot-vscode/extensions.json",
            "content/index.md",
            "content/xxgk/index.md",
            "content/xxgk/zfxxgkzl/index.md",
            "content/xxgk/zfxxgkzl/menu.yaml",
            "content/xxgk/zfxxgkzl/zn/index.md",
            "content/xxgk/zfxxgkzl/ml/index.md",
            "content/xxgk/zfxxgkzl/zd/index.md",
            "content/xxgk/zfxxgkzl/ysqgk/index.md",
            "content/xxgk/zfxxgkzl/ndbg/index.md");

    private static final Pattern MARK = Pattern.compile("\\{\\{([a-z_-]+)(?::([^}]*))?}}");
    /** A body's name as it may appear in site.yaml and on every page: one line of words, no markup. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}（）()·・、—－ -]{1,60}");

    /** The files of a new site, in a fixed order, each with its path ('/' separated) below the site folder. */
    public List<NewFiles.NewFile> files(Options options) {
        List<String> names = new ArrayList<>(TEMPLATES);
        options.ci().ifPresent(ci -> names.add(ci.template));
        List<NewFiles.NewFile> out = new ArrayList<>();
        for (String name : names) {
            String path = name.replaceAll("(^|/)dot-", "$1.");
            out.add(new NewFiles.NewFile(path, fill(read(name), options).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * The body's name as given to {@code --org}, stripped, or a {@code setup.org} error: it goes into site.yaml and
     * onto every page, so it must be one line of words (Chinese, letters, digits, spaces, brackets, · 、 —).
     */
    public static String organisation(String given) {
        String name = given.strip();
        if (!NAME.matcher(name).matches()) {
            throw new DiagnosticException(Diagnostic.error(
                    "setup.org",
                    SourcePos.of("--org"),
                    "--org 应为单位的全称（1 到 60 个字，只含汉字、字母、数字、空格、括号和 · 、 —），实为“" + UrlSchemes.shown(name) + "”。",
                    "例如：--org 晋江市审计局"));
        }
        return name;
    }

    private static String fill(String template, Options o) {
        Matcher m = MARK.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String arg = m.group(2);
            String value = switch (m.group(1)) {
                // quoted: a name may hold what YAML reads otherwise (a leading "-", say)
                case "organisation" ->
                    o.organisation().map(n -> "\"" + n + "\"").orElse(Placeholders.pending("本机关的全称（如：晋江市审计局）"));
                case "body_type" -> o.bodyType().yaml();
                case "deadline" -> o.bodyType().deadline;
                // a valid address (the build checks it) that still holds the placeholder mark
                case "pending-url" -> "http://" + Placeholders.PENDING + ".gov.cn/";
                case "pending" -> Placeholders.pending(Objects.requireNonNull(arg, "pending needs its text"));
                case "fill" -> Placeholders.fill(Objects.requireNonNull(arg, "fill needs its text"));
                default -> throw new IllegalStateException("unknown mark " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = SiteScaffold.class.getResourceAsStream("site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("gksite's jar lacks the new-site template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
