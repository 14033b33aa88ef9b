package cn.gov.jinjiang.gksite.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Test sites: the repository's own site, fixtures under src/test/resources/sites/, or inline text sites,
 * each copied into a temporary folder with the repository's portal theme beside it.
 */
public final class TestSites {
    /** The repository root (tests run from it). */
    public static final Path REPO = Path.of("").toAbsolutePath();

    /** The runnable jar {@code mvn package} built. */
    public static final Path JAR = REPO.resolve("target/gksite.jar");

    /**
     * {@code java -Dfile.encoding=UTF-8 <jvm> -jar gksite.jar <args>} with the Java running the tests: gksite run as
     * editors run it, in a process of its own.
     */
    public static List<String> jarCommand(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8"));
        cmd.addAll(jvm);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private TestSites() {}

    /** A copy of the repository's own site (site.yaml, content/, themes/) in {@code dir}. */
    public static Path repoSite(Path dir) {
        copyTree(REPO.resolve("content"), dir.resolve("content"));
        copyTree(REPO.resolve("themes"), dir.resolve("themes"));
        copyFile(REPO.resolve("site.yaml"), dir.resolve("site.yaml"));
        return dir;
    }

    /**
     * Test values for the footer's placeholders of the repository's site.yaml (the operator fills in the real ones
     * before the first publish, which refuses a placeholder).
     */
    private static final Map<String, String> FOOTER_VALUES = Map.of(
            "organizer",
            "晋江市人民政府办公室",
            "site_code",
            "\"3505820000\"",
            "icp",
            "测ICP备00000000号",
            "police",
            "测公网安备00000000000000号",
            "error_report_url",
            "\"\"",
            "conac_url",
            "\"\"",
            "index_prefix",
            "\"\"");

    /**
     * A copy of the repository's own site whose site.yaml footer has values where the repository has
     * placeholders ({@code 待填写：…}): a site {@code publish} accepts.
     */
    public static Path publishableRepoSite(Path dir) {
        repoSite(dir);
        Path yaml = dir.resolve("site.yaml");
        StringBuilder sb = new StringBuilder();
        for (String line : read(yaml).split("\n", -1)) {
            Matcher m = Pattern.compile("^(\\s+)(\\w+):\\s*待填写.*$").matcher(line);
            if (m.matches()) {
                String value = FOOTER_VALUES.get(m.group(2));
                if (value == null) {
                    throw new IllegalStateException("no test value for the placeholder of " + m.group(2));
                }
                line = m.group(1) + m.group(2) + ": " + value;
            }
            sb.append(line).append('\n');
        }
        write(yaml, sb.substring(0, sb.length() - 1));
        return dir;
    }

    /** Skips the test when {@code program} is not on PATH (.ci/run installs rsync and the other tools). */
    public static void assumeInstalled(String program) {
        Assumptions.assumeTrue(
                Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program))),
                program + " is not installed: skipping (.ci/run installs it)");
    }

    /** A copy of fixture {@code name} from src/test/resources/sites/, with the portal theme added when it has none. */
    public static Path fixture(String name, Path dir) {
        Path src = REPO.resolve("src/test/resources/sites").resolve(name);
        if (!Files.isDirectory(src)) {
            throw new IllegalArgumentException("no fixture site " + src);
        }
        copyTree(src, dir);
        if (!Files.isDirectory(dir.resolve("themes/portal"))) {
            copyTree(REPO.resolve("themes/portal"), dir.resolve("themes/portal"));
        }
        return dir;
    }

    /**
     * A copy of fixture {@code name} with its reports moved from content/ndbg/ to the portal's report folder
     * content/xxgk/zfxxgkzl/ndbg/ (where gksite ack and new report look for them).
     */
    public static Path portalReports(String name, Path dir) {
        Path site = fixture(name, dir);
        try {
            Files.createDirectories(site.resolve("content/xxgk/zfxxgkzl"));
            Files.move(site.resolve("content/ndbg"), site.resolve("content/xxgk/zfxxgkzl/ndbg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** A minimal valid site.yaml for inline sites. */
    public static final String SITE_YAML = """
            site:
              name: 测试站点
              base_url: http://www.example.gov.cn/
            footer:
              host: 测试单位
              site_code: "1234567890"
              icp: 测ICP备00000000号
              police: 测公网安备00000000000000号
            """;

    /**
     * Writes an inline site: pairs of (relative path, text). A site.yaml is added when none is given, and
     * the portal theme is copied in.
     */
    public static Path inline(Path dir, String... pathsAndTexts) {
        if (pathsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of path and text expected");
        }
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        files.putIfAbsent("site.yaml", SITE_YAML);
        files.forEach((p, t) -> write(dir.resolve(p), t));
        copyTree(REPO.resolve("themes/portal"), dir.resolve("themes/portal"));
        return dir;
    }

    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} with its bytes, keyed by relative path. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Deletes {@code root} and everything below it (a test's own temporary copy). */
    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    copyFile(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
