package org.newsanalytics.common.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the trend report shows, already read from the warehouse and aggregated; the
 * renderer only lays it out. Bar lists are in display order (largest first). Event charts span
 * the articles' publication range; {@code outOfRange} says what was dated outside it and so not
 * plotted (empty when nothing was).
 */
public record ReportData(
    String warehouse,
    String granularity,
    Instant generatedAt,
    Map<String, Long> tableRows,
    TimeSeries articles,
    TimeSeries attacks,
    TimeSeries casualties,
    Bars attacksByMode,
    TimeSeries sanctions,
    TimeSeries entities,
    Bars topSpeakers,
    TableData topEvents,
    TableData talkRounds,
    TableData speakers,
    TableData quotes,
    TableData rejects,
    String outOfRange) {

  /** Labelled values for a bar chart. */
  public record Bars(List<String> labels, List<Double> values) {
    public Bars {
      labels = List.copyOf(labels);
      values = List.copyOf(values);
      if (labels.size() != values.size()) {
        throw new IllegalArgumentException("Cannot make bars: " + labels.size() + " labels for " + values.size() + " values");
      }
    }
  }

  public ReportData {
    TimeSeries.checkGranularity(granularity);
    tableRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
    outOfRange = outOfRange == null ? "" : outOfRange;
  }
}
