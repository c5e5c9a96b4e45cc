package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;
import org.newsanalytics.common.text.PublicationDates;

class ReutersSgmlReaderTest {
  private static final ReutersSgmlReader READER = new ReutersSgmlReader();

  // Five stories in the layout of reut2-*.sgm: two with a BODY, a BRIEF, an UNPROC table, and a BODY
  // story whose DATE has a garbled time.
  private static final String SAMPLE = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TOPICS><D>cocoa</D></TOPICS>
      <PLACES><D>el-salvador</D><D>usa</D></PLACES>
      <UNKNOWN>\s
      &#5;&#5;&#5;C T
      &#22;&#22;&#1;f0704&#31;reute
      u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
      <TEXT>&#2;
      <TITLE>BAHIA COCOA REVIEW</TITLE>
      <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
      the Bahia cocoa zone, Comissaria Smith said.
          Sales by &lt;Cocoa Exporters Inc&gt; rose 10 pct &amp; prices held.&#3;
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="YES" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="20001" NEWID="2">
      <DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
      <TOPICS><D>trade</D></TOPICS>
      <TEXT>&#2;
      <TITLE>U.S. &amp; JAPAN TO HOLD TRADE TALKS</TITLE>
      <DATELINE>    WASHINGTON, March 27 - </DATELINE><BODY>The United States and Japan will hold talks
      next week on semiconductors, officials said.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5573" NEWID="3">
      <DATE>26-FEB-1987 15:42:57.41</DATE>
      <TEXT TYPE="BRIEF">&#2;
      ******<TITLE>ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK
      </TITLE>Blah blah blah.
      &#3;

