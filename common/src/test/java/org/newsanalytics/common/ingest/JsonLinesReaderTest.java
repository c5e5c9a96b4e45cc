package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.text.PublicationDates;

class JsonLinesReaderTest {
  private static final JsonLinesReader DEFAULTS = new JsonLinesReader(ColumnMapping.defaults());

  @Test
  void goodLinesAreReadAndBlankLinesSkipped() {
    String content = """
        {"url":"https://e.com/1","date":"2025-07-22","title":"T1","text":"Body one"}

           \t
        {"link":"https://e.com/2","published":"2025-07-23","headline":"T2","body":"Body two","source":"Wire"}
        """;

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of(
        new RawRecord("in/file", "line 1", "default-source", "https://e.com/1", "T1", "2025-07-22", "Body one"),
        new RawRecord("in/file", "line 4", "Wire", "https://e.com/2", "T2", "2025-07-23", "Body two")), sink.records);
  }

  @Test
  void crlfAndEscapesAreRead() {
    String content = "{\"date\":\"2025-07-22\",\"text\":\"Para one.\\n\\nHe said \\\"yes\\\" \\u2014 twice.\"}\r\n"
        + "{\"date\":\"2025-07-23\",\"text\":\"B\"}\r\n";

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(2, sink.records.size());
    assertEquals("Para one.\n\nHe said \"yes\" \u2014 twice.", sink.records.get(0).text());
    assertEquals("line 2", sink.records.get(1).recordRef());
  }

  @Test
  void truncatedLineIsRejectedAloneAndReadingGoesOn() {
    String content = """
        {"date":"2025-07-22","text":"Body one"}
        {"date":"2025-07-22","text":"Body two is cut of
        {"date":"2025-07-23","text":"Body three"}
        """;

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(List.of("Body one", "Body three"), sink.records.stream().map(RawRecord::text).toList());
    assertEquals(1, sink.rejects.size());
    Reject reject = sink.rejects.get(0);
    assertEquals(RejectReason.MALFORMED_RECORD, reject.reason());
    assertEquals("line 2", reject.recordRef());
    assertTrue(reject.detail().startsWith("malformed JSON: "), reject.detail());
    assertEquals("{\"date\":\"2025-07-22\",\"text\":\"Body two is cut of", reject.rawExcerpt());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "{\"date\":\"2025-07-22\",\"text\":\"a\"}{\"date\":\"2025-07-23\",\"text\":\"b\"}",
      "{\"date\":\"2025-07-22\",\"text\":\"a\"} trailing",
      "{\"date\":\"2025-07-22\",",
      "{date: \"2025-07-22\"}",
      "{'date': '2025-07-22'}",
      "not json at all"})
  void aLineThatIsNotExactlyOneJsonValueIsMalformed(String line) {
    Reject reject = CollectingSink.read(DEFAULTS, line + "\n").onlyReject();

    assertEquals(RejectReason.MALFORMED_RECORD, reject.reason());
    assertTrue(reject.detail().startsWith("malformed JSON: "), reject.detail());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"[1,2,3]", "[{\"date\":\"2025-07-22\",\"text\":\"a\"}]", "42", "\"just text\"", "null", "true"})
  void nonObjectLineIsRejected(String line) {
    Reject reject = CollectingSink.read(DEFAULTS, line + "\n").onlyReject();

    assertEquals(RejectReason.MALFORMED_RECORD, reject.reason());
    assertEquals("malformed_record: JSON line is not an object", reject.message());
    assertEquals("line 1", reject.recordRef());
    assertEquals(line, reject.rawExcerpt());
  }

  @Test
  void missingTextFieldIsLeftToTheValidator() {
    String content = """
        {"date":"2025-07-22","title":"no text here"}
        {"date":"2025-07-22","text":"Body"}
        """;

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    // a field missing from one JSON record is that record's problem (no text), named by the
    // validator; JSON Lines has no header that could be wrong for the whole file
    assertEquals(2, sink.records.size());
    assertEquals(0, sink.rejects.size());
    assertNull(sink.records.get(0).text());
    assertEquals("line 1", sink.records.get(0).recordRef());
  }

  @Test
  void nullFieldsAreAbsent() {
    RawRecord r = CollectingSink.read(DEFAULTS, "{\"url\":null,\"date\":\"2025-07-22\",\"text\":null,\"source\":null}")
        .onlyRecord();

    assertNull(r.url());
    assertNull(r.text());
    assertEquals("default-source", r.source());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      1753142400     | 2025-07-22T00:00:00Z
      1753142400000  | 2025-07-22T00:00:00Z
      1753189200     | 2025-07-22T13:00:00Z
      """)
  void numericEpochDateField(String epoch, Instant expected) throws Exception {
    RawRecord r = CollectingSink.read(DEFAULTS, "{\"timestamp\":" + epoch + ",\"text\":\"Body\"}").onlyRecord();

    assertEquals(epoch, r.published());
    assertEquals(expected, PublicationDates.parse(r.published()).instant());
  }

  @Test
  void explicitMappingNamesTheFields() {
    JsonLinesReader reader = new JsonLinesReader(ColumnMapping.parse(Map.of("text", "content_html", "url", "canonical")));

    RawRecord r = CollectingSink.read(reader,
        "{\"canonical\":\"https://e.com/c\",\"url\":\"https://amp.e.com/c\",\"date\":\"2025-07-22\",\"text\":\"teaser\","
            + "\"content_html\":\"<p>Full</p>\"}").onlyRecord();

    assertEquals("https://e.com/c", r.url());
    assertEquals("<p>Full</p>", r.text());
  }

  @Test
  void nestedValueIsKeptAsJson() {
    RawRecord r = CollectingSink.read(DEFAULTS, "{\"date\":\"2025-07-22\",\"text\":{\"p\":[\"a\",\"b\"]}}").onlyRecord();

    assertEquals("{\"p\":[\"a\",\"b\"]}", r.text());
  }

  @Test
  void lineWithReplacementCharacterIsInvalidEncoding() {
    String content = "{\"date\":\"2025-07-22\",\"text\":\"caf" + FileDecoder.REPLACEMENT + "\"}\n"
        + "{\"date\":\"2025-07-22\",\"text\":\"ok\"}\n";

    CollectingSink sink = CollectingSink.read(DEFAULTS, content);

    assertEquals(1, sink.records.size());
    assertEquals("line 1", sink.rejects.get(0).recordRef());
    assertEquals("invalid_encoding: line has bytes that are not UTF-8", sink.rejects.get(0).message());
  }
}
