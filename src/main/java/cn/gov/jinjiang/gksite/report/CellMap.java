package cn.gov.jinjiang.gksite.report;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A report's cells, read-only, keyed by {@link AnnualReport#key} in the order they were given, and also found by
 * table, row and column without building the key: the rules, the page and the downloads look cells up hundreds of
 * times per report, and on a platform with thousands of reports the key strings alone were a tenth of the build.
 */
final class CellMap extends AbstractMap<String, Cell> {
    private final Map<String, Cell> byKey;
    private final Map<String, Map<String, Map<String, Cell>>> byPart = new HashMap<>();

    private CellMap(Map<String, Cell> cells) {
        Map<String, Cell> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "cell key");
            Cell cell = Objects.requireNonNull(e.getValue(), "cell");
            copy.put(key, cell);
            // table|row|column: the table and the column have no "|", a row may (it is what lies between them)
            int first = key.indexOf('|');
            int last = key.lastIndexOf('|');
            if (last > first) {
                byPart.computeIfAbsent(key.substring(0, first), t -> new HashMap<>())
                        .computeIfAbsent(key.substring(first + 1, last), r -> new HashMap<>())
                        .put(key.substring(last + 1), cell);
            }
        }
        byKey = Collections.unmodifiableMap(copy);
    }

    /** {@code cells} as a cell map (the same map when it is one already). */
    static CellMap of(Map<String, Cell> cells) {
        return cells instanceof CellMap m ? m : new CellMap(cells);
    }

    /** The cell at {@code table}, {@code row}, {@code column} (neither table nor column with a "|"), or null. */
    Cell get(String table, String row, String column) {
        Map<String, Map<String, Cell>> rows = byPart.get(table);
        Map<String, Cell> columns = rows == null ? null : rows.get(row);
        return columns == null ? null : columns.get(column);
    }

    @Override
    public Cell get(Object key) {
        return byKey.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey.containsKey(key);
    }

    @Override
    public int size() {
        return byKey.size();
    }

    @Override
    public Set<Entry<String, Cell>> entrySet() {
        return byKey.entrySet();
    }
}
