package org.newsanalytics.common.quotes.eval;

/** Character offsets [begin, end) into an article text. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Cannot make a span from offsets [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }
}
