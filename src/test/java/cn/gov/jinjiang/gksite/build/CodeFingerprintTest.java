package cn.gov.jinjiang.gksite.build;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {
    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries, String comment) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(0));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (comment != null) {
                zip.setComment(comment);
            }
        }
        return jar;
    }

    @Test
    void aJarsFingerprintFollowsEveryEntrysBytesAndNothingElse() throws IOException {
        Map<String, String> classes = Map.of("a/A.class", "甲的字节", "a/B.class", "乙的字节", "t/page.peb", "{{ x }}");
        String a = CodeFingerprint.of(jar("a.jar", classes, null));
        assertThat(a).hasSize(64);
        // the same entries in another file, moved, or touched: the same code
        Path copy = Files.copy(dir.resolve("a.jar"), dir.resolve("copy.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(1));
        assertThat(CodeFingerprint.of(copy)).isEqualTo(a);
        // one byte of one entry changed: other code
        Map<String, String> changed = new TreeMap<>(classes);
        changed.put("a/B.class", "乙的字节!");
        assertThat(CodeFingerprint.of(jar("b.jar", changed, null))).isNotEqualTo(a);
        Map<String, String> same = new TreeMap<>(classes);
        same.put("a/B.class", "乙的字节");
        assertThat(CodeFingerprint.of(jar("c.jar", same, null))).isEqualTo(a);
    }

    @Test
    void aJarWithACommentIsWalkedEntryByEntryAndStillFollowsTheBytes() throws IOException {
        Map<String, String> classes = Map.of("a/A.class", "甲的字节");
        String a = CodeFingerprint.of(jar("a.jar", classes, "注释"));
        assertThat(a).hasSize(64).isEqualTo(CodeFingerprint.of(jar("b.jar", classes, "注释")));
        assertThat(CodeFingerprint.of(jar("c.jar", Map.of("a/A.class", "甲的字节?"), "注释")))
                .isNotEqualTo(a);
    }

    @Test
    void aFolderFollowsItsFilesAndWhatIsNotCodeHasNoFingerprint() {
        Path classes = dir.resolve("classes");
        TestSites.write(classes.resolve("a/A.class"), "甲");
        String a = CodeFingerprint.of(classes);
        assertThat(a).hasSize(64).isEqualTo(CodeFingerprint.of(classes));
        TestSites.write(classes.resolve("a/A.class"), "乙");
        assertThat(CodeFingerprint.of(classes)).isNotEqualTo(a);

        TestSites.write(dir.resolve("not.jar"), "不是 jar");
        assertThat(CodeFingerprint.of(dir.resolve("not.jar"))).isNull();
        TestSites.write(dir.resolve("empty.jar"), "");
        assertThat(CodeFingerprint.of(dir.resolve("empty.jar"))).isNull();
        assertThat(CodeFingerprint.of(dir.resolve("missing.jar"))).isNull();
    }

    @Test
    void aClassWithoutALocationIsFingerprintedByItsOneJarOnTheClassPath() throws IOException {
        // String has no code source location, as a class mapped from an AOT cache trained with a relative -jar may not
        Path holds = jar("holds.jar", Map.of("java/lang/String.class", "字节"), null);
        assertThat(CodeFingerprint.of(String.class, holds.toString()))
                .hasSize(64)
                .isEqualTo(CodeFingerprint.of(holds));
        Path other = jar("other.jar", Map.of("a/A.class", "甲"), null);
        assertThat(CodeFingerprint.of(String.class, other.toString())).isNull();
        assertThat(CodeFingerprint.of(String.class, holds + File.pathSeparator + other))
                .isNull();
        assertThat(CodeFingerprint.of(String.class, "")).isNull();
        assertThat(CodeFingerprint.of(String.class, dir.resolve("missing.jar").toString()))
                .isNull();
        TestSites.write(dir.resolve("not.jar"), "不是 jar");
        assertThat(CodeFingerprint.of(String.class, dir.resolve("not.jar").toString()))
                .isNull();
        // a class with a location is fingerprinted by it, whatever the class path says
        assertThat(CodeFingerprint.of(CodeFingerprintTest.class, holds.toString()))
                .isEqualTo(CodeFingerprint.of(CodeFingerprintTest.class));
    }
}
