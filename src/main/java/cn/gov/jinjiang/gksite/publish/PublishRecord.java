package cn.gov.jinjiang.gksite.publish;

import cn.gov.jinjiang.gksite.diag.TextEscapes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The record of one publish: when, where, from which git commit, what changed, and every published file
 * with its SHA-256. Kept as JSON in the source folder's publish log and uploaded to the target root as
 * {@value Publisher#RECORD}, so the server itself says what it serves.
 *
 * @param time    when the publish started
 * @param target  the target as written
 * @param commit  {@code git rev-parse HEAD} of the source folder, or {@code unknown}
 * @param dirty   whether the source had uncommitted changes: tracked files changed or files git does not track
 *                (then the commit alone does not describe the site)
 * @param added   files added on the target
 * @param changed files whose content changed
 * @param deleted files deleted from the target
 * @param files   every published file, sorted by path
 * @param untracked how many files of the source folder git does not track (a page added but never committed is
 *                published all the same; the commit does not hold it)
 */
public record PublishRecord(
        Instant time,
        String target,
        String commit,
        boolean dirty,
        List<String> added,
        List<String> changed,
        List<String> deleted,
        List<FileHash> files,
        int untracked) {
    public PublishRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(commit, "commit");
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
        files = List.copyOf(files);
    }

    /** A published file and the hex SHA-256 of its bytes. */
    public record FileHash(String path, String sha256) {
        public FileHash {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** This record with what a run actually did. */
    public PublishRecord withChanges(Changes c) {
        return new PublishRecord(time, target, commit, dirty, c.added(), c.changed(), c.deleted(), files, untracked);
    }

    /** Pretty-printed JSON, UTF-8 text, one file per line in {@code files}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"generator\": \"gksite\",\n");
        sb.append("  \"time\": ").append(str(time.toString())).append(",\n");
        sb.append("  \"target\": ").append(str(target)).append(",\n");
        sb.append("  \"commit\": ").append(str(commit)).append(",\n");
        sb.append("  \"dirty\": ").append(dirty).append(",\n");
        sb.append("  \"untracked\": ").append(untracked).append(",\n");
        list(sb, "added", added);
        list(sb, "changed", changed);
        list(sb, "deleted", deleted);
        sb.append("  \"files\": [");
        for (int i = 0; i < files.size(); i++) {
            FileHash f = files.get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"path\": ")
                    .append(str(f.path()))
                    .append(", \"sha256\": ")
                    .append(str(f.sha256()))
                    .append('}');
        }
        sb.append(files.isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }

    /** Reads {@link #toJson()}'s output (JSON is read with SnakeYAML's safe loader: JSON is YAML). */
    @SuppressWarnings("unchecked")
    public static PublishRecord fromJson(String json) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Object root = new Yaml(new SafeConstructor(options)).load(json);
        if (!(root instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a publish record");
        }
        List<FileHash> files = new ArrayList<>();
        Object list = m.get("files");
        for (Object o : list instanceof List<?> l ? l : List.of()) {
            Map<String, Object> f = (Map<String, Object>) o;
            files.add(new FileHash(String.valueOf(f.get("path")), String.valueOf(f.get("sha256"))));
        }
        return new PublishRecord(
                Instant.parse(String.valueOf(m.get("time"))),
                String.valueOf(m.get("target")),
                String.valueOf(m.get("commit")),
                Boolean.TRUE.equals(m.get("dirty")),
                strings(m.get("added")),
                strings(m.get("changed")),
                strings(m.get("deleted")),
                files,
                m.get("untracked") instanceof Number n ? n.intValue() : 0);
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static void list(StringBuilder sb, String key, List<String> values) {
        sb.append("  ").append(str(key)).append(": [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(values.get(i)));
        }
        sb.append("],\n");
    }

    static String str(String s) {
        return TextEscapes.json(s);
    }
}
