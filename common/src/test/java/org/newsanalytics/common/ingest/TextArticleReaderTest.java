package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

class TextArticleReaderTest {
  private static final TextArticleReader READER = new TextArticleReader();

  @Test

  @NeedsSharedData
  void seedArticleWhoseTextStartsOnTheDateLine() throws Exception {
    Path seed = SharedData.path("seed/000_d2f89d4ea617fe1b.txt");
    FileDecoder.Decoded decoded = FileDecoder.decode(seed.toString(), Files.readAllBytes(seed), FileDecoder.Policy.REJECT_FILE);
    assertTrue(decoded.ok(), () -> "seed file refused: " + decoded.reject());

    RawRecord r = CollectingSink.read(READER, decoded.text()).onlyRecord();

    assertEquals("2025-07-22", r.published());
    assertTrue(r.text().startsWith("Peace talks between Ukraine and Russia - the first in seven weeks - are planned"),
        () -> "text starts with: " + r.text().substring(0, 80));
    assertTrue(r.text().contains("\n\nZelenskiyy appealed earlier in the day"), "paragraphs are kept");
    assertNull(r.title(), "the first paragraph is a sentence, not a headline");
    assertNull(r.url());
    assertEquals("default-source", r.source());
    assertEquals("file", r.recordRef());

    Article a = new ArticleValidator(IngestLimits.defaults(Instant.parse("2026-01-01T00:00:00Z"))).validate(r).article();
    assertEquals(LocalDate.of(2025, 7, 22), a.publishedDate());
    assertEquals("en", a.language());
  }

  @Test
  void dateAloneThenHeadlineThenParagraphs() {
    String content = """
        date 2025-07-22

        Ukraine and Russia to hold talks in Turkey

        Peace talks between Ukraine and Russia are planned for Wednesday.

        The Kremlin said it was waiting for confirmation.
        """;

    RawRecord r = CollectingSink.read(READER, content).onlyRecord();

    assertEquals("2025-07-22", r.published());
    assertEquals("Ukraine and Russia to hold talks in Turkey", r.title());
    assertEquals("Ukraine and Russia to hold talks in Turkey\n\n"
        + "Peace talks between Ukraine and Russia are planned for Wednesday.\n\n"
        + "The Kremlin said it was waiting for confirmation.", r.text());
  }

  @Test
  void firstParagraphThatIsASentenceIsNotATitle() {
    String content = """
        date 2025-07-22

        Peace talks between Ukraine and Russia are planned for Wednesday.

        The Kremlin said it was waiting for confirmation.
        """;

    RawRecord r = CollectingSink.read(READER, content).onlyRecord();

    assertNull(r.title());
    assertTrue(r.text().startsWith("Peace talks between"));
  }

  static Stream<Arguments> headlines() {
    return Stream.of(
        Arguments.of("Talks planned in Turkey\n\nBody.", "Talks planned in Turkey"),
        Arguments.of("\"Peace now\", says minister\n\nBody.", "\"Peace now\", says minister"),
        Arguments.of("“Peace now”\n\nBody.", "“Peace now”"),
        Arguments.of("Talks are planned.\n\nBody.", null),
        Arguments.of("Is peace near?\n\nBody.", null),
        Arguments.of("Stop the war!\n\nBody.", null),
        Arguments.of("He said: \"We will go.\"\n\nBody.", null),
        Arguments.of("He said: “We will go.”\n\nBody.", null),
        Arguments.of("One paragraph only, no headline", null),
        Arguments.of("Two lines\nin the first paragraph\n\nBody.", null),
        Arguments.of("h".repeat(160) + "\n\nBody.", "h".repeat(160)),
        Arguments.of("h".repeat(161) + "\n\nBody.", null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("headlines")
  void headline(String text, String expected) {
    assertEquals(expected, TextArticleReader.headline(text));
  }

  @Test
  void headerLinesSetTitleUrlAndSource() {
    String content = """
        date: 2025-07-22
        title: Talks planned in Turkey
        url: https://example.com/news/talks
        source: Example Wire

        Peace talks between Ukraine and Russia are planned for Wednesday.
        """;

    RawRecord r = CollectingSink.read(READER, content).onlyRecord();

    assertEquals("2025-07-22", r.published());
    assertEquals("Talks planned in Turkey", r.title());
    assertEquals("https://example.com/news/talks", r.url());
    assertEquals("Example Wire", r.source());
    assertEquals("Peace talks between Ukraine and Russia are planned for Wednesday.", r.text());
  }

  @Test
  void headerLinesAreOptionalAndCaseInsensitive() {
    String content = "date 2025-07-22\r\nURL: https://example.com/a\r\n\r\nHeadline here\r\n\r\nBody text.\r\n";

    RawRecord r = CollectingSink.read(READER, content).onlyRecord();

    assertEquals("https://example.com/a", r.url());
    assertEquals("default-source", r.source());
    assertEquals("Headline here", r.title(), "without a title: header the headline is the title");
    assertEquals("Headline here\n\nBody text.", r.text());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"date 2025-07-22", "Date 2025-07-22", "DATE: 2025-07-22", "date = 2025-07-22",
      "  date 2025-07-22  ", "\uFEFFdate 2025-07-22", "\n\n date 2025-07-22"})
  void dateLineSpellings(String firstLine) {
    RawRecord r = CollectingSink.read(READER, firstLine + "\n\nBody text.").onlyRecord();

    assertEquals("2025-07-22", r.published());
    assertEquals("Body text.", r.text());
  }

  @Test
  void dateLineWithATimeKeepsOnlyTheDateToken() {
    RawRecord r = CollectingSink.read(READER, "date 2025-07-22T10:15:30Z Body on the date line.").onlyRecord();

    assertEquals("2025-07-22T10:15:30Z", r.published());
    assertEquals("Body on the date line.", r.text());
  }

  static Stream<Arguments> missingDate() {
    String longLine = "Peace talks between Ukraine and Russia - the first in seven weeks - are planned";
    return Stream.of(
        Arguments.of("Peace talks are planned.\n\nMore.", "line 1", "Peace talks are planned."),
        Arguments.of("\n\n  Peace talks\n", "line 3", "Peace talks"),
        Arguments.of("title: Talks\ndate 2025-07-22\n\nBody.", "line 1", "title: Talks"),
        Arguments.of("2025-07-22\n\nBody.", "line 1", "2025-07-22"),
        Arguments.of("date\n\nBody.", "line 1", "date"),
        Arguments.of(longLine + "\n\nMore.", "line 1", longLine.substring(0, 57) + "..."));
  }

  @ParameterizedTest(name = "[{index}] {1}: {2}")
  @MethodSource("missingDate")
  void missingDateLineIsRefused(String content, String ref, String shown) {
    Reject reject = CollectingSink.read(READER, content).onlyReject();

    assertEquals(RejectReason.MISSING_DATE, reject.reason());
    assertEquals(ref, reject.recordRef());
    assertEquals("missing_date: first line must be 'date YYYY-MM-DD', found '" + shown + "'", reject.message());
    assertEquals("in/file", reject.inputFile());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "\n", "  \n\t\n  "})
  void whitespaceOnlyFileIsRefused(String content) {
    Reject reject = CollectingSink.read(READER, content).onlyReject();

    assertEquals(RejectReason.EMPTY_TEXT, reject.reason());
    assertEquals("file has only whitespace", reject.detail());
  }
}
