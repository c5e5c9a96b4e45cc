package org.newsanalytics.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
  /** The seed article's publication date, a Tuesday. */
  private static final LocalDate SEED = LocalDate.of(2025, 7, 22);

  private static DateExpression only(String text, LocalDate anchor) {
    List<DateExpression> found = DateFinder.find(text, anchor);
    assertEquals(1, found.size(), () -> "in \"" + text + "\": " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      hundreds of drones on Monday night that killed two people and injured 15      | Monday night      | 2025-07-21 | DAY   | 2025-07-21
      Peace talks between Ukraine and Russia are planned for Wednesday in Turkey    | Wednesday         | 2025-07-23 | DAY   | 2025-07-23
      Umerov reported that the meeting is planned for Wednesday.                    | Wednesday         | 2025-07-23 | DAY   | 2025-07-23
      he spoke with Rustem Umerov on Monday in preparation for a prisoner exchange  | Monday            | 2025-07-21 | DAY   | 2025-07-21
      he said they would take place over two days, starting Thursday.               | Thursday          | 2025-07-24 | DAY   | 2025-07-24
      was appointed to his role last week and headed the talks                     | last week         | 2025-07-14 | WEEK  | 2025-W29
      Trump said last week he would impose new sanctions                             | last week         | 2025-07-14 | WEEK  | 2025-W29
      the ministry will publish the figures next month                               | next month        | 2025-08-01 | MONTH | 2025-08
      the strike earlier this month destroyed a depot                                | earlier this month| 2025-07-01 | MONTH | 2025-07
      the delegation arrived yesterday                                               | yesterday         | 2025-07-21 | DAY   | 2025-07-21
      More details will follow tomorrow                                              | tomorrow          | 2025-07-23 | DAY   | 2025-07-23
      Trump would impose new sanctions in 50 days                                    | in 50 days        | 2025-09-10 | DAY   | 2025-09-10
      a missile strike two days ago killed 15 people                                 | two days ago      | 2025-07-20 | DAY   | 2025-07-20
      the 2 days ago figure                                                          | 2 days ago        | 2025-07-20 | DAY   | 2025-07-20
      his mandate expired last year                                                  | last year         | 2024-01-01 | YEAR  | 2024
      the deal was signed on July 1, 2024 in Kyiv                                    | July 1, 2024      | 2024-07-01 | DAY   | 2024-07-01
      the deal was signed on 3 March 2022 in Kyiv                                    | 3 March 2022      | 2022-03-03 | DAY   | 2022-03-03
      the deal was signed 2022-03-03 in Kyiv                                         | 2022-03-03        | 2022-03-03 | DAY   | 2022-03-03
      the deal was signed on 3/4/2022 in Kyiv                                        | 3/4/2022          | 2022-03-04 | DAY   | 2022-03-04
      the deal was signed on 04.03.2022 in Kyiv                                      | 04.03.2022        | 2022-03-04 | DAY   | 2022-03-04
      the war began in February 2022                                                 | February 2022     | 2022-02-01 | MONTH | 2022-02
      the talks held in June                                                         | June              | 2025-06-01 | MONTH | 2025-06
      last Tuesday the talks resumed                                                 | last Tuesday      | 2025-07-15 | DAY   | 2025-07-15
      talks resume next Tuesday                                                      | next Tuesday      | 2025-07-29 | DAY   | 2025-07-29
      results for the third quarter were weak                                        | the third quarter | 2025-07-01 | QUARTER | 2025-Q3
      troops were withdrawn in 1996                                                  | 1996              | 1996-01-01 | YEAR  | 1996
      sales for last year's third quarter fell                                       | last year's third quarter | 2024-07-01 | QUARTER | 2024-Q3
      attacks rose over the past year                                                | the past year     | 2024-01-01 | YEAR  | 2024
      """)
  void resolvesAgainstTheSeedDate(String text, String span, LocalDate start, DatePrecision precision, String value) {
    DateExpression d = only(text, SEED);
    assertEquals(span.strip(), d.text());
    assertEquals(start, d.start().orElseThrow());
    assertEquals(precision, d.precision());
    assertEquals(value, d.timemlValue());
    assertEquals(text.indexOf(span.strip()), d.begin());
  }

  @Test
  void bothDatesOfAListInTheArticleYear() {
    String s = "Ukraine and Russia have held two rounds of talks in Istanbul, on May 16 and June 2, that led to the exchange";
    List<DateExpression> found = DateFinder.find(s, SEED);
    assertEquals(List.of(LocalDate.of(2025, 5, 16), LocalDate.of(2025, 6, 2)),
        found.stream().map(d -> d.start().orElseThrow()).toList());
    assertEquals(List.of("May 16", "June 2"), found.stream().map(DateExpression::text).toList());
  }

  @Test
  void thursdayAndFridayOfAReportedPlanBothLieAhead() {
    String s = "The RIA news agency, also quoting a source, said they would take place over two days, Thursday and Friday.";
    assertEquals(List.of(LocalDate.of(2025, 7, 24), LocalDate.of(2025, 7, 25)),
        DateFinder.find(s, SEED).stream().map(d -> d.start().orElseThrow()).toList());
  }

  @ParameterizedTest(name = "[{index}] anchor {0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-01-02 | the accord was signed on Dec. 30                  | 2024-12-30
      2024-12-30 | the leaders will meet on Jan. 3                     | 2025-01-03
      2025-01-01 | the convoy was attacked on Friday                   | 2024-12-27
      2024-12-31 | talks are planned for Thursday                      | 2025-01-02
      2024-03-01 | the shelling began yesterday                        | 2024-02-29
      2024-03-05 | the shelling began on Feb. 29                       | 2024-02-29
      2025-03-01 | the shelling began on Feb. 29                       | 2024-02-29
      2024-02-29 | the talks will resume tomorrow                      | 2024-03-01
      2025-07-22 | the ministry said on Tuesday                        | 2025-07-22
      2025-07-22 | the ministers will meet on Tuesday                  | 2025-07-22
      2025-07-22 | the ministers met on Friday                         | 2025-07-18
      2025-07-22 | the ministers will meet on Friday                   | 2025-07-25
      2025-07-22 | the ministers are expected to meet on Monday        | 2025-07-28
      2025-07-22 | the ministers held talks on Wednesday               | 2025-07-16
      2025-07-22 | the army said Wednesday's strike killed five        | 2025-07-16
      2025-07-22 | the deadline runs until Friday                      | 2025-07-25
      2025-07-22 | a ceasefire is due to begin in 3 weeks              | 2025-08-11
      """)
  void boundaries(LocalDate anchor, String text, LocalDate expected) {
    assertEquals(expected, only(text, anchor).start().orElseThrow());
  }

  @Test
  void weeksAcrossTheYearBoundaryUseIsoWeekYears() {
    DateExpression d = only("the team will return next week", LocalDate.of(2024, 12, 30));
    assertEquals("2025-W02", d.timemlValue());
    assertEquals(LocalDate.of(2025, 1, 6), d.start().orElseThrow());
    assertEquals("2024-12", only("prices rose last month", LocalDate.of(2025, 1, 15)).timemlValue());
  }

  @Test
  void referencesHaveNoCalendarDate() {
    DateExpression now = only("the front is now quiet", SEED);
    assertEquals("PRESENT_REF", now.timemlValue());
    assertEquals(DatePrecision.REFERENCE, now.precision());
    assertTrue(now.start().isEmpty());
  }

  @Test
  void mayTheVerbAndNumbersAreNotDates() {
    assertEquals(List.of(), DateFinder.find("Moscow may respond; 2000 troops and $1990 were sent; 12,000 people", SEED));
  }

  @Test
  void theSeedArticleFindsItsRelativeDates() {
    String seed = "Zelenskiyy said in his nightly video address that he spoke with Rustem Umerov on Monday. "
        + "“Umerov reported that the meeting is planned for Wednesday. More details will follow tomorrow,” Zelenskiyy said.";
    List<String> values = DateFinder.find(seed, SEED).stream().map(DateExpression::timemlValue).toList();
    assertEquals(List.of("2025-07-21", "2025-07-23", "2025-07-23"), values);
  }
}
