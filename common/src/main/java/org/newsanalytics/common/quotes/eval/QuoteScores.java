package org.newsanalytics.common.quotes.eval;

/** The scores of quote attribution on a gold split: all attributions, and direct quotes only. */
public record QuoteScores(int articles, Counts all, Counts direct) {
  public String summary() {
    return "articles " + articles + "\n" + all.summary("all") + "\n" + direct.summary("direct");
  }

  public String json() {
    return "{\"task\":\"quotes\",\"articles\":" + articles + ",\"all\":" + all.json() + ",\"direct\":" + direct.json() + "}";
  }
}
