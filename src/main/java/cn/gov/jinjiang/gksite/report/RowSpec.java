package cn.gov.jinjiang.gksite.report;

import java.util.List;

/**
 * A row label of 表三, possibly a group of rows (e.g. （三）不予公开 with its eight reasons).
 *
 * @param key      key in data.yaml, e.g. 不予公开
 * @param label    the label as printed, e.g. （三）不予公开
 * @param children sub-rows; empty for a row that holds numbers
 */
public record RowSpec(String key, String label, List<RowSpec> children) {
    public RowSpec {
        children = List.copyOf(children);
    }

    public static RowSpec leaf(String key, String label) {
        return new RowSpec(key, label, List.of());
    }

    public static RowSpec group(String key, String label, RowSpec... children) {
        return new RowSpec(key, label, List.of(children));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Number of numeric rows below (1 for a leaf): the rowspan of this label. */
    public int span() {
        return isLeaf() ? 1 : children.stream().mapToInt(RowSpec::span).sum();
    }
}
