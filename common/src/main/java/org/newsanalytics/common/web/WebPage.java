package org.newsanalytics.common.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What one HTML page says about itself: headline, main text, publication day and where it came
 * from, authors, site name, canonical URL. {@code published} is null when the page states no
 * date (the caller falls back to the crawl date).
 */
public record WebPage(String title, String text, LocalDate published, PageDates.Source dateSource,
    List<String> authors, String siteName, String canonicalUrl) {
  public WebPage {
    authors = List.copyOf(authors);
  }
}
