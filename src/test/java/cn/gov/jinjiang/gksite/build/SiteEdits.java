package cn.gov.jinjiang.gksite.build;

import cn.gov.jinjiang.gksite.testing.SiteMutations;
import cn.gov.jinjiang.gksite.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The edits a web editor makes to the repository's site, at random from one seed: a page added, its body or title
 * changed, a page renamed or deleted, its date changed or marked as a draft, a report's figure or a menu changed, a template changed, site.yaml changed.
 * Bodies sometimes get one of {@link SiteMutations#HOSTILE}'s short snippets, so some builds have problems.
 */
final class SiteEdits {
    private final Random random;
    private final Path site;
    private int added;

    SiteEdits(long seed, Path site) {
        this.random = new Random(seed);
        this.site = site;
    }

    /** Makes one edit and says which. */
    String edit() {
        List<Path> pages = files("content", ".md").stream()
                .filter(p -> !p.getFileName().toString().equals("index.md"))
                .toList();
        Path page = pages.get(random.nextInt(pages.size()));
        String rel = site.relativize(page).toString();
        String text = TestSites.read(page);
        switch (random.nextInt(10)) {
            case 0 -> {
                Path dir = page.getParent();
                Path made = dir.resolve("cache-edit-" + (++added) + ".md");
                TestSites.write(
                        made,
                        "---\ntitle: 新增页面 " + added + "\ndate: 2025-0" + (1 + random.nextInt(9)) + "-1"
                                + random.nextInt(10) + "\n---\n\n## 新增\n\n正文 " + added + "，见[首页](/)。\n");
                return "added " + site.relativize(made);
            }
            case 1 -> {
                TestSites.write(page, text + "\n" + snippet() + "\n");
                return "body of " + rel;
            }
            case 2 -> {
                TestSites.write(page, text.replaceFirst("(?m)^title: (.*)$", "title: $1（修订）"));
                return "title of " + rel;
            }
            case 3 -> {
                move(page, page.resolveSibling("renamed-" + page.getFileName()));
                return "renamed " + rel;
            }
            case 4 -> {
                delete(page);
                return "deleted " + rel;
            }
            case 5 -> {
                List<Path> data = files("content", "data.yaml");
                Path d = data.get(random.nextInt(data.size()));
                String yaml = TestSites.read(d);
                TestSites.write(d, yaml.replaceFirst("(\\d+)", String.valueOf(random.nextInt(40))));
                return "figure of " + site.relativize(d);
            }
            case 6 -> {
                List<Path> menus = files("content", "menu.yaml");
                Path m = menus.get(random.nextInt(menus.size()));
                TestSites.write(m, TestSites.read(m).replaceFirst("label: ([^,}\\s]+)", "label: $1新"));
                return "menu " + site.relativize(m);
            }
            case 7 -> {
                List<Path> templates = files("themes", ".peb");
                Path t = templates.get(random.nextInt(templates.size()));
                TestSites.write(
                        t, TestSites.read(t).replaceFirst("</footer>", "<p>模板改动</p></footer>") + "\n{# edit #}\n");
                return "template " + site.relativize(t);
            }
            case 8 -> {
                // a date (lists sort by it) or a draft mark (the page leaves the site)
                boolean draft = random.nextBoolean();
                TestSites.write(
                        page,
                        draft
                                ? text.replaceFirst("(?m)^title: ", "draft: true\ntitle: ")
                                : text.replaceFirst(
                                        "(?m)^date: \\S+", "date: 2024-0" + (1 + random.nextInt(9)) + "-15"));
                return (draft ? "draft: " : "date of ") + rel;
            }
            default -> {
                Path y = site.resolve("site.yaml");
                TestSites.write(y, TestSites.read(y).replaceFirst("(?m)^(  name: \\S+)", "$1站"));
                return "site.yaml";
            }
        }
    }

    private String snippet() {
        List<String> short_ =
                SiteMutations.HOSTILE.stream().filter(s -> s.length() < 60).toList();
        return random.nextInt(3) == 0
                ? short_.get(random.nextInt(short_.size()))
                : "新段落 " + random.nextInt(1000) + "，**重点**和[链接](/)。";
    }

    private List<Path> files(String under, String ending) {
        try (Stream<Path> walk = Files.walk(site.resolve(under))) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
