package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebPageParserTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "Bridge reopens after two years - Example News;Example News;Bridge reopens after two years",
      "Bridge reopens after two years | example-news.de;;Bridge reopens after two years",
      "www.example.com | Bridge reopens after two years;;Bridge reopens after two years",
      // a part that is neither the site nor a domain stays: it may be the headline's own colon
      "Council: Bridge reopens after two years;Example News;Council: Bridge reopens after two years",
      "Bridge reopens after two years;Example News;Bridge reopens after two years"})
  void theSiteNameIsCutFromEitherEndOfATitle(String title, String site, String expected) {
    assertEquals(expected, WebPageParser.withoutSiteName(title, site));
  }

  @Test
  void anOgTitleThatIsOnlyTheSiteNameGivesWayToTheDocumentTitle() {
    String html = "<html><head><title>Bridge reopens after two years | Example News</title>"
        + "<meta property='og:title' content='Example News'><meta property='og:site_name' content='Example News'>"
        + "</head><body><h1>Example News</h1></body></html>";
    assertEquals("Bridge reopens after two years", WebPageParser.title(Jsoup.parse(html)));
  }

  @Test
  void anOgTitleWithTheSiteSuffixLosesIt() {
    String html = "<html><head><title>Home</title><meta property='og:title' content='Bridge reopens – Example News'>"
        + "<meta property='og:site_name' content='Example News'></head><body></body></html>";
    assertEquals("Bridge reopens", WebPageParser.title(Jsoup.parse(html)));
  }
}
