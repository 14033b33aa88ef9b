package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinjiang.gksite.config.schema.JsonSchemaWriter;
import cn.gov.jinjiang.gksite.content.FrontMatterSplitter;
import cn.gov.jinjiang.gksite.diag.DiagnosticException;
import cn.gov.jinjiang.gksite.testing.JsonSchemas;
import cn.gov.jinjiang.gksite.testing.TestSites;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schemas of {@code gksite schemas}, checked with a real validator (networknt, draft-07): they are valid
 * schemas, always the same bytes, accept every file of the sample site and refuse each fixture the loaders refuse for
 * a key, type, allowed value or required key, and only in the file the loader names.
 */
class SchemasTest {
    private static final Path SITES = Path.of("src/test/resources/sites");
    private static final Map<String, Schema> SCHEMAS = new TreeMap<>();

    static {
        Schemas.files().forEach((name, json) -> SCHEMAS.put(name, JsonSchemas.load(json)));
    }

    /**
     * Fixtures whose error no schema can see, and why; every other fixture is in {@link #refusedByTheSchema}.
     * A new fixture must be put in one of the two.
     */
    private static final Map<String, String> NOT_A_SCHEMA_MATTER = new TreeMap<>(Map.ofEntries(
            Map.entry("invalid-report.schema.year", "年度 differs from the folder's year, which the file does not hold"),
            Map.entry("invalid-config.url-scheme", "an address's scheme (javascript:) is a safety rule, not a type"),
            Map.entry(
                    "invalid-render.menu.url-scheme", "an address's scheme (javascript:) is a safety rule, not a type"),
            Map.entry("invalid-config.missing", "no site.yaml at all"),
            Map.entry("invalid-config.body-duplicate", "two bodies, one id"),
            Map.entry("invalid-config.body-folder-overlap", "two bodies' folders that overlap"),
            Map.entry("invalid-content.url", "an address's form is checked against the site's files"),
            Map.entry("invalid-content.url-duplicate", "two pages, one address"),
            Map.entry("invalid-content.date-future", "a date after today"),
            Map.entry("invalid-content.index-no", "the 索引号 form comes from the site's own site.yaml"),
            Map.entry("invalid-content.index-no-duplicate", "two pages, one 索引号"),
            Map.entry("invalid-content.index-no-year", "two keys that must agree"),
            Map.entry("invalid-content.index-no-body", "the 索引号's 机构代码 comes from the body in site.yaml"),
            Map.entry("warn-content.publisher-body", "the 发布机构 comes from the body in site.yaml"),
            Map.entry("invalid-content.doc-no", "the form of a 文号"),
            Map.entry("invalid-content.validity", "the values of 有效性 come from the site's own site.yaml"),
            Map.entry("invalid-content.topic", "the values of 主题分类 come from the site's own site.yaml"),
            Map.entry("invalid-content.interprets-unknown", "a page that does not exist"),
            Map.entry("invalid-content.replaces-unknown", "a page that does not exist"),
            Map.entry("invalid-render.layout-unknown", "the layouts are the theme's templates"),
            Map.entry("invalid-report.year", "a report page outside a year's folder"),
            Map.entry("invalid-report.data-missing", "no data.yaml at all"),
            Map.entry("invalid-report.R14", "the narrative's headings, in index.md's body"),
            Map.entry("warn-report.R14", "the narrative cites an old statute, in index.md's body"),
            Map.entry(
                    "invalid-report.R8", "an empty cell [20, , 0] is no YAML: the editor's YAML parser underlines it"),
            Map.entry("invalid-content.filename", "a file's name"),
            Map.entry("invalid-content.frontmatter-unclosed", "no end of the front matter: Markdown, not YAML"),
            Map.entry("invalid-content.missing", "no content/ at all"),
            Map.entry("warn-content.unlisted", "a page no list shows"),
            Map.entry("warn-config.placeholder", "a value still to be filled in is a value of the right type"),
            Map.entry("warn-content.placeholder", "a value still to be filled in is a value of the right type")));

