package io.expresso.codec.uuid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomUuidsTest {

    private static final Pattern TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    static Stream<Supplier<String>> generators() {
        return Stream.of(RandomUuids::unique, RandomUuids::unguessable);
    }

    @ParameterizedTest
    @MethodSource("generators")
    void shouldWriteLowercaseVersion4UuidsOfTheIetfVariant(Supplier<String> generator) {
        for (int i = 0; i < 1_000; i++) {
            String text = generator.get();
            assertTrue(TEXT.matcher(text).matches(), text);
            UUID uuid = UUID.fromString(text);
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
        }
    }

    @ParameterizedTest
    @MethodSource("generators")
    void shouldDrawANewValueEachTime(Supplier<String> generator) {
        assertNotEquals(generator.get(), generator.get());
    }
}
