package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class SpreadTest {

    @Test
    void shouldGiveTheMedianOfAnOddCount() {
        assertEquals(5, Spread.of(new double[] {9, 1, 5}).median());
    }

    @Test
    void shouldGiveTheMeanOfTheMiddleTwoOfAnEvenCount() {
        assertEquals(4, Spread.of(new double[] {1, 3, 5, 9}).median());
    }

    @Test
    void shouldWriteTheMedianWithItsRange() {
        assertEquals("5 (1–9)", Spread.of(new double[] {9, 1, 5}).text(Numbers::plain));
    }

    @Test
    void shouldWriteOneFigureAlone() {
        assertEquals("7", Spread.of(new double[] {7}).text(Numbers::plain));
    }

    @Test
    void shouldWriteNothingMeasuredAsNotAvailable() {
        assertEquals("n/a", Spread.of(new double[0]).text(Numbers::plain));
    }
}
