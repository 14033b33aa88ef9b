package cn.gov.jinjiang.gksite.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What an rsync run did, or would do in a dry run, read from its itemized output. Paths are relative to
 * the target folder, with {@code /}; only files are listed (folders are counted in {@link #deletedFolders}).
 *
 * @param added          files new on the target
 * @param changed        files whose content differs on the target
 * @param unchanged      files already identical on the target (listed by a dry run only)
 * @param deleted        files on the target that are not in the site and not excluded
 * @param deletedFolders how many folders are deleted with them
 */
public record Changes(
        List<String> added, List<String> changed, List<String> unchanged, List<String> deleted, int deletedFolders) {
    public Changes {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }

    /**
     * Parses rsync's {@code --itemize-changes} lines ({@code YXcstpoguax name}, e.g. {@code >f.c...... a.html},
     * {@code <f+++++++++ b.html}, {@code *deleting   c.html}). Other lines (e.g. "created directory") are
     * ignored.
     */
    public static Changes parse(String itemized) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        int deletedFolders = 0;
        for (String line : itemized.split("\n")) {
            if (line.length() < 13 || line.charAt(11) != ' ') {
                continue;
            }
            String code = line.substring(0, 11);
            String name = line.substring(12);
            if (code.startsWith("*deleting")) {
                if (name.endsWith("/")) {
                    deletedFolders++;
                } else {
                    deleted.add(name);
                }
                continue;
            }
            char type = code.charAt(1);
            if (type != 'f' && type != 'L') {
                continue; // folders and devices: their files are listed on their own lines
            }
            char update = code.charAt(0);
            if (code.substring(2).chars().allMatch(c -> c == '+')) {
                added.add(name);
            } else if (update == '<' || update == '>' || update == 'c' || update == 'h') {
                changed.add(name);
            } else if (update == '.') {
                unchanged.add(name);
            }
        }
        return new Changes(sorted(added), sorted(changed), sorted(unchanged), sorted(deleted), deletedFolders);
    }

    /** The same changes without the given paths (gksite's own bookkeeping files). */
    public Changes without(Set<String> paths) {
        return new Changes(
                minus(added, paths),
                minus(changed, paths),
                minus(unchanged, paths),
                minus(deleted, paths),
                deletedFolders);
    }

    /** Files of the site already on the target before this run (from a dry run's listing). */
    public int targetFiles() {
        return changed.size() + unchanged.size() + deleted.size();
    }

    /** Whether {@code path} is on the target already (from a dry run with unchanged files listed). */
    public boolean onTarget(String path) {
        return changed.contains(path) || unchanged.contains(path);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && deleted.isEmpty() && deletedFolders == 0;
    }

    private static List<String> minus(Collection<String> list, Set<String> paths) {
        return list.stream().filter(p -> !paths.contains(p)).toList();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
