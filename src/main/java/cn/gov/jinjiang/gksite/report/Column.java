package cn.gov.jinjiang.gksite.report;

/**
 * A column of a report table.
 *
 * @param key   the key in data.yaml (for 表二 also the header text)
 * @param label the header text as the national format prints it
 * @param kind  what its cells hold
 */
public record Column(String key, String label, ValueKind kind) {
    public static Column count(String key) {
        return new Column(key, key, ValueKind.COUNT);
    }
}
