package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      15            | 15
      1,200         | 1200
      0             | 0
      two           | 2
      Two           | 2
      fifteen       | 15
      twenty-one    | 21
      twenty one    | 21
      ninety-nine   | 99
      a dozen       | 12
      three hundred | 300
      a hundred     | 100
      two thousand  | 2000
      tens          | 10
      dozens        | 12
      hundreds      | 100
      thousands     | 1000
      an            | 1
      """)
  void reads(String text, int expected) {
    assertEquals(OptionalInt.of(expected), NumberWords.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "people", "twenty-people", "1.5", "99999999999"})
  void refusesWhatIsNotACount(String text) {
    assertTrue(NumberWords.parse(text).isEmpty(), text);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({"first,1", "Third,3", "12th,12", "2nd,2", "twelfth,12"})
  void readsOrdinals(String text, int expected) {
    assertEquals(OptionalInt.of(expected), NumberWords.parseOrdinal(text));
  }
}
