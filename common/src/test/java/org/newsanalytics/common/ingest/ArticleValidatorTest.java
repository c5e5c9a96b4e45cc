package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleValidatorTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String TEXT = "Peace talks between Ukraine and Russia are planned for Wednesday in Turkey, "
      + "a senior Kyiv official said on Monday.";

  private final ArticleValidator validator = new ArticleValidator(IngestLimits.defaults(NOW));

  private static RawRecord record(String url, String published, String text) {
    return new RawRecord("in/news.jsonl", "line 1", "Example Wire", url, "Talks planned", published, text);
  }

  private Article accepted(RawRecord r) {
    ArticleValidator.Outcome outcome = validator.validate(r);
    assertNull(outcome.reject(), () -> "unexpected reject: " + outcome.reject());
    assertNotNull(outcome.article());
    return outcome.article();
  }

  private Reject rejected(RawRecord r) {
    ArticleValidator.Outcome outcome = validator.validate(r);
    assertNull(outcome.article(), () -> "unexpected article: " + outcome.article());
    assertNotNull(outcome.reject());
    return outcome.reject();
  }

  @Test
  void validRecordBecomesAnArticle() {
    Article a = accepted(new RawRecord("in/news.jsonl", "line 7", " Example Wire ", " https://example.com/a ",
        "  Talks\u00A0planned ", "2025-07-22T10:15:30+02:00", "\uFEFF" + TEXT + "\r\n\r\n\r\nSecond paragraph.  "));

    assertEquals("Example Wire", a.source());
    assertEquals("https://example.com/a", a.url());
    assertEquals("Talks planned", a.title());
    assertEquals(Instant.parse("2025-07-22T08:15:30Z"), a.publishedAt());
    assertEquals(LocalDate.of(2025, 7, 22), a.publishedDate());
    assertEquals("en", a.language());
    assertEquals(TEXT + "\n\nSecond paragraph.", a.text());
    assertEquals("in/news.jsonl", a.inputFile());
    assertEquals("line 7", a.recordRef());
    assertEquals(32, a.articleId().length());
    assertEquals(32, a.contentHash().length());
  }

  @Test
  void blankOptionalFieldsAreAbsent() {
    Article a = accepted(new RawRecord("in/f.txt", "file", "  ", "", " \u00A0 ", "2025-07-22", TEXT));

    assertNull(a.source());
    assertNull(a.url());
    assertNull(a.title());
  }

  @Test
  void idIsStableForTheSameInput() {
    RawRecord r = record("https://example.com/a", "2025-07-22", TEXT);

    assertEquals(accepted(r).articleId(), accepted(r).articleId());
    assertEquals(accepted(r).articleId(),
        new ArticleValidator(IngestLimits.defaults(NOW.plusSeconds(86_400 * 30))).validate(r).article().articleId());
  }

  @Test
  void idIsTheUrlWhenThereIsOne() {
    Article a = accepted(record("https://example.com/a", "2025-07-22", TEXT));
    Article b = accepted(new RawRecord("other.csv", "row 9", "Other Wire", "https://example.com/a", "Another title",
        "2025-07-23", "A corrected text of the story."));

    assertEquals(a.articleId(), b.articleId());
    assertNotEquals(a.contentHash(), b.contentHash());
    assertNotEquals(a.articleId(), accepted(record("https://example.com/b", "2025-07-22", TEXT)).articleId());
  }

  @Test
  void withoutUrlIdIsSourceDateAndTextInsensitiveToTypography() {
    Article a = accepted(record(null, "2025-07-22", "He said “yes” — twice.\n\nRussia’s reply came later."));
    Article b = accepted(record(null, "2025-07-22T18:00:00Z", "  He  said \"yes\" - twice.\n\n\n\nRussia's reply\ncame later. "));

    assertEquals(a.articleId(), b.articleId());
    assertEquals(a.contentHash(), b.contentHash());
  }

  @Test
  void withoutUrlIdDependsOnSourceDateAndWords() {
    String id = accepted(record(null, "2025-07-22", TEXT)).articleId();

    assertNotEquals(id, accepted(record(null, "2025-07-23", TEXT)).articleId());
    assertNotEquals(id, accepted(record(null, "2025-07-22", TEXT + " Later.")).articleId());
    assertNotEquals(id, accepted(new RawRecord("in/news.jsonl", "line 1", "Other Wire", null, null, "2025-07-22", TEXT))
        .articleId());
    // a URL-based id never collides with a text-based one for the same story
    assertNotEquals(id, accepted(record("https://example.com/a", "2025-07-22", TEXT)).articleId());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "   ", "\n\t\r\n", "\u200B\uFEFF\u00A0", "  ---  "})
  void emptyOrWhitespaceTextIsRefused(String text) {
    Reject reject = rejected(record("https://example.com/a", "2025-07-22", text));

    assertEquals(RejectReason.EMPTY_TEXT, reject.reason());
    assertEquals("empty_text: text is empty or whitespace only", reject.message());
    assertEquals("line 1", reject.recordRef());
  }

  @Test
  void absentTextIsRefused() {
    Reject reject = rejected(record("https://example.com/a", "2025-07-22", null));

    assertEquals(RejectReason.EMPTY_TEXT, reject.reason());
    assertEquals("no text field", reject.detail());
    assertEquals("2025-07-22", reject.rawExcerpt());
  }

  @Test
  void textOverTheLimitIsRefused() {
    long limit = IngestLimits.DEFAULT_MAX_ARTICLE_CHARS;
    Reject reject = rejected(record(null, "2025-07-22", "a".repeat((int) limit + 1)));

    assertEquals(RejectReason.ARTICLE_TOO_LARGE, reject.reason());
    assertEquals("text has 2,000,001 characters, over the limit of 2,000,000 (--max-article-chars)", reject.detail());
    assertEquals(501, reject.rawExcerpt().length(), "the excerpt is cut to 500 characters and an ellipsis");
  }

  @Test
  void textAtTheLimitIsAccepted() {
    String text = "word ".repeat((int) IngestLimits.DEFAULT_MAX_ARTICLE_CHARS / 5);

    assertEquals(IngestLimits.DEFAULT_MAX_ARTICLE_CHARS, text.length());
    accepted(record(null, "2025-07-22", text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      1899-12-31           | date 1899-12-31 is before 1900-01-01
      31-DEC-1899 23:59:59 | date 1899-12-31 is before 1900-01-01
      0001-01-01           | date 0001-01-01 is before 1900-01-01
      2026-01-02T00:00:01Z | date 2026-01-02 is in the future (ingested 2026-01-01)
      2026-01-03           | date 2026-01-03 is in the future (ingested 2026-01-01)
      2030-06-01T12:00:00Z | date 2030-06-01 is in the future (ingested 2026-01-01)
      """)
  void dateOutOfRangeIsRefused(String published, String detail) {
    Reject reject = rejected(record(null, published, TEXT));

    assertEquals(RejectReason.DATE_OUT_OF_RANGE, reject.reason());
    assertEquals(detail, reject.detail());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"1900-01-01", "1900-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-01-01T23:59:59Z",
      "2026-01-02", "2026-01-02T00:00:00Z", "2026-01-02T01:00:00+01:00"})
  void datesAtTheEdgesOfTheRangeAreAccepted(String published) {
    accepted(record(null, published, TEXT));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void missingDateIsRefused(String published) {
    Reject reject = rejected(record(null, published, TEXT));

    assertEquals(RejectReason.MISSING_DATE, reject.reason());
    assertEquals("missing_date: missing publication date", reject.message());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-02-30 | impossible date '2025-02-30'
      2023-02-29 | impossible date '2023-02-29'
      yesterday  | unparseable date 'yesterday'
      """)
  void invalidDateIsRefused(String published, String detail) {
    Reject reject = rejected(record(null, published, TEXT));

    assertEquals(RejectReason.INVALID_DATE, reject.reason());
    assertEquals(detail, reject.detail());
    assertEquals(TEXT, reject.rawExcerpt());
  }
}
