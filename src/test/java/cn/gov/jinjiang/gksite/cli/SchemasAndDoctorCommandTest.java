package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.build.Schemas;
import cn.gov.jinjiang.gksite.testing.JsonLines;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gksite schemas} and {@code gksite doctor} on the command line: what they write and print, and exit codes. */
class SchemasAndDoctorCommandTest {

    @Test
    void schemasWritesIntoTheSitesGksiteFolderOrOut(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir.resolve("site"));
        CliRun cli = new CliRun();
        assertThat(cli.run("schemas", "--source", site.toString())).isEqualTo(ExitCodes.OK);
        Path folder = site.resolve(Schemas.FOLDER);
        for (Map.Entry<String, String> f : Schemas.files().entrySet()) {
            assertThat(Files.readString(folder.resolve(f.getKey()))).isEqualTo(f.getValue());
            assertThat(cli.out()).contains(folder.resolve(f.getKey()).toString());
        }
        assertThat(cli.err()).contains("已写出 4 个 JSON Schema 文件");
        cli.reset();
        Path out = dir.resolve("elsewhere");
        assertThat(cli.run("schemas", "--out", out.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve(Schemas.SITE)).exists();
        // a file of the same name gksite did not write: refused, exit 2, nothing written
        cli.reset();
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve(Schemas.MENU), "{\"mine\": 1}");
        assertThat(cli.run("schemas", "--out", mine.toString())).isEqualTo(ExitCodes.USAGE_OR_ENVIRONMENT);
        assertThat(cli.err()).contains("[schemas.refused]");
        assertThat(Files.readString(mine.resolve(Schemas.MENU))).isEqualTo("{\"mine\": 1}");
        assertThat(mine.resolve(Schemas.SITE)).doesNotExist();
    }

    @Test
    void doctorPrintsOneLinePerCheckAndFailsOnACross(@TempDir Path dir) {
        // the repository's site.yaml still has its footer placeholders: a ✘ with the fix
        Path site = TestSites.repoSite(dir.resolve("site"));
        CliRun cli = new CliRun();
        assertThat(cli.run("doctor", "--source", site.toString())).isEqualTo(ExitCodes.CONTENT_ERRORS);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines)
                .anyMatch(l -> l.startsWith("✔ Java 版本：Java "))
                .anyMatch(l -> l.startsWith("✘ 占位值：site.yaml 中还有"))
                .anyMatch(l -> l.startsWith("    修复：从现网页面底部读取真实值后替换"));
        assertThat(lines).allMatch(l -> l.matches("[✔⚠✘] .+：.+|    修复：.+"));
        assertThat(cli.err()).contains("项未通过");

        cli.reset();
        assertThat(cli.run(
                        "doctor",
                        "--source",
                        TestSites.publishableRepoSite(dir.resolve("ok")).toString(),
                        "--format",
                        "json"))
                .isIn(ExitCodes.OK, ExitCodes.CONTENT_ERRORS);
        List<String> json = cli.out().lines().toList();
        assertThat(json).hasSizeGreaterThanOrEqualTo(6);
        for (String line : json) {
            Map<String, String> o = JsonLines.object(line);
            assertThat(o).containsOnlyKeys("check", "status", "name", "message", "hint");
            assertThat(o.get("status")).isIn("ok", "warning", "error");
        }
        assertThat(json)
                .anyMatch(l -> JsonLines.object(l).get("check").equals("placeholders")
                        && JsonLines.object(l).get("status").equals("ok"));
        assertThat(cli.err()).as("JSON only on stdout, nothing else").isEmpty();
    }
}
