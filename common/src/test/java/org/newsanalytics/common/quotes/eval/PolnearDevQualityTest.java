package org.newsanalytics.common.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.quotes.QuoteFinder;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * Quality gate on PolNeAR dev with issue 4's matching rule and issue 16's strict speaker rule (an
 * unknown speaker or another person than the gold source names is wrong). The thresholds sit a
 * little below what the finder measures (see the figures below), so a change that loses quality
 * fails here. The peer, CoreNLP, measures direct P 0.47 / R 0.66 (lenient).
 */
@NeedsSharedData
class PolnearDevQualityTest {
  private static QuoteScores scores;

  @BeforeAll
  static void evaluate() {
    scores = QuoteEvaluation.evaluate(SharedData.path("gold/quotes-polnear/data/dev"), new QuoteFinder());
  }

  @Test
  void directQuotesWithTheRightSpeakerBeatCoreNlp() {
    assertTrue(scores.direct().precision() >= DIRECT_PRECISION, scores.summary());
    assertTrue(scores.direct().recall() >= DIRECT_RECALL, scores.summary());
  }

  @Test
  void directQuotesThatNameASpeakerNameTheRightOne() {
    assertTrue(scores.directAttributedOnly().precision() >= DIRECT_ATTRIBUTED_ONLY_PRECISION, scores.summary());
  }

  @Test
  void allAttributions() {
    assertTrue(scores.all().f1() >= ALL_F1, scores.summary());
    assertTrue(scores.all().precision() >= ALL_PRECISION, scores.summary());
  }

  @Test
  void everyDevArticleIsScored() {
    assertTrue(scores.articles() == 84 && scores.all().gold() > 2000, scores.summary());
  }

  // measured on dev, the finder alone (no NER), strict: direct P 0.900 R 0.858 (attributed only P 0.935),
  // all P 0.765 R 0.509 F1 0.611 (lenient: direct P 0.910 R 0.867); with the NER model and the office linker,
  // as `evaluate quotes` scores it: direct P 0.901 R 0.860, all F1 0.609
  private static final double DIRECT_PRECISION = 0.89;
  private static final double DIRECT_RECALL = 0.848;
  private static final double DIRECT_ATTRIBUTED_ONLY_PRECISION = 0.925;
  private static final double ALL_F1 = 0.60;
  private static final double ALL_PRECISION = 0.755;
}
