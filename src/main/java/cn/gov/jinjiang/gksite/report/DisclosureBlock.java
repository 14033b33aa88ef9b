package cn.gov.jinjiang.gksite.report;

import java.util.List;

/**
 * A block of 表二 (主动公开政府信息情况): one item of 条例第二十条 with its own header row.
 *
 * @param item    e.g. 第二十条第（一）项
 * @param columns value columns (after the 信息内容 column)
 * @param rows    row labels, which are also their keys in data.yaml
 */
public record DisclosureBlock(String item, List<Column> columns, List<String> rows) {
    public DisclosureBlock {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
