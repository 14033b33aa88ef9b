package cn.gov.jinjiang.gksite.render;

import cn.gov.jinjiang.gksite.content.ContentTree;
import cn.gov.jinjiang.gksite.content.Page;
import cn.gov.jinjiang.gksite.content.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The catalogue's lists by 主题分类, by 发布机构 and by year (条例第二十四条: 检索、查阅): every page with a
 * 索引号 grouped three ways, under the column folder that has the left menu (menu.yaml), at stable
 * addresses {@code <column>/zt/<主题分类>/}, {@code <column>/jg/<发布机构>/} and {@code <column>/nf/<year>/},
 * each with an overview page listing its groups.
 */
final class Facets {
    /** One way of grouping: its folder, title and how a page's group name is read. */
    record Kind(String folder, String title, Function<Page, String> name) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("zt", "按主题分类", p -> p.meta().topic().strip()),
            new Kind("jg", "按发布机构", p -> p.meta().publisher().strip()),
            new Kind("nf", "按年度", p -> p.meta().displayDate() == null ? "" : p.meta().displayDate().getYear() + "年"));

    /** A group: its name, folder name (URL segment) and its pages, newest first. */
    record Group(String name, String segment, List<Page> pages) {
    }

    private Facets() {
    }

    /** The column folder the lists live under: the first folder (in tree order) with a menu.yaml. */
    static Optional<Section> column(ContentTree tree) {
        return tree.sections().values().stream().filter(s -> s.data().containsKey(ColumnMenu.FILE)).findFirst();
    }

    /** The groups of one kind over the catalogue documents (pages with a 索引号), sorted by name. */
    static List<Group> groups(ContentTree tree, Kind kind) {
        Comparator<String> order = kind.folder().equals("nf") ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Map<String, List<Page>> by = new TreeMap<>(order);
        for (Page p : tree.pages()) {
            String name = kind.name().apply(p);
            if (!p.meta().indexNo().isBlank() && !name.isEmpty()) {
                by.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> out = new ArrayList<>();
        by.forEach((name, pages) -> {
            pages.sort(Comparator.comparing((Page p) -> p.meta().displayDate(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Page::source));
            String seg = kind.folder().equals("nf") ? name.replace("年", "") : segment(name);
            out.add(new Group(name, seg, List.copyOf(pages)));
        });
        return out;
    }

    /** A group name as one path segment: no slashes, spaces or dots that would change the address. */
    static String segment(String name) {
        return name.replaceAll("[\\s/\\\\?#%.]+", "-");
    }

    static Views.Link link(Page p) {
        return new Views.Link(p.meta().title(), p.url(),
                p.meta().displayDate() == null ? "" : p.meta().displayDate().toString(), p.meta().sample());
    }
}
