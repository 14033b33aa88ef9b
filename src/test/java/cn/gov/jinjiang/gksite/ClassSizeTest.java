package cn.gov.jinjiang.gksite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of src/main is longer than 350 lines: a class that grows past it is doing several jobs, and is
 * split by them (as the renderer is into content, list and theme pages) before it grows further.
 */
class ClassSizeTest {
    private static final int MAX_LINES = 350;

    @Test
    void noClassOverThreeHundredFiftyLines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> l = Files.lines(f)) {
                    lines = l.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.put(main.relativize(f).toString(), lines);
                }
            }
        }
        assertThat(tooLong).as("source files over %d lines", MAX_LINES).isEmpty();
    }
}
