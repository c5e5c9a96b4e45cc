package org.newsanalytics.common.quotes;

/** A cue file that cannot be used; the message names the file and the problem. */
public final class QuoteRulesException extends RuntimeException {
  public QuoteRulesException(String message) {
    super(message);
  }

  public QuoteRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
