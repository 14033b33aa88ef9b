package cn.gov.jinjiang.gksite.testing;

import cn.gov.jinjiang.gksite.config.schema.Key;
import cn.gov.jinjiang.gksite.config.schema.Shape;
import cn.gov.jinjiang.gksite.config.schema.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks that a loader and the JSON Schema made from the same {@link Shape} agree: for every key of the shape (and
 * of the mappings and lists below it) a valid file is changed in one place — the key set to values its type accepts
 * and refuses, the key left out, an unknown key added beside it — and the loader must object exactly when the schema
 * does, and both as the type says. A loader that reads a key by another type than its definition's, requires a key
 * the definition does not (or the reverse), or knows another set of keys, fails here.
 */
public final class KeyCases {
    /** Marks a key left out of the file. */
    public static final String ABSENT = "\u0000absent";

    /** One file tried: what was changed, the YAML text, and whether the type says it is valid. */
    public record Case(String change, String yaml, boolean valid) {}

    private final Map<ValueType, List<Sample>> special;

    /**
     * @param special the samples of types whose values only the caller knows (site.yaml's theme and base_url, a
     * report's
     *                年度): they replace the samples made from the type
     */
    public KeyCases(Map<ValueType, List<Sample>> special) {
        this.special = special;
    }

    /** A YAML value as written, and whether its type accepts it. */
    public record Sample(String yaml, boolean valid) {
        public static Sample ok(String yaml) {
            return new Sample(yaml, true);
        }

        public static Sample bad(String yaml) {
            return new Sample(yaml, false);
        }
    }

    /**
     * Every case for {@code shape}, starting from {@code base} (a valid file as nested maps and lists whose leaves are
     * YAML value texts; every list of mappings has one item).
     */
    public List<Case> cases(Shape shape, Map<String, Object> base) {
        List<Case> out = new ArrayList<>();
        walk(shape, List.of(), base, out, false);
        return out;
    }

    /** The cases the loader and the schema disagree on, or disagree with the type on, as readable lines. */
    public static List<String> disagreements(
            List<Case> cases, Predicate<String> loaderObjects, Predicate<String> schemaObjects) {
        List<String> out = new ArrayList<>();
        for (Case c : cases) {
            boolean loader = loaderObjects.test(c.yaml());
            boolean schema = schemaObjects.test(c.yaml());
            if (loader != !c.valid() || schema != !c.valid()) {
                out.add(c.change() + ": expected " + (c.valid() ? "valid" : "refused") + ", loader "
                        + (loader ? "objects" : "accepts") + ", schema " + (schema ? "refuses" : "accepts"));
            }
        }
        return out;
    }

    private void walk(Shape shape, List<Object> at, Map<String, Object> base, List<Case> out, boolean inChildren) {
        for (Key k : shape.keys()) {
            List<Object> path = with(at, k.name());
            for (Sample s : samples(k)) {
                out.add(new Case(show(path) + " = " + s.yaml(), Yaml.render(set(base, path, s.yaml())), s.valid()));
            }
            out.add(new Case(show(path) + " left out", Yaml.render(set(base, path, ABSENT)), !k.mandatory()));
            if (k.type() instanceof ValueType.Mapping m) {
                walk(m.shape(), path, base, out, inChildren);
            } else if (k.type() instanceof ValueType.Items i) {
                walk(i.shape(), with(path, 0), base, out, inChildren);
            } else if (k.type() instanceof ValueType.Children && !inChildren) {
                walk(shape, with(path, 0), base, out, true);
            }
        }
        if (shape.others() != null) {
            // any other key (site.yaml's checks: takes any code) is a value of that type
            Key other = Key.optional("report.R5", "", "", shape.others());
            for (Sample s : samples(other)) {
                out.add(new Case(
                        show(with(at, other.name())) + " = " + s.yaml(),
                        Yaml.render(set(base, with(at, other.name()), s.yaml())),
                        s.valid()));
            }
        } else {
            List<Object> path = with(at, "no_such_key");
            out.add(new Case(show(path) + " (unknown key)", Yaml.render(set(base, path, "1")), false));
        }
    }

