package org.newsanalytics.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgChartTest {
  private static TimeSeries twoSeries() {
    return TimeSeries.pivot(List.of(
        new TimeSeries.Point(LocalDate.parse("2025-06-02"), "distinct attacks", 2),
        new TimeSeries.Point(LocalDate.parse("2025-06-09"), "distinct attacks", 4),
        new TimeSeries.Point(LocalDate.parse("2025-06-02"), "mentions <all>", 5),
        new TimeSeries.Point(LocalDate.parse("2025-06-16"), "mentions <all>", 9)), "week");
  }

  /** Every chart must be well-formed XML, or the browser drops it. */
  private static void assertWellFormed(String svg) throws Exception {
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes("UTF-8")));
  }

  @Test
  void lineChartHasOneLinePerSeriesAPointPerPeriodAndALegend() throws Exception {
    String svg = SvgChart.line("Attacks & mentions", twoSeries(), "none");
    assertWellFormed(svg);
    assertEquals(2, count(svg, "<polyline"));
    assertEquals(6, count(svg, "<circle"), "2 series x 3 weeks");
    assertTrue(svg.contains("<title>Attacks &amp; mentions</title>"));
    assertTrue(svg.contains(">mentions &lt;all&gt;</text>"), "legend escaped");
    assertTrue(svg.contains(">2025-06-16</text>"));
    assertTrue(svg.contains(">12</text>"), "y axis: four steps of 3 cover 9");
  }

  @Test
  void theHighestPointTouchesTheTopGridlineOnlyWhenItIsRound() {
    Matcher m = Pattern.compile("points=\"([^\"]+)\"").matcher(SvgChart.line("t", TimeSeries.pivot(List.of(
        new TimeSeries.Point(LocalDate.parse("2025-06-02"), "a", 0),
        new TimeSeries.Point(LocalDate.parse("2025-06-03"), "a", 12)), "day"), "none"));
    assertTrue(m.find());
    String[] pts = m.group(1).split(" ");
    assertEquals(SvgChart.HEIGHT - 64.0, Double.parseDouble(pts[0].split(",")[1]), 0.01, "0 on the baseline");
    assertEquals(40.0, Double.parseDouble(pts[1].split(",")[1]), 0.01, "12 (four steps of 3) at the top");
  }

  @Test
  void emptyDataStillMakesOneChartThatSaysSo() throws Exception {
    String svg = SvgChart.line("Sanctions", new TimeSeries(List.of(), List.of()), "No data yet.");
    assertWellFormed(svg);
    assertEquals(1, count(svg, "<svg"));
    assertTrue(svg.contains(">No data yet.</text>"));
    assertFalse(svg.contains("<polyline"));
    assertTrue(SvgChart.bars("Modes", List.of(), List.of(), "nothing").contains(">nothing</text>"));
  }

  @Test
  void barsAreProportionalAndLabelled() throws Exception {
    String svg = SvgChart.bars("Speakers", List.of("Zelensky", "Peskov <b>"), List.of(8.0, 2.0), "none");
    assertWellFormed(svg);
    Matcher m = Pattern.compile("<rect x=\"\\d+\" y=\"[\\d.]+\" width=\"([\\d.]+)\"").matcher(svg);
    assertTrue(m.find());
    double first = Double.parseDouble(m.group(1));
    assertTrue(m.find());
    assertEquals(4.0, first / Double.parseDouble(m.group(1)), 0.01);
    assertTrue(svg.contains(">Peskov &lt;b&gt;</text>"));
    assertThrows(IllegalArgumentException.class, () -> SvgChart.bars("x", List.of("a"), List.of(), "none"));
  }

  @ParameterizedTest
  @CsvSource({"1,4", "3,4", "5,8", "9,12", "40,40", "41,80"})
  void countAxesHaveFourWholeSteps(double max, double top) {
    assertEquals(top, SvgChart.axisMax(List.of(new Series("s", List.of(0.0, max)))), 1e-9);
  }

  @Test
  void fractionalAxesMayHaveFractionalSteps() {
    assertEquals(0.8, SvgChart.axisMax(List.of(new Series("s", List.of(0.1, 0.7)))), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"0,1", "0.4,0.5", "1,1", "1.01,2", "2.25,3", "4,5", "9,10", "11,20", "2500,3000"})
  void stepsAreTheNextOneTwoThreeOrFive(double v, double step) {
    assertEquals(step, SvgChart.niceStep(v), 1e-9);
  }

  @Test
  void numbersHaveNoNeedlessFraction() {
    assertEquals("12", SvgChart.number(12.0));
    assertEquals("2.5", SvgChart.number(2.5));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
