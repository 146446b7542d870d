package io.expresso.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void shouldFormatLikeJavaTimeAcrossFourCenturies() {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2399-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            long millis = random.nextLong(from, to);
            assertEquals(REFERENCE.format(Instant.ofEpochMilli(millis)), Timestamps.format(millis));
        }
    }

    @Test
    void shouldFormatEdgesOfDaysMonthsAndLeapYears() {
        for (String text : new String[] {"1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z",
                "2024-02-29T12:00:00.007Z", "2100-03-01T00:00:00.000Z", "1999-12-31T23:59:59.999Z"}) {
            assertEquals(text, Timestamps.format(Instant.parse(text).toEpochMilli()));
        }
    }
}
