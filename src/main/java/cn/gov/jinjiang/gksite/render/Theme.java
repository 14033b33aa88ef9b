package cn.gov.jinjiang.gksite.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The theme chain of a site: the site's own theme first, then the default theme {@code portal} it
 * falls back to. Each entry is a theme folder holding templates/ and static/.
 */
public record Theme(String name, List<Path> folders) {
    public static final String DEFAULT = "portal";

    public Theme {
        folders = List.copyOf(folders);
    }

    /** The chain for {@code name} under {@code themesDir}: that theme, then portal; only folders that exist. */
    public static Theme resolve(Path themesDir, String name) {
        List<Path> chain = new java.util.ArrayList<>();
        Path own = themesDir.resolve(name);
        if (java.nio.file.Files.isDirectory(own)) {
            chain.add(own);
        }
        Path def = themesDir.resolve(DEFAULT);
        if (!name.equals(DEFAULT) && java.nio.file.Files.isDirectory(def)) {
            chain.add(def);
        }
        return new Theme(name, chain);
    }

    /** The first folder of the chain that has {@code templates/<template>}, or null. */
    public Path templateFile(String template) {
        for (Path f : folders) {
            Path p = f.resolve("templates").resolve(template);
            if (java.nio.file.Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
