package org.newsanalytics.common.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
  private static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
      <TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose for \
      <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>, <EVENT eid="e1">said</EVENT> AT&amp;T.</TEXT></TimeML>
      """;

  @Test
  void stripsTagsDecodesEntitiesAndKeepsOffsets() {
    TimeMlDocument d = TimeMlReader.parse("x.tml", DOC);
    assertEquals(LocalDate.of(1998, 1, 8), d.creationDate());
    assertEquals("Prices fell yesterday & rose for a week, said AT&T.", d.text());
    assertEquals(2, d.timexes().size());
    TimeMlDocument.Timex y = d.timexes().get(0);
    assertEquals("yesterday", d.text().substring(y.begin(), y.end()));
    assertEquals("DATE", y.type());
    assertEquals("P1W", d.timexes().get(1).value());
  }

  @Test
  void aDocumentWithoutCreationTimeIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeMlReader.parse("bad.tml", "<TimeML><TEXT>x</TEXT></TimeML>"));
    assertEquals("Cannot read TimeML bad.tml: no DCT with a TIMEX3 value", e.getMessage());
  }

  @Test
  void aMissingDirectoryIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeMlReader.readAll(Path.of("no/such/dir")));
    assertEquals("Cannot read TimeML gold: no/such/dir is not a directory", e.getMessage());
  }
}
