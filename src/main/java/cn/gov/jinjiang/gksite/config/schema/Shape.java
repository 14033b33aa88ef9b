package cn.gov.jinjiang.gksite.config.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping editors write: its keys, in the order the documentation lists them.
 *
 * @param id          a stable name for the mapping (the JSON Schema definition it becomes when it is referred to)
 * @param title       its name in Chinese
 * @param description what it is for
 * @param keys        the keys it may have
 * @param others      the type of any other key's value (site.yaml's {@code checks:} takes any diagnostic code), or
 *                    null when a key not in {@code keys} is unknown
 */
public record Shape(String id, String title, String description, List<Key> keys, ValueType others) {
    public Shape {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        keys = List.copyOf(keys);
        if (keys.stream().map(Key::name).distinct().count() != keys.size()) {
            throw new IllegalArgumentException("a key is listed twice in " + id);
        }
    }

    /** A mapping with exactly {@code keys}. */
    public static Shape closed(String id, String title, String description, Key... keys) {
        return new Shape(id, title, description, List.of(keys), null);
    }

    /** The key names a loader knows ({@code YamlMap.read}'s {@code known}), or null when any key is allowed. */
    public List<String> known() {
        return others == null ? names() : null;
    }

    /** Every listed key name, in order. */
    public List<String> names() {
        return keys.stream().map(Key::name).toList();
    }

    /** The keys that must be present and not empty, in order. */
    public List<Key> requiredKeys() {
        return keys.stream().filter(Key::required).toList();
    }

    public Optional<Key> key(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The key {@code name}; a defect of gksite when it is not listed. */
    public Key get(String name) {
        return key(name).orElseThrow(() -> new IllegalArgumentException("no key " + name + " in " + id));
    }
}
