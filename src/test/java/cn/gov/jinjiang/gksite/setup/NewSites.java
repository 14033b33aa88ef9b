package cn.gov.jinjiang.gksite.setup;

import java.nio.file.Path;
import java.util.Optional;

/** New sites for tests, written as {@code gksite new site} writes them. */
public final class NewSites {
    private NewSites() {}

    /**
     * A new site in {@code dir} (missing or empty) for a body of {@code type}, named {@code org} (or a placeholder).
     */
    public static Path write(Path dir, String org, SiteScaffold.BodyType type, SiteScaffold.Ci ci) {
        NewFiles.write(
                dir,
                new SiteScaffold()
                        .files(new SiteScaffold.Options(Optional.ofNullable(org), type, Optional.ofNullable(ci))));
        return dir;
    }

    /** A new department's site with its name given, without CI. */
    public static Path write(Path dir) {
        return write(dir, "晋江市审计局", SiteScaffold.BodyType.DEPARTMENT, null);
    }
}
