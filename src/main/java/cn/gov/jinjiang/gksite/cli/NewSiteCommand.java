package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.build.Schemas;
import cn.gov.jinjiang.gksite.setup.NewFiles;
import cn.gov.jinjiang.gksite.setup.SiteScaffold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gksite new site DIR}: a new site in a missing or empty folder. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = "新建一个站点：site.yaml（必填项为待填写的占位值）、政府信息公开专栏的栏目（指南、目录、规定、依申请公开、"
                + "年度报告）和左侧菜单、.gitignore、VS Code 设置；只在不存在的目录或空目录中新建，不覆盖任何文件。")
final class NewSiteCommand implements Callable<Integer> {
    @ParentCommand
    private NewCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", description = "新站点的目录（不存在或为空）")
    private Path dir;

    @Option(names = "--org", paramLabel = "NAME", description = "信息公开主体的全称，如 晋江市审计局；不写时为待填写的占位值")
    private String org;

    @Option(
            names = "--body-type",
            paramLabel = "TYPE",
            description = "主体类型：government（人民政府）、department（政府部门，默认）" + "或 town（乡镇、街道）；决定年度报告的公开期限")
    private Body bodyType = Body.department;

    @Option(
            names = "--ci",
            paramLabel = "gitlab|github",
            description = "同时生成持续集成配置：gitlab（.gitlab-ci.yml）或 github"
                    + "（.github/workflows/gksite.yml），每次推送都构建和检查，主分支检查通过后发布")
    private CiKind ci;

    /** The values of --body-type as typed (lower case, like {@link BuildCommand}'s formats). */
    enum Body {
        government(SiteScaffold.BodyType.GOVERNMENT),
        department(SiteScaffold.BodyType.DEPARTMENT),
        town(SiteScaffold.BodyType.TOWN);

        private final SiteScaffold.BodyType type;

        Body(SiteScaffold.BodyType type) {
            this.type = type;
        }
    }

    /** The values of --ci as typed. */
    enum CiKind {
        gitlab(SiteScaffold.Ci.GITLAB),
        github(SiteScaffold.Ci.GITHUB);

        private final SiteScaffold.Ci ci;

        CiKind(SiteScaffold.Ci ci) {
            this.ci = ci;
        }
    }

    @Override
    public Integer call() {
        Main main = parent.main();
        SiteScaffold.Options options = new SiteScaffold.Options(
                Optional.ofNullable(org).map(SiteScaffold::organisation),
                bodyType.type,
                Optional.ofNullable(ci).map(c -> c.ci));
        List<NewFiles.NewFile> files = new ArrayList<>(new SiteScaffold().files(options));
        files.addAll(schemaFiles());
        NewFiles.write(dir, files);
        main.err().println("已在 " + dir.toAbsolutePath().normalize() + " 新建站点（" + files.size() + " 个文件）。下一步：");
        main.err().println("  1. 打开 site.yaml，把“待填写”开头的值换成本站的真实值（发布前必须填完）；");
        main.err().println("  2. 在该目录运行 gksite serve，用浏览器打开 http://127.0.0.1:1313/ 预览；");
        main.err().println("  3. 用 git 管理这个目录（git init），再运行 gksite hook install：提交前自动检查。");
        main.err().flush();
        return ExitCodes.OK;
    }

    /**
     * The JSON Schemas that .vscode/settings.json points VS Code's YAML extension at
     * ({@code .gksite/schemas/site.schema.json}, {@code menu.schema.json}, {@code report-data.schema.json}), written
     * with the site, as {@code gksite schemas} writes them (.gksite/ is not committed: after a clone,
     * {@code gksite schemas} writes them again).
     */
    static List<NewFiles.NewFile> schemaFiles() {
        List<NewFiles.NewFile> out = new ArrayList<>();
        Schemas.files()
                .forEach((name, json) -> out.add(
                        new NewFiles.NewFile(Schemas.FOLDER + "/" + name, json.getBytes(StandardCharsets.UTF_8))));
        return out;
    }
}
