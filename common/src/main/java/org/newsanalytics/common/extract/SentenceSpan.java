package org.newsanalytics.common.extract;

/** A sentence of an article: its index in the article and character offsets [begin, end). */
public record SentenceSpan(int index, int begin, int end) {
  public SentenceSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("Cannot make sentence " + index + " from offsets [" + begin + ", " + end + ")");
    }
  }

  public String text(String articleText) {
    return articleText.substring(begin, end);
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }
}
