package cn.gov.jinjiang.gksite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeClassifierTest {
    private final Path root = Path.of("/srv/site");
    private final ChangeClassifier c = new ChangeClassifier(root);

    private Optional<ChangeKind> kind(String rel) {
        return c.classify(root.resolve(rel));
    }

    @Test
    void classifiesEachKindOfSource() {
        assertThat(kind("site.yaml")).hasValue(ChangeKind.CONFIG);
        assertThat(kind("content/xxgk/index.md")).hasValue(ChangeKind.CONTENT);
        assertThat(kind("content/xxgk/img/logo.png")).hasValue(ChangeKind.CONTENT);
        assertThat(kind("content/xxgk")).hasValue(ChangeKind.CONTENT);
        assertThat(kind("content/xxgk/zfxxgkzl/ndbg/2025/data.yaml")).hasValue(ChangeKind.DATA);
        assertThat(kind("themes/portal/templates/page.peb")).hasValue(ChangeKind.TEMPLATE);
        assertThat(kind("themes/portal/theme.yaml")).hasValue(ChangeKind.TEMPLATE);
        assertThat(kind("themes/portal/static/css/site.css")).hasValue(ChangeKind.THEME_STATIC);
        assertThat(kind("themes/mine")).hasValue(ChangeKind.TEMPLATE);
        // themes/ made or removed whole: the site's overrides of the built-in theme came or went
        assertThat(kind("themes")).hasValue(ChangeKind.TEMPLATE);
    }

    @Test
    void ignoresOutputsAndEditorsTemporaryFiles() {
        assertThat(kind("site/index.html")).isEmpty();
        assertThat(kind(".gksite/manifest-site.tsv")).isEmpty();
        assertThat(kind(".git/index")).isEmpty();
        assertThat(kind("README.md")).isEmpty();
        assertThat(kind("content/xxgk/.index.md.swp")).isEmpty();
        assertThat(kind("content/xxgk/index.md~")).isEmpty();
        assertThat(kind("content/xxgk/~$report.md")).isEmpty();
        assertThat(kind("content/xxgk/x.tmp")).isEmpty();
        assertThat(kind("themes/portal/templates/.page.peb.swp")).isEmpty();
        assertThat(c.classify(Path.of("/elsewhere/site.yaml"))).isEmpty();
    }

    @Test
    void ignoresTheFilesToolsWriteWhileSavingSoNoMessageNamesThem() {
        // sed -i writes sedXXXXXX beside the file and renames it over the file; vim probes with 4913; emacs
        // and JetBrains IDEs keep #name# and name___jb_tmp___.
        assertThat(kind("content/xxgk/sedSLPVqk")).isEmpty();
        assertThat(kind("content/xxgk/4913")).isEmpty();
        assertThat(kind("content/xxgk/#index.md#")).isEmpty();
        assertThat(kind("content/xxgk/index.md___jb_tmp___")).isEmpty();
        assertThat(kind("themes/portal/templates/sedAb12Cd")).isEmpty();
        // Real files whose names merely look alike stay sources.
        assertThat(kind("content/xxgk/sediment.md")).hasValue(ChangeKind.CONTENT);
        assertThat(kind("content/xxgk/sedSLPVqk.png")).hasValue(ChangeKind.CONTENT);
        assertThat(kind("content/xxgk/49130.md")).hasValue(ChangeKind.CONTENT);
    }
}
