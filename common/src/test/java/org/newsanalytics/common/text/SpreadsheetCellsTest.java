package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=HYPERLINK(\"http://x.example\",\"click\")|'=HYPERLINK(\"http://x.example\",\"click\")",
      "+7 killed|'+7 killed",
      "-1 is a minus|'-1 is a minus",
      "@SUM(A1)|'@SUM(A1)",
      "a plain quote|a plain quote",
      "it's =1|it's =1",
      "'already quoted|'already quoted",
  })
  void aCellThatWouldRunAsAFormulaGetsAQuote(String cell, String shown) {
    assertEquals(shown, SpreadsheetCells.neutralise(cell));
  }

  @org.junit.jupiter.api.Test
  void tabAndCarriageReturnToo() {
    assertEquals("'\tx", SpreadsheetCells.neutralise("\tx"));
    assertEquals("'\rx", SpreadsheetCells.neutralise("\rx"));
  }

  @org.junit.jupiter.api.Test
  void nullStaysNull() {
    assertNull(SpreadsheetCells.neutralise(null));
  }
}