      </TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5629" NEWID="4">
      <DATE>26-FEB-1987 17:58:14.80</DATE>
      <TEXT TYPE="UNPROC">&#2;
      FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26
          Two weeks ended Feb 25      daily avgs-mlns
       Net free reserves.............644 vs.....1,337
      &#3;</TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="17000" NEWID="5">
      <DATE>31-MAR-1987 605:12:19.12</DATE>
      <TEXT>&#2;
      <TITLE>BANK OF JAPAN INTERVENES</TITLE>
      <DATELINE>    TOKYO, March 31 - </DATELINE><BODY>The Bank of Japan bought dollars in Tokyo, dealers said.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      """;

  @Test
  void storiesWithABodyAreRecordsAndTheOthersNoBody() {
    CollectingSink sink = CollectingSink.read(READER, SAMPLE);

    assertEquals(List.of("NEWID=1", "NEWID=2", "NEWID=5"), sink.records.stream().map(RawRecord::recordRef).toList());
    assertEquals(List.of("NEWID=3", "NEWID=4"), sink.rejects.stream().map(Reject::recordRef).toList());
    Reject brief = sink.rejects.get(0);
    assertEquals(RejectReason.NO_BODY, brief.reason());
    assertEquals("no_body: Reuters story NEWID=3 has no <BODY> (TYPE=BRIEF: headline only)", brief.message());
    Reject unproc = sink.rejects.get(1);
    assertEquals(RejectReason.NO_BODY, unproc.reason());
    assertEquals("no_body: Reuters story NEWID=4 has no <BODY> (TYPE=UNPROC: unformatted table text)", unproc.message());
  }

  @Test
  void bodyIsUnescapedWithTheDatelineFirstAndNoSignature() {
    RawRecord first = CollectingSink.read(READER, SAMPLE).records.get(0);

    assertEquals("""
        SALVADOR, Feb 26 - Showers continued throughout the week in
        the Bahia cocoa zone, Comissaria Smith said.
            Sales by <Cocoa Exporters Inc> rose 10 pct & prices held.""", first.text());
    assertEquals("BAHIA COCOA REVIEW", first.title());
    assertEquals("26-FEB-1987 15:01:01.79", first.published());
    assertEquals("default-source", first.source());
    assertEquals(null, first.url());
  }

  @Test
  void titleIsUnescapedAndWireFramingLeavesTheDate() throws Exception {
    RawRecord second = CollectingSink.read(READER, SAMPLE).records.get(1);

    assertEquals("U.S. & JAPAN TO HOLD TRADE TALKS", second.title());
    assertEquals("WASHINGTON, March 27 - The United States and Japan will hold talks\nnext week on semiconductors, "
        + "officials said.", second.text());
    assertEquals("27-MAR-1987 00:02:59.13", second.published());
    assertEquals(Instant.parse("1987-03-27T00:02:59.130Z"), PublicationDates.parse(second.published()).instant());
  }

  @Test
  void garbledTimeKeepsTheDate() throws Exception {
    RawRecord fifth = CollectingSink.read(READER, SAMPLE).records.get(2);

    assertEquals("31-MAR-1987", fifth.published());
    assertEquals(Instant.parse("1987-03-31T00:00:00Z"), PublicationDates.parse(fifth.published()).instant());
    assertEquals("TOKYO, March 31 - The Bank of Japan bought dollars in Tokyo, dealers said.", fifth.text());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      26-FEB-1987 15:01:01.79                  | 26-FEB-1987 15:01:01.79
      27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM     | 27-MAR-1987 00:02:59.13
      27-MAR-1987 00:03:35.68&#5;&#5;&#5;F      | 27-MAR-1987 00:03:35.68
      31-MAR-1987 605:12:19.12                 | 31-MAR-1987
      31-MAR-1987 24:00:00.00                  | 31-MAR-1987
      31-MAR-1987 23:59:59.99                  | 31-MAR-1987 23:59:59.99
      ' 3-MAR-1987  09:15:05.40'               | 3-MAR-1987 09:15:05.40
      26-FEB-1987                              | 26-FEB-1987
      not a date                               | not a date
      """)
  void wireDate(String raw, String expected) {
    assertEquals(expected, ReutersSgmlReader.wireDate(raw));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      &lt;ABC&gt;              | <ABC>
      AT&amp;T                 | AT&T
      &quot;yes&quot;          | "yes"
      it&apos;s                | it's
      &amp;lt;                 | &lt;
      a&#3;b                   | ab
      &#2;&#5;&#22;&#31;x      | x
      caf&#233;                | café
      &#32;                    | ` `
      &nbsp;&foo;              | &nbsp;&foo;
      """)
  void unescape(String raw, String expected) {
    assertEquals(expected, ReutersSgmlReader.unescape(raw));
  }

  @Test
  void unescapeKeepsLineFeedEntity() {
    assertEquals("a\nb", ReutersSgmlReader.unescape("a&#10;b"));
  }

  @Test
  void aFileWithoutStoriesIsRejected() {
    Reject reject = CollectingSink.read(READER, "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\nnothing here\n").onlyReject();

    assertEquals(RejectReason.MALFORMED_RECORD, reject.reason());
    assertEquals("file", reject.recordRef());
    assertEquals("no <REUTERS> story found; is this Reuters-21578 SGML?", reject.detail());
  }

  @Test

  @NeedsSharedData
  void realFileGivesOneRecordOrRejectPerStory() throws Exception {
    Path file = SharedData.path("corpora/reuters21578/reut2-000.sgm");
    FileDecoder.Decoded decoded = FileDecoder.decode(file.toString(), Files.readAllBytes(file),
        FileDecoder.Policy.FALL_BACK_TO_CP1252);
    assertTrue(decoded.ok(), () -> "refused: " + decoded.reject());
    String content = decoded.text();
    int stories = 0;
    for (int i = content.indexOf("<REUTERS"); i >= 0; i = content.indexOf("<REUTERS", i + 1)) {
      stories++;
    }

    CollectingSink sink = new CollectingSink();
    READER.read(file.toString(), content, "reuters", sink);

    assertTrue(stories > 0, "the test file has no stories");
    assertEquals(stories, sink.records.size() + sink.rejects.size(),
        "records " + sink.records.size() + " + rejects " + sink.rejects.size());
    assertEquals(List.of(), sink.rejects.stream().filter(r -> r.reason() != RejectReason.NO_BODY).toList());
    for (RawRecord r : sink.records) {
      assertTrue(r.published() != null && !r.text().isBlank(), () -> "incomplete record " + r.recordRef());
      assertTrue(!r.text().contains("&lt;") && !r.text().contains("&#"), () -> "entities left in " + r.recordRef());
      assertTrue(!r.text().endsWith("Reuter"), () -> "signature left in " + r.recordRef());
      PublicationDates.parse(r.published());
    }
  }
}