    /** The samples of a key's type: values it takes and values it refuses. */
    private List<Sample> samples(Key k) {
        ValueType t = k.type();
        boolean mandatory = k.mandatory();
        if (special.containsKey(t)) {
            return special.get(t);
        }
        List<Sample> s = new ArrayList<>();
        if (t instanceof ValueType.Text text) {
            s.addAll(List.of(Sample.bad("[a, b]"), Sample.bad("{a: b}")));
            if (text.pattern() == null) {
                s.addAll(List.of(
                        Sample.ok("文字"),
                        Sample.ok("123"),
                        Sample.ok("true"),
                        new Sample("", !mandatory),
                        new Sample("'  '", !mandatory)));
            }
        } else if (t instanceof ValueType.Choice c) {
            c.values().forEach(v -> s.add(Sample.ok(v)));
            s.addAll(List.of(Sample.bad("nonsense"), Sample.bad("[a]"), new Sample("", c.emptyOk() && !mandatory)));
        } else if (t instanceof ValueType.Whole w) {
            s.addAll(List.of(
                    Sample.ok(String.valueOf(w.min())),
                    Sample.ok(String.valueOf(w.max())),
                    new Sample("", !mandatory),
                    Sample.bad("abc"),
                    Sample.bad("1.5"),
                    Sample.bad("[1]"),
                    Sample.bad(w.max() < Integer.MAX_VALUE ? String.valueOf(w.max() + 1) : "99999999999")));
            if (w.min() > Integer.MIN_VALUE) {
                s.add(Sample.bad(String.valueOf(w.min() - 1)));
            }
        } else if (t instanceof ValueType.Flag) {
            ValueType.Flag.YES.forEach(v -> s.add(Sample.ok(v)));
            ValueType.Flag.NO.forEach(v -> s.add(Sample.ok(v)));
            s.addAll(List.of(Sample.ok("'True'"), Sample.bad("on"), Sample.bad("'1'")));
            s.addAll(List.of(new Sample("", !mandatory), Sample.bad("maybe"), Sample.bad("1"), Sample.bad("[true]")));
        } else if (t instanceof ValueType.Day) {
            s.addAll(List.of(
                    Sample.ok("2025-01-20"),
                    Sample.ok("2025-01-20T09:30:00"),
                    new Sample("", !mandatory),
                    Sample.bad("2025年1月"),
                    Sample.bad("2025-13-01"),
                    Sample.bad("20250120"),
                    Sample.bad("[1]")));
        } else if (t instanceof ValueType.Share) {
            s.addAll(List.of(
                    Sample.ok("10%"),
                    Sample.ok("0.1"),
                    Sample.ok("1"),
                    Sample.ok("0"),
                    Sample.ok("'5 %'"),
                    Sample.ok("100%"),
                    new Sample("", !mandatory),
                    Sample.bad("150%"),
                    Sample.bad("2"),
                    Sample.bad("abc"),
                    Sample.bad("-0.1"),
                    Sample.bad("[1]")));
        } else if (t instanceof ValueType.Texts l) {
            s.addAll(List.of(
                    Sample.ok("[a, b]"),
                    Sample.ok("[]"),
                    new Sample("", l.nullOk() && !mandatory),
                    Sample.bad("a"),
                    Sample.bad("{a: b}"),
                    Sample.bad("[{a: b}]"),
                    new Sample("[a, ~]", !l.itemsRequired()),
                    new Sample("['']", !l.itemsRequired())));
        } else if (t instanceof ValueType.Mapping) {
            s.addAll(List.of(new Sample("", !mandatory), Sample.bad("文字"), Sample.bad("[a]")));
        } else if (t instanceof ValueType.Items || t instanceof ValueType.Children) {
            s.addAll(List.of(
                    new Sample("", !mandatory),
                    Sample.ok("[]"),
                    Sample.bad("文字"),
                    Sample.bad("{a: b}"),
                    Sample.bad("[文字]")));
        } else if (t instanceof ValueType.Figure f) {
            s.addAll(List.of(
                    Sample.ok("0"),
                    Sample.ok("12"),
                    Sample.ok("999999999999"),
                    new Sample("1.5", !f.whole()),
                    new Sample("-3", f.negative()),
                    Sample.bad(""),
                    Sample.bad("'/'"),
                    Sample.bad("'-'"),
                    Sample.bad("abc"),
                    Sample.bad("1e13"),
                    Sample.bad("[1]")));
        } else if (t instanceof ValueType.Figures f) {
            String zeros = "[" + String.join(", ", Collections.nCopies(f.size(), "0")) + "]";
            String oneShort = "[" + String.join(", ", Collections.nCopies(f.size() - 1, "0")) + "]";
            s.addAll(List.of(
                    Sample.ok(zeros),
                    Sample.ok(zeros.replaceFirst("0", "5")),
                    Sample.bad(oneShort),
                    Sample.bad(zeros.replace("]", ", 0]")),
                    Sample.bad(zeros.replaceFirst("0", "-1")),
                    Sample.bad(zeros.replaceFirst("0", "'/'")),
                    Sample.bad("0"),
                    Sample.bad("{a: 1}"),
                    Sample.bad("")));
        } else {
            throw new IllegalArgumentException("no samples for " + t);
        }
        return s;
    }

