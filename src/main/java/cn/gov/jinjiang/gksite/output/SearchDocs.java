package cn.gov.jinjiang.gksite.output;

import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import cn.gov.jinjiang.gksite.diag.TextEscapes;
import cn.gov.jinjiang.gksite.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The search index's files of page data, meta.json and the docs chunks (see {@link SearchIndexWriter}). */
final class SearchDocs {
    private SearchDocs() {}

    /** meta.json: the shard count, column and 主题分类 names, and every page's facets. */
    static RenderedFile meta(List<Page> pages, Map<String, Section> sections, int shards) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        columns.put("", 0);
        topics.put("", 0);
        StringBuilder facets = new StringBuilder();
        for (int id = 0; id < pages.size(); id++) {
            Page p = pages.get(id);
            LocalDate d = p.meta().displayDate();
            int col = columns.computeIfAbsent(column(p, sections), x -> columns.size());
            int topic = topics.computeIfAbsent(p.meta().topic().strip(), x -> topics.size());
            facets.append(id == 0 ? "" : ",")
                    .append('[')
                    .append(col)
                    .append(',')
                    .append(d == null ? 0 : d.getYear())
                    .append(',')
                    .append(topic)
                    .append(',')
                    .append(d == null ? 0 : d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth())
                    .append(']');
        }
        String meta = "{\"v\":1,\"shards\":" + shards + ",\"chunk\":" + SearchIndexWriter.CHUNK + ",\"count\":"
                + pages.size() + ",\"columns\":" + names(columns) + ",\"topics\":" + names(topics) + ",\"f\":[" + facets
                + "]}\n";
        return new RenderedFile(SearchIndexWriter.DIR + "meta.json", meta.getBytes(StandardCharsets.UTF_8), "", "");
    }

    /** docs-c.json: the data shown in results of pages c·CHUNK …, {@code text} giving each page's text. */
    static RenderedFile chunk(List<Page> pages, int c, IntFunction<String> text, JsonBytes json) {
        json.clear();
        json.ascii('[');
        for (int id = c * SearchIndexWriter.CHUNK;
                id < Math.min(pages.size(), (c + 1) * SearchIndexWriter.CHUNK);
                id++) {
            Page p = pages.get(id);
            LocalDate d = p.meta().displayDate();
            if (id > c * SearchIndexWriter.CHUNK) {
                json.ascii(',');
            }
            // A draft (only a build with drafts has one) is marked in the results as in every list.
            String[] fields = {
                p.url(),
                (p.meta().draft() ? "【草稿】" : "") + p.meta().title(),
                d == null ? "" : d.toString(),
                p.meta().docNo(),
                p.meta().indexNo(),
                text.apply(id)
            };
            for (int f = 0; f < fields.length; f++) {
                json.ascii(f == 0 ? '[' : ',');
                json.utf8(TextEscapes.json(fields[f]));
            }
            json.ascii(']');
        }
        json.ascii(']');
        json.ascii('\n');
        return new RenderedFile(SearchIndexWriter.docs(c), json.toBytes(), "", "");
    }

    static String names(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder("[");
        m.keySet().forEach(k -> sb.append(sb.length() == 1 ? "" : ",").append(TextEscapes.json(k)));
        return sb.append(']').toString();
    }

    /** The title of the column a page is listed in: its folder's index page (an index page: the folder above). */
    static String column(Page p, Map<String, Section> sections) {
        String dir = p.dir();
        if (p.isIndex()) {
            if (dir.isEmpty()) {
                return "";
            }
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
        Section s = sections.get(dir);
        return s == null ? "" : s.index().map(i -> i.meta().title()).orElse("");
    }
}
