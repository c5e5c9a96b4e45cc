package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-07-22                        | 2025-07-22T00:00:00Z     | false
      2025-7-2                          | 2025-07-02T00:00:00Z     | false
      2024-02-29                        | 2024-02-29T00:00:00Z     | false
      2025-07-22T10:15:30Z              | 2025-07-22T10:15:30Z     | true
      2025-07-22T10:15:30+02:00         | 2025-07-22T08:15:30Z     | true
      2025-07-22T23:30:00-05:00         | 2025-07-23T04:30:00Z     | true
      2025-07-22T10:15:30.250Z          | 2025-07-22T10:15:30.250Z | true
      2025-07-22T10:15:30               | 2025-07-22T10:15:30Z     | true
      2025-07-22 10:15:30               | 2025-07-22T10:15:30Z     | true
      2025-07-22 10:15                  | 2025-07-22T10:15:00Z     | true
      26-FEB-1987 15:01:01.79           | 1987-02-26T15:01:01.790Z | true
      26-FEB-1987 15:01:01              | 1987-02-26T15:01:01Z     | true
      3-MAR-1987  09:15:05.40           | 1987-03-03T09:15:05.400Z | true
      31-MAR-1987                       | 1987-03-31T00:00:00Z     | false
      29-feb-1988                       | 1988-02-29T00:00:00Z     | false
      'Tue, 22 Jul 2025 10:15:30 GMT'   | 2025-07-22T10:15:30Z     | true
      'Tue, 22 Jul 2025 10:15:30 +0200' | 2025-07-22T08:15:30Z     | true
      'July 22, 2025'                   | 2025-07-22T00:00:00Z     | false
      'Jul 22, 2025'                    | 2025-07-22T00:00:00Z     | false
      'july 22, 2025'                   | 2025-07-22T00:00:00Z     | false
      22 July 2025                      | 2025-07-22T00:00:00Z     | false
      22 Jul 2025                       | 2025-07-22T00:00:00Z     | false
      29 February 2024                  | 2024-02-29T00:00:00Z     | false
      'Tuesday, July 22, 2025'          | 2025-07-22T00:00:00Z     | false
      2025/07/22                        | 2025-07-22T00:00:00Z     | false
      2025/07/22 10:15                  | 2025-07-22T10:15:00Z     | true
      22.07.2025                        | 2025-07-22T00:00:00Z     | false
      1753142400                        | 2025-07-22T00:00:00Z     | true
      1753142400000                     | 2025-07-22T00:00:00Z     | true
      1753142400123                     | 2025-07-22T00:00:00.123Z | true
      '  2025-07-22  '                  | 2025-07-22T00:00:00Z     | false
      """)
  void parsesTheFormatsNewsCorporaUse(String raw, Instant expected, boolean hasTime) throws Exception {
    PublicationDates.Parsed parsed = PublicationDates.parse(raw);

    assertEquals(expected, parsed.instant());
    assertEquals(hasTime, parsed.hasTime());
  }

  @Test
  void dateIsTheUtcDayOfTheInstant() throws Exception {
    // 23:30 at UTC-5 is already the next day in UTC
    assertEquals(LocalDate.of(2025, 7, 23), PublicationDates.parse("2025-07-22T23:30:00-05:00").date());
    assertEquals(LocalDate.of(1987, 2, 26), PublicationDates.parse("26-FEB-1987 15:01:01.79").date());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31",
      "2025-02-30T10:00:00Z", "2023-02-29 12:00",
      "30-FEB-1987", "29-FEB-1987", "31-APR-1987 10:00:00",
      "February 30, 2025", "30 February 2025", "29 February 2023", "31.04.2025", "2025/02/29"})
  void refusesDaysThatDoNotExist(String raw) {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse(raw));
    assertEquals("impossible date '" + raw + "'", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"yesterday", "2025", "20250722", "22/07/2025", "July 2025", "not a date at all",
      "12345678", "12345678901234", "2025-07-22T10:15:30 nonsense"})
  void refusesGarbage(String raw) {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse(raw));
    assertEquals("unparseable date '" + raw + "'", e.getMessage());
  }

  @Test
  void namesAnUnknownReutersMonth() {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse("26-FOO-1987"));
    assertEquals("unparseable date '26-FOO-1987': unknown month FOO", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"26-FEB-1987 25:01:01.79", "26-FEB-1987 15:61:01", "26-FEB-1987 15:01:60"})
  void refusesAReutersTimeThatDoesNotExist(String raw) {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse(raw));
    assertEquals("impossible time in '" + raw + "'", e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n  "})
  void blankIsMissing(String raw) {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse(raw));
    assertEquals("missing publication date", e.getMessage());
  }

  static Stream<Arguments> longInputs() {
    return Stream.of(
        Arguments.of("x".repeat(60), "x".repeat(60)),
        Arguments.of("x".repeat(61), "x".repeat(57) + "..."),
        Arguments.of("y".repeat(500), "y".repeat(57) + "..."));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("longInputs")
  void messagesShowAtMostSixtyCharactersOfTheInput(String raw, String shown) {
    var e = assertThrows(PublicationDates.InvalidDateException.class, () -> PublicationDates.parse(raw));
    assertEquals("unparseable date '" + shown + "'", e.getMessage());
  }
}
