package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A site.yaml written into a folder and loaded, for the config package's tests. */
final class SiteYaml {
    /** A site.yaml with every required value (lines 1–8). */
    static final String MINIMAL = """
            site:
              name: 晋江测试站
              base_url: https://a.gov.cn/xxgk/
            footer:
              host: 主办单位甲
              site_code: "3505820000"
              icp: 闽ICP备1号
              police: 闽公网安备2号
            """;

    private SiteYaml() {}

    /** {@code yaml} as {@code dir}/site.yaml, loaded with its problems into {@code d}. */
    static SiteConfig load(Path dir, String yaml, Diagnostics d) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), yaml);
        return new ConfigLoader().load(SourceLayout.of(dir, null), d);
    }

    /** Each diagnostic as {@code code line:column}, in the order an editor lists them. */
    static List<String> found(Diagnostics d) {
        return d.sorted().stream()
                .map(x -> x.code() + " " + x.pos().line() + ":" + x.pos().column())
                .toList();
    }
}
