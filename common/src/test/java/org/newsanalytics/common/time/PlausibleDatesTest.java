package org.newsanalytics.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlausibleDatesTest {
  @ParameterizedTest
  @CsvSource({
      "1022-01-01, 2022-05-10, false",
      "1899-12-31, 2022-05-10, false",
      "1900-01-01, 2022-05-10, true",
      "2022-05-09, 2022-05-10, true",
      "2027-05-10, 2022-05-10, true",
      "2027-05-11, 2022-05-10, false",
      "+12022-01-01, 2022-05-10, false",
  })
  void newsDatesLieBetween1900AndFiveYearsAfterPublication(String date, String published, boolean plausible) {
    assertEquals(plausible, PlausibleDates.isPlausible(LocalDate.parse(date), LocalDate.parse(published)));
  }
}
