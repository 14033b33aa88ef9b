import cn.gov.jinjiang.gksite.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a site again and again in one JVM, as a resident build server would: first after a page edit each time,
 * then from nothing each time (site/ and .gksite/ moved into a trash folder, emptied at the end, so that no file
 * deleted just before a build slows its file creation). Prints every build's wall time and the medians of those
 * after the warm-up builds.
 *
 * <p>Arguments: the site folder, the page to edit (relative to it), builds of each kind, warm-up builds of each
 * kind (left out of the medians).
 */
public final class WarmBuilds {
    private WarmBuilds() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path page = site.resolve(args[1]);
        int builds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        Path trash = Files.createTempDirectory(site.getParent(), "trash-warm-");
        String original = Files.readString(page, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        try {
            build(site, quiet); // a site/ and a build cache for the first edit
            List<Long> edited = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                // the build cache trusts a source untouched for 2 s by its time and size; an editor's save is later
                Thread.sleep(2200);
                Files.writeString(page, "\n本段在基准测试中加入 " + i + "。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                edited.add(report("one page edited", i, build(site, quiet)));
            }
            List<Long> cold = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                for (String name : new String[] {"site", ".gksite"}) {
                    if (Files.exists(site.resolve(name))) {
                        Files.move(site.resolve(name), trash.resolve(name + "-" + i));
                    }
                }
                cold.add(report("cold", i, build(site, quiet)));
            }
            System.out.printf(
                    "median after %d warm-up builds: one page edited %d ms, cold %d ms%n",
                    warmup, median(edited.subList(warmup, builds)), median(cold.subList(warmup, builds)));
        } finally {
            Files.writeString(page, original, StandardCharsets.UTF_8);
            removeTree(trash);
        }
    }

    private static long build(Path site, PrintStream quiet) {
        long start = System.nanoTime();
        int code = new Main(quiet, System.err).execute(new String[] {"build", "--source", site.toString()});
        if (code != 0) {
            throw new IllegalStateException("gksite build exited " + code);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long report(String kind, int i, long ms) {
        System.out.printf("%s, build %d: %d ms%n", kind, i + 1, ms);
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void removeTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
