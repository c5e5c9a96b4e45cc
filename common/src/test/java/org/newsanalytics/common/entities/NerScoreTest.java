package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerScoreTest {
  @Test
  void exactSpanAndTypeOnlyCount() {
    NerScore s = new NerScore();
    s.add(List.of(new Span(0, 2, "PER"), new Span(5, 6, "LOC"), new Span(8, 9, "ORG")),
        List.of(new Span(0, 2, "PER"),      // right
            new Span(5, 6, "ORG"),          // right span, wrong type: fp ORG and fn LOC
            new Span(8, 10, "ORG")));       // wrong boundary: fp and fn
    NerScore.Counts all = s.overall();
    assertEquals(new NerScore.Counts(1, 2, 2), all);
    assertEquals(1 / 3.0, all.precision(), 1e-9);
    assertEquals(1 / 3.0, all.recall(), 1e-9);
    assertEquals(new NerScore.Counts(0, 0, 1), s.perType().get("LOC"));
    assertEquals(new NerScore.Counts(0, 2, 1), s.perType().get("ORG"));
    assertEquals(new NerScore.Counts(1, 0, 0), s.perType().get("PER"));
  }

  @Test
  void microAverageAcrossUnits() {
    NerScore s = new NerScore();
    s.add(List.of(new Span(0, 1, "PER")), List.of(new Span(0, 1, "PER")));
    s.add(List.of(new Span(0, 1, "PER"), new Span(2, 3, "PER")), List.of(new Span(2, 3, "PER"), new Span(4, 5, "PER")));
    // tp 2, fp 1, fn 1: p = r = 2/3, f1 = 2/3
    assertEquals(2 / 3.0, s.overall().f1(), 1e-9);
  }

  @Test
  void nothingPredictedAndNothingGoldIsZeroNotNaN() {
    NerScore s = new NerScore();
    s.add(List.of(), List.of());
    assertEquals(0.0, s.overall().f1());
    s.add(List.of(new Span(0, 1, "LOC")), List.of());
    assertEquals(0.0, s.overall().precision());
    assertEquals(0.0, s.overall().recall());
  }

  @Test
  void jsonHasOverallAndPerTypeFigures() {
    NerScore s = new NerScore();
    s.add(List.of(new Span(0, 1, "PER"), new Span(1, 2, "LOC")), List.of(new Span(0, 1, "PER")));
    Map<String, Object> json = s.toJsonMap();
    assertEquals(1.0, json.get("precision"));
    assertEquals(0.5, json.get("recall"));
    assertEquals(0.6667, json.get("f1"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> perType = (Map<String, Map<String, Object>>) json.get("per_type");
    assertEquals(0.0, perType.get("LOC").get("f1"));
    assertEquals(1L, perType.get("LOC").get("support"));
  }
}
