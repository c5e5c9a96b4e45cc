package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
  private static Optional<PageDates.Found> find(String html, String url) {
    return PageDates.find(Jsoup.parse(html), url, "A headline long enough");
  }

  @Test
  void jsonLdIsTrustedBeforeMetaTimeAndUrl() {
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
        + "\"2021-03-04T23:30:00+01:00\"}</script><meta property='article:published_time' content='2021-03-05'>"
        + "</head><body><time datetime='2021-03-06'>6 March</time></body></html>";
    assertEquals(Optional.of(new PageDates.Found(LocalDate.of(2021, 3, 4), PageDates.Source.JSON_LD)),
        find(html, "https://example.org/2021/03/07/story"));
  }

  @Test
  void aUtcTimestampOnTheDayAfterTheUrlDateIsTheSitesEveningOfTheUrlDay() {
    String html = "<script type='application/ld+json'>{\"datePublished\":\"2021-05-11T03:15:00Z\"}</script>";
    assertEquals(LocalDate.of(2021, 5, 10), find(html, "https://example.org/2021/05/10/story").orElseThrow().date());
    // a zone other than UTC, no URL date, or a URL date further off: the timestamp's own day
    assertEquals(LocalDate.of(2021, 5, 11), find(html.replace("Z", "-04:00"), "https://example.org/2021/05/10/story")
        .orElseThrow().date());
    assertEquals(LocalDate.of(2021, 5, 11), find(html, "https://example.org/story").orElseThrow().date());
    assertEquals(LocalDate.of(2021, 5, 11), find(html, "https://example.org/2021/05/09/story").orElseThrow().date());
    String meta = "<meta property='article:published_time' content='Tue, 11 May 2021 01:05:00 GMT'>";
    assertEquals(new PageDates.Found(LocalDate.of(2021, 5, 10), PageDates.Source.META),
        find(meta, "https://example.org/2021/05/10/story").orElseThrow());
  }

  @Test
  void metaBeforeTimeElement() {
    String html = "<head><meta name='date' content='2019-08-02'></head><body><time datetime='2019-08-09'></time></body>";
    assertEquals(new PageDates.Found(LocalDate.of(2019, 8, 2), PageDates.Source.META), find(html, null).orElseThrow());
  }

  @Test
  void timeElementBeforeUrl() {
    String html = "<body><time class='entry-date published' datetime='2019-08-02T10:00'>2 Aug</time></body>";
    assertEquals(new PageDates.Found(LocalDate.of(2019, 8, 2), PageDates.Source.TIME_ELEMENT),
        find(html, "https://example.org/2018/01/01/x").orElseThrow());
  }

  @Test
  void urlPathBeforeVisibleDateline() {
    assertEquals(new PageDates.Found(LocalDate.of(2012, 5, 31), PageDates.Source.URL),
        find("<body><p>Posted 3 June 2012</p></body>", "https://example.org/blog/2012/05/31/title/").orElseThrow());
  }

  @Test
  void noDateAtAllIsEmpty() {
    assertTrue(find("<body><p>No date here, only 12 apples.</p></body>", "https://example.org/page").isEmpty());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "Veröffentlicht am 31. Mai 2012 von Redaktion|2012-05-31",
      "Stand: 04.02.2022, 10:15 Uhr|2022-02-04",
      "Published March 14, 2021 at 9am|2021-03-14",
      "By a reporter, 14th March 2021|2021-03-14",
      "Opublikowano 5 października 2021|2021-10-05",
      "Publié le 12 décembre 2020|2020-12-12",
      "2020-01-27 in Politik|2020-01-27",
      "Опубликовано 15 августа 2016, 13:40|2016-08-15",
      "Publicado em 3 de maio de 2022|2022-05-03",
      "Geplaatst op 7 maart 2019|2019-03-07"})
  void visibleDatelines(String text, String expected) {
    assertEquals(new PageDates.Found(LocalDate.parse(expected), PageDates.Source.DATELINE),
        find("<body><h1>A headline long enough</h1><p>" + text + "</p><p>Body text.</p></body>", null).orElseThrow());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {"31.02.2020", "2020-13-01", "32. Mai 2012", "Mai 2012"})
  void impossibleOrIncompleteDatesAreNoDates(String text) {
    assertTrue(PageDates.firstInText(text).isEmpty(), text);
  }

  @Test
  void anElementNamedAsADateFarFromTheHeadlineIsTheLastVisibleDateline() {
    StringBuilder menu = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      menu.append("<li><a href='/s").append(i).append("'>Section number ").append(i).append("</a></li>");
    }
    String html = "<body><h1>A headline long enough</h1><ul>" + menu + "</ul><p>Body text without a date.</p>"
        + "<div class='comment-date'>02.02.21</div><span class='post-created'> 28.01.22</span></body>";
    assertEquals(new PageDates.Found(LocalDate.of(2022, 1, 28), PageDates.Source.DATELINE), find(html, null).orElseThrow());
    // a two-digit year is read only inside an element named as a date
    assertTrue(find(html.replace("post-created", "x"), null).isEmpty());
  }

  @Test
  void aWikiFootersLastModifiedDateIsNoPublicationDate() {
    // the footer sits beyond the dateline window after the headline, as on a real wiki page
    String html = "<body><h1>A headline long enough</h1><p>" + "Words of the article body. ".repeat(80) + "</p><ul id='footer-info'>"
        + "<li id='footer-info-lastmod'> This page was last modified on 19 May 2020, at 06:57.</li></ul></body>";
    assertTrue(find(html, null).isEmpty(), "'lastmod' marks an update, as 'modified' does");
  }

  @Test
  void aUtcTimestampIsReadAsTheDayInTheZoneOfTheSitesCountryDomain() {
    String late = "<script type='application/ld+json'>{\"datePublished\":\"2022-05-04T00:44:52.000Z\"}</script>";
    assertEquals(LocalDate.of(2022, 5, 3), find(late, "https://www.example.com.br/politica/story/").orElseThrow().date());
    String evening = "<meta property='article:published_time' content='Tue, 10 Nov 2020 23:30:00 GMT'>";
    assertEquals(LocalDate.of(2020, 11, 11), find(evening, "https://example.de/a/story").orElseThrow().date());
    // a generic domain has no known zone, and a written offset is already the site's own day
    assertEquals(LocalDate.of(2022, 5, 4), find(late, "https://example.com/story").orElseThrow().date());
    assertEquals(LocalDate.of(2022, 5, 4), find(late.replace("Z", "-03:00"), "https://example.com.br/x").orElseThrow().date());
  }
}
