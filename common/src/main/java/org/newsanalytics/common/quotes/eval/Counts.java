package org.newsanalytics.common.quotes.eval;

import java.util.Locale;

/**
 * Match counts for one subset of attributions: how many gold and predicted there were, how many
 * pairs matched on content, and how many of those also had the right speaker.
 */
public record Counts(int gold, int predicted, int contentMatched, int attributed) {
  public Counts plus(Counts o) {
    return new Counts(gold + o.gold, predicted + o.predicted, contentMatched + o.contentMatched, attributed + o.attributed);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) attributed / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) attributed / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double contentPrecision() {
    return predicted == 0 ? 0 : (double) contentMatched / predicted;
  }

  public double contentRecall() {
    return gold == 0 ? 0 : (double) contentMatched / gold;
  }

  public double contentF1() {
    double p = contentPrecision();
    double r = contentRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String summary(String label) {
    return String.format(Locale.ROOT,
        "%-7s attributed P %.3f R %.3f F1 %.3f | content only P %.3f R %.3f F1 %.3f | gold %d predicted %d",
        label, precision(), recall(), f1(), contentPrecision(), contentRecall(), contentF1(), gold, predicted);
  }

  public String json() {
    return String.format(Locale.ROOT,
        "{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"content_precision\":%.4f,\"content_recall\":%.4f,"
            + "\"content_f1\":%.4f,\"gold\":%d,\"predicted\":%d,\"content_matched\":%d,\"attributed\":%d}",
        precision(), recall(), f1(), contentPrecision(), contentRecall(), contentF1(), gold, predicted, contentMatched,
        attributed);
  }
}
