package cn.gov.jinjiang.gksite;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code the main code can emit has a test that produces it (issue 15). The codes are read from
 * src/main/java, not from a list kept by hand: every string literal shaped like a code, plus the
 * {@code prefix.type} and {@code prefix.unknown-key} codes that {@code YamlMap} builds from the prefix its
 * callers pass. Each code needs a fixture site {@code invalid-|warn-|info-<code>[-variant]} under
 * src/test/resources/sites/ that a test names, or, for codes no site can produce (commands other than build,
 * publishing, the preview server, the importer), a focused test named in {@link #FOCUSED} whose source
 * contains the code. What has neither is listed in {@link #UNTESTED} with the reason; that list may only shrink.
 */
class DiagnosticCodesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Path SITES = Path.of("src/test/resources/sites");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CODE = Pattern.compile("[a-z]+(?:\\.[a-zA-Z0-9][a-zA-Z0-9-]*)+");
    /** File names are the other literals shaped like a code: data.yaml, index.html, report.docx … */
    private static final Set<String> FILE_TYPES = Set.of(
            "yaml", "yml", "html", "htm", "md", "json", "xml", "txt", "csv", "peb", "docx", "doc", "pdf", "css", "js",
            "png");

    private static final Pattern YAML_READ = Pattern.compile("YamlMap\\.read\\(");
    private static final Pattern YAML_STRING = Pattern.compile("\\.string\\(");
    private static final Pattern PROPERTY = Pattern.compile("System\\.getProperty\\(\\s*\"([^\"]+)\"");

    /** Codes produced by commands and parts a site cannot reach, and the tests that produce them. */
    static final Map<String, List<String>> FOCUSED = new TreeMap<>(Map.ofEntries(
            Map.entry("check.external-broken", List.of("check/ExternalLinkProbeIT")),
            Map.entry("content.changed", List.of("content/BodyTest")),
            Map.entry("check.external-redirect", List.of("check/ExternalLinkProbeIT")),
            Map.entry("check.external-unreachable", List.of("check/ExternalLinkProbeIT")),
            Map.entry("check.site-missing", List.of("cli/MainTest")),
            // a file or link in the build cache's place that is not gksite's: no fixture site has a .gksite/
            Map.entry("cache.unusable", List.of("build/MarkdownCacheTest")),
            Map.entry("cli.usage", List.of("cli/MainTest")),
            // --body of new page, new report, import report and ack: an id site.yaml does not list, or no bodies
            Map.entry("cli.body-unknown", List.of("cli/BodyCommandsTest")),
            Map.entry("cli.body-none", List.of("cli/BodyCommandsTest")),
            Map.entry("content.body-path", List.of("cli/BodyCommandsTest", "content/PagePlaceTest")),
            // git keeps no symbolic links in a fixture that TestSites copies: the tests make them
            Map.entry("config.symlink", List.of("build/SymlinkSitesTest")),
            Map.entry("content.symlink", List.of("build/SymlinkSitesTest")),
            Map.entry("theme.symlink", List.of("build/SymlinkSitesTest")),
            // a GBK page in the repository would break the tests that read every page there as UTF-8
            Map.entry("content.encoding", List.of("build/InvalidSitesTest")),
            Map.entry("content.exists", List.of("cli/NewPageCommandTest")),
            Map.entry("content.index-prefix", List.of("cli/NewPageCommandTest")),
            Map.entry("content.path", List.of("cli/NewPageCommandTest")),
            Map.entry("report.exists", List.of("cli/ReportCommandsTest")),
            Map.entry("report.carry-over", List.of("cli/ReportCommandsTest")),
            // a fixture always gets the portal theme, so a missing theme of its own falls back to it
            Map.entry("render.theme-missing", List.of("build/TemplateErrorsTest")),
            Map.entry("import.damaged", List.of("report/ImportFileTest")),
            Map.entry("import.empty", List.of("report/ImportFileTest")),
            Map.entry("import.image", List.of("report/ImportFileTest")),
            Map.entry("import.not-docx", List.of("report/ImportFileTest")),
            Map.entry("import.not-text", List.of("report/ImportFileTest")),
            Map.entry("import.old-word", List.of("report/ImportFileTest")),
            Map.entry("import.too-large", List.of("report/ImportFileTest")),
            Map.entry("import.encrypted", List.of("report/PdfImportTest")),
            Map.entry("import.scanned", List.of("report/PdfImportTest")),
            Map.entry("import.missing-row", List.of("report/ReportImporterTest")),
            Map.entry("import.not-report", List.of("report/ReportImporterTest")),
            Map.entry("import.unplaced", List.of("report/ReportImporterTest")),
            Map.entry("import.year", List.of("cli/ImportCommandTest")),
            Map.entry("io.read", List.of("report/ImportFileTest")),
            Map.entry("io.write", List.of("publish/PublishRecordTest")),
            Map.entry("output.busy", List.of("output/SiteSwapTest")),
            Map.entry("output.refused", List.of("output/OutputGuardTest")),
            Map.entry("publish.disk-full", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.interrupted", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.permission-denied", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.rsync-failed", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.ssh-missing", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.target-changed", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.target-parent-missing", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.unreachable", List.of("publish/RsyncFailureTest")),
            Map.entry("publish.log-corrupt", List.of("publish/PublishRecordTest")),
            Map.entry("publish.rsync-missing", List.of("publish/PublisherTest")),
            Map.entry("publish.target-missing", List.of("publish/RsyncTargetTest")),
            Map.entry("publish.target-unsafe", List.of("publish/RsyncTargetTest")),
            Map.entry("publish.target-unmarked", List.of("publish/LocalPublishIT")),
            Map.entry("publish.too-many-deletions", List.of("publish/LocalPublishIT")),
            Map.entry("serve.port-in-use", List.of("cli/ServeCommandIT", "serve/DevServerTest")),
            Map.entry("serve.start", List.of("serve/DevServerTest")),
            Map.entry("markdown.unclosed-html", List.of("markdown/PageSanitizerTest")),
            Map.entry("publish.empty", List.of("publish/PublisherTest")),
            // gksite schemas: a file of the same name that gksite did not write is never replaced
            Map.entry("schemas.refused", List.of("build/SchemasTest")),
            // gksite new site and gksite hook install: refusals of the commands
            Map.entry("setup.not-empty", List.of("setup/NewFilesTest")),
            Map.entry("setup.refused", List.of("setup/NewFilesTest")),
            Map.entry("setup.org", List.of("setup/SiteScaffoldTest")),
            Map.entry("hook.exists", List.of("setup/HookInstallerTest")),
            Map.entry("hook.no-git", List.of("setup/HookInstallerTest")),
            // the limits: a fixture would hold megabytes or a line of 100,000 characters; the tests write them
            Map.entry("content.too-large", List.of("markdown/MarkdownLimitsTest", "config/YamlLimitsTest")),
            Map.entry("markdown.line-too-long", List.of("markdown/MarkdownLimitsTest")),
            Map.entry("markdown.too-deep", List.of("markdown/MarkdownLimitsTest")),
            Map.entry("yaml.line-too-long", List.of("config/YamlLimitsTest")),
            Map.entry("yaml.alias", List.of("config/YamlLimitsTest")),
            Map.entry("config.pattern", List.of("build/HostileInputSitesTest")),
            // gksite's own failures, provoked by the tests
            Map.entry("internal.error", List.of("markdown/MarkdownStageTest", "serve/RebuilderTest")),
            Map.entry("internal.memory", List.of("serve/RebuilderTest")),
            // gksite ack: refusals of the command, and entries of ack.yaml of the wrong shape
            Map.entry("ack.position", List.of("cli/AckCommandTest")),
            Map.entry("ack.no-finding", List.of("cli/AckCommandTest")),
            Map.entry("ack.no-report", List.of("cli/AckCommandTest")),
            Map.entry("ack.option", List.of("cli/AckCommandTest")),
            Map.entry("ack.nothing", List.of("cli/AckCommandTest")),
            Map.entry("ack.ambiguous", List.of("cli/AckCommandTest")),
            Map.entry("import.pdf-text", List.of("report/PdfImportTest")),
            Map.entry("ack.refused", List.of("cli/AckCommandTest")),
            Map.entry("report.ack.type", List.of("cli/AckCommandTest")),
            Map.entry("report.ack.unknown-key", List.of("cli/AckCommandTest"))));

    /** Codes with no test yet, and why. Only ever remove entries. */
    static final Map<String, String> UNTESTED = new TreeMap<>(Map.of());

    @Test
    void everyCodeHasAFixtureSiteOrAFocusedTest() {
        Set<String> codes = emittedCodes();
        String tests = testSources();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            boolean fixture = fixtures(code, codes).stream().anyMatch(f -> mentions(tests, f));
            boolean focused = FOCUSED.containsKey(code)
                    && FOCUSED.get(code).stream()
                            .allMatch(t -> mentions(
                                    TestSites.read(TESTS.resolve("cn/gov/jinjiang/gksite/" + t + ".java")), code));
            if (!fixture && !focused && !UNTESTED.containsKey(code)) {
                missing.add(code);
            }
        }
        assertThat(missing)
                .as("codes with no fixture site (sites/invalid-<code>, warn-<code>, info-<code>, named "
                        + "by a test) and no focused test")
                .isEmpty();
    }

    @Test
    void theExceptionListsNameOnlyCodesThatExistAndNeedThem() {
        Set<String> codes = emittedCodes();
        String tests = testSources();
        assertThat(FOCUSED.keySet())
                .as("focused tests for codes the main code no longer emits")
                .isSubsetOf(codes);
        assertThat(UNTESTED.keySet())
                .as("untested codes the main code no longer emits")
                .isSubsetOf(codes);
        assertThat(UNTESTED.keySet().stream()
                        .filter(c -> FOCUSED.containsKey(c)
                                || fixtures(c, codes).stream().anyMatch(f -> mentions(tests, f))))
                .as("codes listed as untested that have a test now: remove them from UNTESTED")
                .isEmpty();
    }

    @Test
    void theScanFindsTheCodesEveryWayTheyAreWritten() {
        // a literal passed straight to Diagnostic, a constant, and the two codes YamlMap builds from a prefix
        assertThat(emittedCodes())
                .contains(
                        "report.R3",
                        "markdown.raw-html",
                        "content.symlink",
                        "theme.symlink",
                        "config.placeholder",
                        "report.schema.unknown-key",
                        "render.menu.type",
                        "content.unknown-key",
                        "config.type")
                .doesNotContain("report.schema", "render.menu", "data.yaml", "report.docx", "os.name");
    }

    @Test
    void everyCodeIsInReadmesTable() {
        String readme = TestSites.read(Path.of("README.md"));
        Set<String> rows = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z]+(?:\\.[a-zA-Z0-9*-]+)+)`").matcher(readme);
        while (m.find()) {
            rows.add(m.group(1));
        }
        List<String> undocumented = emittedCodes().stream()
                .filter(c -> !rows.contains(c)
                        && rows.stream()
                                .noneMatch(r -> r.endsWith(".*") && c.startsWith(r.substring(0, r.length() - 1))))
                .toList();
        assertThat(undocumented).as("codes missing from README's code table").isEmpty();
    }

    /** Fixture folders for {@code code}: the exact name, or a variant whose suffix does not make another code. */
    private static List<String> fixtures(String code, Set<String> codes) {
        try (Stream<Path> s = Files.list(SITES)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> {
                        String rest = n.replaceFirst("^(invalid|warn|info)-", "");
                        return !rest.equals(n)
                                && (rest.equals(code)
                                        || rest.startsWith(code + "-")
                                                && codes.stream()
                                                        .noneMatch(c ->
                                                                rest.startsWith(c + "-") && c.length() > code.length()
                                                                        || rest.equals(c)));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code text} has {@code word} standing alone (not as part of a longer code or name). */
    private static boolean mentions(String text, String word) {
        return Pattern.compile("(?<![A-Za-z0-9.-])" + Pattern.quote(word) + "(?![A-Za-z0-9-]|\\.[A-Za-z0-9])")
                .matcher(text)
                .find();
    }

    static Set<String> emittedCodes() {
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        Set<String> properties = new TreeSet<>();
        for (String source : javaFiles(MAIN)) {
            String code = withoutComments(source);
            Matcher lit = LITERAL.matcher(code);
            while (lit.find()) {
                literals.add(lit.group(1));
            }
            Matcher p = PROPERTY.matcher(code);
            while (p.find()) {
                properties.add(p.group(1));
            }
            for (List<String> args : calls(code, YAML_READ)) {
                if (args.size() == 6 && args.get(4).startsWith("\"")) {
                    String prefix = unquote(args.get(4));
                    prefixes.add(prefix);
                    codes.add(prefix + ".type");
                    if (!args.get(3).equals("null")) {
                        codes.add(prefix + ".unknown-key");
                    }
                }
            }
            for (List<String> args : calls(code, YAML_STRING)) {
                if (args.size() == 3 && args.get(2).startsWith("\"")) {
                    prefixes.add(unquote(args.get(2)));
                    codes.add(unquote(args.get(2)) + ".type");
                }
            }
        }
        for (String l : literals) {
            String last = l.substring(l.lastIndexOf('.') + 1);
            if (CODE.matcher(l).matches()
                    && !FILE_TYPES.contains(last)
                    && !l.startsWith("cn.gov.jinjiang.gksite.")
                    && !prefixes.contains(l)
                    && !properties.contains(l)) {
                codes.add(l);
            }
        }
        return codes;
    }

    /** The argument lists (top-level commas split, trimmed) of every call that {@code start} finds. */
    private static List<List<String>> calls(String code, Pattern start) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = start.matcher(code);
        while (m.find()) {
            List<String> args = new ArrayList<>();
            int depth = 0;
            StringBuilder arg = new StringBuilder();
            for (int i = m.end(); i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '"') {
                    int j = i + 1;
                    while (code.charAt(j) != '"') {
                        j += code.charAt(j) == '\\' ? 2 : 1;
                    }
                    arg.append(code, i, j + 1);
                    i = j;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
                    args.add(arg.toString().strip());
                    break;
                } else if (c == ',' && depth == 0) {
                    args.add(arg.toString().strip());
                    arg.setLength(0);
                    continue;
                }
                arg.append(c);
            }
            out.add(args);
        }
        return out;
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    /** Java source without comments; string literals (which may hold "//") are kept whole. */
    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(s, i, Math.min(j + 1, s.length()));
                i = j;
            } else if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) - 1;
                if (i < 0) {
                    break;
                }
            } else if (s.startsWith("/*", i)) {
                i = s.indexOf("*/", i + 2) + 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String testSources() {
        return String.join("\n", javaFiles(TESTS));
    }

    private static List<String> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .map(TestSites::read)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
