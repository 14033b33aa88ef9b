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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<String> text = lines(source);
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

    /**
     * The first Markdown heading of the source written at the level of {@code heading} ({@code ### 工作要求}, its
     * text possibly cut with "…") whose text, markup left out, starts the same way: where a heading problem
     * of the output was written.
     */
    Optional<SourcePos> locateHeading(String source, String heading) {
        if (root == null || source == null || source.isEmpty() || !source.endsWith(".md")) {
            return Optional.empty();
        }
        int level = heading.indexOf(' ');
        String want = plain(heading.substring(level + 1).replace("…", ""));
        List<String> text = lines(source);
        for (int i = 0; i < text.size(); i++) {
            Matcher m = ATX.matcher(text.get(i));
            if (m.matches() && m.group(2).length() == level && plain(m.group(3)).startsWith(want)) {
                return Optional.of(new SourcePos(source, i + 1, m.group(1).length() + 1));
            }
        }
        return Optional.empty();
    }

    /** A heading line: indent, hashes, text (an id or attributes in braces and closing hashes left out). */
    private static final Pattern ATX = Pattern.compile("( {0,3})(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+\\{[^}]*\\})?(?:[ \\t]+#+)?[ \\t]*");

    /** Heading text with Markdown's inline markup and all whitespace left out. */
    private static String plain(String s) {
        return s == null ? "" : s.replaceAll("[\\s*_`\\[\\]()<>\\\\]|\\{[^}]*\\}", "");
    }

    private List<String> lines(String source) {
        return lines.computeIfAbsent(source, s -> {
            try {
                return Files.readString(root.resolve(s), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
