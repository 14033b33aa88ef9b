package cn.gov.jinjiang.gksite.publish.doctor;

import cn.gov.jinjiang.gksite.config.SourceLayout;
import cn.gov.jinjiang.gksite.config.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Linux's limit of file watches ({@code fs.inotify.max_user_watches}) against what {@code serve} needs: Java's
 * watcher takes one watch for each folder of content/ and themes/ and the site folder, and an editor such as VS Code
 * watches the site's files as well, from the same per-user limit.
 */
final class WatchLimit {
    static final String ID = "inotify";
    static final String NAME = "文件监视上限";
    private static final String FIX =
            "调高上限：sudo sysctl fs.inotify.max_user_watches=524288，并写入 /etc/sysctl.d/60-gksite.conf"
                    + "（一行 fs.inotify.max_user_watches=524288）使重启后仍有效。";

    private WatchLimit() {}

    static DoctorCheck check(Path limitFile, SourceLayout layout) {
        if (!Files.isRegularFile(limitFile)) {
            return DoctorCheck.ok(ID, NAME, "没有 " + limitFile + "（不是 Linux）：预览服务器用系统自己的文件监视，没有这个上限。");
        }
        long limit;
        try {
            // read as a stream: /proc reports a size of 0, and Files.readString trusts the size
            try (InputStream in = Files.newInputStream(limitFile)) {
                limit = Long.parseLong(new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip());
            }
        } catch (IOException | NumberFormatException e) {
            return DoctorCheck.warn(ID, NAME, "无法读取 " + limitFile + "：" + e.getMessage(), FIX);
        }
        SourceTree tree = new SourceTree(layout);
        long folders = 1;
        long files = 0;
        for (Path dir : new Path[] {layout.content(), layout.themes()}) {
            if (Files.isDirectory(dir)) {
                SourceTree.Listing l = tree.walk(dir, "watch", p -> false);
                folders += l.folders().size();
                files += l.files().size();
            }
        }
        String found = "上限 " + limit + "；gksite serve 要监视 " + folders + " 个目录，站点共 " + files + " 个文件";
        if (limit < folders + 64) {
            return DoctorCheck.fail(ID, NAME, found + "：gksite serve 会因监视数不够而无法自动刷新。", FIX);
        }
        if (limit < folders + files) {
            return DoctorCheck.warn(ID, NAME, found + "：serve 够用，但编辑器（如 VS Code）逐个文件监视时会不够。", FIX);
        }
        return DoctorCheck.ok(ID, NAME, found + "。");
    }
}
