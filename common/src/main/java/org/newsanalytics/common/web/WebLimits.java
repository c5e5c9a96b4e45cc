package org.newsanalytics.common.web;

import java.io.Serializable;

/**
 * What a web page may be. A news page is well under a few MB of HTML and a few hundred tags
 * deep; anything far beyond is a dump, a generated page or an attack on the parser.
 *
 * @param maxPageBytes larger payloads are refused ({@code page_too_large}) without being parsed
 * @param maxDepth deeper element nesting is refused ({@code nesting_too_deep})
 * @param minMainTextChars shorter main text is no article ({@code no_main_text} or {@code not_article})
 */
public record WebLimits(long maxPageBytes, int maxDepth, int minMainTextChars) implements Serializable {
  public static final long DEFAULT_MAX_PAGE_BYTES = 8L << 20;
  public static final int DEFAULT_MAX_DEPTH = 1000;
  public static final int DEFAULT_MIN_MAIN_TEXT_CHARS = 200;

  public static WebLimits defaults() {
    return new WebLimits(DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MIN_MAIN_TEXT_CHARS);
  }
}
