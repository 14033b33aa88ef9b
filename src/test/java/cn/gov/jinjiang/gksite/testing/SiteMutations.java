package cn.gov.jinjiang.gksite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random damage to a copy of the repository's site, as a careless editor or an attacker might do it: flipped bytes,
 * hostile snippets inserted anywhere, truncation, duplicated stretches, other encodings. Applied to the Markdown pages,
 * site.yaml, the menu, the report's data.yaml and a template. Everything comes from one {@link Random}, so a seed
 * replays a run exactly; {@link #describe} says what was done.
 */
public final class SiteMutations {
    /** The snippets of issue 14 and their kin. */
    public static final List<String> HOSTILE = List.of(
            ">".repeat(1000),
            "*".repeat(2000),
            "- ".repeat(10_000),
            "[a](".repeat(30_000),
            "`a".repeat(5000),
            "|a".repeat(1000) + "|\n" + "|-".repeat(1000) + "|\n",
            "items: &i [{label: a, url: /x/, children: *i}]\n",
            "&a [*a]",
            "1e999999999",
            "99999999999999999999999999",
            "\u0000",
            "url: \"/a\\0b.html\"\n",
            "  ignore: [\"^([\"]\n",
            "<!-- <script>x</script>",
            "{#a onclick=x}",
            "{% include \"page.peb\" %}",
            "{{ page.title | nosuchfilter }}",
            "{% for x in %}",
            "---\n",
            "---\ntitle: [\n---\n",
            "\uFEFF",
            "\t",
            ": : :",
            "{{{{",
            "]]]]",
            "<<<<",
            "&&&&",
            "\\",
            "\"",
            "'",
            "\r",
            "\r\n",
            "中".repeat(5000),
            "[l]: /u\n".repeat(2000),
            "## 标题\n\n".repeat(500),
            "<div>\n\n".repeat(500),
            "  ".repeat(200) + "- x",
            "~~~\n",
            "```\n",
            "**_[`<&",
            "a\u2028b",
            "\uD800",
            "0x",
            "-1",
            "年度: 1e9\n");

    private final Random random;
    private final List<String> done = new ArrayList<>();

    public SiteMutations(long seed) {
        this.random = new Random(seed);
    }

    /** What was done, one mutation a line. */
    public String describe() {
        return String.join("\n", done);
    }

    /**
     * Applies one to three mutations to the site in {@code dir}. Half the runs make one change only, most often a
     * hostile snippet on a line of its own in a page's body: any other error in the site stops the build before it
     * converts ordinary pages, so damage piled on damage would hide what the body does.
     */
    public void mutate(Path dir) {
        List<Path> targets = targets(dir);
        List<Path> pages = targets.stream()
                .filter(p -> p.toString().endsWith(".md"))
                .distinct()
                .toList();
        int count = random.nextBoolean() ? 1 : 2 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            if (random.nextInt(5) < 2) {
                Path page = pages.get(random.nextInt(pages.size()));
                write(page, intoBody(read(page), dir.relativize(page).toString()));
                continue;
            }
            Path file = targets.get(random.nextInt(targets.size()));
            byte[] bytes = read(file);
            String rel = dir.relativize(file).toString();
            byte[] changed = switch (random.nextInt(6)) {
                case 0 -> flip(bytes, rel);
                case 1, 2 -> insert(bytes, rel);
                case 3 -> truncate(bytes, rel);
                case 4 -> duplicate(bytes, rel);
                default -> reencode(bytes, rel);
            };
            write(file, changed);
        }
    }

    /** A hostile snippet on a line of its own, somewhere in the body (after the front matter) of a page. */
    private byte[] intoBody(byte[] bytes, String file) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int body = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
        body = body < 0 ? 0 : body + 5;
        List<Integer> starts = new ArrayList<>();
        starts.add(body);
        for (int i = text.indexOf('\n', body); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        int at = starts.get(random.nextInt(starts.size()));
        String snippet = HOSTILE.get(random.nextInt(HOSTILE.size()));
        done.add("put " + shown(snippet) + " on a line of its own at character " + at + " of " + file);
        String before = text.substring(0, at);
        return (before + (before.endsWith("\n") || before.isEmpty() ? "" : "\n") + snippet + "\n" + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String shown(String snippet) {
        return snippet.substring(0, Math.min(30, snippet.length())).replace("\n", "\\n")
                + (snippet.length() > 30 ? "… (" + snippet.length() + " chars)" : "");
    }

    private List<Path> targets(Path dir) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir.resolve("content"))) {
            s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(dir.resolve("site.yaml"));
        out.add(dir.resolve("themes/portal/templates/page.peb"));
        // The files issue 14 names are drawn as often as all the pages together.
        for (String f : List.of(
                "site.yaml",
                "content/xxgk/zfxxgkzl/menu.yaml",
                "content/xxgk/zfxxgkzl/ndbg/2025/data.yaml",
                "content/xxgk/zfxxgkzl/ndbg/2025/index.md")) {
            for (int i = 0; i < 3; i++) {
                out.add(dir.resolve(f));
            }
        }
        return out;
    }

    private int offset(byte[] bytes) {
        return bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
    }

    private byte[] flip(byte[] bytes, String file) {
        byte[] out = bytes.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        done.add("flip " + n + " bits in " + file);
        return out;
    }

    private byte[] insert(byte[] bytes, String file) {
        String snippet = HOSTILE.get(random.nextInt(HOSTILE.size()));
        byte[] add = snippet.getBytes(StandardCharsets.UTF_8);
        int at = offset(bytes);
        // At a line start half the time, where block syntax takes effect.
        if (random.nextBoolean()) {
            while (at > 0 && bytes[at - 1] != '\n') {
                at--;
            }
        }
        byte[] out = new byte[bytes.length + add.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(add, 0, out, at, add.length);
        System.arraycopy(bytes, at, out, at + add.length, bytes.length - at);
        done.add("insert " + shown(snippet) + " at byte " + at + " of " + file);
        return out;
    }

    private byte[] truncate(byte[] bytes, String file) {
        int at = offset(bytes);
        done.add("truncate " + file + " at byte " + at);
        return Arrays.copyOf(bytes, at);
    }

    private byte[] duplicate(byte[] bytes, String file) {
        int from = offset(bytes);
        int to = Math.min(bytes.length, from + random.nextInt(200));
        int times = 1 + random.nextInt(50);
        byte[] piece = Arrays.copyOfRange(bytes, from, to);
        byte[] out = new byte[bytes.length + piece.length * times];
        System.arraycopy(bytes, 0, out, 0, to);
        for (int t = 0; t < times; t++) {
            System.arraycopy(piece, 0, out, to + t * piece.length, piece.length);
        }
        System.arraycopy(bytes, to, out, to + times * piece.length, bytes.length - to);
        done.add("repeat bytes " + from + "-" + to + " of " + file + " " + times + " times");
        return out;
    }

    private byte[] reencode(byte[] bytes, String file) {
        String[] charsets = {"GBK", "UTF-16", "UTF-16LE", "ISO-8859-1", "GB18030"};
        String cs = charsets[random.nextInt(charsets.length)];
        done.add("re-encode " + file + " as " + cs);
        return new String(bytes, StandardCharsets.UTF_8).getBytes(Charset.forName(cs));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
