package org.newsanalytics.common.eval;

import java.util.Locale;

/** True positives over predictions and gold: precision, recall and F1 (0 when undefined). */
public record Prf(int truePositives, int predicted, int gold) {
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String format() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)", precision(), recall(),
        f1(), truePositives, predicted, gold);
  }

  public String json() {
    return String.format(Locale.ROOT, "{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"tp\":%d,\"predicted\":%d,"
        + "\"gold\":%d}", precision(), recall(), f1(), truePositives, predicted, gold);
  }
}
