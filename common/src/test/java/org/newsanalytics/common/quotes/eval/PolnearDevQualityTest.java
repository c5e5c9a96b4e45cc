package org.newsanalytics.common.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.quotes.QuoteFinder;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/**
 * Quality gate on PolNeAR dev with issue 4's matching rule. The thresholds sit a little below what
 * the finder measures (see the figures in the messages), so a change that loses quality fails here.
 * The bar is direct P 0.90 / R 0.80, all F1 0.55; the direct precision gate is the bar itself.
 * The peer, CoreNLP, measures direct P 0.47 / R 0.66.
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

  // measured on dev: direct P 0.910 R 0.867 (attributed only P 0.935), all P 0.771 R 0.519 F1 0.620
  private static final double DIRECT_PRECISION = 0.90;
  private static final double DIRECT_RECALL = 0.857;
  private static final double DIRECT_ATTRIBUTED_ONLY_PRECISION = 0.925;
  private static final double ALL_F1 = 0.61;
  private static final double ALL_PRECISION = 0.761;
}
