package org.newsanalytics.common.quotes;

/**
 * The last direct or partial quote of the article so far, what a quote with no cue of its own
 * continues: its span, its speaker and cue (null when it had none), and whether it was a partial
 * quote inside a reported sentence. Owned by the {@link DirectQuoteFinder} of one article.
 */
final class PreviousQuote {
  private int span = -1;
  private Speaker speaker;
  private String cue;
  private boolean partial;

  int span() {
    return span;
  }

  Speaker speaker() {
    return speaker;
  }

  String cue() {
    return cue;
  }

  boolean partial() {
    return partial;
  }

  /** Span {@code span} was reported as a quote of {@code speaker} (null: no known speaker). */
  void set(int span, Speaker speaker, String cue, boolean partial) {
    this.span = span;
    this.speaker = speaker;
    this.cue = cue;
    this.partial = partial;
  }

  /** Span {@code span} went on with the previous quote: same speaker, cue and form. */
  void extendTo(int span) {
    this.span = span;
  }
}
