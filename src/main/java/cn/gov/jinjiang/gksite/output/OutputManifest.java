package cn.gov.jinjiang.gksite.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    public record Entry(String path, String source, String template) {}

    public Map<String, Entry> byPath() {
        return entries.stream().collect(Collectors.toMap(Entry::path, Function.identity(), (a, b) -> a));
    }

    public Optional<Entry> find(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /**
     * Where the manifest of an output folder is kept: {@code .gksite/manifest-<name>.tsv} beside it, outside
     * the published folder.
     */
    public static Path fileFor(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        return abs.getParent().resolve(".gksite").resolve("manifest-" + abs.getFileName() + ".tsv");
    }

    /** Writes the manifest as TSV lines: path, source, template. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(e.path())
                    .append('\t')
                    .append(e.source())
                    .append('\t')
                    .append(e.template())
                    .append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by {@link #write}; an absent or unreadable file gives an empty manifest. */
    public static OutputManifest read(Path file) {
        List<Entry> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    out.add(new Entry(f[0], f[1], f[2]));
                }
            }
        } catch (IOException e) {
            return new OutputManifest(List.of());
        }
        return new OutputManifest(out);
    }
}
