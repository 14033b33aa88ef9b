package cn.gov.jinjiang.gksite.testing;

import cn.gov.jinjiang.gksite.config.schema.JsonText;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A real JSON Schema validator (networknt, draft-07) over YAML read as VS Code's YAML extension reads it before it
 * applies a schema: YAML 1.2's core types ({@code true} is a boolean and {@code 2021} a number, but {@code yes},
 * {@code off} and {@code 2026-01-20} are texts). gksite's loaders read SnakeYAML's nodes as their text, so a schema
 * checked this way accepts what the loaders accept.
 */
public final class JsonSchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private JsonSchemas() {}

    /** The schema of a JSON text. */
    public static Schema load(String json) {
        return REGISTRY.getSchema(json, InputFormat.JSON);
    }

    /** The problems the draft-07 meta-schema finds in a schema's JSON text (none for a valid schema). */
    public static List<String> metaErrors(String json) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        return meta.validate(json, InputFormat.JSON).stream()
                .map(Object::toString)
                .toList();
    }

    /** What {@code schema} finds wrong in a YAML text (empty: valid). An empty YAML text is an empty mapping. */
    public static List<String> errors(Schema schema, String yaml) {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dump = new DumperOptions();
        Object tree =
                new Yaml(new TextDates(options), new Representer(dump), dump, options, new CoreSchema()).load(yaml);
        return schema.validate(JsonText.write(json(tree == null ? Map.of() : tree)), InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    /** SnakeYAML's safe objects as a JSON tree for {@link JsonText}: string keys, decimal numbers. */
    private static Object json(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), json(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(json(x)));
            return out;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : new BigDecimal(d.toString());
        }
        if (v instanceof Integer || v instanceof Long || v instanceof String || v instanceof Boolean || v == null) {
            return v;
        }
        return String.valueOf(v);
    }

    /** The implicit types of YAML 1.2's core schema (SnakeYAML's default is YAML 1.1's). */
    private static final class CoreSchema extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(
                    Tag.FLOAT,
                    Pattern.compile(
                            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| *)$"), "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** SnakeYAML's safe constructor with timestamps kept as the text written (2026-01-20). */
    private static final class TextDates extends SafeConstructor {
        TextDates(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
        }
    }
}
