package io.expresso.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class KeyInterningTest {

    @Test
    void shouldHandOutInternedKeysSoCompiledNamesMatchByIdentity() {
        JsonObject object = (JsonObject) JsonParser.parse("{\"customerId\":1,\"t\\u0069er\":2}");
        assertSame("customerId".intern(), object.keyAt(0));
        assertSame("tier".intern(), object.keyAt(1));
    }

    @Test
    void shouldNotInternVeryLongKeys() {
        String longKey = "k".repeat(40);
        JsonObject object = (JsonObject) JsonParser.parse("{\"" + longKey + "\":1}");
        assertEquals(longKey, object.keyAt(0));
        assertNotSame(longKey.intern(), object.keyAt(0));
    }
}
