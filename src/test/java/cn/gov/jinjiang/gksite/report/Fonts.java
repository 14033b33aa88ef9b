package cn.gov.jinjiang.gksite.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the PDF tests need from the system: a CJK TrueType font to write Chinese (Debian's
 * fonts-droid-fallback) and poppler's pdftotext. .ci/run installs both, so under CI (CI set) a missing one
 * fails the test; on a developer's machine without them the tests are skipped with the package to install.
 */
public final class Fonts {
    private Fonts() {}

    public static void require() {
        requireTool(ReportPdf.FONT, "fonts-droid-fallback");
    }

    public static void requireTool(Path path, String debianPackage) {
        boolean present = Files.isRegularFile(path);
        if (System.getenv("CI") != null && !present) {
            throw new AssertionError(path + " is missing: install Debian's " + debianPackage + " (.ci/run does)");
        }
        assumeTrue(present, path + " is missing: apt-get install " + debianPackage);
    }
}