    @Test
    void theSchemasAreValidDraft7DocumentsAndAlwaysTheSameBytes() {
        Map<String, String> files = Schemas.files();
        assertThat(files).containsOnlyKeys(Schemas.SITE, Schemas.MENU, Schemas.FRONT_MATTER, Schemas.REPORT_DATA);
        files.forEach((name, json) -> {
            assertThat(JsonSchemas.metaErrors(json)).as(name).isEmpty();
            assertThat(json)
                    .as(name)
                    .startsWith("{\n  \"$comment\": ")
                    .endsWith("}\n")
                    .contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"");
        });
        assertThat(Schemas.files()).isEqualTo(files);
    }

    @Test
    void theSampleSiteAndTheValidFixturesPass() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path root : List.of(
                TestSites.REPO,
                SITES.resolve("valid-report"),
                SITES.resolve("valid-report.two-years"),
                SITES.resolve("reports-two-years"))) {
            Map<Path, String> files = schemaFiles(root);
            checked += files.size();
            files.forEach((file, schema) -> problems.addAll(errors(root, file, schema)));
        }
        assertThat(problems).isEmpty();
        // site.yaml, the menu, the report's data and every page of the sample site at least
        assertThat(checked).isGreaterThan(28);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "invalid-config.base-url,       site.yaml",
        "invalid-config.body-type,      site.yaml",
        "invalid-config.body-type-kind, site.yaml",
        "invalid-config.body-folder,    site.yaml",
        "invalid-config.footer-missing, site.yaml",
        "invalid-config.required,       site.yaml",
        "invalid-config.severity,       site.yaml",
        "invalid-config.type,           site.yaml",
        "warn-config.unknown-key,       site.yaml",
        "invalid-content.title-missing, content/xxgk/index.md",
        "invalid-content.type,          content/a.md",
        "warn-content.unknown-key,      content/a.md",
        "invalid-render.menu.required,  content/tz/menu.yaml",
        "invalid-render.menu.type,      content/tz/menu.yaml",
        "warn-render.menu.unknown-key,  content/tz/menu.yaml",
        "invalid-report.R7,             content/ndbg/2025/data.yaml",
        "invalid-report.R8-slash,       content/ndbg/2025/data.yaml",
        "invalid-report.schema.columns, content/ndbg/2025/data.yaml",
        "invalid-report.schema.missing, content/ndbg/2025/data.yaml",
        "invalid-report.schema.type,    content/ndbg/2025/data.yaml",
        "invalid-report.schema.unknown-key, content/ndbg/2025/data.yaml",
    })
    void refusedByTheSchema(String fixture, String refused) {
        Path root = SITES.resolve(fixture);
        Map<Path, String> files = schemaFiles(root);
        assertThat(files).as("the files of %s a schema covers", fixture).containsKey(root.resolve(refused));
        files.forEach((file, schema) -> {
            List<String> errors = errors(root, file, schema);
            if (file.equals(root.resolve(refused))) {
                assertThat(errors).as("%s: %s", fixture, refused).isNotEmpty();
            } else {
                assertThat(errors)
                        .as("%s: %s is fine", fixture, root.relativize(file))
                        .isEmpty();
            }
        });
    }

    /** Every fixture the loaders refuse is either refused by a schema (above) or listed with its reason. */
    @Test
    void everyInvalidFixtureIsDecided() throws IOException {
        String self = Files.readString(Path.of("src/test/java/cn/gov/jinjiang/gksite/build/SchemasTest.java"));
        List<String> undecided = new ArrayList<>();
        try (Stream<Path> s = Files.list(SITES)) {
            for (String name : s.map(p -> p.getFileName().toString()).sorted().toList()) {
                boolean schemaish =
                        name.matches("(invalid|warn)-(config|content|render\\.menu|report\\.schema|report\\.R[78]"
                                + "|report\\.R14|report\\.year|report\\.data-missing|render\\.layout).*");
                if (schemaish && !NOT_A_SCHEMA_MATTER.containsKey(name) && !self.contains("\"" + name + ",")) {
                    undecided.add(name);
                }
            }
        }
        assertThat(undecided)
                .as("fixtures neither refused by a schema nor listed in NOT_A_SCHEMA_MATTER")
                .isEmpty();
        assertThat(NOT_A_SCHEMA_MATTER.keySet())
                .allSatisfy(f -> assertThat(SITES.resolve(f)).isDirectory());
    }

    @Test
    void writesTheFilesAndReplacesOnlyItsOwn(@TempDir Path dir) throws IOException {
        Path out = dir.resolve(".gksite/schemas");
        List<Path> written = Schemas.write(out);
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(Schemas.FRONT_MATTER, Schemas.MENU, Schemas.REPORT_DATA, Schemas.SITE);
        for (Path p : written) {
            assertThat(Files.readString(p))
                    .isEqualTo(Schemas.files().get(p.getFileName().toString()));
        }
        // an older version of its own file is replaced
        Files.writeString(out.resolve(Schemas.SITE), "{\"$comment\": \"" + JsonSchemaWriter.COMMENT + "\"}");
        assertThat(Schemas.write(out)).hasSize(4);
        assertThat(Files.readString(out.resolve(Schemas.SITE)))
                .isEqualTo(Schemas.files().get(Schemas.SITE));
        // a file gksite did not write, or a link, is never replaced, and nothing else is written either
        Files.writeString(out.resolve(Schemas.MENU), "{\"mine\": true}");
        Files.delete(out.resolve(Schemas.SITE));
        assertThatThrownBy(() -> Schemas.write(out))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("schemas.refused"));
        assertThat(out.resolve(Schemas.SITE)).doesNotExist();
        assertThat(Files.readString(out.resolve(Schemas.MENU))).isEqualTo("{\"mine\": true}");
        Files.delete(out.resolve(Schemas.MENU));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.json"), "{}");
        Files.createSymbolicLink(out.resolve(Schemas.MENU), elsewhere);
        assertThatThrownBy(() -> Schemas.write(out)).isInstanceOf(DiagnosticException.class);
        assertThat(Files.readString(elsewhere)).isEqualTo("{}");
        // nothing goes into a system or a home folder, even by a link
        for (Path refused : List.of(
                Path.of("/etc"),
                Path.of("/usr/share/gksite-schemas"),
                dir.resolve("home"),
                Files.createSymbolicLink(dir.resolve("to-etc"), Path.of("/etc")))) {
            assertThatThrownBy(() -> Schemas.write(refused, dir.resolve("home")))
                    .as(refused.toString())
                    .isInstanceOfSatisfying(
                            DiagnosticException.class,
                            e -> assertThat(e.diagnostics().get(0).code()).isEqualTo("schemas.refused"));
        }
        assertThat(Path.of("/etc", Schemas.SITE)).doesNotExist();
    }

    /** Each file below {@code root} a schema covers → that schema's name. */
    private static Map<Path, String> schemaFiles(Path root) {
        Map<Path, String> out = new TreeMap<>();
        if (Files.isRegularFile(root.resolve("site.yaml"))) {
            out.put(root.resolve("site.yaml"), Schemas.SITE);
        }
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md")) {
                    out.put(p, Schemas.FRONT_MATTER);
                } else if (name.equals("menu.yaml")) {
                    out.put(p, Schemas.MENU);
                } else if (name.equals("data.yaml")
                        && content.relativize(p)
                                .toString()
                                .replace('\\', '/')
                                .matches("(.*/)?ndbg/\\d{4}/data\\.yaml")) {
                    out.put(p, Schemas.REPORT_DATA);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What the schema finds wrong in one file (a page: in its front matter). */
    private static List<String> errors(Path root, Path file, String schema) {
        String text = TestSites.read(file);
        String yaml = schema.equals(Schemas.FRONT_MATTER)
                ? new FrontMatterSplitter().split(file.toString(), text).yaml()
                : text;
        return JsonSchemas.errors(SCHEMAS.get(schema), yaml).stream()
                .map(e -> root.relativize(file) + " " + e)
                .toList();
    }
}
