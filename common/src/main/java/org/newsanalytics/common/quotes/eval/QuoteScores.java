package org.newsanalytics.common.quotes.eval;

import java.util.Locale;

/**
 * The scores of quote attribution on a gold split: all attributions, and direct quotes only.
 *
 * @param direct direct quotes, every direct prediction counted (the primary direct figure)
 * @param directAttributedOnly direct quotes, counting only the predictions that name a speaker:
 *     its precision says how often a speaker the finder commits to is the right one
 */
public record QuoteScores(int articles, Counts all, Counts direct, Counts directAttributedOnly) {
  public String summary() {
    return "articles " + articles + "\n" + all.summary("all") + "\n" + direct.summary("direct") + "\n"
        + String.format(Locale.ROOT, "direct, attributed only (predictions with a speaker): P %.3f | predicted %d",
            directAttributedOnly.precision(), directAttributedOnly.predicted());
  }

  public String json() {
    return "{\"task\":\"quotes\",\"articles\":" + articles + ",\"all\":" + all.json() + ",\"direct\":" + direct.json()
        + ",\"direct_attributed_only\":" + directAttributedOnly.json() + "}";
  }
}
