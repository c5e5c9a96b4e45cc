package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {
  private static final CsvReader DEFAULTS = new CsvReader(ColumnMapping.defaults());

  private static List<String> urls(CollectingSink sink) {
    return sink.records.stream().map(RawRecord::url).toList();
  }

  @Test
  void quotedBodiesMaySpanLines() {
    String content = """
        url,date,title,text
        https://example.com/1,2025-07-22,First,"Line one of the body.

        Second paragraph, with a comma and ""quotes""."
        https://example.com/2,2025-07-23,Second,Plain body
        """;

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of(), sink.rejects);
    assertEquals(2, sink.records.size());
    RawRecord first = sink.records.get(0);
    assertEquals("Line one of the body.\n\nSecond paragraph, with a comma and \"quotes\".", first.text());
    assertEquals("row 1 (line 2)", first.recordRef());
    RawRecord second = sink.records.get(1);
    assertEquals(new RawRecord("in/file", "row 2 (line 5)", "default-source", "https://example.com/2", "Second",
        "2025-07-23", "Plain body"), second);
  }

  @Test
  void crlfLineEndsAreRead() {
    String content = "url,date,title,text\r\nu1,2025-07-22,T1,\"a\r\nb\"\r\nu2,2025-07-23,T2,c\r\n";

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of("u1", "u2"), urls(sink));
    assertEquals("a\r\nb", sink.records.get(0).text());
    assertEquals("row 2 (line 4)", sink.records.get(1).recordRef());
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("link,headline,date,body", "https://e.com/a,Headline A,2025-07-22,Body A", "default-source"),
        Arguments.of("url,date,title,text", "https://e.com/a,2025-07-22,Headline A,Body A", "default-source"),
        Arguments.of("URL,Date,Title,Text", "https://e.com/a,2025-07-22,Headline A,Body A", "default-source"),
        Arguments.of("Text,Published,Headline,Link,Source", "Body A,2025-07-22,Headline A,https://e.com/a,Wire", "Wire"),
        Arguments.of("id,source,content,publish_date,href,heading", "7,,Body A,2025-07-22,https://e.com/a,Headline A",
            "default-source"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("layouts")
  void commonHeaderLayoutsReadWithoutAMapping(String header, String row, String source) {
    RawRecord r = CollectingSink.read(DEFAULTS, header + "\n" + row + "\n").onlyRecord();

    assertEquals(new RawRecord("in/file", "row 1 (line 2)", source, "https://e.com/a", "Headline A", "2025-07-22",
        "Body A"), r);
  }

  @Test
  void optionalColumnsMayBeAbsent() {
    RawRecord r = CollectingSink.read(DEFAULTS, "date,text\n2025-07-22,Body A\n").onlyRecord();

    assertNull(r.url());
    assertNull(r.title());
    assertEquals("default-source", r.source());
  }

  @Test
  void explicitMappingOverridesTheAliases() {
    // "text" here is a summary column; the article is in "story"
    CsvReader reader = new CsvReader(ColumnMapping.parse(Map.of("text", "story", "published", "when")));
    String content = """
        date,when,text,story
        2001-01-01,2025-07-22,Short summary,The full story.
        """;

    RawRecord r = CollectingSink.read(reader, content).onlyRecord();

    assertEquals("2025-07-22", r.published());
    assertEquals("The full story.", r.text());
  }

  @Test
  void explicitlyMappedColumnThatIsAbsentRejectsTheFile() {
    CsvReader reader = new CsvReader(ColumnMapping.parse(Map.of("text", "story")));

    Reject reject = CollectingSink.read(reader, "url,date,text\nu1,2025-07-22,Body\n").onlyReject();

    assertEquals(RejectReason.MISSING_COLUMN, reject.reason());
    assertEquals("header", reject.recordRef());
    assertEquals("missing_column: no column 'story' for text (columns: url, date, text)", reject.message());
  }

  @Test
  void missingTextColumnRejectsTheFile() {
    Reject reject = CollectingSink.read(DEFAULTS, "url,date,title\nu1,2025-07-22,T1\n").onlyReject();

    assertEquals(RejectReason.MISSING_COLUMN, reject.reason());
    assertEquals("header", reject.recordRef());
    assertEquals("no column for text (columns: url, date, title); name it with --map text=COLUMN", reject.detail());
  }

  @Test
  void missingDateColumnRejectsTheFile() {
    Reject reject = CollectingSink.read(DEFAULTS, "url,title,body\nu1,T1,Body\n").onlyReject();

    assertEquals("no column for published (columns: url, title, body); name it with --map published=COLUMN",
        reject.detail());
  }

  @Test
  void rowWithTheWrongFieldCountIsRejectedAlone() {
    String content = """
        url,date,title,text
        u1,2025-07-22,T1,Body one
        u2,2025-07-22,T2
        u3,2025-07-23,T3,Body three,extra
        u4,2025-07-24,T4,"Body, four"
        """;

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of("u1", "u4"), urls(sink));
    assertEquals("row 4 (line 5)", sink.records.get(1).recordRef());
    assertEquals(2, sink.rejects.size());
    Reject fewer = sink.rejects.get(0);
    assertEquals(RejectReason.MALFORMED_RECORD, fewer.reason());
    assertEquals("row 2 (line 3)", fewer.recordRef());
    assertEquals("malformed_record: row has 3 fields, the header has 4", fewer.message());
    assertEquals("u2,2025-07-22,T2", fewer.rawExcerpt());
    Reject more = sink.rejects.get(1);
    assertEquals("row 3 (line 4)", more.recordRef());
    assertEquals("row has 5 fields, the header has 4", more.detail());
  }

  static Stream<Arguments> brokenQuotes() {
    return Stream.of(
        Arguments.of("a stray quote inside a quoted field", """
            url,date,title,text
            u1,2025-07-22,T1,"Body one"
            u2,2025-07-22,T2,"Body "two" is broken
            u3,2025-07-23,T3,"Body three"
            u4,2025-07-24,T4,Body four
            """, List.of("u1"), "row 2 (after line 2)", "u2,2025-07-22,T2,\"Body \"two\" is broken\n"),
        Arguments.of("a quote that never closes", """
            url,date,title,text
            u1,2025-07-22,T1,Body one
            u2,2025-07-22,T2,Body two
            u3,2025-07-23,T3,"Body three never ends
            u4,2025-07-24,T4,Body four
            """, List.of("u1", "u2"), "row 3 (after line 3)", "u3,2025-07-23,T3,\"Body three never ends\n"),
        Arguments.of("after a row that spans lines", """
            url,date,title,text
            u1,2025-07-22,T1,"Body one
            on two lines"
            u2,2025-07-22,T2,"Body "two" is broken
            u3,2025-07-23,T3,Body three
            """, List.of("u1"), "row 2 (after line 3)", "u2,2025-07-22,T2,\"Body \"two\" is broken\n"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("brokenQuotes")
  void brokenQuoteKeepsTheRowsBeforeItAndRejectsTheRest(String what, String content, List<String> read, String ref,
      String restStartsWith) {
    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(read, urls(sink));
    assertEquals(1, sink.rejects.size(), () -> "rejects: " + sink.rejects);
    Reject reject = sink.rejects.get(0);
    assertEquals(RejectReason.MALFORMED_RECORD, reject.reason());
    assertEquals(ref, reject.recordRef());
    assertTrue(reject.detail().startsWith("broken CSV quoting, the rest of the file could not be read: "), reject.detail());
    assertTrue(reject.rawExcerpt().startsWith(restStartsWith), () -> "excerpt: " + reject.rawExcerpt());
  }

  @Test
  void rowWithReplacementCharacterIsInvalidEncoding() {
    String content = "url,date,title,text\n"
        + "u1,2025-07-22,T1,Body one\n"
        + "u2,2025-07-22,T2,caf" + FileDecoder.REPLACEMENT + " au lait\n"
        + "u3,2025-07-23,T3,Body three\n";

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of("u1", "u3"), urls(sink));
    Reject reject = sink.rejects.get(0);
    assertEquals(1, sink.rejects.size());
    assertEquals(RejectReason.INVALID_ENCODING, reject.reason());
    assertEquals("row 2 (line 3)", reject.recordRef());
    assertEquals("invalid_encoding: row has bytes that are not UTF-8", reject.message());
  }

  @Test
  void invalidBytesDecodedWithMarkRecordsRejectOnlyTheirRow() {
    byte[] bytes = ("url,date,title,text\nu1,2025-07-22,T1,Body one\nu2,2025-07-22,T2,caf\u00E9\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    String content = FileDecoder.decode("in/file", bytes, FileDecoder.Policy.MARK_RECORDS).text();

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of("u1"), urls(sink));
    assertEquals(List.of(RejectReason.INVALID_ENCODING), sink.rejects.stream().map(Reject::reason).toList());
  }

  @Test
  void blankLinesAreNotRows() {
    String content = "url,date,title,text\nu1,2025-07-22,T1,Body one\n\n   \nu2,2025-07-22,T2,\"Body\n\ntwo\"\n\n";

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of("row 1 (line 2)", "row 2 (line 5)"), sink.records.stream().map(RawRecord::recordRef).toList());
    assertEquals("Body\n\ntwo", sink.records.get(1).text());
  }

  @Test
  void headerOnlyFileHasNoRecords() {
    CollectingSink sink = CollectingSink.read(DEFAULTS, "url,date,title,text\n");

    assertEquals(List.of(), sink.records);
    assertEquals(List.of(), sink.rejects);
  }

  @Test
  void blankSourceCellFallsBackToTheDefault() {
    RawRecord r = CollectingSink.read(DEFAULTS, "source,date,text\n  ,2025-07-22,Body\n").onlyRecord();

    assertEquals("default-source", r.source());
  }
}
