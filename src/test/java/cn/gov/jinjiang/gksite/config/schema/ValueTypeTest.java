package cn.gov.jinjiang.gksite.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each value type as JSON Schema, mandatory and optional, and which texts a patterned text accepts. */
class ValueTypeTest {
    private static final List<String> SCALARS = List.of("boolean", "number", "string");
    private static final List<String> SCALARS_OR_NULL = List.of("boolean", "null", "number", "string");
    private static final Shape LINK =
            Shape.closed("link", "链接", "一个链接。", Key.required("url", "地址", "链接的地址。", ValueType.Text.ANY));

    @Test
    void aTextAcceptsItsStrippedPatternWholeAndAnEmptyValueOnlyWhenAllowed() {
        ValueType.Text strict = new ValueType.Text("[a-z]+", false);
        ValueType.Text lenient = new ValueType.Text("[a-z]+", true);
        assertThat(strict.accepts(" abc ")).isTrue();
        assertThat(strict.accepts("abc1")).isFalse();
        assertThat(strict.accepts("A")).isFalse();
        assertThat(strict.accepts("  ")).isFalse();
        assertThat(lenient.accepts("  ")).isTrue();
        assertThat(lenient.accepts("1")).isFalse();
        assertThat(ValueType.Text.ANY.accepts("任何 文字")).isTrue();
        assertThat(ValueType.Text.ANY.accepts("")).isTrue();
    }

    @Test
    void anyTextIsAnyScalarAndNotBlankWhenMandatory() {
        assertThat(schema(ValueType.Text.ANY, true)).isEqualTo(Map.of("type", SCALARS, "pattern", "\\S"));
        assertThat(schema(ValueType.Text.ANY, false)).isEqualTo(Map.of("type", SCALARS_OR_NULL));
    }

    @Test
    void aPatternedTextIsAStringMatchingItWholeOrEmptyWhenOptionalAndAllowed() {
        ValueType.Text lenient = new ValueType.Text("[a-z]+", true);
        ValueType.Text strict = new ValueType.Text("[a-z]+", false);
        assertThat(schema(lenient, false))
                .isEqualTo(Map.of("type", List.of("null", "string"), "pattern", "^(?:[a-z]+)?$"));
        assertThat(schema(lenient, true)).isEqualTo(Map.of("type", "string", "pattern", "^(?:[a-z]+)$"));
        assertThat(schema(strict, false)).isEqualTo(Map.of("type", "string", "pattern", "^(?:[a-z]+)$"));
        assertThat(schema(strict, true)).isEqualTo(Map.of("type", "string", "pattern", "^(?:[a-z]+)$"));
    }

    @Test
    void aChoiceListsItsWordsWithTheNumbersYamlReadsAndEmptyOnlyWhenOptionalAndAllowed() {
        ValueType.Choice choice = new ValueType.Choice(List.of("2021", "甲", "0", "-5", "012", "1.5"), true);
        List<Object> words = List.of("2021", 2021L, "甲", "0", 0L, "-5", -5L, "012", "1.5");
        assertThat(schema(choice, true)).isEqualTo(Map.of("enum", words));
        assertThat(schema(choice, false)).isEqualTo(Map.of("enum", with(words, "", null)));
        assertThat(schema(new ValueType.Choice(List.of("a"), false), false)).isEqualTo(Map.of("enum", List.of("a")));
    }

    @Test
    void aWholeNumberHasItsBoundsAndMayBeEmptyWhenOptional() {
        assertThat(schema(new ValueType.Whole(1, 10), true))
                .isEqualTo(Map.of("type", "integer", "minimum", 1L, "maximum", 10L));
        assertThat(schema(ValueType.Whole.ANY, false))
                .isEqualTo(Map.of(
                        "type", List.of("integer", "null"), "minimum", (long) Integer.MIN_VALUE, "maximum", (long)
                                Integer.MAX_VALUE));
    }

    @Test
    void aFlagIsOneOfItsWordsOrEmptyWhenOptional() {
        List<Object> words =
                List.of(true, false, "true", "True", "TRUE", "yes", "是", "false", "False", "FALSE", "no", "否");
        assertThat(schema(new ValueType.Flag(), true)).isEqualTo(Map.of("enum", words));
        assertThat(schema(new ValueType.Flag(), false)).isEqualTo(Map.of("enum", with(words, "", null)));
    }

