package cn.gov.jinjiang.gksite.config.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What values a key takes, as the loaders read them. Each type also says how it is written as JSON Schema (draft-07,
 * the version VS Code's YAML extension reads fully), so the schema accepts what the loader accepts: a text key takes
 * any scalar because the loaders read every scalar as its text ({@code postcode: 362200} is fine), an optional key
 * takes an empty value because the loaders read it as "not given".
 */
public sealed interface ValueType {
    /** The scalar JSON types a YAML scalar can become: the loaders read each one as its text. */
    List<String> SCALARS = List.of("boolean", "number", "string");

    /**
     * This type as a JSON Schema.
     *
     * @param mandatory whether the key must have a value (an empty one is refused)
     */
    Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory);

    /**
     * Text: any scalar, read as its text; when {@code pattern} is set, the stripped text must match it whole.
     *
     * @param pattern a regular expression that means the same in Java and in JavaScript (no {@code \p{…}}, no
     *                possessive or atomic groups), or null for any text
     * @param emptyOk with a pattern: whether an empty value is allowed (it is not checked then)
     */
    record Text(String pattern, boolean emptyOk) implements ValueType {
        /** Any text. */
        public static final Text ANY = new Text(null, true);

        /** Whether {@code text} (as read, before stripping) is a value of this type. */
        public boolean accepts(String text) {
            String s = text.strip();
            return pattern == null || s.isEmpty() && emptyOk || s.matches(pattern);
        }

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> s = new TreeMap<>();
            if (pattern == null) {
                s.put("type", mandatory ? SCALARS : withNull(SCALARS));
                if (mandatory) {
                    s.put("pattern", "\\S");
                }
            } else {
                s.put("type", emptyOk && !mandatory ? List.of("null", "string") : "string");
                s.put("pattern", emptyOk && !mandatory ? "^(?:" + pattern + ")?$" : "^(?:" + pattern + ")$");
            }
            return s;
        }
    }

    /**
     * One of a few words, compared as written.
     *
     * @param values  the words allowed
     * @param emptyOk whether an empty value is allowed too (it means "not given")
     */
    record Choice(List<String> values, boolean emptyOk) implements ValueType {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            List<Object> allowed = new ArrayList<>();
            for (String v : values) {
                allowed.add(v);
                if (v.matches("-?[1-9]\\d{0,17}|0")) {
                    // YAML reads 格式: 2021 as a number; the loader compares its text
                    allowed.add(Long.parseLong(v));
                }
            }
            if (emptyOk && !mandatory) {
                allowed.add("");
                allowed.add(null);
            }
            Map<String, Object> s = new TreeMap<>();
            s.put("enum", allowed);
            return s;
        }
    }

    /** A whole number from {@code min} to {@code max} (the loaders read it with {@link Integer#parseInt}). */
    record Whole(long min, long max) implements ValueType {
        /** Any {@code int}. */
        public static final Whole ANY = new Whole(Integer.MIN_VALUE, Integer.MAX_VALUE);

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> s = new TreeMap<>();
            s.put("type", mandatory ? "integer" : List.of("integer", "null"));
            s.put("minimum", min);
            s.put("maximum", max);
            return s;
        }
    }

    /**
     * Yes or no: {@code true}/{@code false} (as YAML 1.2 writes them, also capitalised), {@code yes}/{@code no} or
     * {@code 是}/{@code 否}.
     */
    record Flag() implements ValueType {
        public static final List<String> YES = List.of("true", "True", "TRUE", "yes", "是");
        public static final List<String> NO = List.of("false", "False", "FALSE", "no", "否");

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            List<Object> allowed = new ArrayList<>(List.of(true, false));
            allowed.addAll(YES);
            allowed.addAll(NO);
            if (!mandatory) {
                allowed.add("");
                allowed.add(null);
            }
            Map<String, Object> s = new TreeMap<>();
            s.put("enum", allowed);
            return s;
        }
    }

    /** A date written YYYY-MM-DD (a time after it, as in {@code 2026-01-20T09:00}, is ignored). */
    record Day() implements ValueType {
        /** The form of a date, in Java and in JavaScript. */
        public static final String PATTERN = "\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:[T ].*)?";

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> s = new TreeMap<>();
            s.put("type", mandatory ? "string" : List.of("null", "string"));
            s.put("pattern", "^" + PATTERN + "$");
            return s;
        }
    }

    /** A share from 0 to 1, written as a number ({@code 0.1}) or a percentage ({@code 10%}). */
    record Share() implements ValueType {
        /**
         * A fraction 0…1 or a percentage 0…100 followed by %, as text (quoted in YAML), or nothing; the loader strips
         * the text and reads it with {@link Double#parseDouble}.
         */
        static final String TEXT = "^\\s*(?:|0+(?:\\.\\d*)?|0*\\.\\d+|0*1(?:\\.0*)?"
                + "|(?:0*\\d{1,2}(?:\\.\\d*)?|0*\\.\\d+|0*100(?:\\.0*)?)\\s*%)\\s*$";

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> number = new TreeMap<>(Map.of("type", "number", "minimum", 0, "maximum", 1));
            Map<String, Object> text = new TreeMap<>(Map.of("type", "string", "pattern", TEXT));
            List<Object> any = new ArrayList<>(List.of(number, text));
            if (!mandatory) {
                any.add(0, new TreeMap<>(Map.of("type", "null")));
            }
            return new TreeMap<>(Map.of("anyOf", any));
        }
    }

    /**
     * A list of texts.
     *
     * @param itemsRequired whether every item must be a non-empty text (otherwise empty items are skipped)
     * @param nullOk        whether an empty value (no list at all) is allowed
     */
    record Texts(boolean itemsRequired, boolean nullOk) implements ValueType {
        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> item = new TreeMap<>();
            item.put("type", itemsRequired ? SCALARS : withNull(SCALARS));
            if (itemsRequired) {
                item.put("minLength", 1);
            }
            Map<String, Object> s = new TreeMap<>();
            s.put("type", mandatory || !nullOk ? "array" : List.of("array", "null"));
            s.put("items", item);
            return s;
        }
    }

    /** A mapping of its own keys. */
    record Mapping(Shape shape) implements ValueType {
        public Mapping {
            Objects.requireNonNull(shape, "shape");
        }

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            return ctx.object(shape, mandatory);
        }
    }

    /** A list whose every item is a mapping of {@code shape} (each item written {@code - {label: …, url: …}}). */
    record Items(Shape shape) implements ValueType {
        public Items {
            Objects.requireNonNull(shape, "shape");
        }

        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            return list(ctx.reference(shape), mandatory);
        }
    }

    /** A list of items of the same shape as the item that holds it (a menu entry's {@code children}). */
    record Children() implements ValueType {
        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            return list(ctx.reference(ctx.current()), mandatory);
        }
    }

    /**
     * A figure of a statistical table: never empty.
     *
     * @param whole    whether it is a count (no decimals)
     * @param negative whether it may be below zero (a change, 本年增/减)
     * @param digits   the most digits before the point
     */
    record Figure(boolean whole, boolean negative, int digits) implements ValueType {
        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            BigDecimal max = BigDecimal.TEN.pow(digits).subtract(BigDecimal.ONE);
            Map<String, Object> s = new TreeMap<>();
            s.put("type", whole ? "integer" : "number");
            s.put("minimum", negative ? max.negate() : BigDecimal.ZERO);
            s.put("maximum", whole ? max : max.add(new BigDecimal("0.999999")));
            return s;
        }
    }

    /** A row of {@code size} figures written as a list: {@code [20, 0, 0, 0, 0, 0, 20]}. */
    record Figures(int size, Figure item) implements ValueType {
        @Override
        public Map<String, Object> schema(JsonSchemaWriter.Context ctx, boolean mandatory) {
            Map<String, Object> s = new TreeMap<>();
            s.put("type", "array");
            s.put("minItems", size);
            s.put("maxItems", size);
            s.put("items", item.schema(ctx, true));
            return s;
        }
    }

    private static List<String> withNull(List<String> types) {
        List<String> out = new ArrayList<>(types);
        out.add("null");
        out.sort(null);
        return List.copyOf(out);
    }

    private static Map<String, Object> list(Map<String, Object> item, boolean mandatory) {
        Map<String, Object> s = new TreeMap<>();
        s.put("type", mandatory ? "array" : List.of("array", "null"));
        s.put("items", item);
        return s;
    }
}
