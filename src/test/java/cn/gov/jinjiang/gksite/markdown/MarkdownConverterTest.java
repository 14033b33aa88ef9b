package cn.gov.jinjiang.gksite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinjiang.gksite.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One converter serves a build's threads: converting at once from many gives what one thread gives. */
class MarkdownConverterTest {
    @Test
    void sharedBetweenThreads() throws Exception {
        Random random = new Random(7);
        List<String> docs = new ArrayList<>();
        // Fewer under mutation testing (pom.xml, profile mutation).
        for (int i = 0, n = Integer.getInteger("gksite.randomDocuments", 1500); i < n; i++) {
            docs.add(DirectRendererTest.document(random));
        }
        MarkdownConverter alone = new MarkdownConverter();
        List<String> expected = docs.stream().map(md -> convert(alone, md)).toList();
        // A new converter, so that its shared recognisers are first made while several threads ask for them.
        MarkdownConverter shared = new MarkdownConverter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * docs.size() / 4;
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        int k = (i + offset) % docs.size();
                        out.add(k + "\n" + convert(shared, docs.get(k)));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> f : results) {
                for (String r : f.get()) {
                    int k = Integer.parseInt(r.substring(0, r.indexOf('\n')));
                    assertThat(r.substring(r.indexOf('\n') + 1)).isEqualTo(expected.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String convert(MarkdownConverter c, String md) {
        Diagnostics d = new Diagnostics();
        RenderedMarkdown r = c.convert("t.md", md, 1, d);
        return r.html() + r.headings() + d.sorted();
    }
}
