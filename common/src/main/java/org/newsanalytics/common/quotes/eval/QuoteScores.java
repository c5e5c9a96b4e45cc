package org.newsanalytics.common.quotes.eval;

import java.util.Locale;

/**
 * The scores of quote attribution on a gold split, under the strict speaker rule (the headline)
 * and the lenient one (mention overlap); see {@link AttributionScorer}.
 */
public record QuoteScores(int articles, Sets strict, Sets lenient) {
  /**
   * The counts under one speaker rule.
   *
   * @param direct direct quotes, every direct prediction counted (the primary direct figure)
   * @param directAttributedOnly direct quotes, counting only the predictions that name a speaker:
   *     its precision says how often a speaker the finder commits to is the right one
   */
  public record Sets(Counts all, Counts direct, Counts directAttributedOnly) {
    String summary(String rule) {
      return all.summary("all") + "   [" + rule + "]\n" + direct.summary("direct") + "   [" + rule + "]\n"
          + String.format(Locale.ROOT, "direct, attributed only (predictions with a speaker): P %.3f | predicted %d   [%s]",
              directAttributedOnly.precision(), directAttributedOnly.predicted(), rule);
    }

    String json() {
      return "\"all\":" + all.json() + ",\"direct\":" + direct.json() + ",\"direct_attributed_only\":"
          + directAttributedOnly.json();
    }
  }

  /** Strict, the headline figure. */
  public Counts all() {
    return strict.all();
  }

  /** Strict, the headline figure. */
  public Counts direct() {
    return strict.direct();
  }

  /** Strict. */
  public Counts directAttributedOnly() {
    return strict.directAttributedOnly();
  }

  public String summary() {
    return "articles " + articles + "\n" + strict.summary("strict") + "\n" + lenient.summary("lenient: mention overlap");
  }

  /** The strict sets at the top level, the lenient ones under "lenient". */
  public String json() {
    return "{\"task\":\"quotes\",\"articles\":" + articles + "," + strict.json() + ",\"lenient\":{" + lenient.json() + "}}";
  }
}
