package cn.gov.jinjiang.gksite.config;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where site.yaml writes a value, for messages of the commands that use it (such as {@code new page} refusing a
 * body's 索引号 prefix that is still a placeholder): the line of {@code key: value} nearest to a line the config
 * knows, e.g. the body's id. Reads only a regular site.yaml within {@link YamlLimits#MAX_BYTES}; otherwise, or when
 * no line matches, the known line stands.
 */
public final class SiteYamlPlaces {
    private SiteYamlPlaces() {}

    /** The position of the value of {@code key} equal to {@code value}, nearest to {@code near}'s line. */
    public static SourcePos valuePos(SourceLayout layout, String key, String value, SourcePos near) {
        Path file = layout.root().resolve(ConfigLoader.FILE);
        String text;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > YamlLimits.MAX_BYTES) {
                return near;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return near; // the loader has reported an unreadable site.yaml already
        }
        SourcePos best = near;
        int bestDistance = Integer.MAX_VALUE;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int k = lines[i].indexOf(key);
            int v = k < 0 ? -1 : lines[i].indexOf(value, k + key.length());
            if (v < 0 || !lines[i].substring(k + key.length(), v).matches("\\s*:\\s*[\"']?")) {
                continue;
            }
            int distance = Math.abs(i + 1 - near.line());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new SourcePos(ConfigLoader.FILE, i + 1, v + 1);
            }
        }
        return best;
    }
}
