package org.newsanalytics.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * Quality gate on the TempEval-3 training set (TBAQ-cleaned, 256 documents, 1,505 DATE
 * timexes). Measured when written: span F1 0.930, value F1 0.812 (SUTime: 0.89 / 0.71).
 * The thresholds sit a little below, so a regression fails and noise does not.
 */
@NeedsSharedData
class TimexQualityTest {
  @Test
  void dateSpansAndValuesOnTempEval3Training() {
    TimexScorer.Result r = TimexScorer.score(TimeMlReader.readAll(SharedData.path("gold/timex-tempeval3/Training")));
    assertEquals(256, r.documents(), "documents read (the testpipeline copy counted once)");
    assertTrue(r.span().f1() >= 0.915, "DATE span " + r.span().format());
    assertTrue(r.value().f1() >= 0.80, "DATE value " + r.value().format());
  }
}
