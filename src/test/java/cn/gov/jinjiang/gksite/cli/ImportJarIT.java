package cn.gov.jinjiang.gksite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.report.Fonts;
import cn.gov.jinjiang.gksite.report.ReportPdf;
import cn.gov.jinjiang.gksite.report.ReportSamples;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar (target/gksite.jar, shaded) imports a Word document it wrote itself and a PDF: every class
 * POI and PDFBox load at run time is in it, and their logging prints nothing (stderr holds only gksite's own
 * lines).
 */
class ImportJarIT {
    private static String[] run(Path site, String... args) throws Exception {
        List<String> cmd = TestSites.jarCommand(List.of("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"), args);
        cmd.addAll(List.of("--source", site.toString()));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), out, err};
    }

    @Test
    void theJarImportsItsOwnWordDownloadAndAPdfQuietly(@TempDir Path dir) throws Exception {
        Path site = TestSites.repoSite(dir.resolve("site"));
        String[] build = run(site, "build");
        assertThat(build[0]).as(build[1] + build[2]).isEqualTo("0");
        Path docx = dir.resolve("2025.docx");
        Files.copy(site.resolve("site/xxgk/zfxxgkzl/ndbg/2025/report.docx"), docx);
        String data = TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml"));
        Path folder = site.resolve("content/xxgk/zfxxgkzl/ndbg/2025");
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
        String[] r = run(site, "import", "report", docx.toString());
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        assertThat(r[2]).isEmpty();
        assertThat(TestSites.read(site.resolve("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml")))
                .isEqualTo(data);

        Fonts.require();
        Path pdf = dir.resolve("2022.pdf");
        Files.write(
                pdf, ReportPdf.of(2022, "某某县人民政府2022年政府信息公开工作年度报告", ReportSamples.cells(2022, new Random(9), 0), true));
        r = run(site, "import", "report", pdf.toString());
        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        assertThat(r[2]).isEmpty();
        assertThat(r[1]).contains("表三 25/25 行");
    }
}