    private static List<Object> with(List<Object> path, Object segment) {
        List<Object> out = new ArrayList<>(path);
        out.add(segment);
        return out;
    }

    private static String show(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            sb.append(p instanceof Integer i ? "[" + i + "]" : (sb.isEmpty() ? "" : ".") + p);
        }
        return sb.toString();
    }

    /** A deep copy of {@code tree} with the value at {@code path} set (maps and lists made on the way). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> tree, List<Object> path, String value) {
        Map<String, Object> root = (Map<String, Object>) copy(tree);
        Object node = root;
        for (int i = 0; i < path.size(); i++) {
            Object seg = path.get(i);
            boolean last = i == path.size() - 1;
            if (node instanceof Map<?, ?> m) {
                Map<String, Object> map = (Map<String, Object>) m;
                if (last) {
                    if (value.equals(ABSENT)) {
                        map.remove((String) seg);
                    } else {
                        map.put((String) seg, value);
                    }
                    return root;
                }
                Object next = map.get(seg);
                if (!(next instanceof Map || next instanceof List)) {
                    next = path.get(i + 1) instanceof Integer
                            ? new ArrayList<>(List.of(new LinkedHashMap<>()))
                            : new LinkedHashMap<String, Object>();
                    map.put((String) seg, next);
                }
                node = next;
            } else {
                node = ((List<Object>) node).get((Integer) seg);
            }
        }
        return root;
    }

    private static Object copy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, copy(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return v;
    }

    /** Block-style YAML of a tree whose leaves are YAML value texts. */
    public static final class Yaml {
        private Yaml() {}

        public static String render(Map<String, Object> tree) {
            StringBuilder sb = new StringBuilder();
            map(sb, tree, "");
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static void map(StringBuilder sb, Map<String, Object> m, String indent) {
            boolean first = true;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                // the first key of a list item follows its "- " (the caller wrote the indent)
                sb.append(first && indent.endsWith("- ") ? "" : indent.replace("- ", "  "))
                        .append(e.getKey())
                        .append(':');
                first = false;
                Object v = e.getValue();
                if (v instanceof Map<?, ?> sub) {
                    if (sub.isEmpty()) {
                        sb.append(" {}\n");
                    } else {
                        sb.append('\n');
                        map(sb, (Map<String, Object>) sub, indent.replace("- ", "  ") + "  ");
                    }
                } else if (v instanceof List<?> items) {
                    sb.append(items.isEmpty() ? " []\n" : "\n");
                    for (Object item : items) {
                        String inner = indent.replace("- ", "  ") + "  - ";
                        sb.append(inner);
                        map(sb, (Map<String, Object>) item, inner);
                    }
                } else {
                    sb.append(v.toString().isEmpty() ? "" : " " + v).append('\n');
                }
            }
        }
    }
}
