package io.expresso.codec.path;

import io.expresso.codec.testing.FixedScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.expresso.codec.json.Json;
import io.expresso.codec.json.JsonArray;
import io.expresso.codec.json.JsonObject;
import io.expresso.codec.json.JsonParser;
import org.junit.jupiter.api.Test;

class PathCompilationTest {

    private final FixedScope scope = new FixedScope(JsonObject.EMPTY, JsonObject.EMPTY);

    @Test
    void shouldKeepTheDefiniteFastPathClasses() {
        assertInstanceOf(RootPath.class, PathExpression.compile("$").path());
        assertInstanceOf(MemberPath.class, PathExpression.compile("$.a").path());
        assertInstanceOf(MemberChainPath.class, PathExpression.compile("$.a['b'].c").path());
        assertInstanceOf(StepPath.class, PathExpression.compile("$.a[0].c").path());
        assertInstanceOf(MemberChainPath.class, PathExpression.compileReference("$.a.b").path());
    }

    @Test
    void shouldCompileIndefinitePathsIntoSelectorChains() {
        for (String text : new String[] {"$[*]", "$..a", "$[1:]", "$[0,1]", "$[?(@.a)]", "$['a','b'].c"}) {
            JsonPath path = PathExpression.compile(text).path();
            assertInstanceOf(IndefinitePath.class, path, text);
            assertFalse(path.isDefinite(), text);
        }
    }

    @Test
    void shouldReturnAnEmptyArrayNotNullWhenAnIndefinitePathMatchesNothing() {
        Json selected = PathExpression.compile("$.a[?(@.x == 1)]").evaluate(JsonParser.parse("{\"a\":[]}"), scope);

        assertSame(JsonArray.EMPTY, selected);
    }

    @Test
    void shouldReturnTheSelectedNodesThemselvesNotCopies() {
        JsonObject input = (JsonObject) JsonParser.parse("{\"a\":[{\"x\":1},{\"x\":2}]}");
        JsonArray selected = (JsonArray) PathExpression.compile("$.a[*]").evaluate(input, scope);

        assertSame(((JsonArray) input.get("a")).get(1), selected.get(1));
    }

    @Test
    void shouldEvaluateTheSameCompiledPathRepeatedly() {
        PathExpression path = PathExpression.compile("$.a[?(@.s =~ /x.*/i)].n");
        Json first = path.evaluate(JsonParser.parse("{\"a\":[{\"s\":\"Xa\",\"n\":1}]}"), scope);
        Json second = path.evaluate(JsonParser.parse("{\"a\":[{\"s\":\"b\",\"n\":2},{\"s\":\"xb\",\"n\":3}]}"), scope);

        assertEquals("[1]", first.toString());
        assertEquals("[3]", second.toString());
        assertNotSame(first, second);
    }

    @Test
    void shouldTreatAMemberUnionAtTheEndAsOneMergedObject() {
        PathExpression path = PathExpression.compile("$.o['a','b']");

        assertTrue(path.isDefinite());
        assertEquals("{\"a\":1,\"b\":2}", path.evaluate(JsonParser.parse("{\"o\":{\"c\":0,\"b\":2,\"a\":1}}"), scope).toString());
    }

    @Test
    void shouldNameTheMergedMembersInTheMissText() {
        PathExpression path = PathExpression.compile("$.o['a','b']");

        assertEquals("Invalid path '$.o['a','b']' : No results for path: $['o']['a','b']",
                path.invalidPathCause(JsonParser.parse("{\"o\":5}"), scope));
    }

    @Test
    void shouldBuildTheInvalidPathCauseFromTheVariableValue() {
        FixedScope withVariable = new FixedScope(JsonObject.EMPTY, (JsonObject) JsonParser.parse("{\"v\":{\"a\":{}}}"));
        PathExpression path = PathExpression.compile("$v.a.b");

        assertEquals("Invalid path '$v.a.b' : No results for path: $['a']['b']",
                path.invalidPathCause(JsonObject.EMPTY, withVariable));
    }
}
