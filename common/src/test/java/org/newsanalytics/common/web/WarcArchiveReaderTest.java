package org.newsanalytics.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.ingest.RawRecord;
import org.newsanalytics.common.ingest.Reject;

class WarcArchiveReaderTest {
  private static final Path FIXTURES = Path.of("../jobs/src/test/resources/bad-input");

  /** Collects what a reader hands over, as "page|reject|skip ref detail" lines. */
  private static List<String> read(String file) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(FIXTURES.resolve(file))) {
      new WarcArchiveReader(WebLimits.defaults()).read(file, in, "test", new WebSink() {
        @Override
        public void accept(RawRecord r) {
          out.add("page " + r.recordRef() + " " + r.url() + " " + r.published() + " " + r.dateSource());
        }

        @Override
        public void reject(Reject r) {
          out.add("reject " + r.recordRef() + " " + r.reason().code());
        }

        @Override
        public void skip(String ref, String why) {
          out.add("skip " + ref + " " + why);
        }
      });
    }
    return out;
  }

  @Test
  void oneRecordPerLineAndOnlyTheHtmlPageIsAnArticle() throws IOException {
    assertEquals(List.of(
        "skip record 1 warcinfo record",
        "skip record 2 request record",
        "page record 3 https://news.example.org/2024/03/05/budget 2024-03-05 meta",
        "skip record 4 content type image/png",
        "skip record 5 HTTP 404",
        "skip record 6 content type text/plain"), read("web-mixed-records.warc.gz"));
  }

  @Test
  void aCutGzipMemberIsOneTruncatedRecordAndReadingStops() throws IOException {
    assertEquals(List.of("skip record 1 warcinfo record", "reject record 2 truncated_record"),
        read("web-truncated-member.warc.gz"));
  }

  @Test
  void aWrongContentLengthBreaksTheNextHeader() throws IOException {
    List<String> got = read("web-wrong-content-length.warc");
    assertEquals(2, got.size(), got.toString());
    assertEquals("reject record 2 malformed_record", got.get(1));
  }

  @Test
  void aFileThatIsNoArchiveIsOneMalformedRecord() throws IOException {
    assertEquals(List.of("reject record 1 malformed_record"), read("web-not-an-archive.warc"));
  }
}
