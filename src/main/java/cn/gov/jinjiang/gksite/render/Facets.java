package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.Addresses;
import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The catalogue's lists by 主题分类, by 发布机构 and by year (条例第二十四条: 检索、查阅): pages with a 索引号
 * grouped three ways under every column folder that has a left menu (menu.yaml), at stable addresses
 * {@code <column>/zt/<主题分类>/}, {@code <column>/jg/<发布机构>/} and {@code <column>/nf/<year>/}, each with an
 * overview page listing its groups. The first column in tree order (the site's 政府信息公开专栏) lists every page
 * of the site, all bodies' (its 按发布机构 list is the platform's list of units); every other column (a
 * department's or a town's, in its own folder) lists the pages in its folder only, so a body's 机构 list is its own.
 */
final class Facets {
    /** One way of grouping: its folder, title and how a page's group name is read. */
    record Kind(String folder, String title, Function<Listed, String> name) {}

    static final List<Kind> KINDS = List.of(
            new Kind("zt", "按主题分类", p -> p.topic().strip()),
            new Kind("jg", "按发布机构", p -> p.publisher().strip()),
            new Kind("nf", "按年度", p -> p.date() == null ? "" : p.date().getYear() + "年"));

    /** A group: its name, folder name (URL segment) and its pages, newest first. */
    record Group(String name, String segment, List<Page> pages) {}

    private Facets() {}

    /** A column with lists: its folder and the pages they cover. */
    record Column(Section section, List<Page> pages) {}

    /**
     * The columns the lists live under, in tree order (an outer column before the columns inside it): every folder
     * with a menu.yaml. The first covers every page of the site, each other the pages in its own folder.
     */
    static List<Column> columns(ContentTree tree) {
        List<Section> found = tree.sections().values().stream()
                .filter(s -> s.data().containsKey(ColumnMenu.FILE))
                .toList();
        if (found.isEmpty()) {
            return List.of();
        }
        // Each page is added to the columns at or above its folder: its depth in steps, whatever the columns' number.
        Map<String, List<Page>> inside = new LinkedHashMap<>();
        found.subList(1, found.size()).forEach(s -> inside.put(s.dir(), new ArrayList<>()));
        for (Page p : tree.pages()) {
            String d = p.dir();
            while (true) {
                List<Page> in = inside.get(d);
                if (in != null) {
                    in.add(p);
                }
                if (d.isEmpty()) {
                    break;
                }
                int slash = d.lastIndexOf('/');
                d = slash < 0 ? "" : d.substring(0, slash);
            }
        }
        List<Column> out = new ArrayList<>();
        out.add(new Column(found.get(0), tree.pages()));
        found.subList(1, found.size()).forEach(s -> out.add(new Column(s, List.copyOf(inside.get(s.dir())))));
        return out;
    }

    /** The groups of one kind over the catalogue documents (pages with a 索引号) of {@code pages}, sorted by name. */
    static List<Group> groups(List<Page> pages, Kind kind) {
        Comparator<String> order = kind.folder().equals("nf") ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Map<String, List<Page>> by = new TreeMap<>(order);
        for (Page p : pages) {
            Listed listed = Listed.of(p);
            String name = kind.name().apply(listed);
            if (!listed.indexNo().isBlank() && !name.isEmpty()) {
                by.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        by.keySet().forEach(name -> uses.merge(segment(kind, name), 1, Integer::sum));
        List<Group> out = new ArrayList<>();
        by.forEach((name, grouped) -> {
            grouped.sort(Comparator.comparing(
                            (Page p) -> p.meta().displayDate(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Page::source));
            String seg = segment(kind, name);
            // Two names that make one segment ("a/b" and "a b") get one each, told apart by their hash.
            out.add(new Group(name, uses.get(seg) > 1 ? seg + "-" + hash(name) : seg, List.copyOf(grouped)));
        });
        return out;
    }

    private static String segment(Kind kind, String name) {
        return kind.folder().equals("nf") ? name.replace("年", "") : segment(name);
    }

    /**
     * A group name (a 发布机构 or 主题分类 as editors typed it) as one valid path segment ({@link Addresses}):
     * every run of characters an address may not hold, dots and spaces becomes "-"; a name too long for one
     * segment keeps its start and gets a hash of the whole, so the address stays stable and distinct.
     */
    static String segment(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            boolean keep = c != '.' && Addresses.pageChar(c);
            if (keep) {
                b.appendCodePoint(c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        });
        String seg = b.toString();
        int budget = Addresses.MAX_SEGMENT - 9;
        if (seg.getBytes(StandardCharsets.UTF_8).length > budget) {
            int end = 0;
            int bytes = 0;
            while (end < seg.length()) {
                int c = seg.codePointAt(end);
                int n = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > budget) {
                    break;
                }
                bytes += n;
                end += Character.charCount(c);
            }
            return seg.substring(0, end) + "-" + hash(name);
        }
        return Addresses.pageProblem(seg) == null ? seg : seg + "-" + hash(name);
    }

    private static String hash(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
