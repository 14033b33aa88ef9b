package cn.gov.jinjiang.gksite.output;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every file written by a build, sorted by output path: where it came from, so the checker can point
 * from a broken link in site/ back to the Markdown or YAML that caused it.
 */
public record OutputManifest(List<Entry> entries) {
    public OutputManifest {
        entries = List.copyOf(entries);
    }

    /**
     * @param path     output path relative to site/
     * @param source   source file relative to the source root ("" for generated files)
     * @param template template used ("" for copied files)
     */
    public record Entry(String path, String source, String template) {
    }

    public Map<String, Entry> byPath() {
        return entries.stream().collect(Collectors.toMap(Entry::path, Function.identity(), (a, b) -> a));
    }

    public Optional<Entry> find(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
