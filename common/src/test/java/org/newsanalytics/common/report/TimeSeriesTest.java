package org.newsanalytics.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSeriesTest {
  private static TimeSeries.Point p(String date, String series, double v) {
    return new TimeSeries.Point(LocalDate.parse(date), series, v);
  }

  @Test
  void missingPeriodsBetweenFirstAndLastAreZero() {
    TimeSeries ts = TimeSeries.pivot(List.of(p("2025-06-02", "attacks", 3), p("2025-06-23", "attacks", 1),
        p("2025-06-09", "mentions", 7)), "week");
    assertEquals(List.of(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-16"),
        LocalDate.parse("2025-06-23")), ts.periods());
    assertEquals("attacks", ts.series().get(0).name(), "order of first appearance");
    assertEquals(List.of(3.0, 0.0, 0.0, 1.0), ts.series().get(0).values());
    assertEquals(List.of(0.0, 7.0, 0.0, 0.0), ts.series().get(1).values());
  }

  @Test
  void valuesInOnePeriodAddUp() {
    TimeSeries ts = TimeSeries.pivot(List.of(p("2025-06-03", "a", 1), p("2025-06-20", "a", 2)), "month");
    assertEquals(List.of(LocalDate.parse("2025-06-01")), ts.periods());
    assertEquals(List.of(3.0), ts.series().get(0).values());
  }

  @Test
  void noPointsIsEmpty() {
    assertTrue(TimeSeries.pivot(List.of(), "day").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
      "2025-06-01,week,2025-05-26", // a Sunday belongs to the week starting the Monday before
      "2025-06-02,week,2025-06-02",
      "2025-06-08,week,2025-06-02",
      "2025-06-30,month,2025-06-01",
      "2024-02-29,month,2024-02-01",
      "2025-06-30,day,2025-06-30"})
  void periodStartsAreSparksDateTrunc(String date, String granularity, String start) {
    assertEquals(LocalDate.parse(start), TimeSeries.periodStart(LocalDate.parse(date), granularity));
  }

  @Test
  void anUnknownGranularityNamesTheValidOnes() {
    var e = assertThrows(IllegalArgumentException.class, () -> TimeSeries.pivot(List.of(), "year"));
    assertEquals("Cannot use granularity 'year': expected one of day, week, month", e.getMessage());
  }

  @Test
  void aSeriesOfTheWrongLengthFails() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TimeSeries(List.of(LocalDate.parse("2025-01-01")), List.of(new Series("x", List.of(1.0, 2.0)))));
    assertEquals("Cannot make time series: x has 2 values for 1 periods", e.getMessage());
  }
}
