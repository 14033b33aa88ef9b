package cn.gov.jinjiang.gksite.cli;

import cn.gov.jinjiang.gksite.output.OutputWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The build server's warm-up: right after it starts, it builds a small site of its own a few times (from nothing,
 * then after an edit), so that the Java code a build runs is compiled before an editor's next build comes. Without
 * it, the first builds a new server runs were slower than a build in a process of its own (the optimising compiler
 * at work on two cores). The site is made of generated notices in a temporary folder of its own (nothing of the
 * editor's site is read or written; like any build with its cache, it makes the user's cache key in
 * ~/.cache/gksite/ if there is none yet), and deleted afterwards (a server killed during its warm-up leaves the
 * folder to the system's clearing of /tmp). It stops between two builds as soon as a command comes.
 */
final class Warmup {
    /** Pages of the warm-up site by default; GKSITE_SERVER_WARMUP sets another number (0: no warm-up). */
    static final int PAGES = 300;
    /** Builds at least: from nothing, then after an edit, in turn. */
    static final int ROUNDS = 8;
    /**
     * Builds at most: more than {@link #ROUNDS} while the JIT compilers are still at work (see {@link #run(int,
     * BooleanSupplier, LongSupplier)}).
     */
    static final int MAX_ROUNDS = 40;

    private static final List<String> SECTIONS = List.of("tzgg", "zcwj", "gzdt");
    private static final String SITE_YAML = """
            site:
              name: 预热站点
              title: 某市人民政府
              organisation: 某市人民政府办公室
              base_url: http://www.example.gov.cn/
            footer:
              host: 某市人民政府办公室
              site_code: "0000000000"
              icp: 测ICP备00000000号
              police: 测公网安备00000000000000号
            nav:
              - {label: 首页, url: /}
              - {label: 通知公告, url: /tzgg/}
            """;
    private static final List<String> SENTENCES = List.of(
            "根据上级有关部署，结合本地实际，对重点工作作出具体安排，明确了时间节点和责任分工。",
            "截至年底，年度目标任务已完成百分之八十六，群众满意度持续提升。",
            "各单位要高度重视，明确专人负责，确保各项措施落到实处、取得实效。",
            "通过座谈走访、网上征询等方式收集意见建议，逐条研究吸纳并及时反馈。",
            "对工作不力、进度滞后的单位，将予以通报并约谈其主要负责人。");

    private Warmup() {}

    /** The number of pages GKSITE_SERVER_WARMUP asks for (0 to 5,000), else {@link #PAGES}. */
    static int pages(String setting) {
        if (setting != null && setting.matches("[0-9]{1,4}")) {
            return Math.min(Integer.parseInt(setting), 5000);
        }
        return PAGES;
    }

    /** {@link #run(int, BooleanSupplier, LongSupplier)} with the JVM's own compilation time, where it has one. */
    static void run(int pages, BooleanSupplier stop) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier compiling =
                jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : () -> 0;
        run(pages, stop, compiling);
    }

    /**
     * Builds a warm-up site of {@code pages} pages {@link #ROUNDS} times, and on (up to {@link #MAX_ROUNDS}) while
     * the JIT compilers spent more than a quarter of the last two builds' time compiling ({@code compiling}: their
     * total time in milliseconds so far); unless {@code stop} says so before a build; then deletes the site. A fixed
     * number of builds was too few: on two cores the optimising compiler, one thread, was still behind when they
     * ended, and the methods it had not reached (Markdown's block parsers, the front matter's binding: 5 s of its
     * time) were compiled during the editor's next builds instead.
     */
    static void run(int pages, BooleanSupplier stop, LongSupplier compiling) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gksite-warmup-");
            write(dir, pages);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Invocation quiet = new Invocation(dir, Map.of("CI", "true"), false);
            long since = System.nanoTime();
            long compiled = compiling.getAsLong();
            for (int round = 0; round < MAX_ROUNDS && !stop.getAsBoolean(); round++) {
                if (round > 0 && round % 2 == 0) {
                    // the last two builds: one from nothing, one after an edit
                    long now = System.nanoTime();
                    long c = compiling.getAsLong();
                    boolean busy = (c - compiled) * 4 > (now - since) / 1_000_000;
                    since = now;
                    compiled = c;
                    if (round >= ROUNDS && !busy) {
                        break;
                    }
                }
                if (round % 2 == 0) {
                    OutputWriter.deleteTree(dir.resolve("site"));
                    OutputWriter.deleteTree(dir.resolve(".gksite"));
                } else {
                    Files.writeString(page(dir, 0), "\n预热时加入的第" + round + "段。\n", StandardOpenOption.APPEND);
                }
                new Main(nowhere, nowhere, Clock.systemUTC(), quiet).execute("build");
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that cannot run leaves the server as it is: cold
        } finally {
            if (dir != null) {
                OutputWriter.deleteTree(dir);
            }
        }
    }

    private static Path page(Path dir, int i) {
        return dir.resolve("content").resolve(SECTIONS.get(i % SECTIONS.size())).resolve("p" + i + ".md");
    }

    /** The site: site.yaml, a home page, three sections of notices that link to each other and to their headings. */
    static void write(Path dir, int pages) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), SITE_YAML);
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/index.md"), "---\ntitle: \"首页\"\n---\n");
        for (String s : SECTIONS) {
            Files.createDirectories(dir.resolve("content").resolve(s));
            Files.writeString(
                    dir.resolve("content").resolve(s).resolve("index.md"), "---\ntitle: \"" + s + "\"\n---\n");
        }
        SplittableRandom random = new SplittableRandom(20);
        for (int i = 0; i < pages; i++) {
            StringBuilder b = new StringBuilder()
                    .append("---\ntitle: \"关于第")
                    .append(i)
                    .append("项工作的通知\"\ndate: 2025-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
                    .append("T09:00:00+08:00\n---\n");
            for (int h = 1; h <= 3; h++) {
                b.append("\n## 第").append(h).append("部分 {#s").append(h).append("}\n\n");
                for (int p = 0; p < 3; p++) {
                    b.append(SENTENCES.get(random.nextInt(SENTENCES.size())))
                            .append(SENTENCES.get(random.nextInt(SENTENCES.size())))
                            .append("\n\n");
                }
                int other = random.nextInt(pages);
                String section = SECTIONS.get(other % SECTIONS.size());
                b.append("请对照[第")
                        .append(other)
                        .append("项工作](/")
                        .append(section)
                        .append("/p")
                        .append(other)
                        .append(".html)和[本文第一部分](#s1)的要求：\n\n1. 压实工作责任。\n2. 强化督查问效。\n\n")
                        .append("| 指标 | 计划数 | 完成数 |\n| --- | ---: | ---: |\n| 甲 | ")
                        .append(random.nextInt(1000))
                        .append(" | ")
                        .append(random.nextInt(1000))
                        .append(" |\n");
            }
            Files.writeString(page(dir, i), b.toString());
        }
    }
}
