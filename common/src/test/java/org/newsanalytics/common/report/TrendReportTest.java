package org.newsanalytics.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendReportTest {
  private static final TimeSeries NONE = new TimeSeries(List.of(), List.of());
  private static final ReportData.Bars NO_BARS = new ReportData.Bars(List.of(), List.of());

  private static TableData empty(String message) {
    return new TableData(List.of("x"), List.of(), message);
  }

  static ReportData emptyWarehouse() {
    return new ReportData("/tmp/w", "week", Instant.parse("2026-01-02T03:04:05.678Z"), Map.of("articles", 0L),
        NONE, NONE, NONE, NO_BARS, NONE, NONE, NO_BARS, empty("No events yet."), empty("No talk rounds yet."),
        empty("No quotes yet."), empty("No quotes yet."), empty("Nothing rejected."), "");
  }

  @Test
  void anEmptyWarehouseStillHasEveryChartSayingNoDataYet() {
    String html = TrendReport.render(emptyWarehouse());
    assertEquals(TrendReport.CHART_COUNT, html.split("<svg", -1).length - 1);
    assertEquals(TrendReport.CHART_COUNT, html.split("No (articles|data) yet", -1).length - 1);
    assertTrue(html.contains("generated 2026-01-02T03:04:05 UTC"));
    assertTrue(html.contains("<p class=\"empty\">No talk rounds yet.</p>"));
  }

  @Test
  void thePageIsSelfContainedAndEscapesData() {
    TimeSeries articles = TimeSeries.pivot(List.of(new TimeSeries.Point(LocalDate.parse("2025-06-02"), "originals", 3)), "week");
    ReportData d = new ReportData("/w/<x>", "week", Instant.EPOCH, Map.of("articles", 3L), articles, NONE, NONE,
        new ReportData.Bars(List.of("drone"), List.of(2.0)), NONE, NONE, NO_BARS,
        new TableData(List.of("what"), List.of(List.of("<img src=x onerror=alert(1)>")), "none"),
        empty("n"), empty("n"), empty("n"), empty("n"), "3 attacks <dated> outside");
    String html = TrendReport.render(d);
    assertFalse(html.contains("<img"), "data is text, never markup");
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("src=\"http"), "nothing loaded from the network");
    assertFalse(html.contains("href=\"http"));
    assertTrue(html.contains("<code>/w/&lt;x&gt;</code>"));
    assertTrue(html.contains("<p class=\"note\">3 attacks &lt;dated&gt; outside</p>"), "the out-of-range line is text");
    assertEquals(TrendReport.CHART_COUNT, html.split("<svg", -1).length - 1);
  }
}
