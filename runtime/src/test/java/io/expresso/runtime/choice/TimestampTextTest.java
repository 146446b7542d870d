package io.expresso.runtime.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2016-03-14T01:59:00Z",
        "2016-03-14T01:59:00.123456789Z",
        "2016-03-14T02:59:00+01:00",
    })
    void shouldReadTheSameInstantWhateverTheForm(String text) {
        assertEquals(Instant.parse("2016-03-14T01:59:00Z"), TimestampText.parse(text).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Arabic-Indic, Devanagari and full-width digits, in the date, the time, the fraction and the offset. */
    @ParameterizedTest
    @ValueSource(strings = {
        "\u0662016-03-14T01:59:00Z",
        "2016-03-\u0967\u096aT01:59:00Z",
        "2016-03-14T01:59:0\uff10Z",
        "2016-03-14T01:59:00.\u0661Z",
        "2016-03-14T01:59:00.1\u0662Z",
        "2016-03-14T01:59:00+0\u0661:00",
    })
    void shouldRefuseDigitsOutsideAscii(String text) {
        assertNull(TimestampText.parse(text));
    }
}
