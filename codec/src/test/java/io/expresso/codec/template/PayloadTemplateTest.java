package io.expresso.codec.template;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import io.expresso.codec.testing.FixedScope;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    @Test
    void shouldShareConstantSubtreesAcrossEvaluations() {
        JsonObject template = (JsonObject) JsonParser.parse("{\"fixed\":{\"deep\":[1,2,3]},\"v.$\":\"$.v\"}");
        PayloadTemplate compiled = PayloadTemplate.compile(template);
        JsonObject first = (JsonObject) compiled.evaluate(JsonParser.parse("{\"v\":1}"), FixedScope.empty());
        JsonObject second = (JsonObject) compiled.evaluate(JsonParser.parse("{\"v\":2}"), FixedScope.empty());
        assertSame(template.get("fixed"), first.get("fixed"));
        assertSame(first.get("fixed"), second.get("fixed"));
    }

    @Test
    void shouldPlaceSelectedValueWithoutCopyingIt() {
        Json input = JsonParser.parse("{\"doc\":{\"a\":{\"b\":1}}}");
        JsonObject out = (JsonObject) PayloadTemplate.compile((JsonObject) JsonParser.parse("{\"d.$\":\"$.doc\"}"))
                .evaluate(input, FixedScope.empty());
        assertSame(((JsonObject) input).get("doc"), out.get("d"));
    }

    @Test
    void shouldReturnTheDefinitionObjectWhenNothingIsEvaluated() {
        JsonObject template = (JsonObject) JsonParser.parse("{\"a\":1,\"b\":{\"c\":\"$.x\"}}");
        assertSame(template, PayloadTemplate.compile(template).evaluate(JsonObject.EMPTY, FixedScope.empty()));
    }
}
