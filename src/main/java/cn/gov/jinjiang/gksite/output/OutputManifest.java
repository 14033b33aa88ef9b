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
import java.util.zip.CRC32C;

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
     * @param crc      the CRC-32C of the bytes the build wrote, in hex ("" when not known: copies, older manifests),
     *                 so {@code gksite check} can tell a rendered page from one changed by hand since
     */
    public record Entry(String path, String source, String template, String crc) {
        public Entry(String path, String source, String template) {
            this(path, source, template, "");
        }

        /** The {@link #crc} of {@code bytes}. */
        public static String crcOf(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return Long.toHexString(crc.getValue());
        }
    }

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

    /** Writes the manifest as TSV lines: path, source, template, CRC. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(e.path())
                    .append('\t')
                    .append(e.source())
                    .append('\t')
                    .append(e.template())
                    .append('\t')
                    .append(e.crc())
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
                if (f.length == 3 || f.length == 4) {
                    out.add(new Entry(f[0], f[1], f[2], f.length == 4 ? f[3] : ""));
                }
            }
        } catch (IOException e) {
            return new OutputManifest(List.of());
        }
        return new OutputManifest(out);
    }
}
