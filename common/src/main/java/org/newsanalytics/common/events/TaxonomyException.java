package org.newsanalytics.common.events;

/** A taxonomy file that cannot be used; the message names the file and what is wrong with it. */
public final class TaxonomyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TaxonomyException(String source, String problem) {
    super("Cannot load event taxonomy " + source + ": " + problem);
  }

  TaxonomyException(String source, String problem, Throwable cause) {
    super("Cannot load event taxonomy " + source + ": " + problem, cause);
  }
}
