package cn.gov.jinjiang.gksite.config.schema;

import java.util.Objects;

/**
 * One key of a YAML mapping as editors write it.
 *
 * @param name        the key as written, e.g. {@code base_url} or {@code 发布日期}
 * @param title       its name in Chinese, e.g. 网站地址 (the schema's title, and the loaders' messages)
 * @param description what it is for, Chinese first (an English sentence may follow)
 * @param type        what values it takes
 * @param required    whether a file without it (or with an empty value) is an error
 */
public record Key(String name, String title, String description, ValueType type, boolean required) {
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
    }

    /** An optional key. */
    public static Key optional(String name, String title, String description, ValueType type) {
        return new Key(name, title, description, type, false);
    }

    /** A required key. */
    public static Key required(String name, String title, String description, ValueType type) {
        return new Key(name, title, description, type, true);
    }

    /**
     * Whether the mapping that holds this key must have it: it is required itself, or it is a mapping with required
     * keys of its own (site.yaml without {@code site:} lacks {@code site.name}).
     */
    public boolean mandatory() {
        return required
                || type instanceof ValueType.Mapping m
                        && !m.shape().requiredKeys().isEmpty();
    }
}
