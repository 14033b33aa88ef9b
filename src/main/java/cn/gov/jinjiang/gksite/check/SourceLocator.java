package cn.gov.jinjiang.gksite.check;

import cn.gov.jinjiang.gksite.diag.SourcePos;
import cn.gov.jinjiang.gksite.markdown.MarkdownLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where in the source a link of the output came from: the first line of the page's source file
 * (from the build manifest) that contains the link as written. Source files are read once per check.
 */
final class SourceLocator {
    private final Path root;
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

    /** @param root the source folder, or null when unknown (then nothing is located) */
    SourceLocator(Path root) {
        this.root = root;
    }

    Optional<SourcePos> locate(String source, String url) {
        if (root == null || source == null || source.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        List<String> text = lines.computeIfAbsent(source, s -> {
            try {
                return Files.readString(root.resolve(s), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        // Only the link as a whole counts: "/xxgk/" must not be found inside "(/xxgk/zfxxgkzl/)". A link to a page
        // may have been written as its Markdown file (a.md for a.html), which the converter made the page's address.
        List<String> forms = new java.util.ArrayList<>(List.of(url));
        forms.addAll(MarkdownLinks.asWritten(url));
        for (String form : forms) {
            for (String needle : new String[] {"(" + form + ")", "(" + form + " ", "<" + form + ">", "\"" + form + "\"",
                "'" + form + "'", "]: " + form}) {
                for (int i = 0; i < text.size(); i++) {
                    int col = text.get(i).indexOf(needle);
                    if (col >= 0) {
                        int offset = needle.length() - form.length() - (needle.startsWith("]: ") ? 0 : 1);
                        return Optional.of(new SourcePos(source, i + 1, col + 1 + offset));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
