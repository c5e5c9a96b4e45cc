package org.newsanalytics.common.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Series over consecutive periods (day, week or month starts), ready to plot. */
public record TimeSeries(List<LocalDate> periods, List<Series> series) {
  /** Granularities of the trend tables; weeks start on Monday as Spark's date_trunc('week') does. */
  public static final List<String> GRANULARITIES = List.of("day", "week", "month");

  /** One value of one series in one period, as read from a long-format trend table. */
  public record Point(LocalDate period, String series, double value) {}

  public TimeSeries {
    periods = List.copyOf(periods);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != periods.size()) {
        throw new IllegalArgumentException("Cannot make time series: " + s.name() + " has " + s.values().size()
            + " values for " + periods.size() + " periods");
      }
    }
  }

  public boolean isEmpty() {
    return periods.isEmpty() || series.isEmpty();
  }

  /**
   * Pivots long rows into series over every period from the first to the last, so a period
   * with no rows shows as 0 instead of vanishing from the axis. Series keep the order in
   * which they first appear; values of one series in one period add up.
   */
  public static TimeSeries pivot(List<Point> points, String granularity) {
    checkGranularity(granularity);
    if (points.isEmpty()) {
      return new TimeSeries(List.of(), List.of());
    }
    Map<String, Map<LocalDate, Double>> bySeries = new LinkedHashMap<>();
    TreeMap<LocalDate, Boolean> seen = new TreeMap<>();
    for (Point p : points) {
      LocalDate start = periodStart(p.period(), granularity);
      seen.put(start, true);
      bySeries.computeIfAbsent(p.series(), k -> new LinkedHashMap<>()).merge(start, p.value(), Double::sum);
    }
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate d = seen.firstKey(); !d.isAfter(seen.lastKey()); d = next(d, granularity)) {
      periods.add(d);
    }
    List<Series> series = new ArrayList<>();
    bySeries.forEach((name, values) -> series.add(new Series(name, periods.stream().map(d -> values.getOrDefault(d, 0.0)).toList())));
    return new TimeSeries(periods, series);
  }

  /** The start of the period holding {@code date}. */
  public static LocalDate periodStart(LocalDate date, String granularity) {
    checkGranularity(granularity);
    return switch (granularity) {
      case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> date.withDayOfMonth(1);
      default -> date;
    };
  }

  private static LocalDate next(LocalDate start, String granularity) {
    return switch (granularity) {
      case "week" -> start.plusWeeks(1);
      case "month" -> start.plusMonths(1);
      default -> start.plusDays(1);
    };
  }

  public static void checkGranularity(String granularity) {
    if (!GRANULARITIES.contains(granularity)) {
      throw new IllegalArgumentException("Cannot use granularity '" + granularity + "': expected one of "
          + String.join(", ", GRANULARITIES));
    }
  }
}
