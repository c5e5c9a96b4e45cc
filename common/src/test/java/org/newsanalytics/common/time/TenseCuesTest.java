package org.newsanalytics.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseCuesTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      drones on Monday night that killed two people      | PAST
      talks are planned for Wednesday                      | FUTURE
      the talks would take place on Wednesday              | FUTURE
      the ministers met on Friday                          | PAST
      the ministers meet Friday                            | NONE
      the ministers announced that on Friday               | PAST
      the delegation will travel on Friday. It arrived.    | FUTURE
      """)
  void nearestCueDecides(String text, Tense expected) {
    int at = text.indexOf("day") - 3;
    assertEquals(expected, TenseCues.at(text, Math.max(0, at)));
  }
}