    @Test
    void aDayIsAStringOfTheDatePatternOrEmptyWhenOptional() {
        String pattern = "^" + ValueType.Day.PATTERN + "$";
        assertThat(schema(new ValueType.Day(), true)).isEqualTo(Map.of("type", "string", "pattern", pattern));
        assertThat(schema(new ValueType.Day(), false))
                .isEqualTo(Map.of("type", List.of("null", "string"), "pattern", pattern));
    }

    @Test
    void aShareIsANumberFromZeroToOneOrAPercentageOrEmptyWhenOptional() {
        Map<String, Object> number = Map.of("type", "number", "minimum", 0, "maximum", 1);
        Map<String, Object> text = Map.of("type", "string", "pattern", ValueType.Share.TEXT);
        assertThat(schema(new ValueType.Share(), true)).isEqualTo(Map.of("anyOf", List.of(number, text)));
        assertThat(schema(new ValueType.Share(), false))
                .isEqualTo(Map.of("anyOf", List.of(Map.of("type", "null"), number, text)));
    }

    @Test
    void aListOfTextsRequiresItsItemsOrMayBeEmptyAsItSays() {
        assertThat(schema(new ValueType.Texts(true, false), false))
                .isEqualTo(Map.of("type", "array", "items", Map.of("type", SCALARS, "minLength", 1)));
        assertThat(schema(new ValueType.Texts(false, true), false))
                .isEqualTo(Map.of("type", List.of("array", "null"), "items", Map.of("type", SCALARS_OR_NULL)));
        assertThat(schema(new ValueType.Texts(false, true), true))
                .isEqualTo(Map.of("type", "array", "items", Map.of("type", SCALARS_OR_NULL)));
    }

    @Test
    void aMappingIsAnObjectOfItsShapeAndAListOfItemsRefersToItsDefinition() {
        JsonSchemaWriter.Context ctx = new JsonSchemaWriter.Context();
        Map<String, Object> mapping = new ValueType.Mapping(LINK).schema(ctx, false);
        assertThat(mapping).containsEntry("type", List.of("null", "object")).containsEntry("title", "链接");
        assertThat(mapping).containsEntry("required", List.of("url"));
        Map<String, Object> ref = Map.of("$ref", "#/definitions/link");
        assertThat(new ValueType.Items(LINK).schema(ctx, true)).isEqualTo(Map.of("type", "array", "items", ref));
        assertThat(new ValueType.Items(LINK).schema(ctx, false))
                .isEqualTo(Map.of("type", List.of("array", "null"), "items", ref));
    }

    @Test
    void childrenAreAListOfTheMappingThatHoldsThem() {
        Shape menu =
                Shape.closed("entry", "菜单项", "一项。", Key.optional("children", "下级", "下级菜单项。", new ValueType.Children()));
        String json = JsonSchemaWriter.document(menu);
        assertThat(json).contains("\"$ref\": \"#/definitions/entry\"", "\"type\": [\"array\", \"null\"]");
    }

    @Test
    void aFigureIsBoundedByItsDigitsAndSign() {
        assertThat(schema(new ValueType.Figure(true, false, 3), true))
                .isEqualTo(Map.of("type", "integer", "minimum", BigDecimal.ZERO, "maximum", new BigDecimal("999")));
        assertThat(schema(new ValueType.Figure(false, true, 2), true))
                .isEqualTo(Map.of(
                        "type", "number", "minimum", new BigDecimal("-99"), "maximum", new BigDecimal("99.999999")));
    }

    @Test
    void aRowOfFiguresHasExactlyItsSize() {
        ValueType.Figure count = new ValueType.Figure(true, false, 4);
        assertThat(schema(new ValueType.Figures(7, count), false))
                .isEqualTo(Map.of("type", "array", "minItems", 7, "maxItems", 7, "items", schema(count, true)));
    }

    private static Map<String, Object> schema(ValueType type, boolean mandatory) {
        return type.schema(new JsonSchemaWriter.Context(), mandatory);
    }

    private static List<Object> with(List<Object> list, Object... more) {
        List<Object> out = new ArrayList<>(list);
        out.addAll(Arrays.asList(more));
        return out;
    }
}
